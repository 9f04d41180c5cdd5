import Foundation
import XCTest

#if canImport(Glibc)
  import Glibc
#endif

/// `accord doctor` on a shared journal as the README deploys it, from the accounts that use it
/// (run as root, the others through setpriv), and on each problem it says how to mend.
final class DoctorEndToEndTests: XCTestCase {
  /// The editors' group, by number: no name needs to exist for the kernel to check it.
  let editors = "4242"
  var editor: Account { Account(uid: "65534", gid: "65534", groups: [editors]) }
  /// A session that would show the dashboard well.
  let session = ["-u", "LC_ALL", "-u", "LC_CTYPE", "-u", "NO_COLOR", "TERM=xterm-256color", "LANG=C.UTF-8"]

  /// A deployment's directory (`mode`, root and the editors' group) with a journal recorded
  /// in it, its files given `fileMode`: the journal's path.
  func deployment(directoryMode: mode_t = 0o2775, fileMode: mode_t = 0o664) throws -> String {
    guard geteuid() == 0 else { throw XCTSkip("the accounts of a deployment need root (setpriv)") }
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("accord-doctor-\(UUID())").path
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    addTeardownBlock { try? FileManager.default.removeItem(atPath: directory) }
    let journal = directory + "/journal.sqlite"
    try Subprocess.check(
      try AccordBinary.path(),
      ["update", "1.1", "--status", "continuous", "--source", "MOFA", "--journal", journal, "--today", "2026-11-24"])
    for file in [directory, journal, journal + "-wal", journal + "-shm"] {
      XCTAssertEqual(chown(file, 0, gid_t(editors)!), 0, file)
      XCTAssertEqual(chmod(file, file == directory ? directoryMode : fileMode), 0, file)
    }
    return journal
  }

  /// doctor run as `account` (root when nil) with the session's settings and `settings`.
  func doctor(as account: Account?, _ arguments: [String], settings: [String] = []) throws -> (
    status: Int32, output: String, error: String
  ) {
    let words = session + settings + [try AccordBinary.path(), "doctor"] + arguments
    guard let account else { return try Subprocess.run("/usr/bin/env", words) }
    return try account.run("/usr/bin/env", words)
  }

  func test_an_editor_in_the_group_of_a_good_deployment_is_told_all_is_well() throws {
    let journal = try deployment()
    let result = try doctor(as: editor, [], settings: ["ACCORD_JOURNAL=\(journal)"])
    XCTAssertEqual(result.status, 0, result.output + result.error)
    for text in [
      "\(journal) (from ACCORD_JOURNAL)", "can read \(journal) (rw-rw-r-- root:gid 4242)", "can record updates there",
      "opens: 1 update of ", "TERM=xterm-256color: found in terminfo, 256 colours", "LANG=C.UTF-8: UTF-8",
      "all is well",
    ] {
      XCTAssertTrue(result.output.contains(text), "lacks \(text): \(result.output)")
    }
    XCTAssertFalse(result.output.contains("problem"), result.output)
  }

  func test_an_editor_outside_the_group_is_told_to_join_it() throws {
    let journal = try deployment()
    let result = try doctor(as: .nobody, ["--journal", journal])
    XCTAssertEqual(result.status, 1, result.output)
    XCTAssertTrue(
      result.output.contains("problem journal   cannot record: \(journal) is rw-rw-r-- root:gid 4242: "), result.output)
    XCTAssertTrue(result.output.contains("is not in its group gid 4242, which may write it"), result.output)
    XCTAssertTrue(result.output.contains("change: usermod -aG 4242 "), result.output)
    XCTAssertTrue(result.output.hasSuffix("problems found\n"), result.output)
  }

  /// The same finding in Lao: the file system's refusal and who runs the command that mends
  /// it are worded by accord, in the reader's language, with no English sentence left.
  func test_an_editor_outside_the_group_is_told_in_lao_to_join_it() throws {
    let journal = try deployment()
    let result = try doctor(as: .nobody, ["--journal", journal, "--lang", "lo"])
    XCTAssertEqual(result.status, 1, result.output)
    XCTAssertTrue(result.output.contains("ບໍ່ໄດ້ຢູ່ໃນກຸ່ມ gid 4242 ຂອງມັນ, ເຊິ່ງຂຽນມັນໄດ້"), result.output)
    XCTAssertTrue(result.output.contains("usermod -aG 4242 "), result.output)
    XCTAssertTrue(result.output.contains("(ໃນນາມ root; ແລ້ວເຂົ້າລະບົບຄືນ)"), result.output)
    XCTAssertEqual(LanguageOutputEndToEndTests.englishRuns(in: result.output), [], result.output)
  }

