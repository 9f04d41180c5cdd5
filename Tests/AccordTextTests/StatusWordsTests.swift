import AccordCore
import AccordText
import Testing

/// The words shown for statuses and filters, now apart from the model: the line under the
/// header names the filters that are on in the same words and order as before the move.
@Suite struct StatusWordsTests {
  @Test func theFilterLineNamesWhatIsOnInAFixedOrder() {
    var filter = CommitmentFilter()
    filter.statuses = [.notStarted, .inProgress]
    filter.targetYear = 2023
    filter.overdueOnly = true
    filter.agency = "Ministries of Commerce"
    #expect(
      filter.summary(pillarNames: [])
        == "status: in progress, not started · overdue · agency: Ministries of Commerce · due in 2023")
    var meetings = MeetingFilter()
    meetings.types = [.jointTradeCommission]
    meetings.year = 2025
    #expect(meetings.summary == "type: JTC · in 2025")
    var both = PlanFilters()
    both.commitments.overdueOnly = true
    both.meetings = meetings
    #expect(both.summary(pillarNames: []) == "overdue · type: JTC · in 2025")
  }

  @Test func everyStatusHasItsWord() {
    #expect(
      CommitmentStatus.allCases.map(\.label) == ["done", "in progress", "continuous", "not started", "no report"])
    #expect(MeetingType.jointCommission.label == "JC")
  }
}
