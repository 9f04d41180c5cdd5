import AccordCore
import Testing

@testable import AccordUI

/// `s` on a list of commitments: the plan's order, by status, most overdue first, latest report
/// first, and round again; the selection stays on its commitment, and Enter and `u` act on it.
@Suite struct CommitmentOrderTests {
  /// The ids of the rows of a sector's list as drawn.
  func rows(_ state: AppState) -> [String] {
    render(state, 100, 30).lines.dropFirst(3).compactMap { line in
      let id = line.dropFirst(2).prefix { $0 != " " }
      return id.first?.isNumber == true ? String(id) : nil
    }
  }

  @Test func sStepsThroughTheOrdersAndSaysWhichInTheHeader() {
    var state = Briefing.state(showing: .sector("17"), width: 100, height: 30)
    let plan = rows(state)
    #expect(plan == ["17.1", "17.2", "17.3", "17.4", "17.5", "17.6", "17.7", "17.8"])
    let sector = state.view.sector(id: "17")!
    var orders: [[String]] = []
    for label in ["by status", "most overdue first", "latest report first", nil] {
      _ = state.update(.key(.character("s")))
      orders.append(rows(state))
      if let label { expectScreen(render(state, 100, 30), shows: ["8 commitments · \(label)"]) }
    }
    // By status: done, in progress, continuous, not started, no report; the plan's order within each.
    let rank = { (id: String) in
      CommitmentStatus.allCases.firstIndex(of: sector.commitments.first { $0.id == id }!.status)!
    }
    #expect(orders[0].map(rank) == orders[0].map(rank).sorted())
    #expect(orders[0].first == "17.6", "the done one first: \(orders[0])")
    #expect(orders[1].first == "17.7", "the overdue one first: \(orders[1])")
    let reported = sector.commitments.filter { $0.evidence.newest != nil }.sorted {
      $0.evidence.newest!.date.latestDay > $1.evidence.newest!.date.latestDay
    }
    #expect(Array(orders[2].prefix(reported.count)) == reported.map(\.id), "newest report first, unreported last")
    #expect(orders[3] == plan, "s a fourth time: the plan's order again")
    for order in orders { #expect(Set(order) == Set(plan)) }
  }

  @Test func theSelectionStaysOnItsCommitmentAndEnterAndUActOnIt() throws {
    var state = Briefing.state(showing: .sector("17"), width: 100, height: 30)
    for _ in 0..<6 { _ = state.update(.key(.down)) }
    #expect(rows(state)[6] == "17.7")
    _ = state.update(.key(.character("s")))  // by status: 17.7 (no report) moves
    let selected = render(state, 100, 30).lines.first { $0.hasPrefix("> ") }
    #expect(selected?.hasPrefix("> 17.7 ") == true, "\(selected ?? "no selection")")
    _ = state.update(.key(.character("u")))
    #expect(state.updateForm?.target.id == "17.7")
    _ = state.update(.key(.escape))
    _ = state.update(.key(.enter))
    #expect(state.route == .commitment("17.7"))
    // Back, and a commitment shown from elsewhere selects its row in the sorted list.
    _ = state.update(.key(.escape))
    #expect(render(state, 100, 30).lines.first { $0.hasPrefix("> ") }?.hasPrefix("> 17.7 ") == true)
    let shown = state.show(.commitment("17.6"))
    #expect(shown)
    _ = state.update(.key(.escape))
    #expect(render(state, 100, 30).lines.first { $0.hasPrefix("> ") }?.hasPrefix("> 17.6 ") == true)
  }
}
