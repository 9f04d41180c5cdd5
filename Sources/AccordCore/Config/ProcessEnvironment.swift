#if canImport(Glibc)
  import Glibc
#else
  import Foundation
#endif

/// The process's environment, read once: `ProcessInfo.environment` builds a new dictionary at
/// every call, and start-up asked for it six times (about a millisecond in all).
public enum ProcessEnvironment {
  #if canImport(Glibc)
    public static let variables: [String: String] = read(environ)

    /// From `environ` itself: Foundation's reading cost 12,000 instructions a variable, half a
    /// million at every start. A name set twice keeps its first value, the one `getenv` finds;
    /// an entry with no `=`, or nothing before it, is not a variable.
    static func read(_ entries: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> [String: String] {
      var variables: [String: String] = [:]
      guard var entry = entries else { return variables }
      while let text = entry.pointee {
        let bytes = UnsafeRawBufferPointer(start: text, count: strlen(text))
        if let equals = bytes.firstIndex(of: UInt8(ascii: "=")), equals > 0 {
          let name = String(decoding: bytes[..<equals], as: UTF8.self)
          if variables[name] == nil {
            variables[name] = String(decoding: bytes[(equals + 1)...], as: UTF8.self)
          }
        }
        entry += 1
      }
      return variables
    }
  #else
    public static let variables: [String: String] = ProcessInfo.processInfo.environment
  #endif
}
