import AccordCore
import Foundation
import Testing

@Suite struct UserConfigTests {
  @Test func readsTheDefaultTheme() throws {
    #expect(try UserConfig.parse("theme: high-contrast\n", file: "config.yaml") == UserConfig(theme: "high-contrast"))
    #expect(try UserConfig.parse("# nothing set\n", file: "config.yaml") == UserConfig())
  }

  @Test func plansAreFilesBesideTheSettingsUnlessAbsolute() throws {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("accord-config-\(UUID())")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let file = directory.appendingPathComponent("config.yaml")
    try "plans: [old.yaml, /srv/plans/next.yaml]\n".write(to: file, atomically: true, encoding: .utf8)
    #expect(
      try UserConfig.load(path: file.path).plans.map(\.data) == [directory.path + "/old.yaml", "/srv/plans/next.yaml"])
    let error = try #require(throws: PlanLoadError.self) {
      try UserConfig.parse("plans: old.yaml\n", file: "config.yaml")
    }
    #expect(error.description.hasPrefix("config.yaml:1:8: 'plans' should be a list"))
  }

  @Test func aPlanMayNameItsJournalBesideIt() throws {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("accord-config-\(UUID())")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let file = directory.appendingPathComponent("config.yaml")
    let text =
      "plans:\n  - old.yaml\n  - {data: next.yaml, journal: next.sqlite}\n  - {data: third.yaml, journal: \"postgresql://db/accord\"}\n"
    try text.write(to: file, atomically: true, encoding: .utf8)
    #expect(
      try UserConfig.load(path: file.path).plans == [
        .init(data: directory.path + "/old.yaml"),
        .init(data: directory.path + "/next.yaml", journal: directory.path + "/next.sqlite"),
        .init(data: directory.path + "/third.yaml", journal: "postgresql://db/accord"),
      ])
    let error = try #require(throws: PlanLoadError.self) {
      try UserConfig.parse("plans:\n  - {journal: next.sqlite, jornal: x}\n", file: "config.yaml")
    }
    #expect(error.description.contains("config.yaml:2:"), "\(error)")
    #expect(error.description.contains("an item of 'plans' is missing 'data'"), "\(error)")
  }

  @Test func aMissingFileMeansNoSettings() throws {
    #expect(try UserConfig.load(path: "/nonexistent/accord/config.yaml") == UserConfig())
  }

  @Test func reportsMistakesWithTheirPosition() throws {
    let error = try #require(throws: PlanLoadError.self) {
      try UserConfig.parse("\nthme: light\n", file: "config.yaml")
    }
    #expect(
      error.description
        == "config.yaml:2:1: unknown key 'thme' in the settings (did you mean 'theme'?); expected 'theme', 'journal', 'clipboard', 'hyperlinks', 'plans', 'language', 'digits'"
    )
  }

  @Test func languageAndDigitsAreRead() throws {
    let config = try UserConfig.parse("language: km\ndigits: native\n", file: "config.yaml")
    #expect(config.language == "km")
    #expect(config.digits == .native)
    #expect(try UserConfig.parse("theme: light\n", file: "config.yaml").digits == nil)
    let error = try #require(throws: PlanLoadError.self) {
      try UserConfig.parse("digits: lao\n", file: "config.yaml")
    }
    #expect(error.description.hasPrefix("config.yaml:1:9: "), "\(error.description)")
  }

  @Test func clipboardIsOsc52OrOffAndNothingElse() throws {
    #expect(try UserConfig.parse("clipboard: osc52\n", file: "config.yaml").clipboard == .osc52)
    #expect(try UserConfig.parse("clipboard: off\n", file: "config.yaml").clipboard == .off)
    #expect(try UserConfig.parse("theme: light\n", file: "config.yaml").clipboard == nil)
    let error = try #require(throws: PlanLoadError.self) {
      try UserConfig.parse("clipboard: yes\n", file: "config.yaml")
    }
    #expect(error.description.hasPrefix("config.yaml:1:12: unknown clipboard 'yes'"), "\(error.description)")
  }

  @Test func findsTheFileTheXDGWay() {
    #expect(UserConfig.defaultPath(environment: ["XDG_CONFIG_HOME": "/x", "HOME": "/h"]) == "/x/accord/config.yaml")
    #expect(UserConfig.defaultPath(environment: ["HOME": "/h"]) == "/h/.config/accord/config.yaml")
  }
}
