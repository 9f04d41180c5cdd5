import AccordCore
import AccordUI
import Foundation
import Testing

@testable import AccordRuntime

/// A journal whose updates, token and failure a test sets; its file, when it has one, stands
/// for the journal being there (a file journal says it is gone when its file is).
final class FakeJournal: Journal, @unchecked Sendable {
  private let lock = NSLock()
  var file: String?
  private var stored: [JournalUpdate] = []
  private var token = 0
  var failure: JournalError?

  func add(_ update: JournalUpdate) {
    lock.withLock {
      stored.append(update)
      token += 1
    }
  }

  func record(_ update: JournalUpdate) throws(JournalError) -> JournalUpdate { update }

  func updates(since: Day?) throws(JournalError) -> [JournalUpdate] {
    if let failure { throw failure }
    return lock.withLock { stored }
  }

  /// The numbers the watch asked for the updates after.
  private(set) var askedAfter: [Int] = []

  func reading(after number: Int) throws(JournalError) -> JournalReading {
    if let failure { throw failure }
    return lock.withLock {
      askedAfter.append(number)
      return JournalReading(updates: stored.filter { ($0.id ?? 0) > number })
    }
  }

  func changeToken() throws(JournalError) -> Int {
    if let failure { throw failure }
    if let file, !FileManager.default.fileExists(atPath: file) { throw .gone(address: file) }
    return lock.withLock { token }
  }
}

@Suite struct JournalWatchTests {
  let file = FileManager.default.temporaryDirectory.appendingPathComponent("journal-watch-\(UUID()).sqlite").path
  let journal = FakeJournal()
  // Dated to a day before the one seen: a report dated only to a year is known from its end.
  let update = JournalUpdate(
    id: 1, targetKind: .commitment, targetID: "1.1", status: "done", date: .day(year: 2026, month: 11, day: 2),
    source: "MOFA")

  /// A watch on `file` through `journal`, with a clock the test moves: no file, no journal yet.
  func watch(showing updates: [JournalUpdate] = [], clock: Clock) -> JournalWatch {
    let (journal, file) = (journal, file)
    journal.file = file
    let open = { @Sendable (_: JournalAddress) throws(JournalError) -> any Journal in
      guard FileManager.default.fileExists(atPath: file) else { throw .missing(address: file) }
      return journal
    }
    return JournalWatch(address: .file(file), view: merged(updates), open: open, now: { clock.milliseconds })
  }

  /// What the watch merges into: the bundled plan file, seen on a fixed day.
  static let planFile = try! PlanLoader.bundled()
  static let today = Day(year: 2026, month: 11, day: 24)

  func merged(_ updates: [JournalUpdate], into planFile: Plan = planFile) -> PlanView {
    PlanView(plan: planFile, updates: updates, today: Self.today)
  }

  /// The events of one poll, once its read is done.
  func poll(_ watch: JournalWatch, _ clock: Clock) -> [Event] {
    clock.milliseconds += JournalWatch.pollMilliseconds
    _ = watch.changes()
    watch.waitForLook()
    return watch.changes()
  }

  @Test func noJournalYetIsNoEventAndOneThatAppearsIsRead() throws {
    let clock = Clock(0)
    let watch = watch(clock: clock)
    #expect(poll(watch, clock).isEmpty)
    journal.add(update)
    #expect(poll(watch, clock).isEmpty, "the file is not there yet")
    #expect(FileManager.default.createFile(atPath: file, contents: Data()))
    defer { try? FileManager.default.removeItem(atPath: file) }
    #expect(poll(watch, clock) == [.journalChanged(merged([update]))])
    #expect(poll(watch, clock).isEmpty, "nothing new: no event")
  }

  @Test func theFirstReadOfAnEmptyJournalIsAnEventSoTheDashboardStopsSayingItReads() throws {
    #expect(FileManager.default.createFile(atPath: file, contents: Data()))
    defer { try? FileManager.default.removeItem(atPath: file) }
    let clock = Clock(0)
    let watch = watch(clock: clock)
    #expect(poll(watch, clock) == [.journalChanged(merged([]))])
    #expect(poll(watch, clock).isEmpty)
  }

  @Test func whatTheDashboardShowsAlreadyIsNoEventAndANewUpdateIs() throws {
    #expect(FileManager.default.createFile(atPath: file, contents: Data()))
    defer { try? FileManager.default.removeItem(atPath: file) }
    journal.add(update)
    let clock = Clock(0)
    let watch = watch(showing: [update], clock: clock)
    #expect(poll(watch, clock).isEmpty)
    var second = update
    second.id = 2
    journal.add(second)
    #expect(poll(watch, clock) == [.journalChanged(merged([update, second]))])
  }

