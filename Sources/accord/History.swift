import AccordCore
import AccordLocalization
import AccordUI
import ArgumentParser
import Foundation

extension Accord {
  struct History: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "history",
      abstract: "List the journal's updates, one a line: number, date, target, status, author, note, source.",
      discussion: "A correction is shown with the number of the update it corrects. A missing journal has no updates.")

    @Argument(
      help: ArgumentHelp("Only the updates of this commitment, milestone or meeting.", valueName: "id"),
      completion: ShellCompletion.ids)
    var id: String?

    @Option(help: ArgumentHelp("Only updates dated on or after this day (YYYY-MM-DD).", valueName: "date"))
    var since: String?

    @Option(help: "text or json.")
    var format: HistoryFormat = .text

    @OptionGroup var plan: PlanOptions

    func run() throws {
      var sinceDay: Day?
      if let since {
        guard let day = Day(iso: since) else {
          throw Failure(
            .dataError,
            "accord history: "
              + Messages.fill(
                Messages.writing.localized("'%s' is not a day; expected YYYY-MM-DD"), SafeText.sanitized(since)))
        }
        sinceDay = day
      }
      let loaded = try plan.loadPlanFile()
      guard var updates = try plan.readJournal(for: loaded, since: sinceDay) else {
        if format == .json { Console.out("[]") }
        return
      }
      if let id { updates = updates.filter { $0.targetID == id } }
      switch format {
      case .text: for update in updates { Console.out(HistoryLine.text(update)) }
      case .json: Console.out(try HistoryLine.json(updates))
      }
    }
  }
}

enum HistoryFormat: String, ExpressibleByArgument, CaseIterable {
  case text, json
}

/// How `accord history` prints an update; journal text is sanitised, never printed raw.
enum HistoryLine {
  static func text(_ update: JournalUpdate) -> String {
    let author =
      update.recording.map { recording in
        recording.authorName.map { "\($0) (\(recording.author))" } ?? recording.author
      } ?? "?"
    var fields = [
      "#\(update.id ?? 0)", "\(update.date)", update.targetID, update.status, author,
    ]
    if let corrects = update.corrects { fields.append("corrects #\(corrects)") }
    fields.append(update.note.isEmpty ? "-" : update.note)
    fields.append(update.source.isEmpty ? "-" : update.source)
    return fields.map(SafeText.sanitized).joined(separator: "  ")
  }

  static func json(_ updates: [JournalUpdate]) throws -> String {
    let objects: [[String: Any]] = updates.map { update in
      var object: [String: Any] = [
        "id": update.id ?? 0, "target": update.targetID, "kind": update.targetKind.rawValue,
        "status": update.status, "date": "\(update.date)", "note": update.note, "source": update.source,
        "confidence": update.confidence.rawValue,
      ]
      object["url"] = update.url
      object["corrects"] = update.corrects
      object["author"] = update.recording?.author
      object["author_name"] = update.recording?.authorName
      object["recorded_at"] = update.recording?.recordedAt
      return object
    }
    // JSONSerialization escapes every control character, so the output is safe as it stands.
    let data = try JSONSerialization.data(withJSONObject: objects, options: [.sortedKeys, .withoutEscapingSlashes])
    return String(decoding: data, as: UTF8.self)
  }
}
