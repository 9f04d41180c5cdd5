import XCTest

/// `L` in the real dashboard (tmux, LANG=C.UTF-8): English, Lao, Khmer and back, live, on the
/// same screen with the same pillar selected.
final class LanguageSwitchEndToEndTests: XCTestCase {
  private var pane: TmuxPane?

  override func tearDown() {
    pane?.stop()
    pane = nil
  }

  func test_L_cycles_the_overview_through_Lao_and_Khmer_keeping_the_selection() throws {
    let pane = try TmuxPane(["--today", "2026-11-24"], width: 120, height: 40)
    self.pane = pane
    try pane.assertShows([DashboardEndToEndTests.title, "Next meeting:"])
    try pane.send("Right")
    try pane.send("L")
    try pane.assertShows(["ກອງປະຊຸມຕໍ່ໄປ:", "ພາສາ: ພາສາລາວ", "ມື້ນີ້ 24 ພະຈິກ 2026"], "the overview in Lao")
    try pane.send("L")
    try pane.assertShows(["កិច្ចប្រជុំបន្ទាប់៖", "ភាសា៖ ភាសាខ្មែរ"], "the overview in Khmer")
    try pane.send("L")
    try pane.assertShows(["Next meeting:", "language: English"], "back to English")
    // The second pillar stayed selected through the three switches: Enter opens it.
    try pane.send("Enter")
    try pane.assertShows(["II Defense and Security Cooperation"])
  }

  func test_in_ascii_mode_L_keeps_English_and_says_why() throws {
    let pane = try TmuxPane(["--today", "2026-11-24", "--ascii"], width: 120, height: 40)
    self.pane = pane
    try pane.assertShows(["Next meeting:"])
    try pane.send("L")
    try pane.assertShows(["ASCII mode: the interface stays English", "Next meeting:"])
  }
}
