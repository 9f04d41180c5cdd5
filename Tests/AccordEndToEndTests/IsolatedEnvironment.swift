import Foundation
import XCTest

/// The environment every program a test starts is given: the test process's own, less what
/// would make accord read or write the account's files (the journal, settings and themes that a
/// deployment sets up, as the README's shared deployment sets ACCORD_JOURNAL system-wide), with
/// HOME a fresh folder for each test. A test that wants a setting passes it explicitly.
enum IsolatedEnvironment {
  /// Variables that point accord at the account's or the deployment's files.
  static func isShared(_ name: String) -> Bool {
    name.hasPrefix("ACCORD_") || name.hasPrefix("XDG_")
  }

  /// `NAME=value` for the child of a test.
  static var variables: [String: String] {
    var environment = ProcessInfo.processInfo.environment.filter { !isShared($0.key) }
    environment["HOME"] = home.path
    environment["TMUX"] = nil
    environment["SSH_AUTH_SOCK"] = nil
    return environment
  }

  /// This test's home, made at its start and removed at its end.
  static var home: URL {
    lock.lock()
    defer { lock.unlock() }
    if let current { return current }
    observer.register()
    let made = FileManager.default.temporaryDirectory.appendingPathComponent("accord-e2e-home-\(UUID().uuidString)")
    try? FileManager.default.createDirectory(at: made, withIntermediateDirectories: true)
    current = made
    return made
  }

  /// Ends this test's home: the next program started gets a new one.
  fileprivate static func endHome() {
    lock.lock()
    defer { lock.unlock() }
    if let current { try? FileManager.default.removeItem(at: current) }
    current = nil
  }

  nonisolated(unsafe) private static var current: URL?
  private static let lock = NSLock()
  private static let observer = HomeObserver()
}

/// Ends each test's home when the test ends.
private final class HomeObserver: NSObject, XCTestObservation, @unchecked Sendable {
  private var registered = false

  func register() {
    guard !registered else { return }
    registered = true
    XCTestObservationCenter.shared.addTestObserver(self)
  }

  func testCaseDidFinish(_ testCase: XCTestCase) { IsolatedEnvironment.endHome() }
}
