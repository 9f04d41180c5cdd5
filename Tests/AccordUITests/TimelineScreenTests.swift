import AccordCore
import Testing

@testable import AccordUI

@Suite struct TimelineScreenTests {
  let plan = Briefing.plan
  var schedule: Schedule { Schedule(plan: plan.asOf(Briefing.today), today: Briefing.today) }

  @Test(arguments: Briefing.sizes.map { [$0.width, $0.height] })
  func theAxisSpansSigningYearToValidityEndWithTodayMarked(size: [Int]) {
    let screen = render(Briefing.state(showing: .timeline, width: size[0], height: size[1]), size[0], size[1])
    expectFits(screen)
    expectScreen(
      screen,
      shows: [
        "2023", "2024", "2025", "2026", "2027", "▼ today 2026-11-24", "◆ JC  ■ JTC",
        "Upcoming (\(schedule.upcoming.count)), soonest first",
      ])
  }

  @Test func upcomingMeetingsComeSoonestFirstWithHowFarOffEachIs() {
    let upcoming = schedule.upcoming
    let dated = upcoming.compactMap(\.date)
    #expect(dated == dated.sorted())
    #expect(upcoming.last?.date == nil)
    let screen = render(Briefing.state(showing: .timeline, width: 120, height: 40), 120, 40)
    let heading = screen.row(of: "Upcoming (\(upcoming.count)), soonest first")!
    for (index, meeting) in upcoming.enumerated() {
      let row = screen.lines[heading + 1 + index]
      #expect(
        row.contains(String(meeting.title.prefix(30))), "row \(heading + 1 + index) is not \(meeting.title):\n\(screen)"
      )
      #expect(row.contains(meeting.date.map { "\($0)" } ?? "no date"))
      #expect(row.hasSuffix(meeting.date == nil ? "date not set" : "date to be confirmed"))
    }
  }

  @Test func pastMeetingsComeMostRecentFirstWithDaysAgo() {
    let screen = render(Briefing.state(showing: .timeline, width: 120, height: 40), 120, 40)
    let asean = Day(year: 2026, month: 5, day: 8).days(until: Briefing.today)
    let summit = screen.row(of: "49th ASEAN Summit")!
    let older = screen.row(of: "48th ASEAN Summit")!
    #expect(summit < older)
    // Held on a known day: how long ago. Never reported held: says so.
    #expect(screen.lines[older].hasSuffix("\(asean) days ago"))
    #expect(screen.lines[summit].hasSuffix("not reported"))
    #expect(screen.row(of: "Past (\(schedule.past.count)), most recent first")! < summit)
  }

  @Test func anExactDayCountsDown() {
    let day = Day(year: 2026, month: 12, day: 5)
    var plan = plan
    plan.meetings.append(
      Meeting(
        id: "jtc-4", title: "4th Joint Trade Commission", type: .jointTradeCommission,
        date: .day(year: 2026, month: 12, day: 5), status: .planned, source: "test"))
    let state = AppState(plan: plan, today: Briefing.today, size: TerminalSize(width: 100, height: 30))
    var timeline = state
    timeline.show(.timeline)
    let screen = render(timeline, 100, 30)
    let row = screen.lines[screen.row(of: "4th Joint Trade Commission")!]
    #expect(row.hasSuffix("in \(Briefing.today.days(until: day)) days"))
    #expect(row.contains("■ 2026-12-05 JTC"))
    // It is the next meeting on the overview too.
    expectScreen(render(state, 100, 30), shows: ["Next meeting: 2026-12-05, in 11 days"])
  }

  @Test func aMeetingShowsItsDetailsAndLinkedCommitments() {
    let screen = render(Briefing.state(showing: .meeting("jc-15"), width: 120, height: 40), 120, 40)
    expectFits(screen)
    expectScreen(
      screen,
      shows: [
        "◆ 15th Lao-Cambodia Joint Commission on Bilateral Cooperation", "Type: JC (joint-commission)",
        "Date: 2025-11-26 to 2025-11-28 (exact days)", "Place: Vientiane", "Status: held", "Confidence: confirmed",
        "Source: KPL, 2025-11-28", "Note: Deputy PM", "Commitments (1)", "1.4 ↻ Further strengthening",
      ])
  }

  @Test func aMeetingWithoutADateSaysSo() {
    let screen = render(Briefing.state(showing: .meeting("jc-16"), width: 80, height: 24), 80, 24)
    expectScreen(screen, shows: ["Date: not set", "When: date not set", "Status: expected"])
    let yearOnly = render(Briefing.state(showing: .meeting("central-banks-2027"), width: 80, height: 24), 80, 24)
    expectScreen(yearOnly, shows: ["Date: 2027 (year only)", "When: date to be confirmed"])
  }

  @Test func aMeetingShowsWhoLedItOnEachSideAndTheMilestoneItFulfils() {
    let visit = render(Briefing.state(showing: .meeting("visit-2024-12-sonexay"), width: 200, height: 60), 200, 60)
    expectScreen(
      visit,
      shows: [
        "Led by: Lao PDR: Prime Minister Sonexay Siphandone; Cambodia: Prime Minister Hun Manet (host) (KPL, 2024-12-06"
      ])
    let jtc = render(Briefing.state(showing: .meeting("jtc-2026"), width: 200, height: 60), 200, 60)
    expectScreen(
      jtc, shows: ["Fulfils: 16.3d (due 2026): the annual Joint Trade Commission (JTC) Meeting, 2026, no report"])
    #expect(!jtc.contains("Led by"), "no source names who leads it")
  }

  @Test func theTimelineMatchesTheRecordedScreen() {
    expectGolden(render(Briefing.state(showing: .timeline), 80, 24), named: "timeline-80x24")
  }
}
