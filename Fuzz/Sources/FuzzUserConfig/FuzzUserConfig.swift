import FuzzDriver
import AccordCore

/// Any text as `config.yaml`.
@_cdecl("FuzzUserConfig_main")
public func main(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
  runFuzzer(argc, argv, fuzzUserConfig)
}

private let fuzzUserConfig: FuzzInput = { start, count in
  let text = String(decoding: bytes(start, count), as: UTF8.self)
  do throws(PlanLoadError) {
    _ = try UserConfig.parse(text, file: "config.yaml")
  } catch {
    requireSanitised(error.description)
  }
  return 0
}
