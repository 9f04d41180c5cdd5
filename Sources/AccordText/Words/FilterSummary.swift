import AccordCore
import AccordLocalization

extension PlanFilters {
  /// `status: done · overdue · type: JC`: the filters that are on.
  public func summary(pillarNames: [String], writing: Writing = .english) -> String {
    [commitments.summary(pillarNames: pillarNames, writing: writing), meetings.summary(writing)].filter { !$0.isEmpty }
      .joined(separator: " · ")
  }
}

extension CommitmentFilter {
  /// `status: done, in progress · overdue · agency: Central banks`, in a fixed order.
  public func summary(pillarNames: [String], writing: Writing = .english) -> String {
    var parts: [String] = []
    if !statuses.isEmpty {
      let chosen = CommitmentStatus.allCases.filter(statuses.contains).map { $0.label(in: writing) }
      parts.append(Template.fill(writing.localized("status: %1$s"), [chosen.joined(separator: ", ")]))
    }
    if overdueOnly { parts.append(writing.localized("overdue")) }
    if let kind { parts.append(Template.fill(writing.localized("kind: %1$s"), [kind.rawValue])) }
    if let agency { parts.append(Template.fill(writing.localized("agency: %1$s"), [agency])) }
    if let targetYear { parts.append(Template.fill(writing.localized("due in %1$s"), [writing.number(targetYear)])) }
    if let pillar, pillarNames.indices.contains(pillar) {
      parts.append(Template.fill(writing.localized("pillar: %1$s"), [pillarNames[pillar]]))
    }
    if let confidence { parts.append(Template.fill(writing.localized("confidence: %1$s"), [confidence.rawValue])) }
    return parts.joined(separator: " · ")
  }
}

extension MeetingFilter {
  public var summary: String { summary(.english) }

  public func summary(_ writing: Writing) -> String {
    var parts: [String] = []
    if !types.isEmpty {
      let chosen = MeetingType.allCases.filter(types.contains).map { $0.label(in: writing) }
      parts.append(Template.fill(writing.localized("type: %1$s"), [chosen.joined(separator: ", ")]))
    }
    if !statuses.isEmpty {
      let chosen = MeetingStatus.allCases.filter(statuses.contains).map(\.rawValue)
      parts.append(Template.fill(writing.localized("status: %1$s"), [chosen.joined(separator: ", ")]))
    }
    if let year { parts.append(Template.fill(writing.localized("in %1$s", context: "year"), [writing.number(year)])) }
    return parts.joined(separator: " · ")
  }
}
