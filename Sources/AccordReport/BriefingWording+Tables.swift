import AccordCore

/// The briefing's words for its tables and lists: column headings, the pace, an item's kind and
/// what is overdue about it.
extension BriefingWording {
  var pillarColumns: [String] {
    [
      writing.localized("pillar", context: "column"), writing.localized("commitments", context: "column"),
      label(.done), label(.inProgress), label(.continuous), label(.notStarted), label(.unknown),
      writing.localized("deliverables done", context: "column"), writing.localized("overdue", context: "column"),
    ]
  }

  var silentColumns: [String] {
    [
      writing.localized("sector", context: "column"), label(.unknown),
      writing.localized("commitments", context: "column"),
    ]
  }

  var reportedColumns: [String] {
    [
      writing.localized("id", context: "column"), writing.localized("sector", context: "column"),
      writing.localized("commitment", context: "column"), writing.localized("status", context: "column"),
      writing.localized("target", context: "column"), writing.localized("latest evidence", context: "column"),
    ]
  }

  func meetingColumns(countdown: Bool) -> [String] {
    [
      writing.localized("when", context: "column"),
      // TRANSLATORS: "in" heads the column of how far off a meeting is ("in 12 days", "tomorrow").
      countdown ? writing.localized("in", context: "column") : writing.localized("status", context: "column"),
      writing.localized("meeting", context: "column"), writing.localized("place", context: "column"),
      writing.localized("source", context: "column"),
    ]
  }

  /// The countdowns to the period's end and the end of validity, and the pace.
  func pace(_ briefing: Briefing) -> [String] {
    let (countdown, pace) = (briefing.countdown, briefing.pace)
    return [
      self.countdown(countdown.daysToPeriodEnd, to: .period, countdown.periodEnd),
      self.countdown(countdown.daysToValidityEnd, to: .validity, countdown.validUntil),
      fill(writing.localized("Period gone: %1$s (from %2$s)"), percent(pace.periodGone), day(countdown.periodStart)),
      fill(writing.localized("Deliverables done: %s"), share(pace.deliverablesDone, of: pace.deliverables)),
      fill(writing.localized("Milestones done: %s"), share(pace.milestonesDone, of: pace.milestones)),
    ]
  }

  func subject(_ subject: ReportedItem.Subject) -> String {
    switch subject {
    case .commitment: writing.localized("commitment", context: "subject")
    case .milestone: writing.localized("milestone", context: "subject")
    case .meeting: writing.localized("meeting", context: "subject")
    }
  }

  /// `due 2025-06, 3 days overdue, in progress`: `due` already escaped by the format.
  func overdueFacts(_ item: OverdueItem, due: String) -> String {
    fill(
      // TRANSLATORS: after an overdue item's id: %1$s its target ("2024"), %2$s "N days overdue", %3$s its status.
      writing.localized("due %1$s, %2$s, %3$s"), due,
      writing.localized("%d day overdue", plural: "%d days overdue", count: item.daysOverdue), label(item.status))
  }
}
