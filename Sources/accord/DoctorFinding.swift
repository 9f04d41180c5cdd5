import AccordLocalization
import AccordText

/// One thing `accord doctor` looked at: what it found, and for a problem what to change.
struct DoctorFinding: Equatable {
  enum Level: String {
    /// As it should be.
    case ok
    /// Worth knowing, not wrong (NO_COLOR set, a viewer that cannot record by design).
    case note
    /// Something that stops accord doing its work for this account: doctor exits 1.
    case problem

    func word(_ writing: Writing) -> String {
      switch self {
      case .ok: writing.localized("ok", context: "doctor")
      case .note: writing.localized("note", context: "doctor")
      case .problem: writing.localized("problem", context: "doctor")
      }
    }
  }

  /// What a finding is about.
  enum Subject {
    case journal, terminal, locale, colour, config

    func word(_ writing: Writing) -> String {
      switch self {
      case .journal: writing.localized("journal", context: "doctor")
      case .terminal: writing.localized("terminal", context: "doctor")
      case .locale: writing.localized("locale", context: "doctor")
      case .colour: writing.localized("colour", context: "doctor")
      case .config: writing.localized("config", context: "doctor")
      }
    }
  }

  let level: Level
  let subject: Subject
  let text: String
  /// For a problem, what to change (a command to run where there is one).
  var change: String? = nil

  static func ok(_ subject: Subject, _ text: String) -> DoctorFinding {
    DoctorFinding(level: .ok, subject: subject, text: text)
  }
  static func note(_ subject: Subject, _ text: String) -> DoctorFinding {
    DoctorFinding(level: .note, subject: subject, text: text)
  }
  static func problem(_ subject: Subject, _ text: String, change: String) -> DoctorFinding {
    DoctorFinding(level: .problem, subject: subject, text: text, change: change)
  }

  /// Its lines as doctor prints them: `ok      journal   ...`, then `  change: ...` for a
  /// problem; the columns as wide on a terminal whatever the language, a longer word never cut.
  func lines(_ writing: Writing) -> [String] {
    let head = Self.column(level.word(writing), 8) + Self.column(subject.word(writing), 10) + text
    let label = writing.localized("change:", context: "doctor")
    return [head] + (change.map { ["        " + label + " " + $0] } ?? [])
  }

  private static func column(_ word: String, _ width: Int) -> String {
    word + String(repeating: " ", count: max(1, width - DisplayWidth.of(word)))
  }
}
