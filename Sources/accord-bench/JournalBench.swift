import AccordCore
import AccordJournal
import AccordUI

/// What a journal costs the dashboard, on the journal `scripts/bench.py` writes: reading it whole
/// (a dashboard's first look, off the screen's thread), merging it, the plan view, then one
/// update more as the watch hands it over (merged into the last result and the view built from
/// the last one, off the screen's thread; the state taking it and the frame rendered, on it:
/// together, "shown within 100 ms of being read"), and keys on the screens that list updates.
func measureJournal(path: String, plan: Plan, today: Day) throws {
  let journal = try SQLiteJournal(path: path, planIdentity: plan.identity, access: .read)
  var updates: [JournalUpdate] = []
  try measure("read the journal whole (SQLite)", runs: 5) { updates = try journal.updates(since: nil) }
  print("journal: \(updates.count) updates")
  guard let last = updates.popLast() else { return }
  var merged = JournalMerge(planFile: plan)
  measure("merge the journal (linear)", runs: 5) { merged = JournalMerge(planFile: plan, updates: updates) }
  measure("plan view with the journal", runs: 5) { _ = PlanView(merge: merged, today: today) }

  var state = AppState(plan: plan, today: today, size: TerminalSize(width: 120, height: 40))
  _ = state.update(.journalChanged(PlanView(merge: merged, today: today)))
  let shown = PlanView(merge: merged, today: today)
  var next = shown
  // As the watch builds it: from the last view, seeing anew what the update touches.
  measure("one update more, off the screen: merge, view", runs: 5) {
    var added = merged
    added.add([last])
    next = PlanView(merge: added, after: shown)
  }
  measure("one update more, on the screen: take, frame", runs: 5) {
    _ = state.update(.journalChanged(next))
    _ = state.render(width: 120, height: 40)
  }

  let busiest = Dictionary(grouping: updates, by: \.targetID).max { $0.value.count < $1.value.count }?.key ?? "1.1"
  for (route, name) in [
    (Route.commitment(busiest), "commitment \(busiest)'s history"), (.recentUpdates(asOf: today), "recent updates (U)"),
  ] {
    _ = state.show(route)
    measure("200 j/k keys, \(name)", runs: 3) {
      for index in 0..<200 {
        _ = state.update(.key(.character(index % 2 == 0 ? "j" : "k")))
        _ = state.render(width: 120, height: 40)
      }
    }
  }
}
