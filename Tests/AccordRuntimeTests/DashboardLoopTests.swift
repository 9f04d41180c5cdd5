import AccordCore
import AccordUI
import Foundation
import Testing

@testable import AccordRuntime

/// A terminal that plays a script of inputs and records what it was asked to paint.
final class ScriptedTerminal: Terminal {
  var size: TerminalSize
  private var script: [TerminalInput]
  private(set) var painted: [CellGrid] = []
  private(set) var themes: [String] = []
  /// Called before each input is handed out, e.g. to edit a file between two reads.
  var beforeInput: (Int) -> Void = { _ in }
  private var reads = 0

  init(width: Int = 80, height: Int = 24, script: [TerminalInput]) {
    size = TerminalSize(width: width, height: height)
    self.script = script
  }

  func paint(_ grid: CellGrid) { painted.append(grid) }

  func apply(_ theme: Theme) { themes.append(theme.name) }

  /// What was asked besides painting: "redraw all", "resume".
  private(set) var requests: [String] = []
  func redrawAll() { requests.append("redraw all") }
  func resume() { requests.append("resume") }

  func nextEvent(timeout milliseconds: Int) -> TerminalInput {
    // A look without waiting (the loop taking in pending input) finds nothing past the script.
    if milliseconds == 0 && script.isEmpty { return .timeout }
    beforeInput(reads)
    reads += 1
    // When the script runs out, Ctrl-C, which quits in every mode (kiosk ignores q), so no
    // test can hang.
    guard !script.isEmpty else { return .event(.key(.control("c"))) }
    let next = script.removeFirst()
    if case .event(.resize(let width, let height)) = next { size = TerminalSize(width: width, height: height) }
    return next
  }
}

/// Time that moves only when a test moves it.
final class Clock {
  var milliseconds: Int
  init(_ milliseconds: Int) { self.milliseconds = milliseconds }
}

@Suite struct DashboardLoopTests {
  let plan = try! PlanLoader.bundled()
  let today = Day(year: 2026, month: 11, day: 24)
  /// A wall clock that stands still at 12:00:30 local time unless a test moves it.
  let noon: () -> Int = { 1_795_000_000_000 }

  func state() -> AppState { AppState(plan: plan, today: today) }

  @Test func paintsTheFirstFrameAndThenOnlyWhatChanges() {
    var state = state()
    let terminal = ScriptedTerminal(script: [.timeout, .event(.key(.character("x"))), .event(.key(.right)), .timeout])
    let exit = DashboardLoop.run(state: &state, terminal: terminal, stopSignal: { nil }, now: noon)
    #expect(exit == .quit)
    // The first frame, then one for → (x does nothing, timeouts change nothing).
    #expect(terminal.painted.count == 2)
    #expect(state.position(for: .overview).selected == 1)
  }

  @Test func controlLRepaintsEveryCellThoughNothingChanged() {
    var state = state()
    let terminal = ScriptedTerminal(script: [.timeout, .event(.key(.control("l")))])
    _ = DashboardLoop.run(state: &state, terminal: terminal, stopSignal: { nil }, continued: { false }, now: noon)
    #expect(terminal.requests == ["redraw all"])
    #expect(terminal.painted.count == 2)
    #expect(terminal.painted[0] == terminal.painted[1])
  }

  @Test func afterAStopAndContinueTheModesAreEnteredAgainAndAllIsRepainted() {
    var state = state()
    let terminal = ScriptedTerminal(script: [.timeout, .timeout, .timeout])
    var looks = 0
    let continued = {
      looks += 1
      return looks == 2
    }
    _ = DashboardLoop.run(state: &state, terminal: terminal, stopSignal: { nil }, continued: continued, now: noon)
    #expect(terminal.requests == ["resume"])
    #expect(terminal.painted.count == 2, "the first frame, then the same frame again after SIGCONT")
  }

  @Test func aResizeRepaintsAtTheNewSize() {
    var state = state()
    let terminal = ScriptedTerminal(script: [.event(.resize(width: 120, height: 40))])
    _ = DashboardLoop.run(state: &state, terminal: terminal, stopSignal: { nil }, now: noon)
    #expect(terminal.painted.map { "\($0.width)x\($0.height)" } == ["80x24", "120x40"])
  }

  @Test func aStopSignalEndsTheLoopBeforeTheNextRead() {
    var state = state()
    let terminal = ScriptedTerminal(script: [.timeout, .timeout, .timeout])
    var polls = 0
    let exit = DashboardLoop.run(
      state: &state, terminal: terminal,
      stopSignal: {
        polls += 1
        return polls > 2 ? SIGTERM : nil
      }, now: noon)
    #expect(exit == .signal(SIGTERM))
  }

  @Test func aHangUpEndsTheLoop() {
    var state = state()
    let exit = DashboardLoop.run(
      state: &state, terminal: ScriptedTerminal(script: [.hangUp]), stopSignal: { nil }, now: noon)
    #expect(exit == .hangUp)
  }

  @Test func theWallClockReachesTheStateBeforeTheFirstFrame() {
    var state = state()
    let terminal = ScriptedTerminal(script: [])
    _ = DashboardLoop.run(state: &state, terminal: terminal, stopSignal: { nil }, now: noon)
    #expect(state.now == WallClock.local(at: noon()))
  }

