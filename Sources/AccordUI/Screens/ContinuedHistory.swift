import AccordCore
import AccordLocalization
import AccordText

/// On the screen of a commitment that carries on one of the plan its plan follows
/// (`continues:` and `succeeds:`), that older commitment's history, below its own: the updates
/// the older plan's journal holds, under a title naming the older plan, when that plan is open
/// beside it (`ScreenContext.plans`); a line saying it is not, when it is not.
enum ContinuedHistory {
  /// The plan this one follows, when it is open: `succeeds:` names it by its title or short
  /// title.
  static func olderPlan(_ context: ScreenContext) -> PlanView? {
    context.plan.info.succeeds.flatMap { name in
      context.plans.first { $0.plan.info.title == name || $0.plan.info.shortTitle == name }
    }
  }

  /// The older plan's name for the reader: its short title in their language when it is open,
  /// else the name `succeeds:` gives.
  static func olderPlanName(_ context: ScreenContext, _ writing: Writing) -> String {
    olderPlan(context)?.plan.info.shortTitle(in: writing) ?? context.plan.info.succeeds
      ?? writing.localized("the plan before")
  }

  static func append(continuing id: String, context: ScreenContext, to doc: inout Document) {
    let writing = doc.writing
    let older = olderPlan(context)
    guard let older, let commitment = older.commitment(id: id) else {
      doc.blank()
      let plan = olderPlanName(context, writing)
      let line =
        older == nil
        ? Template.fill(
          writing.localized("The history of %1$s is in the journal of %2$s, which is not open."), [id, plan])
        : Template.fill(writing.localized("%2$s has no commitment %1$s: no earlier history."), [id, plan])
      doc.paragraph(line, style: Style(.dimText))
      return
    }
    let journal = older.journal
    let updates = journal.updates(of: [id] + commitment.milestones.map(\.id))
    let count = writing.localized("%d update in its journal", plural: "%d updates in its journal", count: updates.count)
    HistorySection.append(
      updates, journal: journal,
      heading: Template.fill(
        // TRANSLATORS: %1$s is the older commitment's id, %2$s the older plan's short title, %3$s "N updates in its journal".
        writing.localized("Earlier: %1$s in %2$s (%3$s)"), [id, older.plan.info.shortTitle(in: writing), count]),
      to: &doc)
  }
}
