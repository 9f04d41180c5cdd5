import AccordCore

extension MeetingType {
  /// The type in at most 7 columns, for the timeline's list below 110 columns: a word or an
  /// abbreviation the legend uses, never a word cut short ("secto…").
  var narrowLabel: String {
    switch self {
    case .workingGroup: "WG"
    case .sectorMeeting: "sector"
    case .multilateral: "multi"
    case .anniversary: "anniv."
    default: label
    }
  }
}
