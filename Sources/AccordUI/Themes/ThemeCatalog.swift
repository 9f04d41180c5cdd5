import AccordCore
import Foundation

/// Where themes come from: compiled into the binary, the user's config directory, or a path.
/// A theme is named by its file's stem (`high-contrast` for `high-contrast.theme`).
public struct ThemeCatalog: Sendable {
  /// Stems and texts, bundled first, then the user's (which may replace a bundled one); a
  /// user's file that cannot be read keeps its place with the reason, for `accord themes`.
  public private(set) var entries: [(name: String, origin: String, text: Result<String, SourceFileError>)] = []

  public static let defaultName = "default"

  /// The bundled themes plus those in `userDirectory` (if it exists).
  public init(userDirectory: String? = ThemeCatalog.userDirectory()) {
    for (file, text) in bundledThemeFiles.sorted(by: { $0.key < $1.key }) {
      entries.append((Self.stem(file), "bundled", .success(text)))
    }
    guard let userDirectory,
      let files = try? FileManager.default.contentsOfDirectory(atPath: userDirectory)
    else { return }
    for file in files.sorted() where file.hasSuffix(".theme") {
      let path = (userDirectory as NSString).appendingPathComponent(file)
      entries.removeAll { $0.name == Self.stem(file) }
      entries.append((Self.stem(file), path, Result { () throws(SourceFileError) in try Self.read(path) }))
    }
  }

  /// `$XDG_CONFIG_HOME/accord/themes`, else `~/.config/accord/themes`.
  public static func userDirectory(environment: [String: String] = ProcessEnvironment.variables) -> String? {
    ConfigDirectory.path(environment: environment).map { $0 + "/themes" }
  }

  public var names: [String] { entries.map(\.name) }

  /// A theme by name, or from a file when `nameOrPath` contains a `/` or ends in `.theme`.
  public func theme(_ nameOrPath: String) throws(ThemeError) -> Theme {
    var theme = try parse(nameOrPath)
    theme.choice = nameOrPath
    return theme
  }

  private func parse(_ nameOrPath: String) throws(ThemeError) -> Theme {
    if nameOrPath.contains("/") || nameOrPath.hasSuffix(".theme") {
      return try ThemeParser.parse(
        Self.text(Result { () throws(SourceFileError) in try Self.read(nameOrPath) }, file: nameOrPath),
        file: nameOrPath)
    }
    guard let entry = entries.first(where: { $0.name == nameOrPath }) else {
      throw ThemeError(
        file: nameOrPath,
        problems: [
          .init(
            line: 0, column: 0,
            problem: .noSuchTheme(suggestion: Suggestion.closest(to: nameOrPath, in: names), available: names))
        ])
    }
    let file = entry.origin == "bundled" ? "Themes/\(entry.name).theme" : entry.origin
    return try ThemeParser.parse(Self.text(entry.text, file: file), file: file)
  }

  /// A theme file's text: a regular file of at most 1 MiB, in UTF-8.
  static func read(_ path: String) throws(SourceFileError) -> String {
    try SourceFile.text(SourceFile.read(path, limit: SourceFile.settingsLimit))
  }

  static func text(_ source: Result<String, SourceFileError>, file: String) throws(ThemeError) -> String {
    switch source {
    case .success(let text): return text
    case .failure(let error):
      throw ThemeError(file: file, problems: [.init(line: 0, column: 0, problem: .unreadable(error))])
    }
  }

  static func stem(_ file: String) -> String {
    file.hasSuffix(".theme") ? String(file.dropLast(6)) : file
  }
}
