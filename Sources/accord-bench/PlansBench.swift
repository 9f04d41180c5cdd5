import AccordCore
import AccordUI
import Foundation

/// Several plans open at once: the bundled plan and nine synthetic plans of 140 commitments,
/// as issue 22 sets the goals (the plans screen's first frame within 40 ms, switching within 2 ms).
func measurePlans(bundled: Plan, today: Day) throws {
  let others = try (1...9).map { number in
    try PlanLoader.load(
      text: SyntheticPlan.yaml(commitments: 140, meetings: 60, sectorsPerPillar: 6), file: "synthetic-\(number).yaml")
  }
  func open() -> AppState {
    var state = AppState(plan: bundled, today: today)
    for plan in others { state.addPlan(plan) }
    state.showPlans()
    return state
  }
  print("several plans: the bundled plan and 9 synthetic plans of 140 commitments")
  measure("plans screen first frame 120x40 (10 plans)", runs: 20) { _ = open().render(width: 120, height: 40) }
  var state = open()
  _ = state.update(.resize(width: 120, height: 40))
  for _ in 0..<5 { _ = state.update(.key(.down)) }
  measure("switch plans: Enter, frame 120x40, P, frame", runs: 200) {
    _ = state.update(.key(.enter))
    _ = state.render(width: 120, height: 40)
    _ = state.update(.key(.character("P")))
    _ = state.render(width: 120, height: 40)
  }
}

/// The process's peak resident memory so far (VmHWM), in MB; nil where /proc has no such line.
func peakMegabytes() -> Double? {
  guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
    let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
    let kilobytes = Double(line.split(separator: " ").dropFirst().first ?? "")
  else { return nil }
  return kilobytes / 1024
}
