/// One thing `accord doctor` looked at: what it found, and for a problem what to change.
struct DoctorFinding: Equatable {
  enum Level: String {
    /// As it should be.
    case ok
    /// Worth knowing, not wrong (NO_COLOR set, a viewer that cannot record by design).
    case note
    /// Something that stops accord doing its work for this account: doctor exits 1.
    case problem
  }

  let level: Level
  /// What it is about: journal, terminal, locale, colour, config.
  let subject: String
  let text: String
  /// For a problem, what to change (a command to run where there is one).
  var change: String? = nil

  static func ok(_ subject: String, _ text: String) -> DoctorFinding {
    DoctorFinding(level: .ok, subject: subject, text: text)
  }
  static func note(_ subject: String, _ text: String) -> DoctorFinding {
    DoctorFinding(level: .note, subject: subject, text: text)
  }
  static func problem(_ subject: String, _ text: String, change: String) -> DoctorFinding {
    DoctorFinding(level: .problem, subject: subject, text: text, change: change)
  }

  /// Its lines as doctor prints them: `ok      journal   ...`, then `  change: ...` for a problem.
  var lines: [String] {
    let head =
      level.rawValue.padding(toLength: 8, withPad: " ", startingAt: 0)
      + subject.padding(toLength: 10, withPad: " ", startingAt: 0) + text
    return [head] + (change.map { ["        change: " + $0] } ?? [])
  }
}
