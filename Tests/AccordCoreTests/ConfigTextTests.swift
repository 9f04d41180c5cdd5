import AccordCore
import Testing

/// The theme chosen in the dashboard written into the person's own `config.yaml`.
@Suite struct ConfigTextTests {
  @Test func replacesTheSettingAndKeepsCommentsAndOtherKeys() throws {
    let text = "# my settings\n\ntheme: light   # for the office\njournal: /srv/j.sqlite\n"
    #expect(
      try ConfigText.setting("theme", to: "projector", in: text)
        == "# my settings\n\ntheme: \"projector\"  # for the office\njournal: /srv/j.sqlite\n")
  }

  @Test func addsTheSettingAtTheEndWhenTheFileHasNone() throws {
    #expect(try ConfigText.setting("theme", to: "light", in: "") == "theme: \"light\"\n")
    #expect(try ConfigText.setting("theme", to: "light", in: "journal: /j\n") == "journal: /j\ntheme: \"light\"\n")
    #expect(try ConfigText.setting("theme", to: "light", in: "journal: /j") == "journal: /j\ntheme: \"light\"\n")
    #expect(
      try ConfigText.setting("theme", to: "light", in: "  theme: nested\n") == "  theme: nested\ntheme: \"light\"\n",
      "an indented key is not the setting")
  }

  @Test func aHashInsideQuotesIsPartOfTheValue() throws {
    #expect(try ConfigText.setting("theme", to: "x", in: "theme: \"a # b\" # why\n") == "theme: \"x\"  # why\n")
    #expect(try ConfigText.setting("theme", to: "x", in: "theme: 'a # b'\n") == "theme: \"x\"\n")
  }

  @Test(arguments: [
    "light", "my \"quoted\" theme", "back\\slash", "line\nbreak", "esc\u{1B}[2J", "# not a comment", "ລາວ ខ្មែរ",
    "tag\u{E0001}",
  ])
  func whateverTheNameTheFileReadsBackToIt(name: String) throws {
    let written = try ConfigText.setting("theme", to: name, in: "# settings\njournal: /j\n")
    let config = try UserConfig.parse(written, file: "config.yaml")
    #expect(config.theme == name)
    #expect(config.journal == "/j")
    #expect(
      !written.unicodeScalars.contains { $0 != "\n" && SafeText.isUnsafe($0) },
      "written raw: \(written.debugDescription)")
  }
}
