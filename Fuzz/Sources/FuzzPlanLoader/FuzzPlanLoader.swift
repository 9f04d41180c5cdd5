import FuzzDriver
import AccordCore
import Foundation

/// Any bytes as a plan file: loaded, or refused with diagnostics; never a crash or a hang.
/// Every message must come out sanitised.
@_cdecl("FuzzPlanLoader_main")
public func main(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
  runFuzzer(argc, argv, fuzzPlanLoader)
}

private let fuzzPlanLoader: FuzzInput = { start, count in
  let data = Data(bytes(start, count))
  do throws(PlanLoadError) {
    let plan = try PlanLoader.load(data: data, file: "fuzz.yaml")
    _ = PlanSummary(plan).line
  } catch {
    requireSanitised(error.description)
  }
  return 0
}
