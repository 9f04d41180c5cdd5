import AccordCore
import AccordUI
import Dispatch
import Synchronization

/// Watches the journal of updates so that what anyone records shows in every running
/// dashboard: every `pollMilliseconds`, on another thread, it asks the journal for its change
/// token (SQLite's `PRAGMA data_version`: one small read) and, when it moved, reads the updates
/// numbered after the last it read and merges them into what it merged before (`JournalMerge`),
/// there too: the screen's thread only takes the result. The first look reads the whole
/// journal, so a dashboard draws its first frame without waiting for it. A journal that is not
/// there yet is looked for at each poll and read once it appears; one that cannot be read
/// (removed, locked, damaged) gives a `.journalFailed` event, once per problem, and is opened
/// afresh at the next poll, while the dashboard keeps the last good updates.
public final class JournalWatch {
  /// Twice a second: an update shows within about half a second plus the read.
  public static let pollMilliseconds = 500
  /// How often the loop looks for the result while a read runs.
  public static let readingMilliseconds = 10

  private let watcher: Watcher
  private let now: () -> Int
  private var nextLook = 0

  /// - Parameters:
  ///   - path: the journal's file; it need not exist yet.
  ///   - merge: the plan file and the updates the dashboard already shows; later ones are
  ///     merged into it.
  ///   - open: opens the journal read-only (replaced in tests).
  ///   - now: the clock, in milliseconds.
  public init(
    path: String, merge: JournalMerge,
    open: @escaping @Sendable (String) throws(JournalError) -> any Journal,
    now: @escaping () -> Int = WallClock.milliseconds
  ) {
    watcher = Watcher(path: path, merge: merge, open: open)
    followed = merge.planFile
    self.now = now
  }

  private var followed: Plan

  /// The plan file the dashboard shows now: after a reload, the updates read next are merged
  /// into it. Cheap when it is the same value (arrays compare by storage first).
  public func follow(_ planFile: Plan) {
    guard planFile != followed else { return }
    followed = planFile
    watcher.follow(planFile)
  }

  /// The longest the loop should wait before calling `changes()` again.
  public var pollMilliseconds: Int {
    if watcher.isLooking { return Self.readingMilliseconds }
    return min(Self.pollMilliseconds, max(1, nextLook - now()))
  }

  /// Events for the looks that finished; starts the next look when it is due (one at a time).
  public func changes() -> [Event] {
    let events = watcher.take()
    let current = now()
    if current >= nextLook && !watcher.isLooking {
      nextLook = current + Self.pollMilliseconds
      watcher.look()
    }
    return events
  }

  /// A problem as the bottom line shows it: the journal by its file's name, as a long path
  /// would push the problem itself off a narrow screen.
  public static func notice(_ problem: String, path: String) -> String {
    problem.replacingOccurrences(of: path, with: LiveReload.baseName(path))
  }

  /// Blocks until the look in flight is done (for tests).
  func waitForLook() { watcher.waitForLook() }
}

/// The journal and what was last read from it, touched only on its own serial queue; the events
/// for the loop go through a mutex held for moments, so taking them never waits for a slow read
/// (and costs the loop, which asks after every key, next to nothing).
private final class Watcher: @unchecked Sendable {
  private let path: String
  private let open: @Sendable (String) throws(JournalError) -> any Journal
  private let work = DispatchQueue(label: "accord.journal-watch")
  private let looks = DispatchGroup()

  // On `work` only.
  private var journal: (any Journal)?
  private var stamp: FileStamp?
  private var token: Int?
  /// The plan file and every update read so far, merged.
  private var merge: JournalMerge
  /// The file `merge` was read from.
  private var mergedInode: Int?
  /// Whether a read has been reported: the first always is, so the dashboard stops saying it
  /// is reading (a merge given with updates in it was read by whoever gave it).
  private var reported: Bool
  private var problem: String?

  private struct Inbox {
    var looking = false
    var events: [Event] = []
    /// A plan file the loop moved to, for the next look to merge into.
    var planFile: Plan?
  }
  private let inbox = Mutex(Inbox())

  init(path: String, merge: JournalMerge, open: @escaping @Sendable (String) throws(JournalError) -> any Journal) {
    self.path = path
    self.merge = merge
    reported = merge.lastNumber != nil
    self.open = open
  }

  func follow(_ planFile: Plan) { inbox.withLock { $0.planFile = planFile } }

  var isLooking: Bool { inbox.withLock { $0.looking } }

  func take() -> [Event] {
    inbox.withLock { inbox in
      defer { inbox.events = [] }
      return inbox.events
    }
  }

  func look() {
    inbox.withLock { $0.looking = true }
    work.async(group: looks) {
      let event = self.lookNow()
      self.inbox.withLock { inbox in
        if let event { inbox.events.append(event) }
        inbox.looking = false
      }
    }
  }

  func waitForLook() { looks.wait() }

  private func lookNow() -> Event? {
    if let planFile = inbox.withLock({ $0.planFile.take() }) {
      merge = JournalMerge(planFile: planFile, updates: merge.updates)
    }
    let current = FileStamp(path: path)
    // Gone, or another file put in its place: the open connection would go on reading the old
    // one, and another file's numbers are its own, so it is read whole.
    if current?.inode != stamp?.inode {
      journal = nil
      token = nil
    }
    var replaced = false
    if let current, let mergedInode, current.inode != mergedInode {
      merge = JournalMerge(planFile: merge.planFile)
      self.mergedInode = nil
      replaced = true
    }
    stamp = current
    guard current != nil else {
      return journal == nil && merge.updates.isEmpty && problem == nil ? nil : fail("\(path): the journal is gone")
    }
    do throws(JournalError) {
      let journal: any Journal
      if let open = self.journal { journal = open } else { journal = try open(path) }
      self.journal = journal
      let now = try journal.changeToken()
      guard now != token || problem != nil else { return nil }
      let new = try journal.updates(after: merge.lastNumber ?? 0)
      token = now
      merge.add(new)
      mergedInode = current?.inode
      let changed = !new.isEmpty || problem != nil || replaced || !reported
      reported = true
      problem = nil
      return changed ? .journalChanged(merge) : nil
    } catch {
      journal = nil
      token = nil
      return fail(error.description)
    }
  }

  /// One event per problem, not one per poll.
  private func fail(_ description: String) -> Event? {
    guard description != problem else { return nil }
    problem = description
    return .journalFailed(JournalWatch.notice(description, path: path))
  }
}
