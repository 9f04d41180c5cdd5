import AccordCore
import Testing

@testable import AccordUI

@Suite struct ThemeCycleTests {
  @Test func cMovesToTheNextThemeAndSaysWhichUntilTheNextKey() throws {
    let catalog = ThemeCatalog(userDirectory: nil)
    var state = Briefing.state()
    state.themes = try ["light", "monochrome"].map { try catalog.theme($0) }
    #expect(state.theme?.name == "Light")
    _ = state.update(.key(.character("c")))
    #expect(state.theme?.name == "Monochrome")
    expectScreen(render(state, 80, 24), shows: ["theme: Monochrome"])
    _ = state.update(.key(.character("c")))
    #expect(state.theme?.name == "Light", "the cycle wraps around")
    _ = state.update(.key(.down))
    #expect(!render(state, 80, 24).text.contains("theme:"), "the notice goes at the next key")
  }

  @Test func theOtherThemesAreLoadedOnceAtTheFirstC() throws {
    let catalog = ThemeCatalog(userDirectory: nil)
    var state = Briefing.state()
    state.themes = [try catalog.theme("light")]
    let loads = LoadCounter()
    state.otherThemes = {
      loads.count += 1
      return [try! catalog.theme("monochrome")]
    }
    _ = state.update(.key(.down))
    #expect(loads.count == 0, "nothing is parsed before c")
    _ = state.update(.key(.character("c")))
    _ = state.update(.key(.character("c")))
    _ = state.update(.key(.character("c")))
    #expect(state.theme?.name == "Monochrome")
    #expect(loads.count == 1)
  }

  private final class LoadCounter: @unchecked Sendable {
    var count = 0
  }

  @Test func withoutThemesCDoesNothing() {
    var state = Briefing.state()
    let before = render(state, 80, 24)
    _ = state.update(.key(.character("c")))
    #expect(state.theme == nil)
    #expect(render(state, 80, 24).text == before.text)
  }
}
