/// The one-line account `accord check` gives of a valid plan.
public struct PlanSummary: Equatable, Sendable {
  public var pillars: Int
  public var sectors: Int
  public var commitments: Int
  public var meetings: Int
  public var withEvidence: Int

  public init(_ plan: Plan) {
    pillars = plan.pillars.count
    sectors = plan.sectors.count
    commitments = plan.commitments.count
    meetings = plan.meetings.count
    withEvidence = plan.commitments.filter { !$0.evidence.isEmpty }.count
  }

  public var line: String {
    "ok: \(pillars) pillars, \(sectors) sectors, \(commitments) commitments, \(meetings) meetings, \(withEvidence) with evidence"
  }
}
