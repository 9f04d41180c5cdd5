import AccordCore

extension AppState {
  /// The web address `y` copies: a meeting's source's, or the newest of a commitment's (its
  /// milestones' included) known by the day; http and https only (`SafeText.webAddress`).
  var sourceAddress: String? {
    switch route {
    case .meeting(let id):
      return view.meeting(id: id).flatMap { SafeText.webAddress($0.url) }
    case .commitment(let id):
      guard let commitment = view.commitment(id: id) else { return nil }
      let evidence = commitment.evidence + commitment.milestones.flatMap(\.evidence)
      return evidence.filter { SafeText.webAddress($0.url) != nil }.max { $0.date < $1.date }.flatMap {
        SafeText.webAddress($0.url)
      }
    default:
      return nil
    }
  }
}
