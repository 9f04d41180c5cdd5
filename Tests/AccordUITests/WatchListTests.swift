import AccordCore
import Foundation
import Testing

@testable import AccordUI

/// The watch list keeps each of its three sections, with a line saying when one has nothing.
@Suite struct WatchListTests {
  @Test(arguments: Briefing.sizes.map { [$0.width, $0.height] })
  func anEmptySectionSaysSo(size: [Int]) {
    // The day after the signing: nothing is overdue yet.
    var state = AppState(
      plan: Briefing.plan, today: Day(year: 2023, month: 2, day: 14), options: DisplayOptions(),
      size: TerminalSize(width: size[0], height: size[1]))
    let shown = state.show(.watchlist)
    #expect(shown)
    let screen = render(state, size[0], size[1])
    expectFits(screen)
    guard let heading = screen.row(of: "Overdue milestones and deliverables (0)") else {
      Issue.record("no overdue section:\n\(screen)")
      return
    }
    #expect(screen.lines[heading + 1].trimmingCharacters(in: .whitespaces) == "none", "\(screen)")
  }
}
