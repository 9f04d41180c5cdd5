/// The bodies that carry the plan, each with the commitments it carries (`Commitment.carriers`):
/// how an official finds "what has my ministry got to do?".
public struct AgencyIndex: Sendable {
  public struct Agency: Equatable, Sendable {
    /// How lists and filters name it (`Body.label`).
    public var name: String
    /// The body it is, with its names in each language; nil for a carrier the plan's bodies lack.
    public var body: Body?
    /// Its commitments' ids, in plan order.
    public var commitments: [String]

    /// Its name for a reader of a language (`en`, `lo`, `km`): the body's own name in it, or
    /// the English label.
    public func name(inLanguage code: String) -> String {
      guard let body, code != "en" else { return name }
      return body.name(inLanguage: code).name
    }
  }

  /// Every agency, by name (case- and accent-insensitive order).
  public let agencies: [Agency]

  public init(plan: Plan) { self.init(commitments: plan.commitments, bodies: plan.bodies) }

  /// The carriers of some of a plan's commitments (a briefing's scope), with the plan's bodies.
  public init(commitments: [Commitment], bodies: [Body]) {
    let bodies = Dictionary(bodies.map { ($0.label, $0) }, uniquingKeysWith: { first, _ in first })
    var order: [String] = []
    var held: [String: [String]] = [:]
    for commitment in commitments {
      for name in commitment.carriers where !(held[name]?.last == commitment.id) {
        if held[name] == nil { order.append(name) }
        held[name, default: []].append(commitment.id)
      }
    }
    agencies = order.sorted { SearchFolding.fold($0) < SearchFolding.fold($1) }
      .map { Agency(name: $0, body: bodies[$0], commitments: held[$0] ?? []) }
  }

  public func agency(named name: String) -> Agency? { agencies.first { $0.name == name } }
}
