/// The plan's bodies (`bodies:`): the line ministries sectors name by id.
extension PlanDecoder {
  mutating func decodeBody(_ node: Node) -> Body? {
    guard let fields = reader.fields(of: node, .body, required: ["id", "side", "en", "lo", "km"]) else { return nil }
    let id = reader.string(fields, "id")
    if let id, let idNode = fields["id"] {
      remember(id, .body, at: idNode)
      declaredBodies.insert(id)
    }
    let side = reader.choice(fields, "side", as: Body.Side.self)
    let english = fields["en"].flatMap { decodeBodyName($0, "en") }
    let lao = fields["lo"].flatMap { decodeBodyName($0, "lo") }
    let khmer = fields["km"].flatMap { decodeBodyName($0, "km") }
    guard let id, let side, let english, let lao, let khmer else { return nil }
    return Body(id: id, side: side, english: english, lao: lao, khmer: khmer)
  }

  /// `{name: "...", source: "..."}`: a name is never given without where it comes from.
  private mutating func decodeBodyName(_ node: Node, _ key: String) -> BodyName? {
    guard let fields = reader.fields(of: node, .key(key), required: ["name", "source"]) else { return nil }
    guard let name = reader.string(fields, "name"), let source = reader.string(fields, "source") else { return nil }
    return BodyName(name: name, source: source)
  }

  /// A sector's or a commitment's `bodies:`, each an id of the plan's bodies.
  mutating func bodyIDs(_ fields: Fields, _ owner: PlanProblem.IDOwner) -> [String] {
    let ids = reader.strings(fields, "bodies")
    // A body that is declared but wrong has its own error: not one more at each place naming it.
    guard case .sequence(let items)? = fields["bodies"] else { return ids }
    for item in items {
      guard let id = item.scalar?.string, !declaredBodies.contains(id) else { continue }
      let suggestion = Suggestion.closest(to: id, in: declaredBodies.sorted())
      reader.report(.unknownBody(named: owner, id: id, suggestion: suggestion), at: item)
    }
    return ids
  }

  /// Who carries a commitment: the bodies its text names, else its sector's line ministries.
  func carried(_ commitment: Commitment, lineMinistries: [String]) -> Commitment {
    var carried = commitment
    carried.carriedBySector = commitment.bodies.isEmpty && !lineMinistries.isEmpty
    let ids = commitment.bodies.isEmpty ? lineMinistries : commitment.bodies
    carried.carriers = ids.compactMap { bodies[$0]?.label }
    return carried
  }
}
