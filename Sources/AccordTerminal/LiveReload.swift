import AccordCore
import AccordUI

/// Watches the plan and theme files and turns their changes into events: a good edit reloads,
/// a broken one keeps the last good data on screen with the error's place. Polled by the loop
/// between waits for input: a `stat` of one or two files, no reading until something changed.
public final class LiveReload {
  let planPath: String?
  let themePath: String?
  private var planStamp: FileStamp?
  private var themeStamp: FileStamp?

  /// - Parameters:
  ///   - planPath: the plan file, nil for the bundled plan (which cannot change).
  ///   - themePath: the theme file, nil for a bundled theme.
  public init(planPath: String?, themePath: String?) {
    self.planPath = planPath
    self.themePath = themePath
    planStamp = planPath.flatMap { FileStamp(path: $0) }
    themeStamp = themePath.flatMap { FileStamp(path: $0) }
  }

  /// Events for the files that changed since the last look.
  public func changes() -> [Event] {
    var events: [Event] = []
    if let planPath, FileStamp(path: planPath) != planStamp { events += reloadPlan(planPath) }
    if let themePath, FileStamp(path: themePath) != themeStamp { events += reloadTheme(themePath) }
    return events
  }

  /// Events for reading every file again, changed or not (`r`).
  public func reloadAll() -> [Event] {
    (planPath.map(reloadPlan) ?? []) + (themePath.map(reloadTheme) ?? [])
  }

  private func reloadPlan(_ path: String) -> [Event] {
    planStamp = FileStamp(path: path)
    do {
      return [.planReloaded(try PlanLoader.load(path: path))]
    } catch {
      // The file's own name: a long path would push the error off a narrow screen.
      let named = error.diagnostics.map { PlanDiagnostic(file: Self.baseName(path), position: $0.position, message: $0.message) }
      return [.reloadFailed(Self.summary(named.map(\.description)))]
    }
  }

  private func reloadTheme(_ path: String) -> [Event] {
    themeStamp = FileStamp(path: path)
    do {
      return [.themeReloaded(try ThemeCatalog(userDirectory: nil).theme(path))]
    } catch {
      let named = ThemeError(file: Self.baseName(path), problems: error.problems)
      return [.reloadFailed(Self.summary(named.description.split(separator: "\n").map(String.init)))]
    }
  }

  static func baseName(_ path: String) -> String {
    path.split(separator: "/").last.map(String.init) ?? path
  }

  /// The first problem, and how many more there are.
  static func summary(_ problems: [String]) -> String {
    guard let first = problems.first else { return "unknown error" }
    return problems.count == 1 ? first : "\(first) (and \(problems.count - 1) more)"
  }
}
