import AccordCore
import Testing

@testable import AccordReport

/// Issue 24 item 4: the html's pictures say only what is so and read at print size.
@Suite struct HTMLPicturesTests {
  let briefing = Briefing(plan: BriefingTests.plan, today: Day(year: 2026, month: 11, day: 24))

  @Test func aPillarWithNoDeliverablesHasNoGauge() {
    let none = HTMLReport.gauge(PillarFacts(id: "V", name: "Multilateral", commitments: []))
    #expect(!none.contains("<svg") && none.contains("no deliverables"), "\(none)")
    let some = HTMLReport.gauge(briefing.pillars[1])
    #expect(some.contains("<svg") && some.contains("0/1 deliverables done"), "\(some)")
  }

  @Test func theTimelineLabelsThePlansMeetingsAndDrawsMonthOnlyOnesApart() {
    let svg = HTMLReport.timeline(briefing)
    // The Joint Commission of 2026-11-10 is labelled with its short name.
    #expect(svg.contains(">JC</text>"), "\(svg)")
    // The sector meeting known only to June 2026 is a bar in the lane below the years (y 175-189),
    // never on the row of the dated meetings.
    let bar = svg.split(separator: "\n").first { $0.contains("<rect") && $0.contains("Sector meeting") }
    let y = bar.flatMap { $0.split(separator: "y=\"").dropFirst().first?.prefix { $0 != "\"" } }.flatMap { Double($0) }
    #expect(y.map { $0 >= 175 } == true, "\(bar ?? "no bar")")
    // 1000 units span about 180 mm of A4 (0.51 pt a unit): 16 units and more are 8 pt and more.
    let rules = HTMLReport.style.split(separator: "\n").filter { $0.contains(".timeline text") }
    let sizes = rules.flatMap { $0.split(separator: "font-size: ").dropFirst() }.compactMap {
      Double($0.prefix { $0.isNumber })
    }
    #expect(!sizes.isEmpty && sizes.allSatisfy { $0 >= 16 }, "\(sizes)")
  }

  @Test func shortNamesAreTheTypeAndTheOrdinal() {
    let jc = briefing.timeline.first { $0.id == "jc" }!
    #expect(HTMLReport.shortName(jc) == "JC")
    var fifteenth = jc
    fifteenth.meeting.title = "15th Lao-Cambodia Joint Commission"
    #expect(HTMLReport.shortName(fifteenth) == "JC 15")
    #expect(HTMLReport.shortName(briefing.timeline.first { $0.id == "missed" }!) == nil)
  }
}
