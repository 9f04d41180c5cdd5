import AccordCore
import AccordLocalization
import Foundation
import Testing

@testable import AccordReport

/// The briefings grouped by who carries each commitment, and who led each meeting they report.
@Suite struct WhoCarriesItReportTests {
  let plan: Plan

  init() throws { plan = try PlanLoader.bundled() }

  @Test func eachBodyCarriesTheCommitmentsItsTextNamesElseItsSectorsAndBothSidesAreListed() throws {
    let briefing = Briefing(plan: plan, today: Day(year: 2026, month: 11, day: 24))
    let carriers = Dictionary(uniqueKeysWithValues: briefing.carriers.map { ($0.name, $0) })
    // 8.4, 8.8 and 8.9 name both prosecutors' offices; the rest of sector 8 falls to the ministries of justice.
    #expect(carriers["Office of the Supreme People's Prosecutor (Lao PDR)"]?.commitments == ["8.4", "8.8", "8.9"])
    #expect(
      carriers["General Prosecution Office to the Supreme Court (Cambodia)"]?.commitments == ["8.4", "8.8", "8.9"])
    #expect(carriers["Ministry of Justice (Lao PDR)"]?.commitments.contains("8.3") == false)
    #expect(carriers["Ministry of Justice (Lao PDR)"]?.commitments.contains("8.1") == true)
    // The plan's order of bodies: every Lao body before every Cambodian one.
    let sides = briefing.carriers.compactMap(\.body?.side)
    #expect(sides.count == briefing.carriers.count)
    #expect(sides == sides.sorted { $0 == .lao && $1 == .cambodia })
    // Every commitment but sector 7's (no body named, no line ministry known) is carried.
    let carried = Set(briefing.carriers.flatMap(\.commitments))
    #expect(Set(plan.commitments.map(\.id)).subtracting(carried) == ["7.1", "7.2"])
  }

  @Test func theMarkdownAndHTMLBriefingsHaveAWhoCarriesItTable() throws {
    // The central banks' commitments, and who else carries them: 17.2 and 17.6 name no body,
    // so sector 17's line ministries carry them, both banks with both ministries of finance.
    let briefing = Briefing(
      plan: plan, today: Day(year: 2026, month: 11, day: 24), scope: BriefingScope(agency: "bank of"))
    #expect(
      briefing.carriers.map(\.name) == [
        "Ministry of Finance (Lao PDR)", "Bank of the Lao PDR (Lao PDR)", "Ministry of Economy and Finance (Cambodia)",
        "National Bank of Cambodia (Cambodia)",
      ])
    let markdown = MarkdownReport.render(briefing)
    let lines = markdown.components(separatedBy: "\n")
    let heading = try #require(lines.firstIndex(of: "## Who carries it"))
    #expect(lines[heading + 2].hasPrefix("| body "))
    let bank = lines[heading + 5]
    #expect(bank.hasPrefix("| Bank of the Lao PDR (Lao PDR) "), "\(bank)")
    #expect(bank.hasSuffix("| 17.1, 17.2, 17.3, 17.5, 17.6 |"), "\(bank)")
    let html = HTMLReport.render(briefing)
    #expect(html.contains("<h2>Who carries it</h2>"))
    #expect(html.contains("National Bank of Cambodia (Cambodia)"))
  }

  @Test func aMeetingReportedSinceSaysWhoLedItOnEachSide() throws {
    let briefing = Briefing(
      plan: plan, today: Day(year: 2024, month: 12, day: 10), since: Day(year: 2024, month: 12, day: 1))
    let visit = try #require(briefing.reportedSince.first { $0.id == "visit-2024-12-sonexay" })
    #expect(visit.leaders?.lao == "Prime Minister Sonexay Siphandone")
    let markdown = MarkdownReport.render(briefing)
    let line = try #require(
      markdown.components(separatedBy: "\n").first { $0.contains("meeting visit-2024-12-sonexay:") })
    #expect(
      line.contains(
        "led by Lao PDR: Prime Minister Sonexay Siphandone; Cambodia: Prime Minister Hun Manet (host) (source: KPL"),
      "\(line)")
    let json = try #require(
      try JSONSerialization.jsonObject(with: Data(JSONReport.render(briefing).utf8)) as? [String: Any])
    let reports = try #require(json["reported_since"] as? [[String: Any]])
    let ledBy = try #require(
      reports.first { $0["id"] as? String == "visit-2024-12-sonexay" }?["led_by"] as? [String: Any])
    #expect(ledBy["cambodia"] as? String == "Prime Minister Hun Manet (host)")
  }

  @Test func theCLVPartyMeetingOf2023SaysWhoLedItForLaosAndCambodia() throws {
    let briefing = Briefing(
      plan: plan, today: Day(year: 2023, month: 9, day: 10), since: Day(year: 2023, month: 9, day: 1))
    let markdown = MarkdownReport.render(briefing)
    let line = try #require(markdown.components(separatedBy: "\n").first { $0.contains("meeting clv-party-2023-09:") })
    #expect(line.contains("led by Lao PDR: Thongloun Sisoulith"), "\(line)")
    #expect(line.contains("Cambodia: Hun Sen, President of the Cambodian People's Party"), "\(line)")
  }
}

/// The meetings' and the plan's titles in the reader's language in what a person reads: the
/// Markdown and HTML briefings and the calendar's event titles; json and the UIDs stay.
@Suite struct TitleLanguagesReportTests {
  let plan: Plan
  let lao: Writing

  init() throws {
    plan = try PlanLoader.bundled()
    lao = Writing(catalog: try Catalog.bundled(.lao).get())
  }

  @Test func theBriefingsNameTheMeetingsAndThePlanInLao() throws {
    let briefing = Briefing(plan: plan, today: Day(year: 2026, month: 11, day: 24))
    let next = try #require(briefing.nextMeetings.first)
    let laoTitle = next.meeting.title(in: "lo")
    #expect(laoTitle != next.title)
    let markdown = MarkdownReport.render(briefing, writing: lao)
    #expect(markdown.contains(laoTitle))
    #expect(!markdown.contains(next.title), "the English title is not in the Lao briefing")
    #expect(markdown.split(separator: "\n").first?.contains(plan.info.shortTitle(in: "lo")) == true)
    let html = HTMLReport.render(briefing, writing: lao)
    #expect(html.contains(laoTitle))
    #expect(MarkdownReport.render(briefing).contains(next.title), "English is what it was")
    #expect(JSONReport.render(briefing).contains(next.title), "json keeps the English")
  }

  @Test func theCalendarsSummaryIsInKhmerAndItsUIDsDoNotChange() throws {
    let khmer = Writing(catalog: try Catalog.bundled(.khmer).get())
    // Unfolded: a long line goes on after CRLF and a space.
    let english = ICalendar.render(plan: plan, stamp: "20261124T000000Z", version: "0")
      .replacingOccurrences(of: "\r\n ", with: "")
    let translated = ICalendar.render(plan: plan, stamp: "20261124T000000Z", version: "0", writing: khmer)
      .replacingOccurrences(of: "\r\n ", with: "")
    let uids = { (text: String) in text.split(separator: "\r\n").filter { $0.hasPrefix("UID:") } }
    #expect(uids(english) == uids(translated))
    let held = try #require(plan.meeting(id: "jc-15"))
    #expect(translated.contains("SUMMARY:" + held.title(in: "km")))
    #expect(english.contains("SUMMARY:" + held.title))
  }
}
