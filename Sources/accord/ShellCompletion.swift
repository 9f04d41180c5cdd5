import AccordCore
import AccordUI
import ArgumentParser

/// What the shells' completion scripts offer for the values of accord's options and
/// arguments. The custom kinds call back into accord (`accord ---completion ...`), which answers
/// from the plan the command line names (`--data`, else the bundled plan) and the themes found.
enum ShellCompletion {
  /// Every status `accord update --status` takes: a commitment's, then a meeting's.
  static let statuses = CompletionKind.list(
    JournalValidation.statuses(for: .commitment) + JournalValidation.statuses(for: .meeting))

  /// Bundled themes and the user's own.
  static let themes = CompletionKind.custom { _, _, prefix in
    ThemeCatalog().names.filter { $0.hasPrefix(prefix) }
  }

  /// Ids of commitments, milestones and meetings, for `update` and `history`.
  static let ids = CompletionKind.custom { words, _, prefix in
    guard let plan = plan(named: words) else { return [] }
    let commitments = plan.commitments.flatMap { [$0.id] + $0.milestones.map(\.id) }
    return (commitments + plan.meetings.map(\.id)).filter { $0.hasPrefix(prefix) }
  }

  /// The plan of `--data FILE` (or `--data=FILE`) among the words typed, else the bundled one;
  /// none when it cannot be loaded (a completion offers nothing rather than an error).
  static func plan(named words: [String]) -> Plan? {
    var file: String?
    for (index, word) in words.enumerated() {
      if word == "--data", index + 1 < words.count { file = words[index + 1] }
      if word.hasPrefix("--data=") { file = String(word.dropFirst("--data=".count)) }
    }
    do throws(PlanLoadError) {
      if let file { return try PlanLoader.load(path: file) }
      return try PlanLoader.bundled()
    } catch {
      return nil
    }
  }
}
