import AccordCore
import AccordText

/// The plans a list is made of: with several open, the timeline, the watch list and search
/// span them all (`Route.spansPlans`), each row naming its plan by its short id (as `:` takes
/// it) and Enter on a row of another plan opening it there; with one, the plan shown alone.
struct OpenPlans: Sendable {
  /// Every open plan's view, in the order they were opened.
  let views: [PlanView]
  /// The plan shown, by its index in `views`.
  let shown: Int

  /// The plan shown alone: lists exactly as with a single plan.
  init(_ view: PlanView) {
    views = [view]
    shown = 0
  }

  init(views: [PlanView], shown: Int) {
    self.views = views
    self.shown = views.indices.contains(shown) ? shown : 0
  }

  /// Rows name their plan only when there is more than one.
  var spans: Bool { views.count > 1 }

  /// The plan of a row, by its index among the open plans, when it is not the plan shown; nil
  /// for the plan shown (what `Screen.plan(of:)` answers).
  func other(_ plan: Int) -> Int? { spans && plan != shown ? plan : nil }

  /// The column of the plans' short ids, with its gap; none with one plan.
  func tagWidth(_ glyphs: Glyphs) -> Int {
    spans ? (views.map { DisplayWidth.of(glyphs.text($0.plan.info.key)) }.max() ?? 0) + 1 : 0
  }

  /// Writes the short id of `plan` at the start of a row and gives back the rest of the row.
  func tag(_ plan: Int, in area: Rect, width: Int, glyphs: Glyphs, into grid: inout CellGrid) -> Rect {
    guard spans, views.indices.contains(plan), width > 0 else { return area }
    let key = glyphs.text(views[plan].plan.info.key)
    grid.write(key, in: area, style: plan == shown ? Style(.text, [.bold]) : Style(.dimText, [.bold]))
    return Rect(x: area.x + width, y: area.y, width: max(0, area.width - width), height: area.height)
  }

  /// A screen's context for a row of `plan`: what it reads (its schedule, its day, its
  /// commitments) is that plan's.
  func context(_ context: ScreenContext, of plan: Int) -> ScreenContext {
    guard views.indices.contains(plan) else { return context }
    var seen = context
    seen.view = views[plan]
    return seen
  }
}

/// An item of a list that spans the open plans, with the index of its plan among them.
struct OfPlan<Item: Sendable>: Sendable {
  let plan: Int
  let item: Item
}

extension OfPlan {
  /// The items of every plan in one list, in `order`; items that compare the same keep the
  /// plans' order, then each plan's own, so the list never depends on how sorting breaks ties.
  static func merging(_ lists: [[Item]], by order: (Item, Item) -> Bool) -> [OfPlan<Item>] {
    // One plan's list is in its order already.
    if lists.count == 1 { return lists[0].map { OfPlan(plan: 0, item: $0) } }
    let all = lists.enumerated().flatMap { plan, items in
      items.enumerated().map { (place: $0.offset, of: OfPlan(plan: plan, item: $0.element)) }
    }
    return all.sorted { a, b in
      if order(a.of.item, b.of.item) { return true }
      if order(b.of.item, a.of.item) { return false }
      return (a.of.plan, a.place) < (b.of.plan, b.place)
    }.map(\.of)
  }
}
