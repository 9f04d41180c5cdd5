import AccordCore
import AccordLocalization
import AccordText
import AccordUI
import Dispatch
import Synchronization

/// Watches the plan files and the theme file and turns their changes into events: a good edit reloads,
/// a broken one keeps the last good data on screen with the error's place. Polled by the loop
/// between waits for input: a `stat` of one or two files. Files are read and parsed on another
/// thread, so keys (and Ctrl-C) keep working while a large plan loads; the events come out of
/// a later `changes()`.
public final class LiveReload {
  let plans: [PlanFile]
  let themePath: String?
  private var planStamps: [FileStamp?]
  private var themeStamp: FileStamp?
  private let loadPlan: @Sendable (String) throws(PlanLoadError) -> Plan
  private let finished = Inbox()
  private let loads = DispatchGroup()

  /// How often to look at the files when nothing else wakes the loop; a `stat` costs microseconds.
  public static let watchMilliseconds = 50
  /// How often to look for a finished load while one runs.
  public static let loadingMilliseconds = 5

  /// - Parameters:
  ///   - plans: the plan files, none for the bundled plan (which cannot change).
  ///   - themePath: the theme file, nil for a bundled theme.
  ///   - loadPlan: reads a plan file (replaced in tests to hold a load in flight).
  public init(
    plans: [PlanFile], themePath: String?,
    loadPlan: @escaping @Sendable (String) throws(PlanLoadError) -> Plan = { path throws(PlanLoadError) in
      try PlanLoader.load(path: path)
    }
  ) {
    self.plans = plans
    self.themePath = themePath
    self.loadPlan = loadPlan
    #if canImport(Glibc)
      // Loads run on other threads; in glibc's default a thread allocates from an arena of its
      // own, so a reload of a large plan would not reuse what the first load freed: one arena.
      let arenaMaximum: Int32 = -8  // M_ARENA_MAX, a macro Swift does not import
      _ = mallopt(arenaMaximum, 1)
    #endif
    planStamps = plans.map { FileStamp(path: $0.path) }
    themeStamp = themePath.flatMap { FileStamp(path: $0) }
  }

  /// Whether a file is being read: the loop then looks for the result more often.
  public var isLoading: Bool { finished.running > 0 }

  /// The longest the loop should wait before calling `changes()` again.
  public var pollMilliseconds: Int? {
    if isLoading { return Self.loadingMilliseconds }
    return plans.isEmpty && themePath == nil ? nil : Self.watchMilliseconds
  }

  /// Events for the loads that finished since the last look; starts loading the files that
  /// changed (one load at a time: an edit made meanwhile is seen once it is done). A plan's and
  /// a theme's problems are worded in `writing`, the language of the screen when the load started.
  public func changes(in writing: Writing = .english) -> [Event] {
    let events = finished.take()
    guard !isLoading else { return events }
    for index in plans.indices where FileStamp(path: plans[index].path) != planStamps[index] {
      reloadPlan(index, in: writing)
    }
    if let themePath, FileStamp(path: themePath) != themeStamp { reloadTheme(themePath, in: writing) }
    return events
  }

  /// Reads every file again, changed or not (`r`); the events come from `changes()`. Nothing to
  /// do while a load runs: it reads the files as they are, and two at once could end out of order.
  public func reloadAll(in writing: Writing = .english) {
    guard !isLoading else { return }
    for index in plans.indices { reloadPlan(index, in: writing) }
    if let themePath { reloadTheme(themePath, in: writing) }
  }

  /// Blocks until the loads in flight are done (for tests).
  func waitForLoads() {
    loads.wait()
  }

  private func reloadPlan(_ index: Int, in writing: Writing) {
    let (path, identity) = (plans[index].path, plans[index].identity)
    planStamps[index] = FileStamp(path: path)
    let loadPlan = loadPlan
    start {
      do throws(PlanLoadError) {
        return .planReloaded(try loadPlan(path))
      } catch {
        // The file's own name: a long path would push the error off a narrow screen.
        let named = error.diagnostics.map {
          PlanDiagnostic(file: Self.baseName(path), position: $0.position, problem: $0.problem)
        }
        return .reloadFailed(Self.summary(named.map { $0.description(in: writing) }, in: writing), plan: identity)
      }
    }
  }

  private func reloadTheme(_ path: String, in writing: Writing) {
    themeStamp = FileStamp(path: path)
    start {
      do throws(ThemeError) {
        return .themeReloaded(try ThemeCatalog(userDirectory: nil).theme(path))
      } catch {
        let named = ThemeError(file: Self.baseName(path), problems: error.problems)
        return .reloadFailed(Self.summary(named.lines(in: writing), in: writing), plan: nil)
      }
    }
  }

  private func start(_ load: @escaping @Sendable () -> Event) {
    let finished = finished
    finished.begin()
    DispatchQueue.global().async(group: loads) { finished.end(with: load()) }
  }

  static func baseName(_ path: String) -> String {
    path.split(separator: "/").last.map(String.init) ?? path
  }

  /// The first problem, and how many more there are.
  static func summary(_ problems: [String], in writing: Writing) -> String {
    guard let first = problems.first else { return writing.localized("unknown error") }
    let more = problems.count - 1
    guard more > 0 else { return first }
    return Template.fill(
      writing.catalog.localized("%1$s (and %2$s more)", plural: "%1$s (and %2$s more)", count: more),
      [first, writing.number(more)])
  }
}

extension LiveReload {
  /// A plan file the dashboard shows, and the identity of its plan as opened (`Plan.identity`),
  /// which a failed reload names.
  public struct PlanFile: Sendable {
    public var path: String
    public var identity: String

    public init(path: String, identity: String) {
      self.path = path
      self.identity = identity
    }
  }
}

/// Loads in flight and the events of those done, shared with the loading threads; every access
/// goes through one serial queue.
private final class Inbox: Sendable {
  private struct Contents {
    var loading = 0
    var events: [Event] = []
  }

  // A mutex, not a dispatch queue: the loop asks after every event, and most times nothing ran.
  private let contents = Mutex(Contents())

  var running: Int { contents.withLock { $0.loading } }

  func begin() {
    contents.withLock { $0.loading += 1 }
  }

  func end(with event: Event) {
    contents.withLock {
      $0.loading -= 1
      $0.events.append(event)
    }
  }

  func take() -> [Event] {
    contents.withLock { contents in
      defer { contents.events = [] }
      return contents.events
    }
  }
}

#if canImport(Glibc)
  /// glibc's `mallopt`, from <malloc.h>, which the Glibc module leaves out.
  @_silgen_name("mallopt") private func mallopt(_ parameter: Int32, _ value: Int32) -> Int32
#endif
