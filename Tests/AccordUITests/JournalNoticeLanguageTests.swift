import AccordCore
import Testing

@testable import AccordUI

/// What the bottom line says about the journal is worded when it is drawn, in the language
/// shown: `L` changes the outbox's count and the journal's problem with the rest.
@Suite struct JournalNoticeLanguageTests {
  static func bottomLine(_ state: AppState) -> String {
    String(render(state, 200, 50).text.split(separator: "\n").last ?? "")
  }

  /// `L`, then a key that only moves the selection: the notice naming the language, which
  /// takes the bottom line until the next key, goes.
  static func switchLanguage(_ state: inout AppState) {
    _ = state.update(.key(.character("L")))
    _ = state.update(.key(.character("j")))
  }

  @Test func theOutboxCountFollowsL() {
    var state = Briefing.state(width: 200, height: 50)
    let gone = JournalNotice(
      .failed(.gone(address: "/srv/accord/journal.sqlite")), waiting: 1, address: "/srv/accord/journal.sqlite",
      shownAs: "journal.sqlite")
    _ = state.update(.journalFailed(gone, plan: state.plan.identity))
    #expect(Self.bottomLine(state).contains("1 update waiting to be sent; journal.sqlite: the journal is gone"))
    Self.switchLanguage(&state)
    let lao = Self.bottomLine(state)
    #expect(lao.contains("1 ການອັບເດດ ລໍຖ້າສົ່ງ; journal.sqlite: ບັນທຶກຫາຍໄປແລ້ວ"), "\(lao)")
    #expect(!lao.contains("waiting"), "\(lao)")
    Self.switchLanguage(&state)
    let khmer = Self.bottomLine(state)
    #expect(khmer.contains("បច្ចុប្បន្នភាព 1 កំពុងរង់ចាំផ្ញើ; journal.sqlite៖ កំណត់ហេតុបានបាត់ទៅហើយ"), "\(khmer)")
  }

  @Test func unreadableRowsAreSaidInTheLanguageShown() {
    var state = Briefing.state(width: 200, height: 50)
    let rows = JournalNotice(
      .unreadableRows(count: 3, first: UnreadableUpdate(number: 2, problem: .notText(.note, .blob))),
      address: "/srv/accord/journal.sqlite", shownAs: "journal.sqlite")
    _ = state.update(.journalFailed(rows, plan: state.plan.identity))
    #expect(
      Self.bottomLine(state).contains(
        "journal.sqlite: left out unreadable 3 rows, first #2 (its note is a blob, not text)"))
    Self.switchLanguage(&state)
    let lao = Self.bottomLine(state)
    #expect(lao.contains("journal.sqlite: ປະແຖວທີ່ອ່ານບໍ່ໄດ້ 3 ແຖວໄວ້, ແຖວທຳອິດ #2"), "\(lao)")
    #expect(!lao.contains("left out"), "\(lao)")
  }
}
