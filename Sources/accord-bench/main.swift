import AccordCore
import AccordJournal
import AccordLocalization
import AccordUI
import ContentHashing
import Foundation

// Measures what the dashboard's first frame waits for: loading the bundled plan, loading a
// synthetic plan of 10,000 commitments and 1,000 meetings, and rendering a frame. Build with
// `-c release`; `make bench` runs it. Figures are medians (and the fastest) of repeated runs.

func measure(_ label: String, runs: Int, _ body: () throws -> Void) rethrows {
  let clock = ContinuousClock()
  var samples: [Duration] = []
  for _ in 0..<runs { samples.append(try clock.measure(body)) }
  samples.sort()
  func ms(_ d: Duration) -> String {
    let value = Double(d.components.seconds) * 1000 + Double(d.components.attoseconds) / 1e15
    return String(format: "%8.2f ms", value)
  }
  let name = label.padding(toLength: 44, withPad: " ", startingAt: 0)
  print("\(name) median \(ms(samples[samples.count / 2]))   min \(ms(samples[0]))   (\(runs) runs)")
}

// `accord-bench --write-synthetic FILE` only writes the synthetic plan, for scripts/bench.py.
if CommandLine.arguments.count == 3, CommandLine.arguments[1] == "--write-synthetic" {
  try SyntheticPlan.yaml(commitments: 10_000, meetings: 1_000).write(
    toFile: CommandLine.arguments[2], atomically: true, encoding: .utf8)
  exit(0)
}

// `accord-bench --write-plan-archive PLAN ARCHIVE ASSEMBLY`: the bundled plan's archive and its
// stamp in the assembly that compiles it in (`make plan-archive`).
if CommandLine.arguments.count == 5, CommandLine.arguments[1] == "--write-plan-archive" {
  exit(
    writePlanArchive(
      plan: CommandLine.arguments[2], archive: CommandLine.arguments[3], assembly: CommandLine.arguments[4])
  )
}

let today = Day(year: 2026, month: 11, day: 24)

// `accord-bench --journal FILE`: the journal's timings alone, on a journal scripts/bench.py wrote.
if CommandLine.arguments.count == 3, CommandLine.arguments[1] == "--journal" {
  let plan = try PlanLoader.bundled()
  try measureJournal(path: CommandLine.arguments[2], plan: plan, today: today)
  measureSearchKeys(
    plan: JournalMerge(
      planFile: plan,
      updates: try SQLiteJournal(
        path: CommandLine.arguments[2], planIdentity: plan.identity, access: .read
      ).updates(since: nil)
    ).plan, today: today, name: "journal")
  exit(0)
}
// `accord-bench --journal FILE --server ADDRESS`: the same journal on a PostgreSQL server.
if CommandLine.arguments.count == 5, CommandLine.arguments[1] == "--journal", CommandLine.arguments[3] == "--server" {
  // A server journal filled by an earlier run holds updates the file lacks, and the copy is
  // refused: said, not raised at top level (a crash with a stack).
  do {
    try measureServerJournal(
      file: CommandLine.arguments[2], server: CommandLine.arguments[4], plan: try PlanLoader.bundled(), today: today)
  } catch {
    print("accord-bench: \(error) (give an empty database: the bench fills it)")
    exit(1)
  }
  exit(0)
}

// `accord-bench --plans`: the several-plans rows alone, then the process's peak memory, which
// nothing else measured in the same process has raised.
if CommandLine.arguments.count == 2, CommandLine.arguments[1] == "--plans" {
  try measurePlans(bundled: try PlanLoader.bundled(), today: today)
  print("several plans: peak memory (VmHWM) \(peakMegabytes().map { String(format: "%.1f MB", $0) } ?? "unknown")")
  exit(0)
}
let bundledBytes = PlanLoader.bundledText.utf8.count
print("accord-bench: bundled plan \(bundledBytes / 1024) KiB")

try measure("load bundled plan (parse + validate)", runs: 30) { _ = try PlanLoader.parsedBundled() }
try measure("load bundled plan (compiled-in archive)", runs: 30) { _ = try PlanLoader.bundledArchive() }
let plan = try PlanLoader.bundled()
measure("render overview 80x24", runs: 200) { _ = AppState(plan: plan, today: today).render(width: 80, height: 24) }
measure("render overview 200x60", runs: 200) { _ = AppState(plan: plan, today: today).render(width: 200, height: 60) }
// A Lao interface costs no more than English: its catalog is read once, its frames are the same.
// `Catalog.bundled` keeps what it made, so the making is timed through `compiled`.
measure("make the Lao catalog (--lang lo, L)", runs: 30) { _ = try? Catalog.compiled(.lao).get() }
let lao = Writing(catalog: (try? Catalog.bundled(.lao).get()) ?? .english)
for (width, height) in [(80, 24), (200, 60)] {
  measure("render overview \(width)x\(height) --lang lo", runs: 200) {
    var state = AppState(plan: plan, today: today)
    state.writing = lao
    _ = state.render(width: width, height: height)
  }
}
measureKeys(plan: plan, today: today, name: "bundled")
try measurePlans(bundled: plan, today: today)

let synthetic = SyntheticPlan.yaml(commitments: 10_000, meetings: 1_000)
print("synthetic plan: 10,000 commitments, 1,000 meetings, \(synthetic.utf8.count / 1024) KiB")
try measure("load synthetic plan (parse + validate)", runs: 5) {
  _ = try PlanLoader.load(text: synthetic, file: "synthetic.yaml")
}
let big = try PlanLoader.load(text: synthetic, file: "synthetic.yaml")
let bigArchive = PlanArchive.bytes(of: big, sourceHash: ContentHash.of(synthetic))
print("synthetic plan's archive: \(bigArchive.count / 1024) KiB")
try measure("load synthetic plan (archive, as cached)", runs: 5) { _ = try PlanArchive.plan(from: bigArchive) }
measure("render synthetic overview 200x60", runs: 20) {
  _ = AppState(plan: big, today: today).render(width: 200, height: 60)
}
measureKeys(plan: big, today: today, name: "synthetic")
measureSearchKeys(plan: big, today: today, name: "synthetic")

try measure("  of which: YAML events to nodes", runs: 5) { _ = try YAMLComposer.compose(synthetic) }
