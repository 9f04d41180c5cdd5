import AccordCore
import Testing

@Suite struct PlanViewTests {
  let plan: Plan = try! PlanLoader.bundled()
  let today = Day(year: 2026, month: 11, day: 24)
  var view: PlanView { PlanView(plan: plan, today: today) }

  @Test func everySectorCommitmentAndMeetingIsFoundByIdWhereThePlanHasIt() {
    let view = view
    // The view indexes the plan as it stood on its day.
    let plan = view.plan
    for (p, pillar) in plan.pillars.enumerated() {
      for (s, sector) in pillar.sectors.enumerated() {
        #expect(view.place(ofSector: sector.id) == PlanView.SectorPlace(pillar: p, sector: s))
        #expect(view.sector(id: sector.id) == sector)
        #expect(view.pillarIndex(ofSector: sector.id) == p)
        for (c, commitment) in sector.commitments.enumerated() {
          #expect(
            view.place(ofCommitment: commitment.id)
              == PlanView.CommitmentPlace(sector: PlanView.SectorPlace(pillar: p, sector: s), commitment: c))
          #expect(view.commitment(id: commitment.id) == commitment)
          #expect(view.sector(ofCommitment: commitment.id) == sector)
        }
      }
    }
    for meeting in plan.meetings { #expect(view.meeting(id: meeting.id) == meeting) }
    #expect(view.place(ofSector: "16") == PlanView.SectorPlace(pillar: 2, sector: 7))
    #expect(view.place(ofCommitment: "16.3")?.commitment == 2)
  }

  @Test func anIdThePlanLacksFindsNothing() {
    let view = view
    #expect(view.sector(id: "99") == nil)
    #expect(view.commitment(id: "1.99") == nil)
    #expect(view.meeting(id: "nope") == nil)
    #expect(view.pillarIndex(ofSector: "") == nil)
    #expect(view.timelineIndex(ofMeeting: "nope") == nil)
  }

  @Test func rollUpsOfSectorsAddUpToTheirPillarAndPillarsToThePlan() {
    let view = view
    let plan = view.plan
    #expect(view.progress == ProgressSummary(plan: plan, on: today))
    #expect(view.progress.overdue == ["8.4", "8.9", "16.3", "17.7"])
    var deliverables = 0
    for (p, pillar) in view.pillars.enumerated() {
      #expect(pillar.progress == ProgressSummary(pillar: plan.pillars[p], on: today))
      #expect(pillar.sectorProgress.map(\.total).reduce(0, +) == pillar.progress.total)
      #expect(pillar.sectorProgress.flatMap(\.overdue) == pillar.progress.overdue)
      for (s, sector) in plan.pillars[p].sectors.enumerated() {
        #expect(
          view.progress(of: PlanView.SectorPlace(pillar: p, sector: s)) == ProgressSummary(sector: sector, on: today))
      }
      deliverables += pillar.progress.deliverables
    }
    #expect(deliverables == view.progress.deliverables)
    // Economic and Technical: 2 of 17 deliverables done, 16.3 and 17.7 overdue.
    #expect(view.pillars[2].progress.deliverablesDone == 2)
    #expect(view.pillars[2].progress.deliverables == 17)
    #expect(view.pillars[2].overdue.map(\.id) == ["16.3", "17.7"])
  }

  @Test func theOverdueListFollowsThePlansOrderAndTheDay() {
    #expect(view.overdue.map(\.id) == ["8.4", "8.9", "16.3", "17.7"])
    // On the last day of 2023, milestones "in 2023" have not passed yet.
    let lastDayOf2023 = PlanView(plan: plan, today: Day(year: 2023, month: 12, day: 31))
    #expect(!lastDayOf2023.overdue.contains { $0.id == "8.4" })
    let firstDayOf2024 = PlanView(plan: plan, today: Day(year: 2024, month: 1, day: 1))
    #expect(firstDayOf2024.overdue.contains { $0.id == "8.4" })
    // The 3rd JTC may come "on an agreed date": 16.3 is overdue only once the 2024 JTC is.
    #expect(!firstDayOf2024.overdue.contains { $0.id == "16.3" })
    #expect(PlanView(plan: plan, today: Day(year: 2025, month: 1, day: 1)).overdue.contains { $0.id == "16.3" })
  }

  @Test func sectorsWithTheMostOverdueComeFirst() {
    var plan = plan
    // Make sector 17 the one with two overdue deliverables: 17.6 unreported, due in 2024.
    let sector = plan.pillars[2].sectors.firstIndex { $0.id == "17" }!
    let index = plan.pillars[2].sectors[sector].commitments.firstIndex { $0.id == "17.6" }!
    plan.pillars[2].sectors[sector].commitments[index].status = .unknown
    plan.pillars[2].sectors[sector].commitments[index].evidence = []
    plan.pillars[2].sectors[sector].commitments[index].target = Target(.year(2024))
    let pillar = PlanView(plan: plan, today: today).pillars[2]
    #expect(pillar.sectorsByOverdue.map { pillar.pillar.sectors[$0].id } == ["17", "16"])
    #expect(
      self.view.pillars[2].sectorsByOverdue.map { self.view.pillars[2].pillar.sectors[$0].id } == ["16", "17"],
      "a tie keeps the plan's order")
  }

  @Test func theTimelineIsUpcomingThenPastOrderedOnceWithEachMeetingsPlace() {
    let view = view
    #expect(view.timeline == view.schedule.upcoming + view.schedule.past)
    // Context meetings (not the plan's own) stay off the timeline, as do those not yet known
    // (the 2nd JTC, whose undated report was first read in November 2026).
    #expect(view.timeline.count == plan.meetings.filter { !$0.isContext && $0.isKnown(on: view.today) }.count)
    for (index, meeting) in view.timeline.enumerated() {
      #expect(view.timelineIndex(ofMeeting: meeting.id) == index)
    }
    let dated = view.schedule.upcoming.compactMap(\.date)
    #expect(dated == dated.sorted())
  }

  @Test func aCommitmentsMeetingsAreThoseThatNameIt() {
    let view = view
    let plan = view.plan
    for commitment in plan.commitments {
      #expect(view.meetings(linkedTo: commitment.id) == plan.meetings.filter { $0.commitments.contains(commitment.id) })
    }
    // The 3rd JTC and the annual ones, which fulfil 16.3's milestones; the 2nd is not yet known.
    #expect(view.meetings(linkedTo: "16.3").map(\.id) == ["jtc-3", "jtc-2024", "jtc-2025", "jtc-2026", "jtc-2027"])
    #expect(view.meetings(linkedTo: "nope").isEmpty)
  }

  @Test func latestReportsAreThoseKnownByTheDayNewestFirst() {
    let past = Day(year: 2024, month: 1, day: 15)
    for pillar in PlanView(plan: plan, today: past).pillars {
      let reports = pillar.latestReports
      #expect(reports.allSatisfy { $0.date.latestDay <= past })
      #expect(reports.map(\.date) == reports.map(\.date).sorted(by: >))
    }
    let economic = view.pillars[2].latestReports
    #expect(economic.contains { $0.commitment == "17.6" && $0.date == .day(year: 2024, month: 12, day: 4) })
    // In January 2024 only the talks of May 2023 were known, not the signing.
    let then = PlanView(plan: plan, today: past).pillars[2].latestReports.filter { $0.commitment == "17.6" }
    #expect(then.map(\.date) == [.day(year: 2023, month: 5, day: 4)])
  }
}
