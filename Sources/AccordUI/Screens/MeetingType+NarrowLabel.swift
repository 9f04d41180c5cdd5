import AccordCore
import AccordLocalization
import AccordText

extension MeetingType {
  /// The type in at most 7 columns, for the timeline's list below 110 columns: a word or an
  /// abbreviation the legend uses, never a word cut short ("secto…").
  func narrowLabel(_ writing: Writing = .english) -> String {
    switch self {
    // TRANSLATORS: the short forms of meeting types, in at most 7 columns.
    case .workingGroup: writing.localized("WG", context: "short meeting type")
    case .sectorMeeting: writing.localized("sector", context: "short meeting type")
    case .multilateral: writing.localized("multi", context: "short meeting type")
    case .anniversary: writing.localized("anniv.", context: "short meeting type")
    default: label(in: writing)
    }
  }

  /// The widest full label of any type, and the widest short one, in the reader's language.
  static func widestLabel(_ writing: Writing, narrow: Bool) -> Int {
    allCases.map { DisplayWidth.of(narrow ? $0.narrowLabel(writing) : $0.label(in: writing)) }.max() ?? 6
  }
}
