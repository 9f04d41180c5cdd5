import AccordCore
import Testing

/// A plan view built from the last one as a dashboard's journal watch builds it (the updates
/// read since merged in, only the targets they touch seen anew) is, over random journals read
/// in random batches, on several days and with filters, the view built whole: every list,
/// roll-up and history a screen reads from it.
@Suite struct PlanViewAfterTests {
  let bundled: Plan

  init() throws { bundled = try PlanLoader.bundled() }

  // The random journals are recorded on 2026-11-25: the last day sees them in the recent updates.
  static let days = [
    Day(year: 2024, month: 6, day: 1), Day(year: 2025, month: 12, day: 31), Day(year: 2026, month: 11, day: 24),
    Day(year: 2026, month: 11, day: 26),
  ]

  /// No filters; a commitment status, which a new update can make a commitment pass or fail;
  /// a meeting status, the same for a meeting; a pillar.
  static func filters(_ seed: UInt64) -> PlanFilters {
    var filters = PlanFilters()
    switch seed % 4 {
    case 1: filters.commitments.statuses = [.done, .inProgress]
    case 2: filters.meetings.statuses = [.held]
    case 3: filters.commitments.pillar = 1
    default: break
    }
    return filters
  }

  @Test(arguments: 0..<32)
  func a_view_built_from_the_last_one_is_the_view_built_whole(seed: UInt64) {
    var random = SplitMix64(seed: seed)
    let journal = RandomJournal(plan: bundled).updates(count: 1 + Int(random.next() % 300), using: &random)
    let planFile = seed % 8 == 7 ? bundled.merging(Array(journal.prefix(journal.count / 2))) : bundled
    let today = Self.days[Int(random.next() % UInt64(Self.days.count))]
    let filters = Self.filters(seed / 2)
    var merge = JournalMerge(planFile: planFile)
    var view = PlanView(merge: merge, today: today, filters: filters)
    var rest = journal[...]
    while !rest.isEmpty {
      let size = 1 + Int(random.next() % 12)
      merge.add(Array(rest.prefix(size)))
      rest = rest.dropFirst(size)
      view = PlanView(merge: merge, after: view)
      let whole = PlanView(merge: merge, today: today, filters: filters)
      let difference = PlanViewDifference.of(view, whole, targets: RandomJournal(plan: bundled).targets.map(\.1))
      #expect(difference == nil, "seed \(seed), \(merge.updates.count) of \(journal.count) updates, on \(today)")
      if difference != nil { return }
    }
  }

  /// A view of another plan file (a reload) cannot follow on from the last: it is built whole.
  @Test func a_view_of_another_plan_file_is_built_whole() throws {
    let today = Day(year: 2026, month: 11, day: 24)
    let done = RandomJournal.update(1, .commitment, "16.3", "done", "2026-11-20")
    let earlier = PlanView(merge: JournalMerge(planFile: bundled, updates: [done]), today: today)
    var other = bundled
    other.meetings.removeAll()
    let view = PlanView(merge: JournalMerge(planFile: other, updates: [done]), after: earlier)
    #expect(view.plan.meetings.isEmpty)
    #expect(view.plan.commitment(id: "16.3")?.status == .done)
    #expect(view.journal.updates(of: ["16.3"]) == [done])
  }
}

/// The first thing two plan views show differently, named; nil when they show the same.
enum PlanViewDifference {
  static func of(_ a: PlanView, _ b: PlanView, targets: [String]) -> String? {
    if let difference = JournalMergeTests.difference(a.plan, b.plan) { return "plan: \(difference)" }
    if a.schedule.upcoming != b.schedule.upcoming || a.schedule.past != b.schedule.past
      || a.schedule.dueWithoutReport != b.schedule.dueWithoutReport
    {
      return "schedule"
    }
    if a.timeline != b.timeline { return "timeline" }
    if a.progress != b.progress { return "progress" }
    if a.overdue.map(\.id) != b.overdue.map(\.id) { return "overdue" }
    for (p, (x, y)) in zip(a.pillars, b.pillars).enumerated() {
      if x.pillar != y.pillar || x.progress != y.progress || x.sectorProgress != y.sectorProgress {
        return "pillar \(p)"
      }
      if x.overdue.map(\.id) != y.overdue.map(\.id) || x.sectorsByOverdue != y.sectorsByOverdue {
        return "pillar \(p)'s overdue"
      }
      if x.latestReports != y.latestReports { return "pillar \(p)'s latest reports" }
    }
    for id in targets {
      if a.journal.updates(of: [id]) != b.journal.updates(of: [id]) { return "history of \(id)" }
      if let commitment = a.commitment(id: id) {
        let ids = [id] + commitment.milestones.map(\.id)
        if a.journal.updates(of: ids) != b.journal.updates(of: ids) { return "history of \(id) and its milestones" }
      }
      if a.place(ofCommitment: id) != b.place(ofCommitment: id) || a.meeting(id: id) != b.meeting(id: id) {
        return "where \(id) is"
      }
      if a.meetings(linkedTo: id) != b.meetings(linkedTo: id) { return "meetings of \(id)" }
    }
    if a.journal.newestFirst != b.journal.newestFirst { return "the journal, newest first" }
    if let update = a.journal.newestFirst.first(where: { a.journal.correction(of: $0) != b.journal.correction(of: $0) })
    {
      return "the correction of #\(update.id ?? 0)"
    }
    for day in PlanViewAfterTests.days where a.journal.recorded(since: day) != b.journal.recorded(since: day) {
      return "recorded since \(day)"
    }
    return nil
  }
}
