import AccordCore
import AccordJournal
import AccordLocalization
import AccordText
import ArgumentParser
import Foundation

extension Accord {
  struct JournalCheck: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "check",
      abstract:
        "Check the journal (SQLite's integrity check, every row readable as an update) and mend lost -wal and -shm files.",
      discussion: """
        A plain sqlite3 read of the journal while no accord has it open deletes its -wal and -shm files, and accounts that cannot write the journal's directory (viewers) can then not read it. Run by an account that can write the journal, this makes them again.
        Exit status: 0 when the journal is sound (mended or not), 65 when rows cannot be read as updates (each is named), 74 when the journal cannot be used or fails the integrity check.
        """)

    @OptionGroup var plan: PlanOptions

    func run() throws {
      let loaded = try plan.loadPlanFile()
      guard let address = try plan.journalAddress() else { throw JournalFailure.report(PlanOptions.noJournal) }
      let path = address.description
      let lost = ["-wal", "-shm"].filter { !FileManager.default.fileExists(atPath: path + $0) }
      let directory = (path as NSString).deletingLastPathComponent
      // Opened for writing where this account may: that alone makes the files again (and
      // accord keeps them from then on).
      let writable = access(path, W_OK) == 0 && access(directory.isEmpty ? "." : directory, W_OK) == 0
      let inspection: JournalInspection
      do throws(JournalError) {
        inspection = try address.inspection(planIdentity: loaded.identity, writable: writable)
      } catch {
        throw JournalFailure.report(error)
      }
      if writable && !lost.isEmpty {
        Console.out(
          Messages.fill(
            Messages.writing.localized(
              "mended: %1$s: its %2$s files were gone (a plain sqlite3 read removes them) and are made again, so viewers can read it"
            ), path, lost.joined(separator: " " + Messages.writing.localized("and", context: "list") + " ")))
      }
      guard inspection.integrity.isEmpty else {
        // TRANSLATORS: %2$s is SQLite's own words (English) for what its integrity check found.
        let found = Messages.writing.localized("%1$s: integrity check: %2$s")
        throw Failure(.ioError, inspection.integrity.map { "accord: " + Messages.fill(found, path, $0) })
      }
      for line in UnreadableUpdate.lines(inspection.reading.unreadable, path: path, in: Messages.writing) {
        Console.error("accord: " + line)
      }
      let count = inspection.reading.updates.count
      let unreadable = inspection.reading.unreadable.count
      let writing = Messages.writing
      let updates = writing.localized("%d update", plural: "%d updates", count: count)
      let rows =
        unreadable == 0
        ? writing.localized("every row readable")
        : writing.localized(
          "%d unreadable row (left out everywhere)", plural: "%d unreadable rows (left out everywhere)",
          count: unreadable)
      Console.out(
        Messages.fill(
          unreadable == 0
            ? writing.localized("ok: %1$s: %2$s, %3$s, integrity ok")
            : writing.localized("damaged: %1$s: %2$s, %3$s, integrity ok"), path, updates, rows))
      if unreadable > 0 { throw Failure(.dataError, []) }
    }
  }
}
