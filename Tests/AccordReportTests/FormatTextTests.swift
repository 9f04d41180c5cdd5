import Testing

@testable import AccordReport

/// Each format's escaping of data text, and iCalendar's line folding.
@Suite struct FormatTextTests {
  @Test func bidiMarksLeaveNoFormatRaw() {
    // RLM and ALM reorder text as the overrides do: dropped alike in every format.
    let text = "total \u{200F}1,000\u{061C} kip \u{200E}"
    #expect(FormatText.markdown(text) == "total 1,000 kip ")
    #expect(FormatText.html(text) == "total 1,000 kip ")
    #expect(FormatText.csv(text) == "\"total 1,000 kip \"")
    #expect(FormatText.json(text) == "total 1,000 kip ")
  }

  @Test func csvFieldsThatASpreadsheetWouldRunGetAnApostrophe() {
    #expect(FormatText.csv("=1+2") == "'=1+2")
    #expect(FormatText.csv("+SUM(A1)") == "'+SUM(A1)")
    #expect(FormatText.csv("-2") == "'-2")
    #expect(FormatText.csv("@cmd") == "'@cmd")
    #expect(FormatText.csv("  =1") == "'  =1", "spaces before do not hide a formula")
    #expect(FormatText.csv("Ministry of Finance") == "Ministry of Finance")
    #expect(FormatText.csv("a-b") == "a-b")
  }

  @Test func csvQuotesAsRFC4180Asks() {
    #expect(FormatText.csv("a, b") == "\"a, b\"")
    #expect(FormatText.csv("say \"yes\"") == "\"say \"\"yes\"\"\"")
    #expect(FormatText.csv("two\nlines") == "two lines", "a line break in data becomes a space")
    #expect(FormatText.csvQuoted("two\r\nlines") == "\"two\r\nlines\"")
  }

  @Test func markdownEscapesOnlyWhatMarkdownActsOn() {
    #expect(FormatText.markdown("a | b") == "a \\| b")
    #expect(FormatText.markdown("<script>") == "\\<script\\>")
    #expect(FormatText.markdown("*bold* _it_ [l](u) `c` \\") == "\\*bold\\* \\_it\\_ \\[l\\](u) \\`c\\` \\\\")
    #expect(FormatText.markdown("Lao PDR-Cambodia 2023-2027 (ສປປ ລາວ)") == "Lao PDR-Cambodia 2023-2027 (ສປປ ລາວ)")
    #expect(FormatText.markdown("red \u{1B}[31m") == "red \u{FFFD}\\[31m")
  }

  @Test func htmlEscapesMarkupAndQuotes() {
    #expect(FormatText.html("<a href='x'>&\"</a>") == "&lt;a href=&#39;x&#39;&gt;&amp;&quot;&lt;/a&gt;")
    #expect(FormatText.html("bell\u{07}") == "bell\u{FFFD}")
  }

  @Test func onlyWebAddressesBecomeLinks() {
    #expect(FormatText.link("https://kpl.gov.la/x?a=1&b=2") == "https://kpl.gov.la/x?a=1&b=2")
    #expect(FormatText.link("HTTP://example.org") == "HTTP://example.org")
    #expect(FormatText.link("javascript:alert(1)") == nil)
    #expect(FormatText.link("data:text/html,<script>") == nil)
    #expect(FormatText.link("https://a b") == nil)
    #expect(FormatText.link(nil) == nil)
  }

  @Test func jsonStringsEscapeQuotesBackslashesAndControlCharacters() {
    #expect(JSONValue.quoted("a\"b\\c") == "\"a\\\"b\\\\c\"")
    #expect(JSONValue.quoted("\u{1B}\n") == "\"\\u001b\\n\"")
    #expect(
      JSONValue.object([("b", .int(1)), ("a", .array([]))]).text() == "{\n  \"b\": 1,\n  \"a\": []\n}",
      "keys keep their order")
  }

  @Test func icalendarTextEscapesSeparators() {
    #expect(ICalendarText.escaped("a;b,c\\d") == "a\\;b\\,c\\\\d")
    #expect(ICalendarText.escaped("line\nbreak\u{1B}") == "line break\u{FFFD}")
  }

  @Test func foldingKeepsEveryLineWithin75OctetsAndUnfoldsToTheOriginal() {
    for line in [
      String(repeating: "x", count: 200), "SUMMARY:" + String(repeating: "ກ", count: 60),
      "SUMMARY:" + String(repeating: "a😀", count: 40),
    ] {
      let folded = ICalendarText.folded(line)
      #expect(folded.hasSuffix("\r\n"))
      // "\r\n" is one Character: dropLast() removes the final line end.
      let physical = folded.dropLast().components(separatedBy: "\r\n")
      #expect(physical.count > 1)
      for part in physical {
        #expect(part.utf8.count <= 75)
        #expect(String(validating: Array(part.utf8), as: UTF8.self) != nil, "never folded inside a UTF-8 sequence")
      }
      #expect(physical.dropFirst().allSatisfy { $0.hasPrefix(" ") })
      #expect(folded.dropLast().replacingOccurrences(of: "\r\n ", with: "") == line)
    }
    #expect(ICalendarText.folded("SHORT:1") == "SHORT:1\r\n")
    #expect(
      ICalendarText.folded(String(repeating: "y", count: 75)) == String(repeating: "y", count: 75) + "\r\n",
      "75 octets fit")
  }
}
