/// The bodies the plan names (ministries, courts, central banks...), each with the
/// commitments it holds: how an official finds "what has my ministry got to do?".
public struct AgencyIndex: Sendable {
  public struct Agency: Equatable, Sendable {
    /// The canonical name the data files it under.
    public var name: String
    /// Its commitments' ids, in plan order.
    public var commitments: [String]
  }

  /// Every agency, by name (case- and accent-insensitive order).
  public let agencies: [Agency]

  public init(plan: Plan) {
    var order: [String] = []
    var held: [String: [String]] = [:]
    for commitment in plan.commitments {
      for name in commitment.carriers where !(held[name]?.last == commitment.id) {
        if held[name] == nil { order.append(name) }
        held[name, default: []].append(commitment.id)
      }
    }
    agencies = order.sorted { SearchFolding.fold($0) < SearchFolding.fold($1) }
      .map { Agency(name: $0, commitments: held[$0] ?? []) }
  }

  public func agency(named name: String) -> Agency? { agencies.first { $0.name == name } }
}
