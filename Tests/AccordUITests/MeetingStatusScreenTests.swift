import AccordCore
import Testing

@testable import AccordUI

/// Postponed and cancelled meetings (reported in the journal) on the timeline, the watch list
/// and a meeting's screen: said as such, never "no report since due", and only from the day
/// they were known.
@Suite struct MeetingStatusScreenTests {
  static let recordedAt = "2026-11-20T08:00:00Z"

  /// The bundled plan with two meetings of its own: one called off, one put off to 2027-02-10.
  static var plan: Plan {
    var plan = Briefing.plan
    plan.meetings += [
      meeting(
        "jbc-x", "Joint Border Committee meeting", .jointBorderCommittee, on: .day(year: 2026, month: 10, day: 1),
        report: .cancelled, dated: .day(year: 2026, month: 9, day: 20)),
      meeting(
        "jtc-x", "Joint Trade Commission meeting", .jointTradeCommission, on: .day(year: 2026, month: 11, day: 1),
        report: .postponed, dated: .day(year: 2027, month: 2, day: 10)),
    ]
    return plan
  }

  /// Planned for `date` in the plan, with one report recorded on 2026-11-20.
  static func meeting(
    _ id: String, _ title: String, _ type: MeetingType, on date: PlanDate, report: MeetingStatus, dated: PlanDate
  ) -> Meeting {
    Meeting(
      id: id, title: title, type: type, date: date, status: .planned,
      source: "test",
      evidence: [
        MeetingEvidence(
          date: dated, status: report, summary: "news", source: "MOFA",
          recording: Recording(author: "somchai", recordedAt: recordedAt))
      ])
  }

  func screen(_ keys: String, today: Day = Briefing.today) -> Screen {
    var state = AppState(plan: Self.plan, today: today, size: TerminalSize(width: 120, height: 40))
    press(&state, typing(keys))
    return render(state, 120, 40)
  }

  func row(_ screen: Screen, _ title: String) -> String {
    screen.lines.first { $0.contains(title) } ?? "no row with \(title) in \(screen)"
  }

  @Test func the_timeline_says_cancelled_and_postponed_with_the_new_dates_countdown() {
    let timeline = screen("t")
    #expect(row(timeline, "Joint Border Committee meeting").hasSuffix("cancelled"), "\(timeline)")
    let days = Briefing.today.days(until: Day(year: 2027, month: 2, day: 10))
    #expect(row(timeline, "Joint Trade Commission meeting").contains("2027-02-10"), "\(timeline)")
    #expect(row(timeline, "Joint Trade Commission meeting").hasSuffix("postponed, in \(days) days"), "\(timeline)")
  }

  @Test func neither_is_on_the_watch_list_as_due_without_a_report() {
    let watch = screen("w")
    #expect(!watch.contains("Joint Border Committee meeting"), "\(watch)")
    #expect(
      !watch.contains("Joint Trade Commission meeting")
        || !row(watch, "Joint Trade Commission meeting").contains("no report since due"), "\(watch)")
  }

  @Test func before_the_reports_were_known_the_meetings_were_planned_and_then_missed() {
    // 2026-11-10: the cancellation (dated 2026-09-20) is known; the postponement, recorded on
    // 2026-11-20, is not yet, so the JTC meeting of 2026-11-01 has no report since it was due.
    let watch = screen("w", today: Day(year: 2026, month: 11, day: 10))
    let heading = watch.row(of: "Meetings with no report")
    #expect(heading != nil, "\(watch)")
    #expect(row(watch, "Joint Trade Commission meeting").hasSuffix("no report since due"), "\(watch)")
    #expect(!watch.contains("Joint Border Committee meeting"), "\(watch)")
  }
}

