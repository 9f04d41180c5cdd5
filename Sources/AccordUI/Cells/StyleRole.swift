import AccordCore

/// What a cell shows, not how it looks: a theme maps each role to colours and attributes, so
/// screens never name a colour and every screen works in monochrome.
public enum StyleRole: String, CaseIterable, Sendable, Hashable {
  case text
  case dimText = "dim_text"
  case border
  case borderFocus = "border_focus"
  case selection
  case header
  case title
  case pillar1 = "pillar_1"
  case pillar2 = "pillar_2"
  case pillar3 = "pillar_3"
  case pillar4 = "pillar_4"
  case pillar5 = "pillar_5"
  case statusDone = "status_done"
  case statusInProgress = "status_in_progress"
  case statusContinuous = "status_continuous"
  case statusNotStarted = "status_not_started"
  case statusOverdue = "status_overdue"
  case statusUnknown = "status_unknown"
  case gaugeFill = "gauge_fill"
  case gaugeTrack = "gauge_track"
  case markJointCommission = "mark_joint_commission"
  case markTradeCommission = "mark_trade_commission"
  case markBorderCommittee = "mark_border_committee"
  case markVisit = "mark_visit"
  case markMultilateral = "mark_multilateral"
  case markOther = "mark_other"
  case today
  case warning

  /// The accent of the pillar at `index` (0-based); pillars past the fifth reuse the palette.
  public static func pillar(_ index: Int) -> StyleRole {
    [.pillar1, .pillar2, .pillar3, .pillar4, .pillar5][((index % 5) + 5) % 5]
  }

  public static func status(_ status: CommitmentStatus, overdue: Bool = false) -> StyleRole {
    if overdue { return .statusOverdue }
    switch status {
    case .done: return .statusDone
    case .inProgress: return .statusInProgress
    case .continuous: return .statusContinuous
    case .notStarted: return .statusNotStarted
    case .unknown: return .statusUnknown
    }
  }

  public static func mark(_ type: MeetingType) -> StyleRole {
    switch type {
    case .jointCommission: .markJointCommission
    case .jointTradeCommission: .markTradeCommission
    case .jointBorderCommittee: .markBorderCommittee
    case .visit, .signing: .markVisit
    case .clv, .asean, .multilateral: .markMultilateral
    case .workingGroup, .sectorMeeting, .anniversary, .other: .markOther
    }
  }
}
