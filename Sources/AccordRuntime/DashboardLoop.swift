import AccordCore
import AccordLocalization
import AccordUI

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The dashboard's event loop, in the manner of Bubble Tea: render the state, paint it, wait
/// for an event, `update`, and again, until `update` says quit or a signal says stop.
public enum DashboardLoop {
  /// Why the loop ended.
  public enum Exit: Equatable, Sendable {
    /// `update` returned `.quit`.
    case quit
    /// SIGINT, SIGTERM or SIGHUP arrived (see `SignalTrap` in AccordTerminal).
    case signal(Int32)
    /// The terminal went away without a signal.
    case hangUp
  }

  /// How long one wait for input may last: the longest a stop signal goes unnoticed.
  public static let pollMilliseconds = 200

  /// The most waiting input events taken in before a frame is drawn.
  static let inputBatch = 4096

  /// Runs until quit. The state is painted at once, then only when an event changes what is
  /// on screen; a `.tick` with the wall-clock time goes to `update` at every boundary of
  /// `state.tickMilliseconds` (each minute; each second in kiosk mode).
  ///
  /// - Parameters:
  ///   - stopSignal: where stop signals are read (the ncurses backend's `SignalTrap`).
  ///   - continued: whether the process was stopped and continued since the last look.
  ///   - files: the plan and theme files to reload when they change.
  ///   - journals: the journals to show what others record in, as it is recorded: each plan's
  ///     own, none for a plan without one.
  ///   - record: records an update in the journal of the plan with the identity given, opening
  ///     it for writing only then; nil when there is nowhere to record.
  ///   - saveSetting: writes a setting into the settings file; why it could not, or nil.
  ///   - writeBriefing: writes the briefing for a view (its day and filters) in the screen's
  ///     language; where, or why not.
  ///   - copy: copies a web address to the terminal's clipboard; what became of it.
  public static func run(
    state: inout AppState,
    terminal: some Terminal,
    stopSignal: () -> Int32?,
    continued: () -> Bool = { false },
    files: LiveReload? = nil,
    journals: [JournalWatch] = [],
    now: () -> Int = WallClock.milliseconds,
    record: ((JournalUpdate, _ plan: String) -> Result<JournalUpdate, JournalError>)? = nil,
    saveSetting: ((_ key: String, _ value: String) -> String?)? = nil,
    writeBriefing: ((PlanView, Writing) -> String)? = nil,
    copy: ((String) -> String)? = nil
  ) -> Exit {
    var size = terminal.size
    // Like Bubble Tea's first WindowSizeMsg: the state learns the size (and the time) before
    // the first frame.
    if state.update(.resize(width: size.width, height: size.height)) == .quit { return .quit }
    _ = state.update(.tick(WallClock.local(at: now())))
    var theme = state.theme
    if let theme { terminal.apply(theme) }
    var painted = state.render(width: size.width, height: size.height)
    terminal.paint(painted)
    var nextTick = WallClock.next(state.tickMilliseconds, after: now())

    while true {
      if let signal = stopSignal() { return .signal(signal) }
      if continued() {
        terminal.resume()
        terminal.paint(painted)
      }

      var event: Event
      let current = now()
      let changed = (files?.changes(in: state.writing) ?? []) + journals.flatMap { $0.changes() }
      if !changed.isEmpty {
        // An edit to the plan or theme file, an update recorded: update applies it like any other event.
        for reload in changed.dropLast() { _ = state.update(reload) }
        event = changed.last!
      } else if current >= nextTick || nextTick - current > state.tickMilliseconds {
        // A boundary passed (or the clock was set back): time moves on.
        nextTick = WallClock.next(state.tickMilliseconds, after: current)
        event = .tick(WallClock.local(at: current))
      } else {
        let wait = min(
          pollMilliseconds, nextTick - current, files?.pollMilliseconds ?? pollMilliseconds,
          journals.map(\.pollMilliseconds).min() ?? pollMilliseconds)
        switch terminal.nextEvent(timeout: wait) {
        case .timeout: continue
        case .hangUp: return .hangUp
        case .event(let input): event = input
        }
      }

      if case .resize = event { size = terminal.size }
      var resized = event.isResize
      var effect = state.update(event)
      // Input already waiting (a paste, a held key) is taken before the next frame: one frame
      // for it all, not one per character.
      var taken = 0
      while effect == .none, event.isInput, taken < inputBatch, case .event(let next) = terminal.nextEvent(timeout: 0) {
        if case .resize = next {
          size = terminal.size
          resized = true
        }
        event = next
        effect = state.update(next)
        taken += 1
      }
      switch effect {
      case .quit: return .quit
      case .reload: files?.reloadAll(in: state.writing)
      case .redraw: terminal.redrawAll()
      case .record(let update, let plan):
        // The journal's answer goes back through update like any event.
        switch record?(update, plan) ?? .failure(JournalError("no journal to record in")) {
        case .success(let recorded): _ = state.update(.recorded(recorded, plan: plan))
        case .failure(let error): _ = state.update(.recordFailed(error.message(in: state.writing), plan: plan))
        }
      case .writeBriefing:
        _ = state.update(
          .briefingWritten(writeBriefing?(state.view, state.writing) ?? "no briefing can be written here"))
      case .copy(let address):
        _ = state.update(.copied(copy?(address) ?? "no clipboard here"))
      case .saveSetting(let key, let value):
        if let problem = saveSetting?(key, value) { _ = state.update(.settingNotSaved(problem)) }
      case .none: break
      }

      for watch in journals {
        if let session = state.sessions.first(where: { $0.identity == watch.plan }) { watch.follow(session.view) }
      }
      var themeChanged = false
      if state.theme != theme, let next = state.theme {
        terminal.apply(next)
        theme = next
        themeChanged = true
      }
      let grid = state.render(width: size.width, height: size.height)
      if grid != painted || resized || themeChanged || effect == .redraw {
        terminal.paint(grid)
        painted = grid
      }
    }
  }
}

extension Event {
  fileprivate var isResize: Bool {
    if case .resize = self { return true }
    return false
  }

  /// From the terminal: a key, the mouse or a resize.
  fileprivate var isInput: Bool {
    switch self {
    case .key, .mouse, .resize: true
    default: false
    }
  }
}
