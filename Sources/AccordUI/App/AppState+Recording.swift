import AccordCore
import AccordLocalization

extension AppState {
  /// What `u` says where nothing may be written: `--read-only` and the kiosk.
  public static let readOnlyNotice = Writing.english.localized("read-only: this dashboard cannot record updates")

  /// `u`: the form for the commitment or meeting on screen, or the one selected in a list.
  mutating func openUpdateForm() {
    guard !readOnly && kiosk == nil else {
      notice = writing.localized(AppState.readOnlyNotice)
      return
    }
    if let other = layout.screen?.plan(of: position(for: route).selected) {
      // `u` records in the plan shown's journal: another plan's item is recorded in its own.
      notice = Template.fill(
        writing.localized("this row is of plan %1$s: Enter opens it there, where u records its update"),
        [sessions[other].view.plan.info.key])
      return
    }
    guard let target = updateTarget else {
      notice = writing.localized("select a commitment or a meeting to record an update")
      return
    }
    let id = target.id
    switch target.kind {
    case .commitment:
      guard let commitment = view.commitment(id: id) else { return }
      var form = UpdateForm(
        about: formTarget(.commitment, id, commitment.text),
        or: commitment.milestones.map { formTarget(.milestone, $0.id, $0.what) },
        status: commitment.status.rawValue, today: today)
      // A milestone found by search is what the update is about.
      let hit = selectedMilestoneHit
      if let milestone = commitment.milestones.firstIndex(where: { $0.id == hit }) {
        form.targetIndex = milestone + 1
        form.statusIndex = form.statuses.firstIndex(of: commitment.milestones[milestone].status.rawValue) ?? 0
      }
      updateForm = form
    case .meeting:
      guard let meeting = view.meeting(id: id) else { return }
      // A meeting still to come (its day ahead, or its month or year not over) is most likely
      // confirmed or moved; one whose day came, held.
      let ahead = meeting.date.map { $0.isExactDay ? $0.earliestDay > today : $0.latestDay >= today } ?? true
      var form = UpdateForm(
        about: formTarget(.meeting, id, meeting.title(in: writing)), status: ahead ? "planned" : "held", today: today)
      if ahead, let date = meeting.date { form.date = TextField(date.description, limit: 10) }
      updateForm = form
    default:
      return
    }
  }

  /// What the form may be about, with the updates of it that a new one may correct.
  private func formTarget(_ kind: JournalUpdate.TargetKind, _ id: String, _ title: String) -> UpdateForm.Target {
    let standing = view.journal.updates(of: [id]).filter { view.journal.correction(of: $0) == nil }
    return UpdateForm.Target(kind: kind, id: id, title: title, correctable: standing.map(UpdateForm.Correctable.init))
  }

  /// `C` on the recent updates: the selected reported update confirmed, recorded as a new entry
  /// correcting it (`JournalUpdate.confirmation`), as `accord confirm N` does. Whether this
  /// person may is the journal's to say (a coordinator); a refusal comes back as `recordFailed`.
  mutating func confirmSelectedUpdate() -> Effect {
    guard !readOnly && kiosk == nil else {
      notice = writing.localized(AppState.readOnlyNotice)
      return .none
    }
    guard let screen = layout.screen as? RecentUpdatesScreen,
      screen.updates.indices.contains(position(for: route).selected)
    else { return .none }
    let update = screen.updates[position(for: route).selected]
    guard update.confidence == .reported, let confirmation = try? update.confirmation() else {
      notice = Template.fill(
        writing.localized("update #%1$s is already confirmed: nothing to confirm"), [writing.number(update.id ?? 0)])
      return .none
    }
    return .record(confirmation, plan: sessions[activePlan].identity)
  }

  /// The commitment or meeting `u` records for: the one shown, else the one selected.
  var updateTarget: UpdateTarget? {
    layout.screen?.updateTarget(selecting: position(for: route).selected, context: context())
  }

  /// The milestone selected among search results, if that is what is selected.
  private var selectedMilestoneHit: String? {
    guard let search = layout.screen as? SearchScreen else { return nil }
    let selected = position(for: route).selected
    guard search.found.indices.contains(selected), search.found[selected].item.kind == .milestone else { return nil }
    return search.found[selected].item.id
  }

  /// A key while the form is open: it edits; Esc closes it with nothing written; a save is
  /// checked as `accord update` checks, and only an update without problems goes out to be
  /// recorded (the form stays open until the journal says it is).
  mutating func typeIntoForm(_ key: Key) -> Effect {
    guard var form = updateForm else { return .none }
    let step = form.handle(key)
    switch step {
    case .editing:
      updateForm = form
    case .cancel:
      updateForm = nil
    case .save:
      form.failure = nil
      switch form.entry.checked(in: view.source, today: today) {
      case .success(let update):
        form.problems = [:]
        updateForm = form
        return .record(update, plan: sessions[activePlan].identity)
      case .failure(let problems):
        form.show(problems.list, in: writing)
        updateForm = form
      }
    }
    return .none
  }

  /// The journal recorded `update`: the form closes and every screen shows it at once.
  public mutating func showRecorded(_ update: JournalUpdate) {
    updateForm = nil
    guard let number = update.id else {
      // Kept in the outbox: shown once the server has it and the watch reads it back.
      notice = Template.fill(
        writing.localized("kept to be sent when the server is back: %1$s %2$s on %3$s"),
        [update.targetID, update.status, writing.date(update.date)])
      return
    }
    // Shown at once; the journal watch reads the same update back within a poll or two.
    if !view.merge.contains(number: number) {
      var merge = view.merge
      merge.add([update])
      // From the view shown: only the update's target is seen anew, on the screen's thread.
      loadJournal(PlanView(merge: merge, after: view))
    }
    notice = Template.fill(
      writing.localized("recorded #%1$s: %2$s %3$s on %4$s"),
      [writing.number(number), update.targetID, update.status, writing.date(update.date)])
  }
}
