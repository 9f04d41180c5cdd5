import AccordCore
import Foundation

@testable import AccordUI

/// A fixture plan (its titles say so), beside the bundled one: what the dashboard shows with
/// several plans open.
enum FixturePlans {
  static let next: Plan = {
    // The end-to-end tests' fixture file, so the dashboard and its tests open the same plan.
    let tests = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent()
    let path = tests.appendingPathComponent("AccordEndToEndTests/Fixtures/fixture-next-plan.yaml").path
    return try! PlanLoader.load(path: path)
  }()

  /// The bundled plan and the fixture, open on the plans screen.
  static func state(width: Int = 80, height: Int = 24) -> AppState {
    var state = Briefing.state(width: width, height: height)
    state.addPlan(next)
    state.showPlans()
    return state
  }
}
