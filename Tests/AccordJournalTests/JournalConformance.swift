import AccordCore
import AccordJournal
import Foundation
import XCTest

/// What every journal must do, whatever stores it: each journal's test case runs these against
/// a journal of its own kind (`SQLiteJournalConformanceTests`, `PostgresJournalConformanceTests`).
protocol JournalConformance: XCTestCase {
  /// A new address with no journal at it yet.
  func emptyAddress() throws -> JournalAddress
  /// Runs SQL on the journal at `address` with the store's own client, as another program would.
  func tamper(_ address: JournalAddress, _ sql: String) throws
  /// Who the journal says recorded an update this process records.
  var expectedAuthor: String { get }
}

/// The bundled plan: its targets and identity.
let conformancePlan = try! PlanLoader.bundled()

extension JournalConformance {
  func update(_ target: String = "16.3", status: String = "done", note: String = "", corrects: Int? = nil)
    -> JournalUpdate
  {
    JournalUpdate(
      targetKind: .commitment, targetID: target, status: status, date: .day(year: 2026, month: 11, day: 2), note: note,
      source: "JTC minutes", corrects: corrects)
  }

  /// A new journal, made as `accord journal init` makes it.
  func freshAddress() throws -> JournalAddress {
    let address = try emptyAddress()
    _ = try address.initialize(planIdentity: conformancePlan.identity)
    return address
  }

  func open(_ address: JournalAddress, _ access: JournalAccess = .write, identity: String = conformancePlan.identity)
    throws -> any Journal
  {
    try address.open(planIdentity: identity, access: access, corrections: CorrectionScope(plan: conformancePlan))
  }

  func checkAppendOnly() throws {
    let empty = try emptyAddress()
    XCTAssertThrowsError(try open(empty, .read), "reading never makes a journal") { error in
      XCTAssertEqual(error as? JournalError, .missing(address: empty.description))
    }
    let address = try freshAddress()
    let journal = try open(address)
    let first = try journal.record(update(note: "first"))
    let second = try journal.record(update("1.1", status: "in-progress", note: "second"))
    XCTAssertEqual([first.id, second.id], [1, 2])
    XCTAssertEqual(first.recording?.author, expectedAuthor)
    XCTAssertEqual(try journal.updates(since: nil).map(\.note), ["first", "second"])
    XCTAssertEqual(try journal.reading(after: 1).updates.map(\.id), [2], "what came after #1")
    XCTAssertEqual(try open(address, .read).updates(since: nil).map(\.id), [1, 2], "a reader sees both")
    for sql in [#"UPDATE "update" SET note = 'changed'"#, #"DELETE FROM "update""#] {
      XCTAssertThrowsError(try tamper(address, sql), "refused by the store itself: \(sql)")
    }
    XCTAssertEqual(try journal.updates(since: nil).map(\.note), ["first", "second"], "nothing changed, nothing lost")
  }

  func checkCorrections() throws {
    let journal = try open(try freshAddress())
    let wrong = try journal.record(update(status: "in-progress"))
    XCTAssertThrowsError(try journal.record(update(corrects: 9))) { error in
      XCTAssertEqual(error as? JournalError, .refused(.noUpdateToCorrect(update: 9)))
    }
    XCTAssertThrowsError(try journal.record(update("1.1", corrects: wrong.id)), "another target's update") { error in
      XCTAssertEqual((error as? JournalError)?.kind, .refusal)
    }
    let corrected = try journal.record(update(status: "done", corrects: wrong.id))
    XCTAssertEqual(corrected.corrects, wrong.id)
    XCTAssertEqual(
      try journal.updates(since: nil).map(\.corrects), [nil, 1], "both kept: a correction is a new update")
    let tomorrow = Day.localToday().adding(days: 2)
    var ahead = update()
    ahead.date = .day(year: tomorrow.year, month: tomorrow.month, day: tomorrow.day)
    XCTAssertThrowsError(try journal.record(ahead), "nothing recorded as done after today") { error in
      XCTAssertEqual((error as? JournalError)?.kind, .refusal)
    }
  }

