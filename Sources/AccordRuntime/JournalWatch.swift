import AccordCore
import AccordUI
import Dispatch
import Synchronization

/// Watches the journal of updates so that what anyone records shows in every running
/// dashboard: every `pollMilliseconds`, on another thread, it asks the journal for its change
/// token (SQLite's `PRAGMA data_version`: one small read) and, when it moved, reads the updates
/// numbered after the last it read, merges them into what it merged before (`JournalMerge`) and
/// builds the plan view on the dashboard's day with its filters from the last one it built
/// (`PlanView(merge:after:)`), there too: the screen's thread only takes the result. The first look reads the whole
/// journal, so a dashboard draws its first frame without waiting for it. A journal that is not
/// there yet (`.missing`) is looked for at each poll and read once it appears; one that cannot
/// be read (removed, locked, damaged, unreachable) gives a `.journalFailed` event, once per
/// problem, and is opened afresh at the next poll, while the dashboard keeps the last good
/// updates. Whether the journal changed, or is gone, is the journal's own to say (its change
/// token); one put in the place of another is read whole.
public final class JournalWatch {
  /// Twice a second: an update shows within about half a second plus the read.
  public static let pollMilliseconds = 500
  /// How often the loop looks for the result while a read runs.
  public static let readingMilliseconds = 10

  private let watcher: Watcher
  private let now: () -> Int
  private var nextLook = 0

  /// - Parameters:
  ///   - address: the journal's file or server; there need be no journal there yet.
  ///   - view: what the dashboard shows: its plan file and the updates in it (later ones are
  ///     merged into them), its day and filters.
  ///   - open: opens the journal read-only (replaced in tests).
  ///   - waiting: how many updates wait in the outbox for this journal, said with its problem.
  ///   - now: the clock, in milliseconds.
  public init(
    address: JournalAddress, view: PlanView,
    open: @escaping @Sendable (JournalAddress) throws(JournalError) -> any Journal,
    waiting: @escaping @Sendable () -> Int = { 0 },
    now: @escaping () -> Int = WallClock.milliseconds
  ) {
    plan = view.planFile.identity
    followed = Seen(view)
    watcher = Watcher(address: address, merge: view.merge, seen: followed, open: open, waiting: waiting)
    self.now = now
  }

  private var followed: Seen
  /// The identity of the plan whose journal this is (`Plan.identity`).
  public let plan: String

  /// What the dashboard shows now: after a plan reload, the updates read next are merged into
  /// the new plan file; after midnight or a change of filters, the view is built for those.
  /// Cheap when nothing changed (arrays compare by storage first).
  public func follow(_ view: PlanView) {
    let seen = Seen(view)
    guard seen != followed else { return }
    followed = seen
    watcher.follow(seen)
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

  /// Blocks until the look in flight is done (for tests).
  func waitForLook() { watcher.waitForLook() }
}

/// The journal and what was last read from it, touched only on its own serial queue; the events
/// for the loop go through a mutex held for moments, so taking them never waits for a slow read
/// (and costs the loop, which asks after every key, next to nothing).
private final class Watcher: @unchecked Sendable {
  private let address: JournalAddress
  private let open: @Sendable (JournalAddress) throws(JournalError) -> any Journal
  private let waiting: @Sendable () -> Int
  private let work = DispatchQueue(label: "accord.journal-watch")
  private let looks = DispatchGroup()

  // On `work` only.
  private var journal: (any Journal)?
  private var token: Int?
  /// The plan file and every update read so far, merged.
  private var merge: JournalMerge
  /// The last view built, of `merge`: the next is built from it, seeing anew only what the
  /// updates read next touch. Nil when `merge` was made anew.
  private var built: PlanView?
  /// Whether the journal `merge` was read from is gone: the next one opened is read whole.
  private var gone = false
  /// Whether a read has been reported: the first always is, so the dashboard stops saying it
  /// is reading (a merge given with updates in it was read by whoever gave it).
  private var reported: Bool
  private var problem: JournalNotice?
  /// The rows read so far that are not updates, left out of the merge.
  private var unreadable: [UnreadableUpdate] = []