  /// What a ForceCommand session's umask 022 made: the group may not write the files.
  func test_a_journal_made_with_umask_022_is_named_with_its_mode_and_the_chmod_that_mends_it() throws {
    let journal = try deployment(fileMode: 0o644)
    let result = try doctor(as: editor, ["--journal", journal])
    XCTAssertEqual(result.status, 1, result.output)
    for file in [journal, journal + "-wal", journal + "-shm"] {
      XCTAssertTrue(
        result.output.contains("cannot record: \(file) is rw-r--r-- root:gid 4242: "), "\(file): \(result.output)")
      XCTAssertTrue(result.output.contains("change: chmod g+w \(file)"), "\(file): \(result.output)")
    }
  }

  func test_a_viewer_that_reads_is_well_and_one_that_cannot_is_told_why() throws {
    let journal = try deployment(directoryMode: 0o2755, fileMode: 0o644)
    let viewer = try doctor(as: .nobody, ["--journal", journal, "--read-only"])
    XCTAssertEqual(viewer.status, 0, viewer.output)
    XCTAssertTrue(
      viewer.output.contains("note    journal   nobody cannot record updates there (a viewer: --read-only)"),
      viewer.output)
    for file in [journal + "-wal", journal + "-shm"] { try FileManager.default.removeItem(atPath: file) }
    let without = try doctor(as: .nobody, ["--journal", journal, "--read-only"])
    XCTAssertEqual(without.status, 1, without.output)
    XCTAssertTrue(
      without.output.contains("-wal and \(journal)-shm missing, and this account cannot make them"), without.output)
    XCTAssertEqual(chmod(journal, 0o600), 0)
    let unreadable = try doctor(as: .nobody, ["--journal", journal, "--read-only"])
    XCTAssertEqual(unreadable.status, 1, unreadable.output)
    XCTAssertTrue(
      unreadable.output.contains(
        "cannot read \(journal) (rw------- root:gid 4242): nobody is neither its owner nor in its group"),
      unreadable.output)
  }