  /// A coordinator's confirmation of a reported update is a new entry correcting it, the report
  /// kept; a confirmed update is not confirmed again.
  func checkConfirmation() throws {
    let journal = try open(try freshAddress())
    var report = update(note: "from the line ministry")
    report.confidence = .reported
    let reported = try journal.record(report)
    let confirmed = try journal.record(try reported.confirmation())
    XCTAssertEqual(confirmed.corrects, reported.id)
    XCTAssertEqual(confirmed.confidence, .confirmed)
    XCTAssertEqual(confirmed.recording?.author, expectedAuthor, "names who confirmed")
    XCTAssertEqual(try journal.updates(since: nil).map(\.confidence), [.reported, .confirmed])
    XCTAssertThrowsError(try confirmed.confirmation()) { error in
      XCTAssertEqual((error as? JournalError)?.kind, .refusal)
    }
  }

  func checkPlanIdentityAndSchema() throws {
    let address = try freshAddress()
    _ = try open(address).record(update())
    XCTAssertThrowsError(try open(address, .read, identity: "Another plan, signed 2030-01-01")) { error in
      XCTAssertEqual(
        error as? JournalError,
        .otherPlan(
          address: address.description, recorded: conformancePlan.identity, expected: "Another plan, signed 2030-01-01")
      )
    }
  }

  func checkNewerSchemaIsRefused(_ makeNewer: String) throws {
    let address = try freshAddress()
    _ = try open(address).record(update())
    try tamper(address, makeNewer)
    XCTAssertThrowsError(try open(address, .read)) { error in
      guard case .newerSchema(_, 99, _) = error as? JournalError else { return XCTFail("\(error)") }
    }
  }

  /// 8 writers at once, each with its own journal, 50 updates each: 400 of 400, numbered 1 to
  /// 400 without a gap or a repeat, each writer's in its own order.
  func checkConcurrentWriters() throws {
    let address = try freshAddress()
    _ = try open(address)
    let failures = Failures()
    // Only reads the test's settings, from every writer.
    nonisolated(unsafe) let test = self
    DispatchQueue.concurrentPerform(iterations: 8) { writer in
      do {
        let journal = try test.open(address)
        for number in 0..<50 { _ = try journal.record(test.update(note: "\(writer)-\(number)")) }
      } catch {
        failures.add("writer \(writer): \(error)")
      }
    }
    XCTAssertEqual(failures.all, [])
    let updates = try open(address, .read).updates(since: nil)
    XCTAssertEqual(updates.map(\.id), Array(1...400).map(Optional.some))
    XCTAssertEqual(Set(updates.map(\.note)).count, 400)
    for writer in 0..<8 {
      let own = updates.map(\.note).filter { $0.hasPrefix("\(writer)-") }
      XCTAssertEqual(own, (0..<50).map { "\(writer)-\($0)" })
    }
  }

  /// A reader learns of what another writer recorded from its change token (waited for with a
  /// generous bound: a server tells its listeners after the commit), then reads only that.
  func checkChangeNotification() throws {
    let address = try freshAddress()
    _ = try open(address).record(update())
    let reader = try open(address, .read)
    let before = try reader.changeToken()
    XCTAssertEqual(try reader.changeToken(), before, "nothing recorded: no change")
    _ = try open(address).record(update("1.1", note: "from elsewhere"))
    let deadline = Date().addingTimeInterval(10)
    while try reader.changeToken() == before && Date() < deadline { usleep(10_000) }
    XCTAssertNotEqual(try reader.changeToken(), before, "the change is seen within 10 s")
    XCTAssertEqual(try reader.reading(after: 1).updates.map(\.note), ["from elsewhere"])
  }
}

final class Failures: @unchecked Sendable {
  private let lock = NSLock()
  private var list: [String] = []
  func add(_ failure: String) { lock.withLock { list.append(failure) } }
  var all: [String] { lock.withLock { list } }
}
