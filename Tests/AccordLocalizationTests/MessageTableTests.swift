import GettextFormat
import Testing

@testable import AccordLocalization

@Suite struct MessageTableTests {
  static let messages: [String: [String]] = [
    "Overdue": ["ເກີນກຳນົດ"],
    "month\u{4}May": ["ພຶດສະພາ"],
    "May": ["ອາດ"],
    "%d day": ["%d ວັນ", "%d ວັນ"],
    "Ẑ": ["wide"],
    "": ["header"],
  ]

  @Test func findsEveryKeyAndOnlyThoseKeys() {
    let table = MessageTable(Self.messages)
    #expect(table.count == 6)
    for (key, translations) in Self.messages {
      #expect(table[key].map(Array.init) == translations, "\(key)")
    }
    for missing in ["overdue", "Overdue ", "month\u{4}June", "Ma", "Mayo", "ẑ", "\u{4}May"] {
      #expect(table[missing] == nil, "\(missing)")
    }
  }

  @Test func ordersByBytesNotByUnicodeRules() {
    // "é" written as one code point and as e with a combining accent are equal Strings, but
    // not equal bytes: a catalog's keys are the bytes of its msgids.
    #expect(MessageTable.order("\u{E9}", "e\u{301}") != 0)
    #expect(MessageTable.order("a", "b") < 0)
    #expect(MessageTable.order("ab", "a") > 0)
    #expect(MessageTable.order("ລາວ", "ລາວ") == 0)
  }

  @Test func anEmptyTableFindsNothing() {
    #expect(MessageTable([:])["Overdue"] == nil)
    #expect(MessageTable([:]).count == 0)
  }

  @Test func aCountedMessageTakesItsFormByTheRule() throws {
    let catalog = Catalog(
      language: .lao, plurals: try PluralRule(parsing: "nplurals=2; plural=(n != 1);"),
      messages: MessageTable(["%d day": ["one %d", "many %d"], "Overdue": ["late"]]))
    #expect(catalog.localized("%d day", plural: "%d days", count: 1) == "one %d")
    #expect(catalog.localized("%d day", plural: "%d days", count: 5) == "many %d")
    #expect(catalog.localized("Overdue") == "late")
    #expect(catalog.localized("Missing") == "Missing")
  }
}
