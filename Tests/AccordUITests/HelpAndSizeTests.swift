import AccordCore
import AccordText
import Testing

@testable import AccordUI

@Suite struct HelpAndSizeTests {
  static let routes: [Route] = [
    .overview, .pillar(2), .sector("16"), .commitment("16.3"), .timeline, .meeting("jc-15"),
    .updates(since: Briefing.today),
  ]

  @Test(arguments: routes)
  func helpListsEveryKeyOfTheScreenFromTheKeyMap(route: Route) {
    var state = Briefing.state(showing: route, width: 120, height: 40)
    _ = state.update(.key(.character("?")))
    let screen = render(state, 120, 40)
    expectScreen(screen, shows: ["Keys: \(route.name)", "any key closes this help"])
    for binding in KeyMap.bindings(for: route) {
      expectScreen(screen, shows: [binding.label, binding.description])
    }
  }

  /// At 80x24 a description too long for its column goes on over the next line, whole.
  @Test(arguments: routes)
  func helpAtEightyColumnsCutsNoDescription(route: Route) {
    var state = Briefing.state(showing: route, width: 80, height: 24)
    _ = state.update(.key(.character("?")))
    let screen = render(state, 80, 24)
    let box = screen.lines.filter { $0.hasPrefix("║") }
    #expect(!box.contains { $0.contains("…") }, "a description cut short:\n\(screen)")
    let words = box.joined(separator: " ").split(separator: " ")
    for binding in KeyMap.bindings(for: route) {
      for word in binding.description.split(separator: " ") {
        #expect(words.contains(word), "'\(word)' of '\(binding.description)' missing:\n\(screen)")
      }
    }
  }

  /// A notice takes the bottom row to itself: what was under it (the legend, "? help") would
  /// read as part of it ("? no no id ...").
  @Test(arguments: routes)
  func aNoticeIsAloneOnTheBottomRow(route: Route) {
    for (width, height) in [(80, 24), (120, 40), (200, 60)] {
      var state = Briefing.state(showing: route, width: width, height: height)
      state.notice = "no id \"jc\" in the plan"
      let bottom = render(state, width, height).lines.last ?? ""
      #expect(
        bottom.trimmingCharacters(in: .whitespaces) == "no id \"jc\" in the plan",
        "\(route) at \(width)x\(height): \(bottom)")
      #expect(DisplayWidth.of(bottom) == width - 1, "at the right, before a blank column: \(bottom)")
    }
  }

  @Test func everyKeyTheHelpListsDoesWhatItSays() {
    for route in Self.routes {
      for binding in KeyMap.bindings(for: route) {
        for key in binding.keys {
          let action = KeyMap.action(for: key, on: route)
          if case .pillar = binding.action { continue }
          #expect(action == binding.action, "\(key) on \(route)")
        }
      }
    }
  }

  @Test func helpInAsciiIsAscii() {
    var state = Briefing.state(showing: .timeline, ascii: true)
    _ = state.update(.key(.character("?")))
    let screen = render(state, 80, 24)
    #expect(screen.text.allSatisfy { $0.isASCII }, "\(screen)")
    expectScreen(screen, shows: ["Esc/Backspace/Left/h", "q/Ctrl-C"])
  }

  @Test func belowTheMinimumSizeTheScreenSaysWhatItNeeds() {
    let screen = render(Briefing.state(), 39, 12)
    expectScreen(screen, startsWith: ["terminal too small: 39x12, needs at", "least 40x12"])
    #expect(render(Briefing.state(), 1, 1).lines == ["t"])
    #expect(render(Briefing.state(), 0, 0).lines.isEmpty)
    expectScreen(render(Briefing.state(), 80, 11), startsWith: ["terminal too small: 80x11, needs at least 40x12"])
  }

  @Test func theMinimumSizeDrawsTheDashboard() {
    let screen = render(Briefing.state(), 40, 12)
    expectScreen(screen, shows: ["402 days", "> I Political", "V Multilateral"])
  }

  @Test(arguments: routes)
  func noScreenCrashesOrOverflowsAtAnySize(route: Route) {
    let sizes = [
      (0, 0), (1, 1), (2, 1), (20, 6), (39, 11), (40, 12), (41, 13), (59, 17), (72, 22), (80, 24), (159, 29), (160, 30),
      (200, 60),
    ]
    for ascii in [false, true] {
      var state = Briefing.state(showing: route, ascii: ascii)
      state.helpOpen = route == .timeline
      for (width, height) in sizes {
        _ = state.update(.resize(width: width, height: height))
        _ = state.update(.key(.end))
        _ = state.update(.mouse(MouseEvent(x: width / 2, y: height / 2, action: .click)))
        let screen = render(state, width, height)
        expectFits(screen)
        if ascii { #expect(screen.text.allSatisfy { $0.isASCII }, "non-ASCII at \(width)x\(height):\n\(screen)") }
      }
    }
  }

  @Test func hostileDataTextIsSanitisedOnEveryScreen() {
    var plan = Briefing.plan
    plan.pillars[0].name = "Poli\u{1B}[2Jtical ພາສາລາວ ភាសាខ្មែរ 中文"
    plan.pillars[0].sectors[0].commitments[0].text =
      "\u{1B}]0;owned\u{07} Maintaining 中文中文中文 " + String(repeating: "ກິນເຂົ້າ ", count: 40)
    for route: Route in [.overview, .pillar(0), .sector("1"), .commitment("1.1")] {
      var state = AppState(plan: plan, today: Briefing.today, size: TerminalSize(width: 80, height: 24))
      state.show(route)
      let grid = state.render(width: 80, height: 24)
      #expect(
        !grid.cells.contains { $0.symbol.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 } }, "\(route)")
      expectFits(Screen(grid: grid))
    }
  }
}
