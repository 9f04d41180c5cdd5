import AccordCore
import AccordText
import Testing

@testable import AccordUI

@Suite struct DrillDownScreenTests {
  let plan = Briefing.plan
  var trade: Sector { plan.sector(id: "16")! }
  /// The plan's longest commitment, whose text must be cut in a list and wrapped in full.
  var longest: Commitment { plan.commitments.max { $0.text.count < $1.text.count }! }

  @Test(arguments: Briefing.sizes.map { [$0.width, $0.height] })
  func aPillarListsItsSectorsWithGaugesAndCounts(size: [Int]) {
    let screen = render(Briefing.state(showing: .pillar(2), width: size[0], height: size[1]), size[0], size[1])
    expectFits(screen)
    expectScreen(
      screen,
      shows: [
        "Overview › III Economic and Technical", "> 9 Agriculture", "16 Trade and Investment", "1/1 100%", "2/17 12%",
      ])
    if size[0] >= 80 {
      expectScreen(screen, shows: ["✓   ◐   ↻   ○   ?   !", "✓ done  ◐ in progress"])
    }
  }

  @Test(arguments: Briefing.sizes.map { [$0.width, $0.height] })
  func aSectorListsItsCommitmentsWithIdGlyphAndCutText(size: [Int]) {
    let state = Briefing.state(showing: .sector("16"), width: size[0], height: size[1])
    let screen = render(state, size[0], size[1])
    expectFits(screen)
    for commitment in trade.commitments {
      #expect(screen.contains(commitment.id), "\(commitment.id) missing:\n\(screen)")
    }
    // 16.3 (the 3rd JTC, due in 2023) is overdue and has no report.
    expectScreen(screen, shows: ["16.3 ! ? Effectively implementing"])
    let row = screen.lines[screen.row(of: "16.1")!]
    if DisplayWidth.of(trade.commitments[0].text) > size[0] - 10 { #expect(row.hasSuffix("…"), "\(row)") }
  }

  @Test func aLongCommitmentIsCutInItsSectorAndWrappedInFull() throws {
    let commitment = longest
    let sector = try #require(plan.sector(ofCommitment: commitment.id))
    var state = Briefing.state(showing: .sector(sector.id))
    state.positions[.sector(sector.id)] = ListPosition(
      selected: sector.commitments.firstIndex { $0.id == commitment.id }!)
    let list = render(state, 80, 24)
    let row = try #require(list.lines.first { $0.contains(" \(commitment.id) ") })
    #expect(row.hasSuffix("…"))
    #expect(DisplayWidth.of(row) <= 80)
    #expect(
      commitment.text.hasPrefix(
        String(row.drop { $0 != "?" && $0 != "↻" && $0 != "✓" && $0 != "◐" && $0 != "○" }.dropFirst(2).dropLast())))

    let detail = render(Briefing.state(showing: .commitment(commitment.id), width: 120, height: 40), 120, 40)
    let words = commitment.text.split(separator: " ").joined(separator: " ")
    let document = CommitmentScreen.document(commitment, state: Briefing.state(width: 120, height: 40), width: 118)
    let wrapped = document.lines.dropFirst().prefix { !$0.text.isEmpty }.map(\.text)
    #expect(wrapped.joined(separator: " ") == words)
    #expect(wrapped.allSatisfy { DisplayWidth.of($0) <= 118 })
    expectScreen(detail, shows: [wrapped[0], wrapped[wrapped.count - 1]])
  }

