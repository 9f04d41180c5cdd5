import AccordCore
import Testing

/// Plan files written to hurt, or only written on another system: each gets a clear error at
/// the right place (or loads), in bounded time.
extension PlanLoaderTests {
  @Test func refusesAnAliasBombAtItsFirstAnchor() {
    // Each level doubles the last: expanded, 2^30 sectors.
    var bomb = "format: accord-plan/1\nlevels:\n  - &l0 {id: \"1\", name: x, commitments: []}\n"
    for level in 1...30 { bomb += "  - &l\(level) [*l\(level - 1), *l\(level - 1)]\n" }
    bomb += "pillars:\n  - {id: I, name: x, sectors: *l30}\n"
    #expect(
      problems(bomb) == [
        "plan.yaml:\(position(of: "&l0", in: bomb)): anchors (&) and aliases (*) are not allowed; write the value out in full"
      ])
  }

  @Test func refusesAnAliasWithoutAnAnchorToo() {
    let text = edited("    name: Political", "    name: *political")
    #expect(
      problems(text) == [
        "plan.yaml:\(position(of: "*political", in: text)): anchors (&) and aliases (*) are not allowed; write the value out in full"
      ])
  }

  @Test func aRepeatedKeyIsReportedAtTheSecondOneAlone() {
    let text = edited("    name: Political\n", "    name: Political\n    name: Politics\n")
    #expect(
      problems(text) == [
        "plan.yaml:\(position(of: "name: Politics", in: text)): 'name' appears twice in a pillar (first at line \(position(of: "name: Political", in: text).split(separator: ":")[0]))"
      ])
  }

  @Test func windowsLineEndsLoadTheSamePlan() throws {
    let crlf = good.replacingOccurrences(of: "\n", with: "\r\n")
    #expect(try PlanLoader.load(text: crlf, file: "plan.yaml") == PlanLoader.load(text: good, file: "plan.yaml"))
  }

  @Test func aTabInIndentationIsFoundWithWindowsLineEnds() {
    let text = edited("    name: Political", "\tname: Political")
    let crlf = text.replacingOccurrences(of: "\n", with: "\r\n")
    #expect(
      problems(crlf) == ["plan.yaml:\(position(of: "\tname", in: text)): tab in indentation; YAML indents with spaces"])
  }

  @Test func aYearOfFiveDigitsIsOutOfRange() {
    let text = edited("date: 2024-04-23", "date: 99999-04-23")
    #expect(
      problems(text) == [
        "plan.yaml:\(position(of: "99999", in: text)): 'date' has the year 99999, which is out of range (a year has four digits); expected YYYY-MM-DD, YYYY-MM or YYYY"
      ])
  }

  @Test func refusesNestingDeeperThanAnyPlan() {
    let text = "format: " + String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000) + "\n"
    #expect(problems(text) == ["plan.yaml:1:\(8 + 64): nested more than 64 levels deep"])
  }

  @Test func refusesASecondDocument() {
    let text = good + "---\nformat: accord-plan/1\n"
    #expect(
      problems(text) == [
        "plan.yaml:\(position(of: "---", in: text)): YAML syntax: a second document ('---'); a file holds one document"
      ])
  }
}