/// Issue 24 item 3: a source's web address is on the screen of its meeting or commitment,
/// http and https only.
@Suite struct SourceAddressScreenTests {
  @Test func aMeetingsAndACommitmentsSourceAddressIsShown() {
    let meeting = render(Briefing.state(showing: .meeting("signing-2023-02"), width: 200, height: 60), 200, 60)
    let url = Briefing.plan.meetings.first { $0.id == "signing-2023-02" }?.url ?? "none"
    expectScreen(meeting, shows: ["Address: \(url)"])
    #expect(url == "https://en.vietnamplus.vn/laos-cambodia-foster-bilateral-cooperation/248307.vnp")
    let commitment = render(Briefing.state(showing: .commitment("11.4"), width: 200, height: 60), 200, 60)
    expectScreen(commitment, shows: ["address: https://kpl.gov.la/EN/detail.aspx?id=101334"])
  }

  @Test func anAddressThatIsNotTheWebIsNotShown() {
    var plan = Briefing.plan
    let index = plan.meetings.firstIndex { $0.id == "signing-2023-02" }!
    plan.meetings[index].url = "javascript:alert(1)"
    let state = AppState(plan: plan, today: Briefing.today, size: TerminalSize(width: 200, height: 60))
    var shown = state
    _ = shown.show(.meeting("signing-2023-02"))
    let screen = render(shown, 200, 60)
    #expect(!screen.contains("javascript") && !screen.contains("Address:"), "\(screen)")
  }
}

/// `y` asks the loop to copy the address of the meeting or commitment shown, and nothing else.
@Suite struct CopyAddressTests {
  @Test func yOnAMeetingOrACommitmentAsksToCopyItsSourcesAddress() {
    var meeting = Briefing.state(showing: .meeting("signing-2023-02"), width: 120, height: 40)
    #expect(
      meeting.update(.key(.character("y")))
        == .copy("https://en.vietnamplus.vn/laos-cambodia-foster-bilateral-cooperation/248307.vnp"))
    var commitment = Briefing.state(showing: .commitment("11.4"), width: 120, height: 40)
    #expect(commitment.update(.key(.character("y"))) == .copy("https://kpl.gov.la/EN/detail.aspx?id=101334"))
    _ = commitment.update(.copied("copied it"))
    #expect(commitment.notice == "copied it")
  }

  @Test func yWhereThereIsNoAddressSaysSo() {
    // 16.3 has no report, so no source with an address.
    var state = Briefing.state(showing: .commitment("16.3"), width: 120, height: 40)
    #expect(state.update(.key(.character("y"))) == Effect.none)
    #expect(state.notice?.hasPrefix("no web address to copy here") == true)
  }
}

/// The cells that show a source's address are marked as its link, for the backend's OSC 8, and
/// only those: nothing else on the screen, and nothing once something is drawn over them.
@Suite struct SourceAddressLinkTests {
  static let address = "https://en.vietnamplus.vn/laos-cambodia-foster-bilateral-cooperation/248307.vnp"

  /// The text of a link's cells.
  static func text(_ link: CellLink, in grid: CellGrid) -> String {
    (link.x..<link.x + link.width).map { grid[$0, link.y].symbol }.joined()
  }

  @Test func theAddressCellsOfAMeetingAreItsLinkEvenWhereItWraps() {
    let wide = Briefing.state(showing: .meeting("signing-2023-02"), width: 200, height: 60).render(
      width: 200, height: 60)
    #expect(wide.links.map(\.address) == [Self.address])
    #expect(wide.links.map { Self.text($0, in: wide) } == [Self.address])
    // At 60 columns the address takes two rows, each linked to the whole address.
    let narrow = Briefing.state(showing: .meeting("signing-2023-02"), width: 60, height: 40).render(
      width: 60, height: 40)
    #expect(narrow.links.count == 2)
    #expect(narrow.links.map { Self.text($0, in: narrow) }.joined() == Self.address)
  }

  @Test func aCommitmentsEvidenceAddressIsItsLink() {
    let grid = Briefing.state(showing: .commitment("11.4"), width: 200, height: 60).render(width: 200, height: 60)
    #expect(grid.links.contains { $0.address == "https://kpl.gov.la/EN/detail.aspx?id=101334" })
    #expect(grid.links.allSatisfy { Self.text($0, in: grid) == $0.address })
  }

  @Test func noLinkWhereThereIsNoAddress() {
    #expect(
      Briefing.state(showing: .commitment("16.3"), width: 120, height: 40).render(width: 120, height: 40).links.isEmpty)
  }
}
