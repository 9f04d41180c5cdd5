import AccordCore
import AccordLocalization

// A pillar's and a sector's heading in the reader's language, where the plan file gives its
// name in it (`name: {en: ..., lo: ..., km: ...}`), else in English: `I ການເມືອງ`.

extension Pillar {
  func heading(_ writing: Writing) -> String { "\(id) \(name(in: writing.language.code))" }
}

extension Sector {
  func heading(_ writing: Writing) -> String { "\(id) \(name(in: writing.language.code))" }
}
