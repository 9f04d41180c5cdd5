import AccordLocalization
import AccordText
import Foundation
import Testing

@testable import AccordCore

/// What keeps a journal from being used, typed in AccordCore and worded here (issue 23): the
/// PostgreSQL client's configuration, the server's schema, the outbox, the client program, a
/// read-only or locked journal file. English as the sentences were before they were typed; Lao
/// and Khmer from the catalogs with no English sentence left outside the words quoted.
@Suite struct JournalTroubleWordsTests {
  static let lao = JournalWordsTests.lao
  static let khmer = JournalWordsTests.khmer

  static let refusal = FileAccess.Refusal(
    reason: .inGroup, permission: .write, account: "uid 64105", group: "gid 64100", command: "chmod g+w /srv/j",
    runBy: .root)
  static let holders = JournalHolders(
    holders: (1...12).map { JournalHolders.Holder(pid: Int32(40 + $0), command: "python3", account: "somchai") },
    unseen: 3)

  /// Every trouble this change made a value of; the words quoted from outside are one word each.
  static let troubles: [JournalTrouble] = [
    .readOnly, .readOnlyFile(file: "/srv/j-wal", summary: "rw-r--r-- somchai:accord", refusal: refusal),
    .locked(holders), .locked(JournalHolders(holders: [], unseen: 1)), .cannotCreate(said: "EACCES"),
    .noService(name: "accord", files: ["/root/.pg_service.conf", "/etc/pg_service.conf"]), .notAServiceLine,
    .tlsSettings(rootCert: nil, said: "ENOENT"), .tlsSettings(rootCert: "/ca.pem", said: "ENOENT"),
    .passwordRefused(said: "28P01"), .noPassword, .certificateRefused(said: "CERTIFICATE_VERIFY_FAILED"),
    .noJournalYet(server: "postgresql://db/accord"), .schemaUnreadable(said: "42P01"), .schemaEmpty,
    .otherSite("lao"), .updatesOfNoSite(count: 3), .noRowRecorded, .unexpectedAnswer(said: "decoding"),
    .outboxUnusable(said: "SQLITE_CORRUPT"), .keyless,
    .clientNotFound(client: "accord-postgres", at: "/nowhere/accord-postgres", named: true),
    .clientNotFound(client: "accord-postgres", at: "/usr/bin/accord", named: false),
    .clientCannotStart(client: "/usr/lib/accord-postgres", said: "ENOEXEC"),
    .clientBroken(client: "/bin/cat", .garbled), .clientBroken(client: "/bin/true", .exited(status: 0)),
    .clientAnsweredOther, .requestUnreadable(said: "garbled"), .noJournalOpened,
  ]

  @Test func inEnglishTheyAreTheSentencesTheyWere() {
    let english = { (trouble: JournalTrouble) in JournalError.trouble(address: "A", trouble).message(in: .english) }
    #expect(
      english(.readOnlyFile(file: "/srv/j-wal", summary: "rw-r--r-- somchai:accord", refusal: Self.refusal))
        == "A: the journal is read-only for this account; nothing was recorded: /srv/j-wal is rw-r--r-- somchai:accord; uid 64105 is in its group gid 64100, which may not write it; to mend it: chmod g+w /srv/j   (as root)"
    )
    #expect(
      english(.locked(Self.holders))
        == "A: the journal stayed locked by another process; nothing was recorded; it is open in "
        + (41...50).map { "python3 (pid \($0), account somchai)" }.joined(separator: ", ")
        + ", and 2 more; 3 processes of other accounts could not be looked into (root sees them all)")
    #expect(english(.notAServiceLine) == "A: not a [service] line nor key=value")
    #expect(
      english(.tlsSettings(rootCert: nil, said: "ENOENT"))
        == "A: cannot use the TLS settings (sslrootcert=none): ENOENT")
    #expect(
      english(.updatesOfNoSite(count: 3))
        == "A: this journal holds 3 updates of no site; a journal becomes a site's before its first update")
    #expect(
      english(.clientBroken(client: "/bin/cat", .garbled))
        == "A: the PostgreSQL client /bin/cat is broken (its answer is not one this accord reads); install the accord-postgres of this accord"
    )
  }

  @Test func inLaoAndKhmerNoEnglishSentenceIsLeft() {
    for writing in [Self.lao, Self.khmer] {
      for trouble in Self.troubles {
        let message = trouble.message(in: writing)
        // The command an administrator runs is quoted as typed.
        let runs = JournalWordsTests.englishRuns(in: message).filter { !$0.hasPrefix("accord journal init") }
        #expect(runs == [], "\(trouble): \(message)")
        #expect(message.unicodeScalars.contains { $0.value >= 0x0E80 && $0.value <= 0x17FF }, "\(message)")
      }
      for stop in [ClientStop.silent(seconds: 90), .garbled, .exited(status: 1), .signalled(9), .closed] {
        #expect(JournalWordsTests.englishRuns(in: stop.message(in: writing)) == [], "\(stop)")
      }
    }
    #expect(
      JournalTrouble.notAServiceLine.message(in: Self.khmer) == "មិនមែនជាបន្ទាត់ [service] ហើយក៏មិនមែនជា key=value ដែរ")
    #expect(JournalTrouble.schemaEmpty.message(in: Self.lao) == "accord_schema ຫວ່າງເປົ່າ")
  }

  /// accord-postgres sends a trouble as a value (JSON over its socket), so accord words it.
  @Test func aTroubleCrossesAsAValue() throws {
    let sent = JournalError.trouble(address: "postgresql://db/accord", .clientBroken(client: "/bin/cat", .garbled))
    let received = try JSONDecoder().decode(JournalError.self, from: try JSONEncoder().encode(sent))
    #expect(received == sent)
    #expect(
      received.message(in: Self.khmer)
        == "postgresql://db/accord: កម្មវិធីភ្ញៀវ PostgreSQL /bin/cat ខូច (ចម្លើយរបស់វាមិនមែនជាចម្លើយដែល accord នេះអានបានទេ); សូមដំឡើង accord-postgres នៃ accord នេះ"
    )
  }
}
