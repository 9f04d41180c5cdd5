import AccordCore
import AccordText

/// Loader tests that start from the good minimal plan, make one edit, and read the problems.
protocol MinimalPlanEditing {
  var good: String { get }
}

extension MinimalPlanEditing {
  /// The good fixture with one edit, which must be there to make.
  func edited(_ original: String, _ replacement: String) -> String {
    precondition(good.contains(original), "fixture lacks \(original)")
    return good.replacingOccurrences(of: original, with: replacement)
  }

  /// Every problem the loader finds, as `FILE:LINE:COLUMN: message`; none for a good plan.
  func problems(_ text: String, file: String = "plan.yaml") -> [String] {
    do {
      _ = try PlanLoader.load(text: text, file: file)
      return []
    } catch {
      return error.diagnostics.map(\.description)
    }
  }
}
