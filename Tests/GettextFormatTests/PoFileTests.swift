import Testing

@testable import GettextFormat

@Suite struct PoFileTests {
  @Test func readsContextsPluralsFlagsEscapesAndContinuedStrings() throws {
    let text = #"""
      # TRANSLATORS: a comment
      msgid ""
      msgstr ""
      "Language: lo\n"
      "Plural-Forms: nplurals=1; plural=0;\n"

      #: Sources/AccordUI/Screens/OverviewScreen.swift
      msgid "Record an update"
      msgstr "ບັນທຶກ"
      "ຄວາມຄືບໜ້າ"

      msgctxt "status"
      msgid "done"
      msgstr "ສຳເລັດ"

      #, c-format
      msgid "%1$d day"
      msgid_plural "%1$d days"
      msgstr[0] "%1$d ມື້"

      #, fuzzy
      msgid "said \"twice\"\tand\\"
      msgstr "ເວົ້າ \"ສອງ\"\n"

      #~ msgid "gone"
      #~ msgstr "ໄປແລ້ວ"
      """#
    let file = try PoFile(parsing: text, file: "lo.po")
    #expect(file.header["Language"] == "lo")
    #expect(file.header["Plural-Forms"] == "nplurals=1; plural=0;")
    #expect(file.entries.map(\.id) == ["Record an update", "done", "%1$d day", "said \"twice\"\tand\\"])
    #expect(file.entries[0].translations == ["ບັນທຶກຄວາມຄືບໜ້າ"])
    #expect(file.entries[1].context == "status")
    #expect(file.entries[2].pluralID == "%1$d days" && file.entries[2].formatted)
    #expect(file.entries[3].fuzzy && file.entries[3].translations == ["ເວົ້າ \"ສອງ\"\n"])
    #expect(file.entries.map(\.line) == [8, 12, 17, 22])
  }

  @Test(arguments: [
    ("msgid \"a\"\nmsgstr \"b", "x.po:2:10: the string has no closing quote"),
    ("msgid \"a\"\nmsgstr \"b\" junk", "x.po:2:11: text after the closing quote"),
    ("msgid \"a\"\nmsgtsr \"b\"", "x.po:2:1: unknown keyword \"msgtsr\""),
    ("msgid \"a\"\n", "x.po:1:1: msgid \"a\" has no msgstr, or a gap in its msgstr[n]"),
    ("\"a\"\n", "x.po:1:1: a string that continues no field"),
    ("msgid \"a\"\nmsgstr \"b\"\n\nmsgid \"a\"\nmsgstr \"c\"\n", "x.po:4:1: msgid \"a\" is in the catalog twice"),
    ("msgid \"a\"\nmsgstr[0] \"b\"\n", "x.po:1:1: msgid \"a\": msgid_plural goes with msgstr[0], msgstr[1]..."),
    ("msgid \"a\"\nmsgstr \"\\q\"\n", "x.po:2:9: unknown escape \\q"),
    ("msgid \"a\"\nmsgstr \"\\xe0\"\n", "x.po:2:9: an escaped byte beyond ASCII; write the character itself"),
    ("msgid \"a\"\nmsgid \"b\"\nmsgstr \"c\"\n", "x.po:1:1: msgid \"a\" has no msgstr, or a gap in its msgstr[n]"),
    ("msgid \"a\"\nmsgstr \"b\"\nmsgstr \"c\"\n", "x.po:3:1: a second msgstr in one entry"),
    ("msgid \u{1B}[2J\nmsgstr \"c\"\n", "x.po:1:7: msgid is not followed by a quoted string"),
  ])
  func refusesWhatIsNotPOWithItsPlace(text: String, message: String) {
    #expect(throws: PoError.self) { try PoFile(parsing: text, file: "x.po") }
    do {
      _ = try PoFile(parsing: text, file: "x.po")
    } catch {
      #expect(error.description == message)
    }
  }

  @Test func namesAnUnknownKeywordWithoutItsControlCharacters() {
    do {
      _ = try PoFile(parsing: "msg\u{1B}[31m \"a\"\n", file: "x.po")
      Issue.record("accepted")
    } catch {
      #expect(error.description == "x.po:1:1: unknown keyword \"msg\\u{1b}[31m\"")
    }
  }
}
