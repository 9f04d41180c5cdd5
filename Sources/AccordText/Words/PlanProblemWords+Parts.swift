import AccordCore
import AccordLocalization

// The phrases the sentences of PlanProblemWords put together: the thing of the plan a problem
// is in, what a value is instead, why a text is not a date, and why a file was not read.

extension PlanProblem.Thing {
  func name(in writing: Writing) -> String {
    switch self {
    case .planFile: writing.localized("the plan file")
    case .settings: writing.localized("the settings")
    case .pillar: writing.localized("a pillar")
    case .sector: writing.localized("a sector")
    case .commitment: writing.localized("a commitment")
    case .milestone: writing.localized("a milestone")
    case .meeting: writing.localized("a meeting")
    case .body: writing.localized("a body")
    case .evidenceItem: writing.localized("an evidence item")
    case .meetingEvidenceItem: writing.localized("a meeting's evidence item")
    case .names: writing.localized("a name in several languages")
    case .plansItem: writing.localized("an item of 'plans'")
    case .key(let key): "'\(key)'"
    }
  }
}

extension PlanProblem.Found {
  func name(in writing: Writing) -> String {
    switch self {
    // TRANSLATORS: what a plan file has where a value was expected (an empty value).
    case .nothing: writing.localized("nothing", context: "found in a file")
    case .text(let text): "'\(text)'"
    case .mapping: writing.localized("a mapping")
    case .list: writing.localized("a list")
    }
  }
}

extension PlanProblem.DateProblem {
  func words(in writing: Writing) -> String {
    func fill(_ template: String, _ values: String...) -> String { Template.fill(template, values) }
    switch self {
    case .yearOutOfRange(let year, let cut):
      return fill(
        writing.localized("has the year %1$s, which is out of range (a year has four digits)"),
        year + (cut ? "…" : ""))
    case .notARealDay(let text, let month, let year, let days, let day):
      return fill(
        writing.localized("is not a real day: %1$s (month %2$s of %3$s has %4$s days, not %5$s)"), text,
        String(month), String(year), String(days), String(day))
    case .notADate(let text): return fill(writing.localized("is not a date: '%1$s'"), text)
    }
  }
}

extension PlanProblem.IDKind {
  func name(in writing: Writing) -> String {
    switch self {
    case .sector: writing.localized("sector", context: "kind of id")
    case .commitment: writing.localized("commitment", context: "kind of id")
    case .milestone: writing.localized("milestone", context: "kind of id")
    case .meeting: writing.localized("meeting", context: "kind of id")
    case .body: writing.localized("body", context: "kind of id")
    }
  }
}

extension SourceFileError {
  /// What follows the file's name: `FILE: no such file`.
  public func message(in writing: Writing) -> String {
    func fill(_ template: String, _ values: String...) -> String { Template.fill(template, values) }
    switch self {
    case .missing: return writing.localized("no such file")
    case .directory: return writing.localized("is a directory, not a file")
    case .notRegular(let kind):
      return fill(writing.localized("is %1$s, not a file; save it to a file first"), kind.name(in: writing))
    case .tooLarge(let bytes, let limit):
      return fill(
        writing.localized("is too large (%1$s bytes; the limit is %2$s MiB)"), writing.number(bytes),
        writing.number(limit >> 20))
    case .permissionDenied: return writing.localized("cannot be read: permission denied")
    // TRANSLATORS: %1$s is the system's reason, in English.
    case .unreadable(let reason): return fill(writing.localized("cannot be read: %1$s"), reason)
    // TRANSLATORS: %1$s is an encoding: UTF-16 or UTF-32.
    case .otherEncoding(let name): return fill(writing.localized("is %1$s text; save it as UTF-8"), name)
    case .binary(let offset):
      return fill(writing.localized("is not a text file (a NUL byte at offset %1$s)"), writing.number(offset))
    case .notUTF8: return writing.localized("is not UTF-8 text; save it as UTF-8")
    }
  }
}

extension SourceFileError.Kind {
  func name(in writing: Writing) -> String {
    switch self {
    case .pipe: writing.localized("a pipe (a FIFO, /dev/stdin or <(...))")
    case .characterDevice: writing.localized("a character device (a terminal, /dev/null...)")
    case .blockDevice: writing.localized("a block device")
    case .socket: writing.localized("a socket")
    case .other: writing.localized("not a regular file")
    }
  }
}
