import AccordCore
import AccordText
import AccordUI
import Foundation
import FuzzDriver

/// Any bytes as a plan file: loaded, or refused with sanitised diagnostics; never a crash or a
/// hang. A plan that loads is drawn on the overview, the timeline and its first pillar, sector,
/// commitment and meeting, and no control character may reach a cell.
@_cdecl("FuzzPlanLoader_main")
public func main(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
  runFuzzer(argc, argv, fuzzPlanLoader)
}

private let fuzzPlanLoader: FuzzInput = { start, count in
  let data = Data(bytes(start, count))
  do throws(PlanLoadError) {
    let plan = try PlanLoader.load(data: data, file: "fuzz.yaml")
    _ = PlanSummary(plan).line
    var state = AppState(plan: plan, today: Day(year: 2026, month: 11, day: 24))
    let routes: [Route?] = [
      .overview, .timeline, plan.pillars.isEmpty ? nil : .pillar(0), plan.sectors.first.map { .sector($0.id) },
      plan.commitments.first.map { .commitment($0.id) }, plan.meetings.first.map { .meeting($0.id) },
    ]
    for route in routes.compactMap({ $0 }) {
      _ = state.show(route)
      let grid = state.render(width: 100, height: 30)
      requireSanitised(grid.text)
    }
  } catch {
    requireSanitised(error.description)
  }
  return 0
}
