// swift-tools-version:6.0
// libFuzzer targets for accord's parsers and input handling; `make fuzz` builds them with
// `-sanitize=fuzzer,address` and runs each for FUZZ_SECONDS. Not part of `swift build`.
import Foundation
import PackageDescription

// A path dependency is named by its directory, whatever the clone is called.
let accord = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().lastPathComponent

func fuzzTarget(_ name: String, _ products: [String]) -> Target {
  .executableTarget(
    name: name, dependencies: ["FuzzDriver"] + products.map { .product(name: $0, package: accord) },
    swiftSettings: [.unsafeFlags(["-parse-as-library"])])
}

let package = Package(
  name: "accord-fuzz",
  dependencies: [.package(path: "..")],
  targets: [
    .target(name: "FuzzDriver", dependencies: [.product(name: "AccordCore", package: accord)]),
    fuzzTarget("FuzzPlanLoader", ["AccordCore", "AccordText", "AccordUI"]),
    fuzzTarget("FuzzThemeParser", ["AccordUI"]),
    fuzzTarget("FuzzUserConfig", ["AccordCore", "AccordText", "AccordUI"]),
    fuzzTarget("FuzzInputDecoder", ["AccordCore", "AccordUI", "AccordTerminal"]),
    fuzzTarget("FuzzJournalRows", ["AccordCore", "AccordText", "AccordLocalization"]),
    fuzzTarget("FuzzCatalog", ["AccordLocalization", "GettextFormat"]),
    fuzzTarget("FuzzPlanArchive", ["AccordCore", "ContentHashing"]),
  ]
)
