/// One dated act a commitment's text names ("the Supreme People's Prosecutor's visit in 2023"),
/// with its own status and evidence. A commitment that names several has one milestone each,
/// and a recurring act ("the annual JTC") one per occurrence.
public struct Milestone: Sendable, Equatable, Identifiable {
  /// The commitment's id and a letter: `8.4a`, `8.4b`.
  public var id: String
  /// The act, in the text's own words.
  public var what: String
  public var due: Due
  public var status: CommitmentStatus
  public var evidence: [Evidence]
  /// `reported` when the status rests only on reported evidence. Set by `Plan.asOf(_:)`.
  public var statusConfidence: Confidence = .confirmed

  public init(id: String, what: String, due: Due, status: CommitmentStatus = .unknown, evidence: [Evidence] = []) {
    self.id = id
    self.what = what
    self.due = due
    self.status = status
    self.evidence = evidence
  }
}

extension Milestone {
  /// Where a milestone stands against its due date on a day.
  public enum DueState: Equatable, Sendable {
    /// Done, as reported.
    case met
    /// Its date is still to come, or the text leaves it to an agreed date.
    case open
    /// Its date has passed without a report that it was done.
    case overdue
    /// Its date has passed, but the text allows an agreed date instead: not plainly overdue.
    case datePassedAgreedDateAllowed
  }

  public func dueState(on today: Day) -> DueState {
    if status == .done { return .met }
    guard let target = due.target, target.deadline < today else { return .open }
    return due.agreedDateAllowed ? .datePassedAgreedDateAllowed : .overdue
  }
}

/// When a milestone is due, as the text says it: a date or span ("in 2023", "2023-2024"),
/// "an agreed date", or a date "or an agreed date" (so not plainly overdue once it passes).
public struct Due: Sendable, Equatable, CustomStringConvertible {
  /// Nil when the text gives no date, only "an agreed date".
  public var target: Target?
  /// The text allows "an agreed date" instead of (or in want of) `target`.
  public var agreedDateAllowed: Bool

  public init(target: Target?, agreedDateAllowed: Bool = false) {
    self.target = target
    self.agreedDateAllowed = agreedDateAllowed || target == nil
  }

  /// `2023`, `2023-2024`, `agreed`, `2023 or agreed`: the form the plan file uses.
  public var description: String {
    switch (target, agreedDateAllowed) {
    case (let target?, false): "\(target)"
    case (let target?, true): "\(target) or agreed"
    case (nil, _): "agreed"
    }
  }
}
