import Testing

@testable import AccordTerminal

@Suite struct HyperlinkSupportTests {
  @Test func onlyTerminalsThatAnnounceThemselvesGetLinks() {
    #expect(HyperlinkSupport.enabled(setting: nil, environment: ["TERM": "xterm-256color", "VTE_VERSION": "7200"]))
    #expect(HyperlinkSupport.enabled(setting: nil, environment: ["TERM": "xterm-kitty"]))
    #expect(
      HyperlinkSupport.enabled(
        setting: nil, environment: ["TERM": "tmux-256color", "TERM_PROGRAM": "tmux", "TERM_PROGRAM_VERSION": "3.4"]))
    #expect(
      !HyperlinkSupport.enabled(
        setting: nil, environment: ["TERM": "tmux-256color", "TERM_PROGRAM": "tmux", "TERM_PROGRAM_VERSION": "3.3a"]))
    #expect(!HyperlinkSupport.enabled(setting: nil, environment: ["TERM": "xterm-256color"]))
    #expect(!HyperlinkSupport.enabled(setting: nil, environment: ["TERM": "linux", "VTE_VERSION": "7200"]))
  }

  @Test func theSettingDecidesEitherWay() {
    #expect(HyperlinkSupport.enabled(setting: true, environment: ["TERM": "xterm-256color"]))
    #expect(!HyperlinkSupport.enabled(setting: false, environment: ["TERM": "xterm-kitty"]))
  }
}
