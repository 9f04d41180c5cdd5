import AccordCore
import AccordJournal
import AccordRuntime
import AccordUI

#if canImport(Glibc)
  import Glibc
#endif

/// A dashboard's start with its journal on a PostgreSQL server against the same journal in a
/// file (goal: within 100 ms more): opening it, reading it whole (the watch's first look),
/// merging it and the plan view; then keys with that journal merged (goal: 1 ms). The file's
/// updates are copied into the server's journal first (`accord journal copy`, which copies
/// nothing twice). `make bench` runs it when BENCH_SERVER names a server's database.
func measureServerJournal(file: String, server: String, plan: Plan, today: Day) throws {
  let fileAddress = JournalAddress.file(file)
  let serverAddress = try JournalAddress(parsing: server)
  _ = try serverAddress.initialize(planIdentity: plan.identity)
  let copied = try fileAddress.copy(to: serverAddress, planIdentity: plan.identity)
  print("server journal: \(copied.copied + copied.present) updates (\(copied.copied) copied now)")
  var merged = JournalMerge(planFile: plan)
  for (address, name) in [(fileAddress, "SQLite"), (serverAddress, "PostgreSQL")] {
    try measure("dashboard start, journal on \(name)", runs: 5) {
      let updates = try address.open(planIdentity: plan.identity, access: .read).updates(since: nil)
      merged = JournalMerge(planFile: plan, updates: updates)
      _ = PlanView(merge: merged, today: today)
    }
  }
  measureKeys(plan: merged.plan, today: today, name: "PostgreSQL journal")
  try measureDashboardsSeeing(server: serverAddress, plan: plan, today: today)
}

/// How soon 30 dashboards on one server journal show an update another site records (goal:
/// 1 s): each through the dashboard's own watch (its connection, LISTEN, reads), looked at as
/// the loop looks, from the record's return to the last of the 30 showing it.
func measureDashboardsSeeing(server: JournalAddress, plan: Plan, today: Day) throws {
  let open: @Sendable (JournalAddress) throws(JournalError) -> any Journal = { address throws(JournalError) in
    try address.open(planIdentity: plan.identity, access: .read)
  }
  let watches = (0..<30).map { _ in
    JournalWatch(address: server, view: PlanView(plan: plan, updates: [], today: today), open: open)
  }
  let writer = try server.open(planIdentity: plan.identity, access: .write, corrections: CorrectionScope(plan: plan))
  var shown = [Int](repeating: 0, count: watches.count)
  func look(until number: Int, within seconds: Double) -> Double? {
    let start = WallClock.milliseconds()
    while shown.contains(where: { $0 < number }) {
      if Double(WallClock.milliseconds() - start) > seconds * 1000 { return nil }
      for (index, watch) in watches.enumerated() {
        for case .journalChanged(let view) in watch.changes() { shown[index] = view.merge.lastNumber ?? 0 }
      }
      usleep(1_000)
    }
    return Double(WallClock.milliseconds() - start)
  }
  let before = try writer.updates(since: nil).compactMap(\.id).max() ?? 0
  guard look(until: before, within: 120) != nil else { return print("30 dashboards: the first read never ended") }
  var latencies: [Double] = []
  for round in 1...5 {
    let recorded = try writer.record(
      JournalUpdate(
        targetKind: .commitment, targetID: plan.commitments[0].id, status: "in-progress",
        date: .day(year: 2026, month: 11, day: round),
        note: "bench round \(round)", source: "accord-bench"))
    guard let number = recorded.id, let took = look(until: number, within: 30) else {
      return print("30 dashboards: an update was not shown within 30 s")
    }
    latencies.append(took)
  }
  latencies.sort()
  print(
    "30 dashboards show a new update (5 rounds)    median \(String(format: "%8.2f", latencies[2])) ms   max \(String(format: "%8.2f", latencies[4])) ms"
  )
}
