import Foundation

/// The user's settings, from `$XDG_CONFIG_HOME/accord/config.yaml` (else
/// `~/.config/accord/config.yaml`). Every key is optional; a missing file means no settings.
///
///     theme: high-contrast
///     plans:
///       - lao-cambodia-2023-2027.yaml
///       - {data: next-plan.yaml, journal: next-journal.sqlite}
///     language: lo
///     digits: native
public struct UserConfig: Equatable, Sendable {
  /// A theme name or a path to a `.theme` file; `--theme` overrides it.
  public var theme: String?
  /// The journal of updates; `--journal` and `ACCORD_JOURNAL` override it.
  public var journal: String?
  /// Whether `y` may copy to the terminal's clipboard; nil: on, except over SSH.
  public var clipboard: Clipboard?
  /// Whether web addresses are written as hyperlinks (OSC 8); nil: where the terminal says it
  /// has them.
  public var hyperlinks: Toggle?
  /// The plan files to open when no `--data` is given: several open side by side, each with
  /// the journal given beside it, if any.
  public var plans: [PlanEntry]

  /// A plan file of `plans:`, and its journal's address (a file or a server).
  public struct PlanEntry: Equatable, Sendable {
    public var data: String
    public var journal: String?

    public init(data: String, journal: String? = nil) {
      self.data = data
      self.journal = journal
    }
  }

  /// The interface's language (`en`, `lo`, `km`); `--lang` and `ACCORD_LANG` override it, and
  /// it overrides the locale: over SSH the client's `LANG` often does not arrive.
  public var language: String?
  /// Which digits numbers are written in for a person: Arabic, or the language's own.
  public var digits: Digits?

  /// `arabic`: 0-9, the default; `native`: Lao (໐-໙) or Khmer (០-៩) digits in those languages.
  public enum Digits: String, Sendable, CaseIterable {
    case arabic, native
  }

  /// `osc52`: copy through the terminal (OSC 52); `off`: never.
  public enum Clipboard: String, Sendable, CaseIterable {
    case osc52, off
  }

  /// A setting that is on or off.
  public enum Toggle: String, Sendable, CaseIterable {
    case on, off
  }

  public init(theme: String? = nil, journal: String? = nil, clipboard: Clipboard? = nil, plans: [PlanEntry] = []) {
    self.theme = theme
    self.journal = journal
    self.clipboard = clipboard
    self.plans = plans
  }

  public static func defaultPath(environment: [String: String] = ProcessEnvironment.variables) -> String? {
    ConfigDirectory.path(environment: environment).map { $0 + "/config.yaml" }
  }

  /// The settings in `path`; none when the file does not exist; every problem with its position.
  public static func load(path: String) throws(PlanLoadError) -> UserConfig {
    let text: String
    do throws(SourceFileError) {
      text = try SourceFile.text(SourceFile.read(path, limit: SourceFile.settingsLimit))
    } catch .missing {
      return UserConfig()
    } catch {
      throw PlanLoader.fileError(path, .unreadableFile(error))
    }
    var config = try parse(text, file: path)
    // Relative to the settings file, not to wherever accord happens to be started: every
    // command, from any directory, must find the same journal.
    let directory = (path as NSString).deletingLastPathComponent
    config.journal = config.journal.map { beside(directory, $0) }
    config.plans = config.plans.map {
      PlanEntry(data: beside(directory, $0.data), journal: $0.journal.map { beside(directory, $0) })
    }
    return config
  }

  /// A relative path from the settings file's directory; an absolute one, or a server's
  /// address, as it is.
  private static func beside(_ directory: String, _ path: String) -> String {
    path.isEmpty || path.hasPrefix("/") || path.contains("://") ? path : directory + "/" + path
  }

  public static func parse(_ text: String, file: String) throws(PlanLoadError) -> UserConfig {
    if text.allSatisfy(\.isWhitespace) { return UserConfig() }
    let root: Node?
    do {
      root = try YAMLComposer.compose(text)
    } catch {
      throw PlanLoadError([PlanLoader.syntaxDiagnostic(error, file: file)])
    }
    guard let root else { return UserConfig() }
    var reader = NodeReader(file: file)
    var config = UserConfig()
    if let fields = reader.fields(
      of: root, .settings, required: [],
      optional: ["theme", "journal", "clipboard", "hyperlinks", "plans", "language", "digits"])
    {
      config.theme = fields["theme"] != nil ? reader.string(fields, "theme") : nil
      config.journal = fields["journal"] != nil ? reader.string(fields, "journal") : nil
      config.clipboard = fields["clipboard"] != nil ? reader.choice(fields, "clipboard", as: Clipboard.self) : nil
      config.hyperlinks = fields["hyperlinks"] != nil ? reader.choice(fields, "hyperlinks", as: Toggle.self) : nil
      config.plans = reader.sequence(fields, "plans").compactMap { planEntry($0, reader: &reader) }
      config.language = fields["language"] != nil ? reader.string(fields, "language") : nil
      config.digits = fields["digits"] != nil ? reader.choice(fields, "digits", as: Digits.self) : nil
    }
    guard reader.diagnostics.isEmpty else { throw PlanLoadError(reader.diagnostics) }
    return config
  }

  /// An item of `plans:`: a plan file, or a mapping of its file and its journal.
  private static func planEntry(_ node: Node, reader: inout NodeReader) -> PlanEntry? {
    if case .scalar(let scalar) = node {
      guard !NodeReader.isNull(scalar) else {
        reader.report(.plansItemEmpty, at: node)
        return nil
      }
      return PlanEntry(data: scalar.string)
    }
    guard let fields = reader.fields(of: node, .plansItem, required: ["data"], optional: ["journal"]),
      let data = reader.string(fields, "data")
    else { return nil }
    return PlanEntry(data: data, journal: fields["journal"] != nil ? reader.string(fields, "journal") : nil)
  }
}
