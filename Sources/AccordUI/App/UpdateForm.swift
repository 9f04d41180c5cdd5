import AccordCore
import AccordLocalization
import AccordText

/// The form `u` opens to record an update: what it is about, the status (only the values its
/// target takes), the date, the note, the source and its address, the confidence, and which
/// of the target's updates it corrects, if any. It is state, kept whole while the terminal is
/// resized; the author and the time are the journal's to set.
public struct UpdateForm: Equatable, Sendable {
  public typealias Field = JournalEntry.Field

  /// Something an update can be about: a commitment, one of its milestones, or a meeting.
  public struct Target: Equatable, Sendable {
    public var kind: JournalUpdate.TargetKind
    public var id: String
    /// What it is, in the plan's words, for the picker.
    public var title: String
    /// Its updates in the journal that a new one may correct: those known today and not
    /// corrected yet, newest first.
    public var correctable: [Correctable] = []
  }

  /// An update a new one may correct, as the picker names it: `#2 2026-11-10 in-progress`.
  public struct Correctable: Equatable, Sendable {
    public var number: Int
    public var summary: String

    public init(_ update: JournalUpdate) {
      number = update.id ?? 0
      summary = "#\(number) \(update.date) \(update.status)"
    }
  }

  /// The commitment and its milestones, or the one meeting.
  public var targets: [Target]
  public var targetIndex = 0
  public var statusIndex: Int
  public var date: TextField
  public var note = TextField(limit: UpdateForm.noteLimit)
  public var source = TextField(limit: 300)
  public var url = TextField(limit: 500)
  public var confidence = Confidence.confirmed
  /// 0 for none, else the position in `target.correctable` plus one.
  public var correctsIndex = 0
  public var focus: Field
  /// The validation's message for each field it refused, shown beside the field.
  public var problems: [Field: String] = [:]
  /// A line for the whole form until the next key, e.g. that a field is full; the overlay words it.
  public var notice: Notice?

  public enum Notice: Equatable, Sendable {
    /// A save came right after a paste: it asks again.
    case pasted
    /// The field took no more of what was typed.
    case full(Field, limit: Int)
  }
  /// Why the journal refused the last save, until the next one.
  public var failure: String?
  /// The last thing given to the form was a paste: a save now asks again.
  public var justPasted = false

  public static let noteLimit = 2000

  /// A form about `target`, or one of `others` (a commitment's milestones), never about nothing.
  public init(about target: Target, or others: [Target] = [], status: String?, today: Day) {
    targets = [target] + others
    date = TextField(today.description, limit: 10)
    focus = .status
    statusIndex = JournalValidation.statuses(for: target.kind).firstIndex(of: status ?? "") ?? 0
  }

  public var target: Target { targets[min(targetIndex, targets.count - 1)] }

  /// The statuses the target takes, in the plan's order.
  public var statuses: [String] { JournalValidation.statuses(for: target.kind) }

  public var status: String { statuses[min(statusIndex, statuses.count - 1)] }

  /// The update this one corrects, if one is chosen.
  public var corrects: Int? { correctsIndex > 0 ? target.correctable[correctsIndex - 1].number : nil }

  /// The fields in Tab order; the target is chosen only where there is a choice, what it
  /// corrects only where the target has updates.
  public var fields: [Field] {
    (targets.count > 1 ? [.target] : []) + [.status, .date, .note, .source, .url, .confidence]
      + (target.correctable.isEmpty ? [] : [.corrects])
  }

  public static func isPicker(_ field: Field) -> Bool { [.target, .status, .confidence, .corrects].contains(field) }

  /// The values a picker offers, as it shows them and as their first letters pick them.
  public func choices(of field: Field) -> [String] {
    switch field {
    case .target: targets.map(\.id)
    case .status: statuses
    case .corrects: ["none"] + target.correctable.map(\.summary)
    default: Confidence.allCases.map(\.rawValue)
    }
  }

  /// Which of its choices a picker shows as chosen.
  public func chosen(in field: Field) -> Int {
    switch field {
    case .target: targetIndex
    case .status: statusIndex
    case .corrects: correctsIndex
    default: Confidence.allCases.firstIndex(of: confidence) ?? 0
    }
  }

  /// A text field's editor; nil for a picker.
  public func text(of field: Field) -> TextField? {
    switch field {
    case .date: date
    case .note: note
    case .source: source
    case .url: url
    default: nil
    }
  }

  /// The typed update, to be checked against the plan.
  public var entry: JournalEntry {
    let day = date.text.trimmingWhitespace
    return JournalEntry(
      targetID: target.id, status: status, date: day.isEmpty ? nil : day, note: note.text, source: source.text,
      url: url.text, confidence: confidence.rawValue, corrects: corrects)
  }

  /// The validation's problems, each put beside its field in the reader's language.
  public mutating func show(_ found: [JournalEntry.Problem], in writing: Writing) {
    problems = [:]
    for problem in found {
      let field = fields.contains(problem.field) ? problem.field : focus
      let message = problem.message(in: writing)
      problems[field] = problems[field].map { $0 + "; " + message } ?? message
    }
    if let first = fields.first(where: { problems[$0] != nil }) { focus = first }
  }
}

extension String {
  fileprivate var trimmingWhitespace: String {
    String(drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
  }
}
