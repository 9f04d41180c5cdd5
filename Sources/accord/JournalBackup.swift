import AccordCore
import AccordJournal
import AccordText
import ArgumentParser
import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

extension Accord {
  struct JournalBackup: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "backup",
      abstract: "Copy the journal, every update in it, to a file.",
      discussion: """
        The copy is one consistent SQLite file holding every update recorded when it starts, those a running dashboard or editor has not yet moved out of journal.sqlite-wal included (a plain copy of journal.sqlite misses them). It is safe while others record. An existing FILE is replaced whole, keeping its owner, group and mode; a symlink is followed. Any account that can read the journal can back it up; accord history --journal FILE reads the copy.
        Exit status: 0 when copied, 73 when FILE cannot be written, 74 when the journal cannot be read.
        """)

    @Argument(help: ArgumentHelp("Where the copy goes.", valueName: "file"))
    var file: String

    @OptionGroup var plan: PlanOptions

    func run() throws {
      let loaded = try plan.loadPlanFile()
      guard let address = try plan.journalAddress() else { throw JournalFailure.report(PlanOptions.noJournal) }
      let backUp: (String) throws(JournalError) -> Void
      do throws(JournalError) {
        backUp = try address.backupSource(planIdentity: loaded.identity)
      } catch {
        throw JournalFailure.report(error)
      }
      do throws(OutputError) {
        try refuseOverwriting(journal: address.description)
        try OutputFile.write(to: file) { (made: String) throws(OutputError) in
          do throws(JournalError) { try backUp(made) } catch {
            throw OutputError(path: file, reason: SafeText.sanitized(error.message(in: Messages.writing)))
          }
        }
      } catch {
        throw Failure(.cannotCreate, error.message)
      }
    }

    /// A backup written over the journal, or its -wal or -shm, would lose it.
    private func refuseOverwriting(journal: String) throws(OutputError) {
      let target = try OutputDestination.of(file).path
      var written = stat()
      guard stat(target, &written) == 0 else { return }
      for part in [journal, journal + "-wal", journal + "-shm"] {
        var info = stat()
        if stat(part, &info) == 0, info.st_dev == written.st_dev, info.st_ino == written.st_ino {
          throw OutputError(
            path: file,
            reason: Messages.fill(Messages.writing.localized("is the journal itself (%1$s); give another file"), part))
        }
      }
    }
  }
}
