import Foundation
import XCTest

/// The shared deployment with real accounts: editors in a group write the journal, a viewer
/// with no write permission anywhere reads it, also once every editor has closed it, and sees
/// each new update. Needs root to run processes as other users (setpriv), else skipped.
final class JournalViewerEndToEndTests: XCTestCase {
  var accord: String { get throws { try AccordBinary.path() } }
  var directory: URL!
  var journal: String { directory.appendingPathComponent("journal.sqlite").path }
  /// An editor account and its group, and the viewer (nobody): numbers, no names needed.
  static let editor = Account(uid: "64101", gid: "64100")
  static let viewer = Account.nobody

  override func setUpWithError() throws {
    guard geteuid() == 0 else { throw XCTSkip("runs processes as other accounts: needs root") }
    guard FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv") else {
      throw HarnessFailure("needs setpriv (Debian's util-linux; make test installs it)")
    }
    directory = FileManager.default.temporaryDirectory.appendingPathComponent("accord-shared-\(UUID())")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    // As the README's deployment: the group's directory, setgid, writable by the group only.
    XCTAssertEqual(chown(directory.path, 0, gid_t(Self.editor.gid)!), 0)
    XCTAssertEqual(chmod(directory.path, 0o2775), 0)
  }

  override func tearDownWithError() throws {
    if let directory { try? FileManager.default.removeItem(at: directory) }
  }

  /// The group that may read the journal in the deployment that keeps everyone else out.
  static let viewersGroup = "64102"

  /// `accord` run as an account, with its umask and supplementary groups; status, output, error.
  private func run(
    as account: Account, umask: String = "022", groups: [String] = [], _ arguments: [String]
  ) throws -> (status: Int32, output: String, error: String) {
    try account.run(try accord, arguments, umask: umask, groups: groups)
  }

  private func record(_ status: String) throws {
    let result = try run(
      as: Self.editor, umask: "002", ["update", "1.1", "--status", status, "--source", "MOFA", "--journal", journal])
    XCTAssertEqual(result.status, 0, result.error)
  }

  private func viewerHistory() throws -> [String] {
    let result = try run(as: Self.viewer, ["history", "--journal", journal])
    XCTAssertEqual(result.status, 0, "the viewer reads the journal: \(result.error)")
    return result.output.split(separator: "\n").map {
      String($0.split(separator: " ", omittingEmptySubsequences: true).prefix(4).joined(separator: " "))
    }
  }

  /// An editor whose session has umask 022 (an SSH ForceCommand reads no profile) still makes
  /// the journal the group's to write in the group's setgid directory, and a second editor of
  /// the group records after it.
  func test_a_journal_made_under_umask_022_in_the_groups_directory_is_the_groups_to_write() throws {
    let update = { (id: String) in
      ["update", id, "--status", "continuous", "--source", "MOFA", "--journal", self.journal]
    }
    let first = try run(as: Self.editor, umask: "022", update("1.1"))
    XCTAssertEqual(first.status, 0, first.error)
    for suffix in ["", "-wal", "-shm"] {
      var info = stat()
      XCTAssertEqual(stat(journal + suffix, &info), 0)
      XCTAssertEqual(info.st_mode & 0o777, 0o664, "journal.sqlite\(suffix) is the group's to write whatever the umask")
      XCTAssertEqual(info.st_gid, gid_t(Self.editor.gid)!)
    }
    let second = try run(
      as: Account(uid: "64105", gid: "64105"), umask: "022", groups: [Self.editor.gid], update("1.2"))
    XCTAssertEqual(second.status, 0, "a second editor of the group records: \(second.error)")
  }

  /// A journal its group may not write (made by an older accord under umask 022): the refusal
  /// names the file, its owner, group and mode, and what an administrator runs; to an account
  /// outside the group, that it is not in it.
  func test_a_read_only_refusal_says_which_file_stands_in_the_way_and_how_to_mend_it() throws {
    let update = ["update", "1.1", "--status", "continuous", "--source", "MOFA", "--journal", journal]
    XCTAssertEqual(try run(as: Self.editor, umask: "022", update).status, 0)
    for suffix in ["", "-wal", "-shm"] { chmod(journal + suffix, 0o644) }
    let member = try run(as: Account(uid: "64105", gid: "64105"), groups: [Self.editor.gid], update)
    XCTAssertEqual(member.status, 74)
    XCTAssertTrue(
      member.error.contains(
        "\(journal) is rw-r--r-- uid 64101:gid 64100; uid 64105 is in its group gid 64100, which may not write it; to mend it: chmod g+w \(journal)"
      ),
      member.error)
    let outsider = try run(as: Account(uid: "64106", gid: "64106"), update)
    XCTAssertEqual(outsider.status, 74)
    XCTAssertTrue(
      outsider.error.contains(
        "uid 64106 is neither its owner nor in its group gid 64100; to mend it: usermod -aG 64100 64106"),
      outsider.error)
  }

  /// The same refusal in Lao (issue 23): accord's sentence, why and who mends it in the
  /// reader's language, with the file, its mode and the command quoted as they are.
  func test_a_read_only_refusal_is_said_in_lao() throws {
    let update = ["update", "1.1", "--status", "continuous", "--source", "MOFA", "--journal", journal]
    XCTAssertEqual(try run(as: Self.editor, umask: "022", update).status, 0)
    for suffix in ["", "-wal", "-shm"] { chmod(journal + suffix, 0o644) }
    let lao = try Account(uid: "64105", gid: "64105").run(
      "/usr/bin/env",
      ["-u", "LC_ALL", "-u", "LC_MESSAGES", "-u", "ACCORD_LANG", "LANG=C.UTF-8", try accord] + update + [
        "--lang", "lo",
      ],
      groups: [Self.editor.gid])
    XCTAssertEqual(lao.status, 74)
    XCTAssertEqual(
      lao.error,
      "accord: \(journal): ບັນຊີນີ້ອ່ານບັນທຶກໄດ້ຢ່າງດຽວ; ບໍ່ໄດ້ບັນທຶກຫຍັງ: \(journal) ເປັນ rw-r--r-- uid 64101:gid 64100; uid 64105 ຢູ່ໃນກຸ່ມ gid 64100 ຂອງມັນ, ເຊິ່ງບໍ່ອາດຂຽນມັນໄດ້; ວິທີແກ້: chmod g+w \(journal)   (ໃນນາມ root ຫຼື uid 64101)\n"
    )
    XCTAssertEqual(LanguageOutputEndToEndTests.englishRuns(in: lao.error), [], lao.error)
  }

  func test_a_viewer_without_write_permission_reads_the_journal_after_every_editor_closed_it() throws {
    try record("continuous")
    // The editor has closed it; SQLite would have removed -wal and -shm, which the viewer
    // cannot create in the group's directory.
    for suffix in ["", "-wal", "-shm"] {
      var info = stat()
      XCTAssertEqual(stat(journal + suffix, &info), 0, "journal.sqlite\(suffix) is kept")
      XCTAssertEqual(info.st_mode & 0o777, 0o664, "journal.sqlite\(suffix) is group-writable by the umask")
      XCTAssertEqual(
        info.st_gid, gid_t(Self.editor.gid)!, "journal.sqlite\(suffix) belongs to the group (setgid directory)")
    }
    XCTAssertEqual(try viewerHistory().count, 1)

    try record("done")
    XCTAssertEqual(try viewerHistory().count, 2, "a later update is seen")

    let refused = try run(as: Self.viewer, ["update", "1.1", "--status", "unknown", "--journal", journal])
    XCTAssertEqual(refused.status, 74)
    XCTAssertTrue(refused.error.contains("read-only for this account; nothing was recorded"), refused.error)
    XCTAssertEqual(try viewerHistory().count, 2)
  }

  func test_a_journal_that_lost_its_wal_files_says_so_to_the_viewer_until_an_editor_writes() throws {
    try record("continuous")
    // As a journal last written by an older accord, which let SQLite remove them.
    for suffix in ["-wal", "-shm"] { XCTAssertEqual(unlink(journal + suffix), 0) }
    let refused = try run(as: Self.viewer, ["history", "--journal", journal])
    XCTAssertEqual(refused.status, 74)
    XCTAssertEqual(
      refused.error,
      "accord: \(journal): cannot be read without its -wal and -shm files, which this account cannot create; an editor's next update makes them again\n"
    )
    try record("done")
    XCTAssertEqual(try viewerHistory().count, 2)
  }

  func test_a_viewer_reads_a_journal_whose_directory_and_files_are_read_only_for_everyone() throws {
    try record("continuous")
    try record("done")
    for suffix in ["", "-wal", "-shm"] { XCTAssertEqual(chmod(journal + suffix, 0o444), 0) }
    XCTAssertEqual(chmod(directory.path, 0o555), 0)
    let lines = try viewerHistory()
    XCTAssertEqual(lines.count, 2, "\(lines)")
    XCTAssertTrue(lines[1].hasSuffix("1.1 done"), "\(lines)")
    let check = try run(as: Self.viewer, ["check", "--today", "2026-11-25", "--journal", journal])
    XCTAssertEqual(check.status, 0, check.error)
  }

  func test_only_the_viewers_group_reaches_the_journal_so_no_other_account_can_hold_its_lock() throws {
    // As the README's deployment: a directory only the viewers group enters, around the
    // editors' setgid directory.
    let gate = directory.appendingPathComponent("accord")
    let inner = gate.appendingPathComponent("journal")
    try FileManager.default.createDirectory(at: inner, withIntermediateDirectories: true)
    XCTAssertEqual(chown(gate.path, 0, gid_t(Self.viewersGroup)!), 0)
    XCTAssertEqual(chmod(gate.path, 0o750), 0)
    XCTAssertEqual(chown(inner.path, 0, gid_t(Self.editor.gid)!), 0)
    XCTAssertEqual(chmod(inner.path, 0o2775), 0)
    let journal = inner.appendingPathComponent("journal.sqlite").path
    let recorded = try run(
      as: Self.editor, umask: "002", groups: [Self.editor.gid, Self.viewersGroup],
      ["update", "1.1", "--status", "done", "--source", "MOFA", "--journal", journal])
    XCTAssertEqual(recorded.status, 0, recorded.error)

    let viewer = try run(as: Self.viewer, groups: [Self.viewersGroup], ["history", "--journal", journal])
    XCTAssertEqual(viewer.status, 0, viewer.error)
    XCTAssertEqual(viewer.output.split(separator: "\n").count, 1)

    let outsider = try run(as: Account(uid: "64103", gid: "64103"), ["history", "--journal", journal])
    XCTAssertEqual(
      outsider.status, 74, "an account outside the group is refused, not shown an empty journal: \(outsider.output)")
    XCTAssertEqual(
      outsider.error,
      "accord: \(journal): this account may not reach the journal (a directory on its path is closed to it)\n")
  }

  func test_an_editor_locked_out_by_a_viewers_process_is_told_what_this_account_may_know_of_it() throws {
    try record("continuous")
    // The viewer holds a shared lock on the write-lock byte of -shm, as any reader may.
    // The viewer cannot write the group's directory: it says it holds the lock in a file made for it.
    let ready = directory.appendingPathComponent("held").path
    XCTAssertTrue(FileManager.default.createFile(atPath: ready, contents: nil, attributes: [.posixPermissions: 0o666]))
    let script = """
      import fcntl, os, sys, time
      fd = os.open(sys.argv[1] + "-shm", os.O_RDONLY)
      fcntl.lockf(fd, fcntl.LOCK_SH, 1, 120)
      open(sys.argv[2], "w").write("held")
      time.sleep(300)
      """
    let holder = try Subprocess.spawn(
      "/usr/bin/setpriv",
      [
        "--reuid=\(Self.viewer.uid)", "--regid=\(Self.viewer.gid)", "--clear-groups", "/usr/bin/python3", "-c", script,
        journal, ready,
      ])
    defer { Subprocess.terminate(holder) }
    XCTAssertTrue(
      eventually(seconds: 10) { (try? String(contentsOfFile: ready, encoding: .utf8)) == "held" },
      "the viewer holds its lock")

    // The editor, not root, cannot see the viewer's descriptors and says so.
    let editor = try run(
      as: Self.editor, umask: "002", ["update", "1.1", "--status", "done", "--source", "MOFA", "--journal", journal])
    XCTAssertEqual(editor.status, 74)
    XCTAssertTrue(
      editor.error.contains(
        "the journal stayed locked by another process; nothing was recorded; no process this account can see has it open; "
      ),
      editor.error)
    XCTAssertTrue(
      editor.error.contains("processes of other accounts could not be looked into (root sees them all)"), editor.error)
    // Root sees them all: the viewer's process, by its pid and account.
    let root = try Subprocess.run(
      try accord, ["update", "1.1", "--status", "done", "--source", "MOFA", "--journal", journal], timeout: 60)
    XCTAssertEqual(root.status, 74)
    let nobody = String(cString: getpwuid(uid_t(Self.viewer.uid)!)!.pointee.pw_name)
    XCTAssertTrue(root.error.contains("(pid "), root.error)
    XCTAssertTrue(root.error.contains(", account \(nobody))"), root.error)
  }
}
