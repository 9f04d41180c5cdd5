import AccordCore
import AccordText
import AccordUI
import FuzzDriver

/// Any text as `config.yaml`: settings, or problems with their places; a theme it names that is
/// not among the bundled ones is refused in a message where no control character may reach.
@_cdecl("FuzzUserConfig_main")
public func main(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
  runFuzzer(argc, argv, fuzzUserConfig)
}

private let fuzzUserConfig: FuzzInput = { start, count in
  let text = String(decoding: bytes(start, count), as: UTF8.self)
  do throws(PlanLoadError) {
    let config = try UserConfig.parse(text, file: "config.yaml")
    // A name only: a path would have the fuzzer read files of this machine.
    if let name = config.theme, !name.contains("/"), !name.hasSuffix(".theme") {
      do throws(ThemeError) {
        _ = try ThemeCatalog(userDirectory: nil).theme(name)
      } catch {
        requireSanitised(error.description)
      }
    }
  } catch {
    requireSanitised(error.description)
  }
  return 0
}
