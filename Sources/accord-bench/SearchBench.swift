import AccordCore
import AccordUI

/// What each keystroke of `/` costs: `update` (the search) and `render` of the results at
/// 120x40, typing `query` a letter at a time and then erasing it. The first key, `/`, builds
/// the plan view's search index and is reported on its own; the target is 16 ms a keystroke.
func measureSearchKeys(plan: Plan, today: Day, name: String, query: String = "cooperation number 9") {
  var state = AppState(plan: plan, today: today, size: TerminalSize(width: 120, height: 40))
  let clock = ContinuousClock()
  func milliseconds(_ d: Duration) -> Double {
    Double(d.components.seconds) * 1000 + Double(d.components.attoseconds) / 1e15
  }
  func stroke(_ key: Key) -> Double {
    milliseconds(
      clock.measure {
        _ = state.update(.key(key))
        _ = state.render(width: 120, height: 40)
      })
  }
  let opening = stroke(.character("/"))
  let keys = query.map { Key.character($0) } + Array(repeating: .backspace, count: query.count)
  var samples: [Double] = []
  for _ in 0..<5 {
    for key in keys { samples.append(stroke(key)) }
  }
  samples.sort()
  let label = "/ search keystrokes, \(name) 120x40".padding(toLength: 44, withPad: " ", startingAt: 0)
  print(
    "\(label) median \(String(format: "%8.2f ms", samples[samples.count / 2]))   max \(String(format: "%8.2f ms", samples.last ?? 0))"
      + "   (\(samples.count) keys; the first /, which builds the index: \(String(format: "%.1f ms", opening)))")
}
