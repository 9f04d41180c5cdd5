import AccordCore
import Foundation

/// Where themes come from: compiled into the binary, the user's config directory, or a path.
/// A theme is named by its file's stem (`high-contrast` for `high-contrast.theme`).
public struct ThemeCatalog: Sendable {
  /// Stems and texts, bundled first, then the user's (which may replace a bundled one).
  public private(set) var entries: [(name: String, origin: String, text: String)] = []

  public static let defaultName = "default"

  /// The bundled themes plus those in `userDirectory` (if it exists).
  public init(userDirectory: String? = ThemeCatalog.userDirectory()) {
    for (file, text) in bundledThemeFiles.sorted(by: { $0.key < $1.key }) {
      entries.append((Self.stem(file), "bundled", text))
    }
    guard let userDirectory,
      let files = try? FileManager.default.contentsOfDirectory(atPath: userDirectory)
    else { return }
    for file in files.sorted() where file.hasSuffix(".theme") {
      let path = (userDirectory as NSString).appendingPathComponent(file)
      guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { continue }
      entries.removeAll { $0.name == Self.stem(file) }
      entries.append((Self.stem(file), path, text))
    }
  }

  /// `$XDG_CONFIG_HOME/accord/themes`, else `~/.config/accord/themes`.
  public static func userDirectory(environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
    ConfigDirectory.path(environment: environment).map { $0 + "/themes" }
  }

  public var names: [String] { entries.map(\.name) }

  /// A theme by name, or from a file when `nameOrPath` contains a `/` or ends in `.theme`.
  public func theme(_ nameOrPath: String) throws(ThemeError) -> Theme {
    if nameOrPath.contains("/") || nameOrPath.hasSuffix(".theme") {
      guard let text = try? String(contentsOfFile: nameOrPath, encoding: .utf8) else {
        throw ThemeError(file: nameOrPath, problems: [.init(line: 0, column: 0, message: "cannot be read (no such file, or not UTF-8 text)")])
      }
      return try ThemeParser.parse(text, file: nameOrPath)
    }
    guard let entry = entries.first(where: { $0.name == nameOrPath }) else {
      throw ThemeError(file: nameOrPath, problems: [.init(line: 0, column: 0, message: "no such theme\(ThemeParser.hint(nameOrPath, names)); available: \(names.joined(separator: ", "))")])
    }
    return try ThemeParser.parse(entry.text, file: entry.origin == "bundled" ? "Themes/\(entry.name).theme" : entry.origin)
  }

  static func stem(_ file: String) -> String {
    file.hasSuffix(".theme") ? String(file.dropLast(6)) : file
  }
}
