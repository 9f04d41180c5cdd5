import AccordCore
import Testing

@testable import AccordUI

/// A status resting only on `reported` evidence is marked wherever it is shown or counted:
/// 12.4 (the border bridge, one aggregator item) is in progress, reported only, on 2026-11-24.
@Suite struct ReportedOnlyScreenTests {
  static let pillar = 2  // III Economic and Technical

  @Test func theBridgeRestsOnlyOnReportedEvidence() throws {
    let bridge = try #require(Briefing.plan.asOf(Briefing.today).commitment(id: "12.4"))
    #expect(bridge.status == .inProgress && bridge.statusConfidence == .reported)
  }

  @Test func aPillarPaneCountsHowManyOfAStatusAreReportedOnly() throws {
    let summary = ProgressSummary(pillar: Briefing.plan.asOf(Briefing.today).pillars[Self.pillar], on: Briefing.today)
    #expect(summary.reportedOnly(.inProgress) == 1)
    let screen = render(Briefing.state(), 80, 24)
    let row = try #require(screen.lines.first { $0.contains("◐ in progress") && $0.contains("(~") }, "\(screen)")
    #expect(row.hasSuffix("◐ in progress   \(summary.count(.inProgress)) (~1) │"), "\(screen)")
  }

  @Test(arguments: Briefing.sizes.map { [$0.width, $0.height] })
  func theSectorListCountsAndTheCommitmentListMarkIt(size: [Int]) throws {
    let pillar = render(
      Briefing.state(showing: .pillar(Self.pillar), width: size[0], height: size[1]), size[0], size[1])
    let sector = try #require(pillar.lines.first { $0.contains("12 Public Works") }, "\(pillar)")
    if size[0] >= 120 { #expect(sector.contains("1~1"), "\(pillar)") }
    let list = render(Briefing.state(showing: .sector("12"), width: size[0], height: size[1]), size[0], size[1])
    let bridge = try #require(list.lines.first { $0.contains("12.4") }, "\(list)")
    #expect(bridge.contains("12.4  ~◐ "), "\(list)")
    let other = try #require(list.lines.first { $0.contains("12.1") }, "\(list)")
    #expect(other.contains("12.1   ? "), "an unreported one has no mark: \(list)")
  }

  @Test func theReportedOnlyFilterKeepsOnlyThem() throws {
    var state = Briefing.state(showing: .sector("12"), width: 120, height: 40)
    state.filters.commitments.confidence = .reported
    let list = render(state, 120, 40)
    #expect(list.contains("12.4  ~◐ "), "\(list)")
    #expect(!list.contains("12.1 "), "\(list)")
  }
}

/// The watch list of a day holds only the meetings known that day: the 4th JTC, announced on
/// 2026-03-10 for 1 June, postponed on 2026-05-20 to 15 September and held then.
@Suite struct WatchListKnownFromTests {
  static let plan: Plan = {
    var plan = Briefing.plan
    let recorded = { (day: String) in Recording(author: "somchai", recordedAt: "\(day)T08:00:00Z") }
    plan.meetings.append(
      Meeting(
        id: "jtc-4", title: "4th Joint Trade Commission", type: .jointTradeCommission,
        date: .day(year: 2026, month: 6, day: 1),
        status: .planned, source: "MOC notice",
        evidence: [
          MeetingEvidence(
            date: .day(year: 2026, month: 9, day: 15), status: .postponed, summary: "put off", source: "MOC",
            recording: recorded("2026-05-20")),
          MeetingEvidence(
            date: .day(year: 2026, month: 9, day: 15), status: .held, summary: "held", source: "KPL",
            recording: recorded("2026-09-16")),
        ],
        announced: Announcement(date: .day(year: 2026, month: 3, day: 10), source: "MOC notice")))
    return plan
  }()

  func watchList(on day: String) -> Screen {
    var state = AppState(
      plan: Self.plan, today: Day(iso: day)!, options: DisplayOptions(), size: TerminalSize(width: 120, height: 40))
    let shown = state.show(.watchlist)
    #expect(shown)
    return render(state, 120, 40)
  }

  @Test func theMeetingIsWatchedOnlyBetweenItsAnnouncementAndItsDay() {
    #expect(!watchList(on: "2026-03-09").contains("4th Joint Trade Commission"))
    let announced = watchList(on: "2026-03-10")
    #expect(announced.contains("4th Joint Trade Commission"), "\(announced)")
    #expect(announced.lines.first { $0.contains("4th Joint Trade") }?.contains("2026-06-01") == true, "\(announced)")
    let postponed = watchList(on: "2026-06-20")
    #expect(postponed.lines.first { $0.contains("4th Joint Trade") }?.contains("2026-09-15") == true, "\(postponed)")
    #expect(!watchList(on: "2026-09-16").contains("4th Joint Trade Commission"))
  }
}

extension ReportedOnlyScreenTests {
  @Test func aSearchResultShowsTheStatusAndTheMark() throws {
    var state = Briefing.state(width: 120, height: 40)
    press(&state, typing("/bridge"))
    let screen = render(state, 120, 40)
    let bridge = try #require(screen.lines.first { $0.contains("12.4") }, "\(screen)")
    #expect(bridge.contains("12.4         ~◐ Expediting"), "the id column, the mark, the status: \(screen)")
  }
}
