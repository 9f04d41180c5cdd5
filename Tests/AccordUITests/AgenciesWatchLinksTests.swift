import AccordCore
import AccordLocalization
import Testing

@testable import AccordUI

/// `a` agencies, `w` the watch list and the links both ways, at the three sizes the tests fix.
@Suite struct AgenciesWatchLinksTests {
  static let sizes = FindingScreenTests.sizes

  @Test(arguments: sizes)
  func agenciesShowWhatEachHoldsAndEnterListsItsCommitments(size: [Int]) {
    var state = Briefing.state(width: size[0], height: size[1])
    press(&state, typing("a"))
    #expect(state.route == .agencies)
    let agencies = AgencyIndex(plan: state.plan).agencies
    var screen = render(state, size[0], size[1])
    expectFits(screen)
    expectScreen(screen, shows: ["Overview › Agencies", "\(agencies.count) agencies the plan names"])
    // Each row: the name, how many it holds, how many of those are overdue.
    let first = screen.lines[screen.row(of: agencies[0].name)!]
    #expect(first.hasSuffix("\(agencies[0].commitments.count) held  none overdue"), "\(screen)")
    // The Lao prosecutors' office carries the three items that name it (8.4, 8.8, 8.9), two overdue
    // against their 2023 and 2024 milestones.
    let name = "Office of the Supreme People's Prosecutor (Lao PDR)"
    let office = agencies.firstIndex { $0.name == name }!
    press(&state, Array(repeating: .down, count: office))
    screen = render(state, size[0], size[1])
    #expect(screen.lines[screen.row(of: name)!].hasSuffix("3 held  ! 2 overdue"), "\(screen)")
    press(&state, [.enter])
    #expect(state.route == .agency(name))
    screen = render(state, size[0], size[1])
    expectFits(screen)
    expectScreen(screen, shows: ["· 3 commitments  ! 2 overdue", "8.4 !", "8.8", "8.9 !"])
    press(&state, [.enter])
    #expect(state.route == .commitment("8.4"))
  }

  @Test func anAgencyHoldingCommitmentsInSeveralPillarsListsThemAll() {
    let plan = Briefing.plan
    let agency = AgencyIndex(plan: plan).agencies.first { agency in
      Set(
        agency.commitments.compactMap {
          PlanView(plan: plan, today: Briefing.today).place(ofCommitment: $0)?.sector.pillar
        }
      ).count > 1
    }!
    var state = Briefing.state(showing: .agency(agency.name), width: 200, height: 60)
    let screen = render(state, 200, 60)
    for id in agency.commitments {
      #expect(screen.lines.contains { $0.dropFirst(2).hasPrefix(id + " ") }, "\(id) missing:\n\(screen)")
    }
    press(&state, [.end, .enter])
    #expect(state.route == .commitment(agency.commitments.last!))
  }

  @Test(arguments: sizes)
  func theWatchListShowsOverdueWorkAndMeetingsDueSoonAndOpensThem(size: [Int]) {
    var state = Briefing.state(width: size[0], height: size[1])
    press(&state, typing("w"))
    #expect(state.route == .watchlist)
    let screen = render(state, size[0], size[1])
    expectFits(screen)
    let facts = state.view.facts
    expectScreen(
      screen,
      shows: [
        "Overview › Watch list", "Meetings with no report (\(facts.meetingsWithoutReport.count))", "not reported",
      ])
    // The first entry is the first meeting with no report; the last, the last overdue milestone.
    press(&state, [.enter])
    #expect(state.route == .meeting(facts.meetingsWithoutReport[0].id))
    press(&state, [.escape, .end])
    let end = render(state, size[0], size[1])
    expectScreen(
      end, shows: ["Overdue milestones and deliverables (\(facts.overdue.count))", "16.3b due 2024, 693 days late"])
    press(&state, [.enter])
    #expect(state.route == .commitment(facts.overdue.last!.commitmentID))
  }

  @Test func aPlannedMeetingPastItsDateWithNoReportIsOnTheWatchList() {
    var plan = Briefing.plan
    plan.meetings.append(
      Meeting(
        id: "jbc-x", title: "Joint Border Committee meeting", type: .jointBorderCommittee,
        date: .day(year: 2026, month: 10, day: 1), status: .planned, source: "test"))
    var state = AppState(plan: plan, today: Briefing.today, size: TerminalSize(width: 120, height: 40))
    press(&state, typing("w"))
    let screen = render(state, 120, 40)
    expectScreen(screen, shows: ["Meetings with no report (\(state.view.facts.meetingsWithoutReport.count))"])
    let row = screen.row(of: "Joint Border Committee meeting")!
    #expect(screen.lines[row].hasSuffix("no report since due"), "\(screen)")
  }

  @Test(arguments: sizes)
  func enterOnACommitmentListsItsMeetingsAndOnAMeetingItsCommitments(size: [Int]) {
    var state = Briefing.state(showing: .commitment("16.3"), width: size[0], height: size[1])
    press(&state, [.enter])
    #expect(state.route == .meetingsOf(commitment: "16.3"))
    let linked = state.view.meetings(linkedTo: "16.3")
    var screen = render(state, size[0], size[1])
    expectFits(screen)
    expectScreen(
      screen,
      shows: [
        "Meetings that name 16.3 · \(Writing.english.localized("%d meeting", plural: "%d meetings", count: linked.count))",
        String(linked[0].title.prefix(20)),
      ])
    press(&state, [.enter])
    #expect(state.route == .meeting(linked[0].id))
    // And back the other way: the meeting's commitments include 16.3.
    press(&state, [.enter])
    #expect(state.route == .commitmentsOf(meeting: linked[0].id))
    screen = render(state, size[0], size[1])
    expectFits(screen)
    // In the list below the title bar (whose breadcrumb names 16.3 on the way back).
    let row = screen.lines.indices.first { $0 >= 3 && screen.lines[$0].contains("16.3 ") }!
    press(&state, Array(repeating: .down, count: row - 3))
    press(&state, [.enter])
    #expect(state.route == .commitment("16.3"))
    press(&state, [.escape, .escape, .escape, .escape])
    #expect(state.route == .commitment("16.3"))
  }

  @Test func theHelpOfACommitmentAndAMeetingSaysWhatEnterOpens() {
    var state = Briefing.state(showing: .commitment("16.3"), width: 120, height: 40)
    press(&state, typing("?"))
    expectScreen(render(state, 120, 40), shows: ["its meetings"])
    state = Briefing.state(showing: .meeting("jc-15"), width: 120, height: 40)
    press(&state, typing("?"))
    expectScreen(render(state, 120, 40), shows: ["its commitments"])
  }
}

@Suite struct NextMeetingLinkTests {
  @Test(arguments: FindingScreenTests.sizes)
  func theHeadersNextMeetingOpensWithAClickOrM(size: [Int]) {
    var state = Briefing.state(width: size[0], height: size[1])
    let next = state.schedule.nextMeeting!
    let screen = render(state, size[0], size[1])
    let row = screen.row(of: "Next meeting:")!
    _ = state.update(.mouse(MouseEvent(x: 20, y: row, action: .click)))
    #expect(state.route == .meeting(next.id))
    state = Briefing.state(showing: .sector("16"), width: size[0], height: size[1])
    press(&state, typing("m"))
    #expect(state.route == .meeting(next.id))
    expectScreen(render(state, size[0], size[1]), shows: [String(next.title.prefix(30))])
  }
}
