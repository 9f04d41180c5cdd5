import AccordCore
import AccordJournal
import AccordUI

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
}
