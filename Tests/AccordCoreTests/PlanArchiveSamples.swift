@testable import AccordCore

/// Plans for the archive's tests.
enum PlanArchiveSamples {
  static let recording = Recording(
    author: "somchai", authorName: "Somchai P.", recordedAt: "2026-11-25T06:30:00Z", journalID: 42)

  static let evidence = Evidence(
    date: .month(year: 2024, month: 12), summary: "MOU signed ສະບາຍດີ", source: "KPL", url: "https://kpl.gov.la/x",
    confidence: .reported, status: .done, recording: recording, published: .day(year: 2024, month: 12, day: 6))

  /// Every optional given, every flag and choice away from its default.
  static var everyFieldSet: Plan {
    var info = PlanInfo(
      title: "Plan between A and B", shortTitle: "A-B", parties: ["A", "B"],
      signed: Day(year: 2023, month: 2, day: 13), signedAt: "Vientiane", signatories: ["X", "Y"],
      periodStart: Day(year: 2023, month: 1, day: 1), periodEnd: Day(year: 2027, month: 12, day: 31),
      validUntil: Day(year: 2028, month: 2, day: 13), source: "the signed text", succeeds: "Plan 2019-2023",
      id: "ab")
    info.otherTitles = ["lo": "ແຜນ", "km": "ផែនការ", "th": "แผน", "vi": "kế hoạch"]
    info.otherShortTitles = ["lo": "ແຜນ A-B"]
    var commitment = Commitment(
      id: "1.1", text: "Signing an MOU in 2023", kind: .deliverable,
      target: Target(start: .year(2023), end: .month(year: 2024, month: 6)), bodies: ["mofa-la"],
      alsoNamed: ["border provinces"], status: .inProgress, evidence: [evidence],
      milestones: [
        Milestone(
          id: "1.1a", what: "a visit", due: Due(target: Target(.year(2023)), agreedDateAllowed: true), status: .done,
          evidence: [evidence]),
        Milestone(id: "1.1b", what: "a seminar", due: Due(target: nil)),
      ], continues: "3.2", carriers: ["Ministry (Lao PDR)"])
    commitment.carriedBySector = true
    commitment.statusConfidence = .reported
    commitment.milestones[0].statusConfidence = .reported
    var meeting = Meeting(
      id: "jc-2024", title: "Joint Commission", type: .jointCommission, date: .day(year: 2024, month: 4, day: 23),
      end: Day(year: 2024, month: 4, day: 25), place: "Phnom Penh", status: .postponed, confidence: .reported,
      sectors: ["1", "all"], commitments: ["1.1"], source: "AKP", url: "https://akp.gov.kh", note: "a note",
      isContext: true,
      evidence: [
        MeetingEvidence(
          date: .year(2025), status: .planned, summary: "to be held", source: "KPL", url: "https://kpl.gov.la",
          confidence: .reported, recording: recording)
      ],
      announced: Announcement(date: .month(year: 2024, month: 1), source: "the plan", url: "https://a.b"),
      published: .year(2024), fulfils: "1.1a", ledBy: MeetingLeaders(lao: "a minister", cambodia: nil, source: "AKP"))
    meeting.otherTitles = ["km": "គណៈកម្មការ"]
    let body = Body(
      id: "mofa-la", side: .cambodia, english: BodyName(name: "Ministry", source: "a"),
      lao: BodyName(name: "ກະຊວງ", source: "b"), khmer: BodyName(name: "ក្រសួង", source: "none — c"))
    return Plan(
      info: info,
      pillars: [
        Pillar(
          id: "I", name: "Political",
          sectors: [
            Sector(
              id: "1", name: "Foreign Affairs", commitments: [commitment], bodies: ["mofa-la"],
              otherNames: ["lo": "ການຕ່າງປະເທດ"])
          ], otherNames: ["km": "នយោបាយ"])
      ],
      meetings: [meeting, Meeting(id: "m2", title: "t", type: .other, date: nil, status: .held, source: "s")],
      bodies: [body])
  }
}
