import AccordCore
import Testing

/// Merging a journal into the plan: in batches as a dashboard reads them, it gives exactly the
/// plan a whole merge gives, and that is the plan the one-update-at-a-time merge of earlier
/// versions gave; the work is one evidence item per update.
@Suite struct JournalMergeTests {
  let bundled: Plan

  init() throws { bundled = try PlanLoader.bundled() }

  @Test(arguments: 0..<40)
  func updates_merged_in_batches_give_the_plan_a_whole_merge_gives(seed: UInt64) {
    var random = SplitMix64(seed: seed)
    let journal = RandomJournal(plan: bundled).updates(count: 1 + Int(random.next() % 400), using: &random)
    // Every fourth journal goes into a plan file that holds part of it already (an export).
    let planFile = seed % 4 == 3 ? bundled.merging(Array(journal.prefix(journal.count / 2))) : bundled
    let whole = JournalMerge(planFile: planFile, updates: journal)
    var batched = JournalMerge(planFile: planFile)
    var rest = journal[...]
    while !rest.isEmpty {
      let size = 1 + Int(random.next() % 25)
      batched.add(Array(rest.prefix(size)))
      rest = rest.dropFirst(size)
    }
    #expect(batched.updates == journal)
    #expect(batched.lastNumber == journal.count)
    #expect(Self.difference(batched.plan, whole.plan) == nil, "seed \(seed): \(journal.count) updates")
    #expect(
      Self.difference(whole.plan, OneAtATimeMerge.merging(journal, into: planFile)) == nil,
      "seed \(seed): as merged before")
  }

  /// The first commitment, milestone or meeting two plans differ in, by id (a whole plan would
  /// fill the screen); "the plan" if they differ elsewhere.
  static func difference(_ a: Plan, _ b: Plan) -> String? {
    if let pair = zip(a.commitments, b.commitments).first(where: { $0 != $1 }) { return "commitment \(pair.0.id)" }
    if let pair = zip(a.meetings, b.meetings).first(where: { $0 != $1 }) { return "meeting \(pair.0.id)" }
    return a == b ? nil : "the plan"
  }

  @Test func a_correction_read_later_takes_its_update_out_of_the_plan() throws {
    let held = RandomJournal.update(1, .commitment, "16.3", "done", "2026-11-20")
    var merge = JournalMerge(planFile: bundled, updates: [held])
    #expect(merge.plan.commitment(id: "16.3")?.status == .done)
    var correction = RandomJournal.update(2, .commitment, "17.6", "in-progress", "2026-11-21")
    correction.corrects = 1
    merge.add([correction])
    let commitment = try #require(merge.plan.commitment(id: "16.3"))
    #expect(commitment.status == bundled.commitment(id: "16.3")?.status)
    #expect(commitment.evidence == bundled.commitment(id: "16.3")?.evidence)
    #expect(merge.plan.commitment(id: "17.6")?.evidence.last?.recording?.journalID == 2)
  }

  /// Earlier versions copied a target's whole list for each update (n(n+1)/2 items for n
  /// updates of one target: 50,005,000 here).
  @Test func merging_writes_each_update_once_however_many_a_target_has() {
    let updates = (1...10_000).map { RandomJournal.update($0, .commitment, "16.3", "in-progress", "2025-06-01") }
    let merge = JournalMerge(planFile: bundled, updates: updates)
    #expect(merge.evidenceWritten == 10_000)
    #expect(
      merge.plan.commitment(id: "16.3")?.evidence.count == 10_000
        + (bundled.commitment(id: "16.3")?.evidence.count ?? 0))
  }

  @Test func a_batch_writes_only_the_targets_it_touches() {
    let first = (1...1_000).map { RandomJournal.update($0, .commitment, "16.3", "in-progress", "2025-06-01") }
    var merge = JournalMerge(planFile: bundled, updates: first)
    let written = merge.evidenceWritten
    merge.add([RandomJournal.update(1_001, .meeting, "jc-16", "held", "2026-11-20")])
    #expect(merge.evidenceWritten - written == 1, "16.3's thousand updates are not written again")
  }
}

/// A journal of random updates about a plan: commitments, milestones, meetings and ids the plan
/// lacks, statuses good and bad, dates of every precision, and corrections of earlier updates
/// (and a few of later or missing numbers, as a damaged journal could hold).
struct RandomJournal {
  let targets: [(JournalUpdate.TargetKind, String)]

  init(plan: Plan) {
    targets =
      plan.commitments.flatMap { [(.commitment, $0.id)] + $0.milestones.map { (.milestone, $0.id) } }
      + plan.meetings.map { (.meeting, $0.id) } + [(.commitment, "99.9"), (.meeting, "no-such-meeting")]
  }

  func updates(count: Int, using random: inout SplitMix64) -> [JournalUpdate] {
    let commitmentStatuses = CommitmentStatus.allCases.map(\.rawValue) + ["finished"]
    let meetingStatuses = JournalUpdate.meetingStatuses + ["done"]
    return (1...count).map { number in
      let (kind, id) = targets[Int(random.next() % UInt64(targets.count))]
      let statuses = kind == .meeting ? meetingStatuses : commitmentStatuses
      let year = 2023 + Int(random.next() % 4)
      let month = 1 + Int(random.next() % 12)
      let date = [
        String(year), String(format: "%d-%02d", year, month),
        String(format: "%d-%02d-%02d", year, month, 1 + Int(random.next() % 28)),
      ][
        Int(random.next() % 3)]
      var update = Self.update(number, kind, id, statuses[Int(random.next() % UInt64(statuses.count))], date)
      switch random.next() % 10 {
      case 0, 1: update.corrects = number > 1 ? 1 + Int(random.next() % UInt64(number - 1)) : nil
      case 2: update.corrects = number + 1 + Int(random.next() % 5)
      default: break
      }
      return update
    }
  }

  static func update(_ number: Int, _ kind: JournalUpdate.TargetKind, _ id: String, _ status: String, _ date: String)
    -> JournalUpdate
  {
    JournalUpdate(
      id: number, targetKind: kind, targetID: id, status: status, date: PlanDate(iso: date)!, note: "update \(number)",
      source: "MOFA", recording: Recording(author: "somchai", recordedAt: "2026-11-25T06:30:00Z", journalID: number))
  }
}

/// A small, seeded generator, so that a failing journal can be made again from its seed.
struct SplitMix64: RandomNumberGenerator {
  var state: UInt64
  init(seed: UInt64) { state = seed }
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}
