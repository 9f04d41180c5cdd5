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

  public init(id: String, what: String, due: Due, status: CommitmentStatus = .unknown, evidence: [Evidence] = []) {
    self.id = id
    self.what = what
    self.due = due
    self.status = status
    self.evidence = evidence
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
