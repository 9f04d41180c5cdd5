import ArgumentParser
import Testing

@testable import accord

/// The dashboard's command line read without the argument parser must mean what the parser
/// makes of it, and anything it does not read exactly so is left to the parser.
@Suite struct DashboardDirectTests {
  /// What a dashboard was asked for, as one line to compare.
  static func options(_ dashboard: Accord.Dashboard) -> String {
    let plan = dashboard.plan
    return [
      "data=\(plan.dataFiles)", "journals=\(plan.journals)", "today=\(plan.today.map { "\($0)" } ?? "-")",
      "lang=\(plan.lang ?? "-")", "theme=\(dashboard.look.theme ?? "-")", "noColor=\(dashboard.look.noColor)",
      "ascii=\(dashboard.ascii)", "kiosk=\(dashboard.kiosk)", "cycle=\(dashboard.cycle)",
      "readOnly=\(dashboard.readOnly)",
    ].joined(separator: " ")
  }

  static let taken: [[String]] = [
    [],
    ["--today", "2026-11-24"],
    ["dashboard", "--today=2026-11-24", "--lang", "lo"],
    ["--data", "a.yaml", "--data=b.yaml", "--journal", "a.sqlite", "--journal", "postgresql://x/y"],
    ["--kiosk", "--cycle", "5", "--theme", "paper", "--no-color"],
    ["--ascii", "--read-only", "--lang=km", "--cycle=3600"],
  ]

  @Test(arguments: taken) func aPlainCommandLineIsReadAsTheParserReadsIt(_ arguments: [String]) throws {
    let direct = try #require(Accord.Dashboard.direct(arguments))
    let parsed = try #require(try Accord.parseAsRoot(arguments) as? Accord.Dashboard)
    #expect(Self.options(direct) == Self.options(parsed))
  }

  static let leftToTheParser: [[String]] = [
    ["--help"], ["-h"], ["help"], ["--version"], ["check"], ["dashboard", "--help"],
    ["--generate-completion-script", "bash"], ["--today", "2026-13-01"], ["--today"],
    ["--today", "2026-11-24", "--today", "2026-11-25"], ["--cycle", "0"], ["--cycle", "-1"],
    ["--cycle", "ten"], ["--data", "--kiosk"], ["--data=-x.yaml"], ["--kiosk", "--kiosk"], ["--frobnicate"],
    ["-d"], ["dashboard", "extra"],
  ]

  @Test(arguments: leftToTheParser) func anythingElseIsLeftToTheParser(_ arguments: [String]) {
    #expect(Accord.Dashboard.direct(arguments) == nil)
  }

  /// An option added to the dashboard must be added to the direct reading too, or the dashboard
  /// started without it would read an option the parser never set.
  @Test func everyOptionTheDashboardTakesIsReadDirectly() {
    let help = Accord.Dashboard.helpMessage(columns: 1000)
    let names = Set(help.matches(of: /--[a-z][a-z-]*/).map { String($0.output) })
    let known = Set(Accord.Dashboard.directOptions + Accord.Dashboard.directFlags + ["--help", "--version"])
    #expect(names.subtracting(known).isEmpty, "not read directly: \(names.subtracting(known).sorted())")
    #expect(names.contains("--data") && names.contains("--kiosk"))
  }
}
