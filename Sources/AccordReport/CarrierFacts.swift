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

  /// Each carrier of `commitments` once, in the order of the plan's bodies (Lao then Cambodian,
  /// as the file lists them), then any the plan's bodies lack, in the order first met.
  static func grouped(_ commitments: [CommitmentFacts], bodies: [Body]) -> [CarrierFacts] {
    var order: [String] = []
    var held: [String: [CommitmentFacts]] = [:]
    for commitment in commitments {
      for name in commitment.agencies where held[name]?.last?.id != commitment.id {
        if held[name] == nil { order.append(name) }
        held[name, default: []].append(commitment)
      }
    }
    let byLabel = Dictionary(bodies.map { ($0.label, $0) }, uniquingKeysWith: { first, _ in first })
    let rank = Dictionary(bodies.enumerated().map { ($1.label, $0) }, uniquingKeysWith: { first, _ in first })
    let place = { (seen: Int, name: String) in (rank[name] ?? bodies.count, seen) }
    return order.enumerated().sorted { place($0.offset, $0.element) < place($1.offset, $1.element) }.map { _, name in
      let carried = held[name] ?? []
      return CarrierFacts(
        name: name, body: byLabel[name], commitments: carried.map(\.id),
        withReport: carried.count(where: { $0.status != .unknown }), overdue: carried.count(where: \.isOverdue))
    }
  }
}
