import AccordCore
import AccordLocalization

// The words shown for the model's statuses and kinds live here, apart from the model, and come
// from the reader's catalog; `label` alone is English, for what programs and reports read.

extension CommitmentStatus {
  public var label: String { label(in: .english) }

  public func label(in writing: Writing) -> String {
    switch self {
    case .done: writing.localized("done", context: "status")
    case .inProgress: writing.localized("in progress", context: "status")
    case .continuous: writing.localized("continuous", context: "status")
    case .notStarted: writing.localized("not started", context: "status")
    case .unknown: writing.localized("no report", context: "status")
    }
  }
}

extension MeetingStatus {
  public func label(in writing: Writing) -> String {
    switch self {
    case .held: writing.localized("held", context: "meeting status")
    case .planned: writing.localized("planned", context: "meeting status")
    case .expected: writing.localized("expected", context: "meeting status")
    case .notReported: writing.localized("not reported", context: "meeting status")
    case .postponed: writing.localized("postponed", context: "meeting status")
    case .cancelled: writing.localized("cancelled", context: "meeting status")
    }
  }
}

extension MeetingType {
  /// Short label for lists and the timeline legend.
  public var label: String { label(in: .english) }

  public func label(in writing: Writing) -> String {
    switch self {
    case .jointCommission: "JC"
    case .jointTradeCommission: "JTC"
    case .jointBorderCommittee: "JBC"
    case .workingGroup: writing.localized("working group")
    case .sectorMeeting: writing.localized("sector meeting")
    case .visit: writing.localized("visit")
    case .signing: writing.localized("signing")
    case .clv: "CLV"
    case .asean: "ASEAN"
    case .multilateral: writing.localized("multilateral")
    case .anniversary: writing.localized("anniversary")
    case .other: writing.localized("other", context: "meeting type")
    }
  }
}
