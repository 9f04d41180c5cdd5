import AccordCore
import Testing

@testable import AccordUI

@Suite struct KioskTests {
  let noon = WallTime(day: Briefing.today, hour: 12, minute: 5)

  func kiosk(cycle: Int = 3, width: Int = 80, height: Int = 24) -> AppState {
    var state = Briefing.state(width: width, height: height)
    state.startKiosk(cycle: cycle)
    _ = state.update(.tick(noon))  // the loop's first tick: sets the clock
    return state
  }

  func seconds(_ count: Int, _ state: inout AppState) {
    for _ in 0..<count { _ = state.update(.tick(noon)) }
  }

  @Test func cyclesThroughEveryPageByItselfAndWrapsAround() {
    var state = kiosk(cycle: 3)
    #expect(state.kiosk?.page == .overview)
    var pages: [Kiosk.Page] = []
    for _ in 0..<8 {
      pages.append(state.kiosk!.page)
      seconds(3, &state)
    }
    #expect(pages == [.overview, .pillar(0), .pillar(1), .pillar(2), .pillar(3), .pillar(4), .timeline, .watchlist])
    #expect(state.kiosk?.page == .overview, "after the last page, the first again")
  }

  @Test func showsEachPageItsScreenWithTheCountdownInSight() {
    var state = kiosk(cycle: 1)
    _ = state.update(.tick(noon))  // one second in: the first pillar
    expectScreen(
      render(state, 80, 24),
      shows: ["402 days to period end", "2026-11-24 12:05", "2/8 I Political", "Foreign Affairs"])
    seconds(5, &state)
    expectScreen(render(state, 80, 24), shows: ["402 days to period end", "7/8 Meetings", "Upcoming"])
    seconds(1, &state)
    let watch = render(state, 80, 24)
    expectScreen(watch, shows: ["402 days to period end", "Next meetings", "Overdue milestones and deliverables (8)"])
    // Each overdue milestone has its own row with its due date: 16.3b's is 2024.
    #expect(
      watch.lines.contains { $0.contains("16.3b") && $0.contains("due 2024") },
      "no row of 16.3b with its due date:\n\(watch)")
  }

  @Test func strayKeysAndClicksCannotDerailIt() {
    var state = kiosk(cycle: 3)
    seconds(3, &state)
    let before = render(state, 80, 24).text
    for key: Key in [
      .character("q"), .enter, .escape, .character("j"), .character("?"), .character("t"), .character("1"), .backspace,
      .down,
    ] {
      #expect(state.update(.key(key)) == .none)
    }
    _ = state.update(.mouse(MouseEvent(x: 10, y: 10, action: .doubleClick)))
    #expect(state.kiosk?.page == .pillar(0))
    #expect(!state.helpOpen)
    #expect(render(state, 80, 24).text == before)
  }

  @Test func onlyCtrlCOrTypingQuitEndsIt() {
    var state = kiosk()
    for character in "qui" { #expect(state.update(.key(.character(character))) == .none) }
    #expect(state.update(.key(.character("t"))) == .quit)
    var other = kiosk()
    #expect(other.update(.key(.control("c"))) == .quit)
  }

  @Test func aWallScreenShowsTheCountdownAndClockInBlockFigures() {
    let state = kiosk(width: 200, height: 60)
    let screen = render(state, 200, 60)
    expectScreen(
      screen, shows: ["days to the end of the period, 2027-12-31", "valid until 2028-02-13, 446 days", "1/8 Overview"])
    // "402" in the 3-column font: the top row of 4, 0 and 2 is "# #", "###", "###".
    #expect(screen.grid.line(1).contains("█ █ ███ ███"), "\(screen.grid.line(1))")
    // "12:05" at the right: the top rows of 1, 2, :, 0 and 5.
    #expect(screen.grid.line(1).hasSuffix(" █  ███     ███ ███"), "the clock in block figures: \(screen.grid.line(1))")
    #expect(screen.grid.line(2).hasSuffix("██    █  █  █ █ █"), "\(screen.grid.line(2))")
  }

  @Test func ticksEverySecondInKioskModeAndEveryMinuteOtherwise() {
    #expect(kiosk().tickMilliseconds == 1_000)
    #expect(Briefing.state().tickMilliseconds == 60_000)
  }

  @Test func keepsWorkingWhenTheScreenIsResized() {
    var state = kiosk()
    _ = state.update(.resize(width: 30, height: 8))
    expectScreen(render(state, 30, 8), shows: ["terminal too small"])
    _ = state.update(.resize(width: 120, height: 40))
    seconds(3, &state)
    expectScreen(render(state, 120, 40), shows: ["2/8 I Political"])
  }
}

/// The kiosk at 80x24: what must stay in sight on every page, and no hints for keys it ignores.
@Suite struct KioskAtEightyColumnsTests {
  @Test func theBandKeepsCountdownClockDateAndPageOnEveryPage() {
    var state = Briefing.state(width: 80, height: 24)
    state.startKiosk(cycle: 1)
    let noon = WallTime(day: Briefing.today, hour: 12, minute: 5)
    _ = state.update(.tick(noon))
    for page in 1...8 {
      let screen = render(state, 80, 24)
      let band = screen.lines[0]
      #expect(band.hasPrefix(" 402 days to period end"), "page \(page):\n\(screen)")
      #expect(band.contains("2026-11-24 12:05"), "page \(page) lost the clock:\n\(screen)")
      #expect(band.contains(" \(page)/8 "), "page \(page) lost its number:\n\(screen)")
      expectFits(screen)
      _ = state.update(.tick(noon))
    }
  }

  @Test func noHintsForKeysItIgnores() {
    var state = Briefing.state(width: 120, height: 40)
    state.startKiosk(cycle: 1)
    let noon = WallTime(day: Briefing.today, hour: 12, minute: 5)
    _ = state.update(.tick(noon))
    for _ in 1...8 {
      let screen = render(state, 120, 40)
      for hint in ["? help", "Timeline (t)", "q quit", "? all keys", "─ > ", "═ > "] {
        #expect(!screen.contains(hint), "the kiosk shows \(hint):\n\(screen)")
      }
      #expect(!screen.lines.contains { $0.hasPrefix(">") }, "the kiosk marks a selection:\n\(screen)")
      _ = state.update(.tick(noon))
    }
  }
}
