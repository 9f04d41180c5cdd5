/// A row of the journal that cannot be read as an update: left out, and said once (AccordText
/// words it in the reader's language).
public struct UnreadableUpdate: Error, Sendable, Equatable, Codable {
  /// What is wrong with the row, by column and the type stored there, never the value itself,
  /// which may hold anything.
  public enum Problem: Sendable, Equatable, Codable {
    /// A column of text holds another type.
    case notText(JournalRow.Column, StoredValue.Kind)
    /// The id is not a whole number: the row has no number to be named by.
    case notANumber(StoredValue.Kind)
    /// target_kind is not commitment, milestone or meeting.
    case notATargetKind
    /// date is not YYYY, YYYY-MM or YYYY-MM-DD.
    case notADate
    /// confidence is not confirmed or reported.
    case notAConfidence
    /// corrects holds something else than the number of an update.
    case notACorrection(StoredValue.Kind)
  }

  /// The row's number in the journal, when it has one that can be read.
  public var number: Int?
  public var problem: Problem

  public init(number: Int?, problem: Problem) {
    self.number = number
    self.problem = problem
  }
}