  private struct Inbox {
    var looking = false
    var events: [Event] = []
    /// What the loop shows now, for the next look to merge into and build the view for.
    var seen: Seen?
  }
  private let inbox = Mutex(Inbox())
  // On `work` only.
  private var seen: Seen

  init(
    address: JournalAddress, merge: JournalMerge, seen: Seen,
    open: @escaping @Sendable (JournalAddress) throws(JournalError) -> any Journal,
    waiting: @escaping @Sendable () -> Int
  ) {
    self.address = address
    self.waiting = waiting
    self.merge = merge
    self.seen = seen
    reported = merge.lastNumber != nil
    self.open = open
  }

  func follow(_ seen: Seen) { inbox.withLock { $0.seen = seen } }

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
      let events = self.lookNow()
      self.inbox.withLock { inbox in
        inbox.events += events
        inbox.looking = false
      }
    }
  }

  func waitForLook() { looks.wait() }

  /// The view with what is new, and, while the journal holds rows that cannot be read, what they
  /// are (after the view, so the dashboard goes on saying so).
  private func lookNow() -> [Event] {
    guard let event = lookForChanges() else { return [] }
    guard case .journalChanged = event, let first = unreadable.first else { return [event] }
    let notice = notice(.unreadableRows(count: unreadable.count, first: first))
    return [event, .journalFailed(notice, plan: merge.planFile.identity)]
  }

  private func lookForChanges() -> Event? {
    if let followed = inbox.withLock({ $0.seen.take() }) {
      if followed.planFile != merge.planFile {
        merge = JournalMerge(planFile: followed.planFile, updates: merge.updates)
        built = nil
      }
      seen = followed
    }
    do throws(JournalError) {
      let journal: any Journal
      if let open = self.journal { journal = open } else { journal = try open(address) }
      self.journal = journal
      // Another journal's numbers are its own: what was read from the one gone is read anew.
      var replaced = false
      if gone {
        merge = JournalMerge(planFile: merge.planFile)
        built = nil
        unreadable = []
        gone = false
        replaced = true
      }
      let now = try journal.changeToken()
      guard now != token || problem != nil else { return nil }
      let reading = try journal.reading(after: merge.lastNumber ?? 0)
      let new = reading.updates
      unreadable += reading.unreadable
      token = now
      merge.add(new)
      let changed = !new.isEmpty || problem != nil || replaced || !reported
      reported = true
      problem = nil
      guard changed else { return nil }
      let view =
        if let built, built.today == seen.today, built.filters == seen.filters {
          PlanView(merge: merge, after: built)
        } else {
          PlanView(merge: merge, today: seen.today, filters: seen.filters)
        }
      built = view
      return .journalChanged(view)
    } catch .missing {
      journal = nil
      token = nil
      return merge.updates.isEmpty && problem == nil
        ? nil : fail(.gone(address: address.description))
    } catch {
      journal = nil
      token = nil
      // Removed, or another put in its place: looked for again at once, to read the new one.
      if case .gone = error, !gone {
        gone = true
        return lookForChanges()
      }
      return fail(error)
    }
  }

  /// One event per problem, not one per poll.
  private func fail(_ error: JournalError) -> Event? {
    let notice = notice(.failed(error))
    guard notice != problem else { return nil }
    problem = notice
    return .journalFailed(notice, plan: merge.planFile.identity)
  }

  /// A journal file is said by its name on the bottom line.
  private func notice(_ problem: JournalNotice.Problem) -> JournalNotice {
    let shownAs: String? = if case .file(let path) = address { LiveReload.baseName(path) } else { nil }
    return JournalNotice(problem, waiting: waiting(), address: address.description, shownAs: shownAs)
  }
}

/// What a dashboard shows, as far as the journal's watch needs it: the plan file to merge into,
/// and the day and filters to build the view for.
struct Seen: Equatable, Sendable {
  let planFile: Plan
  let today: Day
  let filters: PlanFilters

  init(_ view: PlanView) {
    planFile = view.planFile
    today = view.today
    filters = view.filters
  }
}
