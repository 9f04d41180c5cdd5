import AccordCore
import AccordUI

/// What a key costs the dashboard: `update` with the key, then `render` of the frame, as the
/// loop does (without the terminal's painting), `count` times alternating j and k on `route`.
func measureKeys(_ label: String, plan: Plan, today: Day, route: Route, width: Int, height: Int, count: Int = 2_000) {
  var state = AppState(plan: plan, today: today, size: TerminalSize(width: width, height: height))
  state.show(route)
  // Walk a few rows down first, so j and k move inside the list rather than against its top.
  for _ in 0..<3 { _ = state.update(.key(.character("j"))) }
  let clock = ContinuousClock()
  var keys = 0
  let elapsed = clock.measure {
    for index in 0..<count {
      _ = state.update(.key(.character(index % 2 == 0 ? "j" : "k")))
      keys += state.render(width: width, height: height).width > 0 ? 1 : 0
    }
  }
  let total = Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15
  let name = label.padding(toLength: 44, withPad: " ", startingAt: 0)
  print(
    "\(name) total \(String(format: "%8.1f ms", total))   per key \(String(format: "%6.3f ms", total / Double(max(1, keys))))   (\(keys) keys)"
  )
}

/// The key costs at 120x40 on the screens a user pages through, for a plan of any size, and
/// the plan view they all read (built once per plan and day, not per key).
func measureKeys(plan: Plan, today: Day, name: String) {
  measure("plan view of the \(name) plan (once a day)", runs: 20) { _ = PlanView(plan: plan, today: today) }
  for (route, screen) in [
    (Route.overview, "overview"), (.timeline, "timeline"), (.sector(plan.sectors.first?.id ?? "1"), "first sector"),
  ] {
    measureKeys(
      "2,000 j/k keys, \(name) \(screen) 120x40", plan: plan, today: today, route: route, width: 120, height: 40)
  }
}
