import AccordCore

// The words shown for the model's statuses and kinds live here, apart from the model, so that a
// catalog of another language can replace them in one place.

extension CommitmentStatus {
  public var label: String {
    switch self {
    case .done: "done"
    case .inProgress: "in progress"
    case .continuous: "continuous"
    case .notStarted: "not started"
    case .unknown: "no report"
    }
  }
}

extension MeetingType {
  /// Short label for lists and the timeline legend.
  public var label: String {
    switch self {
    case .jointCommission: "JC"
    case .jointTradeCommission: "JTC"
    case .jointBorderCommittee: "JBC"
    case .workingGroup: "working group"
    case .sectorMeeting: "sector meeting"
    case .visit: "visit"
    case .signing: "signing"
    case .clv: "CLV"
    case .asean: "ASEAN"
    case .multilateral: "multilateral"
    case .anniversary: "anniversary"
    case .other: "other"
    }
  }
}