  /// A file that is not a journal, and a journal of another plan, are refused as `history`
  /// refuses them, whatever their modes allow.
  func test_a_journal_that_cannot_be_used() throws {
    let journal = try deployment()
    let plan = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
      "Fixtures/mixed-scripts-plan.yaml"
    ).path
    let other = try doctor(as: editor, ["--journal", journal, "--data", plan])
    XCTAssertEqual(other.status, 1, other.output)
    let history = try Subprocess.run(try AccordBinary.path(), ["history", "--journal", journal, "--data", plan])
    XCTAssertEqual(history.status, 74, history.error)
    let refusal = history.error.replacingOccurrences(of: "accord: ", with: "").trimmingCharacters(
      in: .whitespacesAndNewlines)
    XCTAssertTrue(other.output.contains("problem journal   " + refusal), "\(refusal)\n\(other.output)")
    let notJournal = (journal as NSString).deletingLastPathComponent + "/notes.sqlite"
    XCTAssertTrue(
      FileManager.default.createFile(
        atPath: notJournal, contents: Data("not a journal\n".utf8), attributes: [.posixPermissions: 0o664]))
    let text = try doctor(as: editor, ["--journal", notJournal])
    XCTAssertEqual(text.status, 1, text.output)
    XCTAssertTrue(text.output.contains("problem journal   \(notJournal)"), text.output)
  }

  func test_a_group_writable_directory_without_setgid_is_a_problem() throws {
    let journal = try deployment(directoryMode: 0o775)
    let result = try doctor(as: nil, ["--journal", journal])
    XCTAssertEqual(result.status, 1, result.output)
    let directory = (journal as NSString).deletingLastPathComponent
    XCTAssertTrue(result.output.contains("is group-writable but not setgid"), result.output)
    XCTAssertTrue(result.output.contains("change: chmod g+s \(directory)"), result.output)
  }

  func test_a_journal_no_one_has_made_yet_where_this_account_cannot_make_it() throws {
    let journal = try deployment(directoryMode: 0o755)
    let directory = (journal as NSString).deletingLastPathComponent
    for missing in [directory + "/new/journal.sqlite", directory + "/other.sqlite"] {
      let result = try doctor(as: .nobody, ["--journal", missing])
      XCTAssertEqual(result.status, 1, result.output)
      XCTAssertTrue(
        result.output.contains("does not exist and cannot be made in \(directory) (rwxr-xr-x root:gid 4242)"),
        result.output)
    }
    let editors = try doctor(as: editor, ["--journal", directory + "/other.sqlite"])
    XCTAssertTrue(editors.output.contains("change: chmod g+w \(directory)"), editors.output)
  }

  func test_a_directory_this_account_cannot_enter() throws {
    let journal = try deployment(directoryMode: 0o2770)
    let result = try doctor(as: .nobody, ["--journal", journal, "--read-only"])
    XCTAssertEqual(result.status, 1, result.output)
    XCTAssertTrue(result.output.contains("cannot reach the directory"), result.output)
    XCTAssertTrue(result.output.contains("nobody is not in its group gid 4242, which may enter it"), result.output)
    XCTAssertTrue(result.output.contains("change: usermod -aG 4242 nobody"), result.output)
  }

  func test_the_terminal_the_locale_and_colour() throws {
    let journal = FileManager.default.temporaryDirectory.appendingPathComponent(
      "accord-doctor-\(UUID())/journal.sqlite"
    ).path
    let cases: [(settings: [String], status: Int32, expected: String)] = [
      (["TERM=no-such-terminal"], 1, "TERM=no-such-terminal has no terminfo entry here"),
      (["TERM=dumb"], 1, "TERM=dumb cannot move the cursor"),
      (["TERM="], 1, "TERM is not set"),
      (["TERM=xterm-direct"], 0, "TERM=xterm-direct: found in terminfo, true colour"),
      (["LANG=C"], 1, "LANG=C is ANSI_X3.4-1968, not UTF-8"),
      (["LANG=xx_YY.UTF-8"], 1, "LANG=xx_YY.UTF-8 is not installed here"),
      (["NO_COLOR=1"], 0, "note    colour    NO_COLOR is set"),
    ]
    for (settings, status, expected) in cases {
      let result = try doctor(as: nil, ["--journal", journal], settings: settings)
      XCTAssertEqual(result.status, status, "\(settings): \(result.output)")
      XCTAssertTrue(result.output.contains(expected), "\(settings): \(result.output)")
    }
  }

  func test_the_config_file_names_the_journal_and_a_broken_one_is_a_problem() throws {
    let config = FileManager.default.temporaryDirectory.appendingPathComponent("accord-doctor-config-\(UUID())")
    try FileManager.default.createDirectory(
      at: config.appendingPathComponent("accord"), withIntermediateDirectories: true)
    addTeardownBlock { try? FileManager.default.removeItem(at: config) }
    let file = config.appendingPathComponent("accord/config.yaml")
    let journal = config.appendingPathComponent("journal.sqlite").path
    try "journal: \(journal)\n".write(to: file, atomically: true, encoding: .utf8)
    let named = try doctor(as: nil, [], settings: ["XDG_CONFIG_HOME=\(config.path)"])
    XCTAssertEqual(named.status, 0, named.output)
    XCTAssertTrue(named.output.contains("\(journal) (from journal: in \(file.path))"), named.output)
    try "thme: light\n".write(to: file, atomically: true, encoding: .utf8)
    let broken = try doctor(as: nil, [], settings: ["XDG_CONFIG_HOME=\(config.path)"])
    XCTAssertEqual(broken.status, 1, broken.output)
    XCTAssertTrue(broken.output.contains("\(file.path):1:1: unknown key 'thme'"), broken.output)
    try "theme: lihgt\n".write(to: file, atomically: true, encoding: .utf8)
    let theme = try doctor(as: nil, [], settings: ["XDG_CONFIG_HOME=\(config.path)"])
    XCTAssertEqual(theme.status, 1, theme.output)
    XCTAssertTrue(theme.output.contains("\(file.path): theme: lihgt: no such theme"), theme.output)
  }
}