  @Test(arguments: Briefing.sizes.map { [$0.width, $0.height] })
  func aCommitmentShowsKindTargetStatusOverdueAndMeetings(size: [Int]) {
    let screen = render(Briefing.state(showing: .commitment("16.3"), width: size[0], height: size[1]), size[0], size[1])
    expectFits(screen)
    // The 3rd JTC was due "in 2023 or on an agreed date"; the annual JTC of 2024 is plainly overdue.
    let overdueDays = Day(year: 2024, month: 12, day: 31).days(until: Briefing.today)
    expectScreen(
      screen,
      shows: [
        "Kind: deliverable", "Target: see its milestones", "Status: ? no report",
        "Overdue: ! yes, target 2024 passed \(overdueDays) days ago", "Milestones (5)",
        "16.3a   due 2023 or agreed  date passed, an agreed date allowed", "16.3b   due 2024            ! overdue",
      ])
    let tall = render(Briefing.state(showing: .commitment("16.3"), width: 120, height: 60), 120, 60)
    // The 3rd and the annual JTC are milestones and the meetings that fulfil them; the 2nd is
    // not known on the day (its undated report was first read in November 2026).
    expectScreen(
      tall,
      shows: [
        "Evidence (0)", "Meetings (5)", "Third Meeting of the Joint Trade Commission",
        "Annual Joint Trade Commission (JTC) Meeting, 2027",
      ])
    #expect(!tall.contains("2nd Joint Trade Commission"))
  }

  @Test func aCommitmentWithEvidenceListsDatesSummariesSourcesAndConfidence() {
    let screen = render(Briefing.state(showing: .commitment("1.1"), width: 120, height: 60), 120, 60)
    expectScreen(
      screen,
      shows: [
        "Evidence (4)", "2023-05-04  President Thongloun's state visit",
        "source: Vientiane Times, May 2023, \"President wraps up Cambodia visit", "2024-12-04  PM Sonexay",
        "Status: ↻ continuous", "Kind: continuous",
      ])
  }

  @Test func theCommitmentDocumentScrolls() {
    var state = Briefing.state(showing: .commitment("1.1"), width: 80, height: 24)
    let before = render(state, 80, 24)
    _ = state.update(.key(.end))
    let after = render(state, 80, 24)
    #expect(before.contains("Kind: continuous"))
    #expect(after.contains("Meetings ("))
    #expect(state.position(for: .commitment("1.1")).offset > 0)
  }
}

/// The breadcrumb is the way back: each screen opened from another adds itself to the trail, and
/// Esc takes off one crumb at a time until the overview.
@Suite struct BreadcrumbTests {
  func crumbs(_ state: AppState) -> String {
    render(state, 200, 40).lines[0].components(separatedBy: "  ").first!.trimmingCharacters(in: .whitespaces)
  }

  @Test func goingDownAddsACrumbAndEscTakesItOff() throws {
    var state = Briefing.state(showing: .commitment("16.3"), width: 200, height: 40)
    #expect(crumbs(state) == "Overview › III Economic and Technical › 16 Trade and Investment › 16.3")
    _ = state.update(.key(.enter))
    #expect(crumbs(state) == "Overview › III Economic and Technical › 16 Trade and Investment › 16.3 › Meetings")
    _ = state.update(.key(.enter))
    let meeting = try #require(
      state.view.meeting(id: { if case .meeting(let id) = state.route { return id } else { return "" } }()))
    #expect(
      crumbs(state)
        == "Overview › III Economic and Technical › 16 Trade and Investment › 16.3 › Meetings › \(meeting.title)")
    var trail = [crumbs(state)]
    while state.route != .overview {
      _ = state.update(.key(.escape))
      trail.append(state.route == .overview ? "Overview" : crumbs(state))
    }
    #expect(trail.count == 6, "five Esc back to the overview: \(trail)")
    for (longer, shorter) in zip(trail, trail.dropFirst()) where shorter != "Overview" {
      #expect(longer.hasPrefix(shorter + " › "), "\(longer) then \(shorter)")
    }
  }

  @Test func aListOpenedFromAMeetingOrAnAgencyNamesThemOnTheWayBack() {
    let fromMeeting = Briefing.state(showing: .commitmentsOf(meeting: "jc-15"), width: 200, height: 40)
    #expect(crumbs(fromMeeting).hasPrefix("Overview › Timeline › "), "\(crumbs(fromMeeting))")
    #expect(crumbs(fromMeeting).hasSuffix(" › Commitments"), "\(crumbs(fromMeeting))")
    let agency = Briefing.state(showing: .agency("Royal Cambodian Armed Forces (Cambodia)"), width: 200, height: 40)
    #expect(crumbs(agency) == "Overview › Agencies › Royal Cambodian Armed Forces (Cambodia)")
  }
}
