import AccordCore

/// A body and the briefing's commitments it carries (`Commitment.carriers`): the briefing
/// grouped by who carries it, so an official finds their own ministry's part.
public struct CarrierFacts: Sendable, Equatable {
  /// How the plan names it (`Body.label`).
  public var name: String
  /// The body, with its side and its names in each language; nil for a carrier the plan's
  /// bodies lack (a plan written in code).
  public var body: Body?
  /// Its commitments' ids, in the plan's order.
  public var commitments: [String]
  /// How many of them have a report.
  public var withReport: Int
  public var overdue: Int

  /// Each carrier of `commitments` once (`AgencyIndex`), in the order of the plan's bodies (Lao
  /// then Cambodian, as the file lists them), then any the plan's bodies lack, by name.
  static func grouped(_ commitments: [Commitment], facts: [CommitmentFacts], bodies: [Body]) -> [CarrierFacts] {
    let rank = Dictionary(bodies.enumerated().map { ($1.label, $0) }, uniquingKeysWith: { first, _ in first })
    let byID = Dictionary(facts.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    let agencies = AgencyIndex(commitments: commitments, bodies: bodies).agencies.enumerated()
    let place = { (seen: Int, name: String) in (rank[name] ?? bodies.count, seen) }
    return agencies.sorted { place($0.offset, $0.element.name) < place($1.offset, $1.element.name) }.map { _, agency in
      let carried = agency.commitments.compactMap { byID[$0] }
      return CarrierFacts(
        name: agency.name, body: agency.body, commitments: agency.commitments,
        withReport: carried.count(where: { $0.status != .unknown }), overdue: carried.count(where: \.isOverdue))
    }
  }
}
