import Foundation

/// Where the `accord` under test is.
enum AccordBinary {
  /// The `accord` built beside this test bundle (`swift build` before `swift test`), or
  /// ACCORD_BINARY.
  static func path() throws -> String {
    if let path = ProcessInfo.processInfo.environment["ACCORD_BINARY"], !path.isEmpty {
      return URL(fileURLWithPath: path).path
    }
    let binary = productsDirectory.appendingPathComponent("accord")
    guard FileManager.default.isExecutableFile(atPath: binary.path) else {
      throw HarnessFailure(
        "no accord binary at \(binary.path): run `swift build` before `swift test` (or set ACCORD_BINARY)")
    }
    return binary.path
  }

  /// The build's own tool that compiles the bundled files in, built beside `accord`.
  static func fileEmbedderPath() throws -> String {
    let tool = productsDirectory.appendingPathComponent("FileEmbedder-tool")
    guard FileManager.default.isExecutableFile(atPath: tool.path) else {
      throw HarnessFailure("no FileEmbedder-tool at \(tool.path): run `swift build` before `swift test`")
    }
    return tool.path
  }

  private static var productsDirectory: URL {
    #if os(macOS)
      for bundle in Bundle.allBundles where bundle.bundlePath.hasSuffix(".xctest") {
        return bundle.bundleURL.deletingLastPathComponent()
      }
    #endif
    return Bundle.main.bundleURL
  }
}
