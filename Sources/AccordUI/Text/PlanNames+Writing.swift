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

extension Plan {
  /// An agency as the reader's language names it: a body of the plan's `bodies`, found by the
  /// label the agency view groups it under, in Lao or Khmer with its side; any other agency
  /// (named only in a commitment's text) as the text names it.
  func agencyName(_ label: String, _ writing: Writing) -> String {
    guard writing.language != .english, let body = bodies.first(where: { $0.label == label }) else { return label }
    let name = writing.language == .lao ? body.lao.name : body.khmer.name
    let side = body.side == .lao ? writing.localized("Lao PDR") : writing.localized("Cambodia")
    return "\(name) (\(side))"
  }
}
