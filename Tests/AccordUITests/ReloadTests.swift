import AccordCore
import Testing

@testable import AccordUI

@Suite struct ReloadTests {
  @Test func aGoodReloadShowsTheNewDataOnTheSameScreenAndSelection() throws {
    var state = Briefing.state(showing: .sector("16"))
    _ = state.update(.key(.down))
    var edited = Briefing.plan
    edited.pillars[2].sectors[7].name = "Trade, Investment and Markets"
    _ = state.update(.planReloaded(edited))
    #expect(state.route == .sector("16"))
    #expect(state.position(for: .sector("16")).selected == 1)
    expectScreen(render(state, 100, 30), shows: ["Trade, Investment and Markets"])
  }

  @Test func aBrokenEditKeepsTheLastGoodDataAndSaysWhereTheErrorIs() {
    var state = Briefing.state()
    let before = render(state, 100, 30).text
    _ = state.update(.reloadFailed("plan.yaml:12:9: unknown status 'don'", plan: state.plan.identity))
    let screen = render(state, 100, 30)
    expectScreen(screen, shows: ["reload failed", "plan.yaml:12:9"])
    #expect(
      screen.grid.lines.dropLast()
        == before.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init),
      "the data on screen is the last good one")
    _ = state.update(.key(.down))
    expectScreen(render(state, 100, 30), shows: ["reload failed"])
    _ = state.update(.planReloaded(Briefing.plan))
    #expect(!render(state, 100, 30).text.contains("reload failed"), "fixed: the notice goes")
  }

  @Test func screensOfThingsThatAreGoneAreClosed() throws {
    var state = Briefing.state(showing: .commitment("16.3"))
    var edited = Briefing.plan
    edited.pillars[2].sectors[7].commitments.removeAll { $0.id == "16.3" }
    _ = state.update(.planReloaded(edited))
    #expect(state.route == .sector("16"))
  }

  @Test func rAsksTheLoopToReload() {
    var state = Briefing.state()
    #expect(state.update(.key(.character("r"))) == .reload)
  }

  @Test func aReloadedThemeReplacesTheCurrentOne() throws {
    var state = Briefing.state()
    state.themes = [try ThemeCatalog(userDirectory: nil).theme("light")]
    _ = state.update(.themeReloaded(Theme(name: "Edited")))
    #expect(state.theme?.name == "Edited")
  }
}