  @Test func inKioskModeTicksComeEachSecondAndTurnThePages() {
    var state = state()
    state.startKiosk(cycle: 1)
    // Each wait for input lasts 1.5 s, so a second boundary passes between any two reads.
    let clock = Clock(1_795_000_000_000)
    let terminal = ScriptedTerminal(script: Array(repeating: .timeout, count: 4))
    terminal.beforeInput = { _ in clock.milliseconds += 1_500 }
    _ = DashboardLoop.run(state: &state, terminal: terminal, stopSignal: { nil }, now: { clock.milliseconds })
    #expect((state.kiosk?.index ?? 0) >= 3, "pages turned: \(state.kiosk?.index ?? -1)")
    #expect(terminal.painted.count >= 4, "each new page is painted")
  }

  @Test func theThemeChosenWithCReachesTheTerminal() throws {
    var state = state()
    let catalog = ThemeCatalog(userDirectory: nil)
    state.themes = try ["light", "monochrome"].map { try catalog.theme($0) }
    let terminal = ScriptedTerminal(script: [.event(.key(.character("c")))])
    _ = DashboardLoop.run(state: &state, terminal: terminal, stopSignal: { nil }, now: noon)
    #expect(terminal.themes == ["Light", "Monochrome"])
  }

  @Test func anEditedPlanFileIsReloadedAndABrokenOneReported() throws {
    let file = FileManager.default.temporaryDirectory.appendingPathComponent("loop-\(UUID()).yaml")
    defer { try? FileManager.default.removeItem(at: file) }
    let good = SyntheticPlan.yaml(commitments: 10, meetings: 2)
    try good.write(to: file, atomically: true, encoding: .utf8)
    var state = AppState(plan: try PlanLoader.load(path: file.path), today: today)
    let terminal = ScriptedTerminal(script: [.timeout, .timeout, .timeout, .timeout, .timeout])
    let files = LiveReload(plans: [.init(path: file.path, identity: state.plan.identity)], themePath: nil)
    terminal.beforeInput = { read in
      // Loads run on another thread: let each finish before the next read.
      files.waitForLoads()
      // Written in between two reads; the size changes, so the stamp does too.
      if read == 1 {
        try? good.replacingOccurrences(of: "Pillar 1", with: "Pillar One").write(
          to: file, atomically: true, encoding: .utf8)
      }
      if read == 3 { try? (good + "\nextra: 1\n").write(to: file, atomically: true, encoding: .utf8) }
    }
    _ = DashboardLoop.run(state: &state, terminal: terminal, stopSignal: { nil }, files: files, now: noon)
    #expect(state.plan.pillars[0].name == "Pillar One", "the good edit is shown")
    #expect(
      state.reloadProblem?.contains("\(file.lastPathComponent):") == true,
      "the broken one is reported: \(state.reloadProblem ?? "nothing")")
    #expect(state.reloadProblem?.contains("unknown key 'extra'") == true)
  }

  /// A plan file and a loader that does not return until the test says so.
  final class HeldLoad: @unchecked Sendable {
    let file = FileManager.default.temporaryDirectory.appendingPathComponent("held-\(UUID()).yaml")
    let release = DispatchSemaphore(value: 0)
    let text = SyntheticPlan.yaml(commitments: 10, meetings: 2)

    init() throws { try text.write(to: file, atomically: true, encoding: .utf8) }
    deinit { try? FileManager.default.removeItem(at: file) }

    func edit() {
      try? text.replacingOccurrences(of: "Pillar 1", with: "Pillar One").write(
        to: file, atomically: true, encoding: .utf8)
    }

    func liveReload() -> LiveReload {
      LiveReload(plans: [.init(path: file.path, identity: "held")], themePath: nil) {
        [release] path throws(PlanLoadError) in
        release.wait()
        return try PlanLoader.load(path: path)
      }
    }
  }

  @Test func keysKeepWorkingWhileAnEditedPlanLoads() throws {
    let held = try HeldLoad()
    var state = AppState(plan: try PlanLoader.load(path: held.file.path), today: today)
    let files = held.liveReload()
    var loadingWhenKeysCame: [Bool] = []
    let terminal = ScriptedTerminal(script: [.timeout, .event(.key(.right)), .event(.key(.right)), .timeout, .timeout])
    terminal.beforeInput = { read in
      if read == 0 { held.edit() }
      if read == 1 || read == 2 { loadingWhenKeysCame.append(files.isLoading) }
      if read == 3 {
        held.release.signal()
        files.waitForLoads()
      }
    }
    _ = DashboardLoop.run(state: &state, terminal: terminal, stopSignal: { nil }, files: files, now: noon)
    #expect(loadingWhenKeysCame == [true, true], "the keys came while the plan was loading")
    #expect(state.position(for: .overview).selected == 2, "and both were handled")
    #expect(state.plan.pillars[0].name == "Pillar One", "the edit is shown once loaded")
  }

  @Test func aStopSignalEndsTheLoopWhileALoadHangs() throws {
    let held = try HeldLoad()
    var state = AppState(plan: try PlanLoader.load(path: held.file.path), today: today)
    let files = held.liveReload()
    let terminal = ScriptedTerminal(script: Array(repeating: .timeout, count: 10))
    terminal.beforeInput = { read in if read == 0 { held.edit() } }
    var polls = 0
    let exit = DashboardLoop.run(
      state: &state, terminal: terminal,
      stopSignal: {
        polls += 1
        return polls > 3 ? SIGTERM : nil
      }, files: files, now: noon)
    #expect(exit == .signal(SIGTERM))
    #expect(files.isLoading, "the load was still running when the loop ended")
    held.release.signal()
    files.waitForLoads()
  }
}
