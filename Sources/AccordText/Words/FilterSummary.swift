import AccordCore

extension PlanFilters {
  /// `status: done · overdue · type: JC`: the filters that are on.
  public func summary(pillarNames: [String]) -> String {
    [commitments.summary(pillarNames: pillarNames), meetings.summary].filter { !$0.isEmpty }.joined(separator: " · ")
  }
}

extension CommitmentFilter {
  /// `status: done, in progress · overdue · agency: Central banks`, in a fixed order.
  public func summary(pillarNames: [String]) -> String {
    var parts: [String] = []
    if !statuses.isEmpty {
      let chosen = CommitmentStatus.allCases.filter(statuses.contains).map(\.label)
      parts.append("status: " + chosen.joined(separator: ", "))
    }
    if overdueOnly { parts.append("overdue") }
    if let kind { parts.append("kind: \(kind.rawValue)") }
    if let agency { parts.append("agency: \(agency)") }
    if let targetYear { parts.append("due in \(targetYear)") }
    if let pillar, pillarNames.indices.contains(pillar) { parts.append("pillar: \(pillarNames[pillar])") }
    if let confidence { parts.append("confidence: \(confidence.rawValue)") }
    return parts.joined(separator: " · ")
  }
}

extension MeetingFilter {
  public var summary: String {
    var parts: [String] = []
    if !types.isEmpty {
      parts.append("type: " + MeetingType.allCases.filter(types.contains).map(\.label).joined(separator: ", "))
    }
    if !statuses.isEmpty {
      parts.append(
        "status: " + MeetingStatus.allCases.filter(statuses.contains).map(\.rawValue).joined(separator: ", "))
    }
    if let year { parts.append("in \(year)") }
    return parts.joined(separator: " · ")
  }
}
