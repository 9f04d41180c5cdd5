import AccordCore
import AccordLocalization

// A meeting's and the plan's titles in the reader's language, where the plan file gives them
// (`title: {en: ..., lo: ..., km: ...}`), else in English.

extension Meeting {
  public func title(in writing: Writing) -> String { title(in: writing.language.code) }
}

extension PlanInfo {
  public func title(in writing: Writing) -> String { title(in: writing.language.code) }

  public func shortTitle(in writing: Writing) -> String { shortTitle(in: writing.language.code) }
}
