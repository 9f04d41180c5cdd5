import Foundation

/// The process's environment, read once: `ProcessInfo.environment` builds a new dictionary at
/// every call, and start-up asked for it six times (about a millisecond in all).
public enum ProcessEnvironment {
  public static let variables: [String: String] = ProcessInfo.processInfo.environment
}
