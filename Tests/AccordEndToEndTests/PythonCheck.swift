import Foundation

/// Reads an export with a real parser: CPython's csv and json modules, html5lib and
/// icalendar from PyPI (scripts/ensure-system-packages installs them).
enum PythonCheck {
  /// Runs `script` with the file as `sys.argv[1]`; what it printed, or a failure with its
  /// standard error.
  static func run(_ script: String, on file: String) throws -> String {
    let result = try Subprocess.run("/usr/bin/env", ["python3", "-c", script, file], timeout: 60)
    guard result.status == 0 else {
      throw HarnessFailure("python3 failed (\(result.status)) on \(file): \(result.error)\(result.output)")
    }
    return result.output
  }

  /// A file in the temporary directory, removed by the caller.
  static func temporaryFile(_ suffix: String) -> String {
    FileManager.default.temporaryDirectory.appendingPathComponent("accord-export-\(UUID().uuidString).\(suffix)").path
  }

  static var hostilePlan: String {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/hostile-plan.yaml")
      .path
  }
}