  @Test func aLookReadsOnlyTheUpdatesAfterTheLastOneItReadAndMergesThemIn() throws {
    #expect(FileManager.default.createFile(atPath: file, contents: Data()))
    defer { try? FileManager.default.removeItem(atPath: file) }
    journal.add(update)
    let clock = Clock(0)
    let watch = watch(clock: clock)
    #expect(poll(watch, clock) == [.journalChanged(merged([update]))])
    let second = JournalUpdate(
      id: 2, targetKind: .commitment, targetID: "1.2", status: "in-progress", date: .day(year: 2026, month: 11, day: 3),
      source: "MOFA")
    journal.add(second)
    let events = poll(watch, clock)
    #expect(events == [.journalChanged(merged([update, second]))])
    #expect(journal.askedAfter == [0, 1], "the second look asks only for what came after #1")
    guard case .journalChanged(let view) = try #require(events.first) else {
      Issue.record("not a view: \(events)")
      return
    }
    #expect(view.commitment(id: "1.1")?.status == .done, "merged, and seen on the day")
    #expect(view.commitment(id: "1.2")?.status == .inProgress)
  }

  @Test func afterAPlanReloadOrANewDayTheNextUpdatesAreMergedIntoTheNewPlanFileAndSeenThatDay() throws {
    #expect(FileManager.default.createFile(atPath: file, contents: Data()))
    defer { try? FileManager.default.removeItem(atPath: file) }
    journal.add(update)
    let clock = Clock(0)
    let watch = watch(showing: [update], clock: clock)
    var edited = Self.planFile
    edited.pillars[0].sectors[0].name = "Foreign Affairs, edited"
    let tomorrow = Self.today.adding(days: 1)
    watch.follow(merged([update], into: edited).seen(on: tomorrow, filters: PlanFilters()))
    var second = update
    second.id = 2
    journal.add(second)
    #expect(
      poll(watch, clock) == [
        .journalChanged(merged([update, second], into: edited).seen(on: tomorrow, filters: PlanFilters()))
      ])
  }

  @Test func aJournalThatFailsIsOneNoticeAndReadAgainOnceItRecovers() throws {
    #expect(FileManager.default.createFile(atPath: file, contents: Data()))
    defer { try? FileManager.default.removeItem(atPath: file) }
    journal.add(update)
    let clock = Clock(0)
    let watch = watch(showing: [update], clock: clock)
    journal.failure = JournalError("journal.sqlite: database is locked")
    #expect(
      poll(watch, clock) == [
        .journalFailed(
          JournalNotice(
            .failed(JournalError("journal.sqlite: database is locked")), address: file,
            shownAs: LiveReload.baseName(file)), plan: Self.planFile.identity)
      ])
    #expect(poll(watch, clock).isEmpty, "one notice, not one a poll")
    journal.failure = nil
    #expect(poll(watch, clock) == [.journalChanged(merged([update]))], "readable again: the notice goes")
  }

  @Test func aJournalRemovedWhileWatchedIsANotice() throws {
    #expect(FileManager.default.createFile(atPath: file, contents: Data()))
    journal.add(update)
    let clock = Clock(0)
    let watch = watch(showing: [update], clock: clock)
    #expect(poll(watch, clock).isEmpty)
    try FileManager.default.removeItem(atPath: file)
    #expect(
      poll(watch, clock) == [
        .journalFailed(
          JournalNotice(.failed(.gone(address: file)), address: file, shownAs: LiveReload.baseName(file)),
          plan: Self.planFile.identity)
      ],
      "named by its file's name")
  }

  @Test func theLoopHandsTheJournalsEventsToTheState() throws {
    #expect(FileManager.default.createFile(atPath: file, contents: Data()))
    defer { try? FileManager.default.removeItem(atPath: file) }
    journal.add(update)
    var state = AppState(plan: try PlanLoader.bundled(), today: Day(year: 2026, month: 11, day: 24))
    let clock = Clock(1_795_000_000_000)
    let watch = watch(clock: clock)
    let terminal = ScriptedTerminal(script: [.timeout, .timeout, .timeout])
    terminal.beforeInput = { _ in
      watch.waitForLook()
      clock.milliseconds += JournalWatch.pollMilliseconds
    }
    _ = DashboardLoop.run(
      state: &state, terminal: terminal, stopSignal: { nil }, continued: { false }, journals: [watch],
      now: { clock.milliseconds })
    #expect(state.view.updates == [update])
    #expect(state.plan.commitment(id: "1.1")?.status == .done)
  }
}
