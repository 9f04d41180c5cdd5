import AccordCore
import AccordLocalization

extension AppState {
  /// `:` with several plans open. `key/id` (`:fx/1.2`) opens plan `key` (`PlanInfo.key`) for
  /// its `id`; a bare id that one plan alone has opens that plan; one that several have asks
  /// which, naming each as `key/id`. Returns the id to go to in the plan shown then, nil when
  /// there is none (the notice says why). With one plan, the text as typed.
  mutating func goToAcrossPlans(_ text: String) -> String? {
    guard sessions.count > 1 else { return text }
    let typed = String(text.drop { $0 == " " })
    if let slash = typed.firstIndex(of: "/") {
      let key = typed[..<slash].lowercased()
      let id = String(typed[typed.index(after: slash)...])
      guard let index = sessions.firstIndex(where: { $0.view.plan.info.key == key }) else {
        let keys = sessions.map(\.view.plan.info.key).joined(separator: ", ")
        notice = Template.fill(
          writing.localized("no plan \"%1$s\" open; the plans open are %2$s"), [SafeText.sanitized(String(key)), keys])
        return nil
      }
      openPlan(index)
      return id
    }
    let holding = sessions.indices.filter { GoToTarget.resolve(typed, in: sessions[$0].view.plan) != nil }
    if holding.count > 1 {
      let choices = holding.map { "\(sessions[$0].view.plan.info.key)/\(SafeText.sanitized(typed))" }
      notice = Template.fill(
        // TRANSLATORS: %1$s is an id typed to go to, %2$s how many plans have it, %3$s the ways to name one (lk/1.1 or fx/1.1).
        writing.localized("\"%1$s\" is in %2$s plans: type %3$s"),
        [
          SafeText.sanitized(typed), writing.number(holding.count),
          choices.joined(separator: " " + writing.localized("or", context: "list") + " "),
        ])
      return nil
    }
    if let only = holding.first, only != activePlan { openPlan(only) }
    return typed
  }
}
