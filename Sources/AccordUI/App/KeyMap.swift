import AccordLocalization

/// What a key asks the dashboard to do, whatever key it was.
public enum Action: Hashable, Sendable {
  case up, down, left, right
  case pageUp, pageDown, home, end
  case open, back
  case pillar(Int)
  case timeline
  case search, goTo, nextMatch, previousMatch
  case agencies, watchlist, filters, nextMeeting
  /// The recent updates screen, and a week earlier or later for its first day.
  case recentUpdates, earlierWeek, laterWeek
  case recordUpdate
  /// The selected reported update confirmed (a coordinator's new entry), on the recent updates.
  case confirmUpdate
  /// The plans screen, when several plans are open.
  case plans
  case help
  case nextTheme
  /// The next language of the interface: English, Lao, Khmer.
  case nextLanguage
  /// The next order of a list of commitments.
  case sort
  /// The briefing for the day and filters shown, written to a file.
  case briefing
  /// The source's web address of the commitment or meeting shown, to the clipboard.
  case copyAddress
  case reload
  case redraw
  case quit
}

/// A key (or a few equivalent keys) bound to an action, with the words the help overlay shows.
public struct KeyBinding: Sendable, Equatable {
  public var keys: [Key]
  public var action: Action
  /// How the keys are written in the help, in Unicode and in ASCII.
  public var label: String
  public var asciiLabel: String
  public var description: String

  public init(_ keys: [Key], _ action: Action, _ label: String, ascii asciiLabel: String? = nil, _ description: String)
  {
    self.keys = keys
    self.action = action
    self.label = label
    self.asciiLabel = asciiLabel ?? label
    self.description = description
  }
}

/// The keys of each screen. `update` looks actions up here and the help overlay lists these
/// same bindings, so what help says and what keys do cannot drift apart.
public enum KeyMap {
  /// - Parameters:
  ///   - pillars: how many pillars the plan shown has: its digit keys jump to them.
  ///   - plans: how many plans are open: with several, `P` shows them all.
  ///   - writing: the language the help shows the descriptions in.
  public static func bindings(
    for route: Route, pillars: Int = 5, plans: Int = 1, writing: Writing = .english
  ) -> [KeyBinding] {
    var list: [KeyBinding] = []
    switch route {
    case .overview:
      list += [
        KeyBinding([.left, .character("h")], .left, "←/h", ascii: "Left/h", writing.localized("previous pillar")),
        KeyBinding([.right, .character("l")], .right, "→/l", ascii: "Right/l", writing.localized("next pillar")),
        KeyBinding([.up, .character("k")], .up, "↑/k", ascii: "Up/k", writing.localized("pillar above")),
        KeyBinding([.down, .character("j")], .down, "↓/j", ascii: "Down/j", writing.localized("pillar below")),
        KeyBinding([.enter], .open, "⏎", ascii: "Enter", writing.localized("open the selected pillar")),
      ]
    case .pillar, .sector, .timeline, .search, .agencies, .agency, .watchlist, .commitmentsOf, .meetingsOf, .updates,
      .plans:
      let item = route.itemName(writing)
      list += [
        KeyBinding(
          [.up, .character("k")], .up, "↑/k", ascii: "Up/k", Template.fill(writing.localized("previous %1$s"), [item])),
        KeyBinding(
          [.down, .character("j")], .down, "↓/j", ascii: "Down/j", Template.fill(writing.localized("next %1$s"), [item])
        ),
        KeyBinding([.pageUp], .pageUp, "PgUp", writing.localized("a page up")),
        KeyBinding([.pageDown], .pageDown, "PgDn", writing.localized("a page down")),
        KeyBinding([.home, .character("g")], .home, "Home/g", Template.fill(writing.localized("first %1$s"), [item])),
        KeyBinding([.end, .character("G")], .end, "End/G", Template.fill(writing.localized("last %1$s"), [item])),
        KeyBinding(
          [.enter, .right, .character("l")], .open, "⏎/→/l", ascii: "Enter/Right/l",
          Template.fill(
            plans > 1 && route.spansPlans
              // TRANSLATORS: %1$s is what a row is (meeting, result, entry); the list has every open plan's rows.
              ? writing.localized("open the selected %1$s in its plan (rows of every open plan)")
              : writing.localized("open the selected %1$s"), [item])),
      ]
    case .commitment, .meeting:
      list += [
        KeyBinding([.up, .character("k")], .up, "↑/k", ascii: "Up/k", writing.localized("scroll up")),
        KeyBinding([.down, .character("j")], .down, "↓/j", ascii: "Down/j", writing.localized("scroll down")),
        KeyBinding([.pageUp], .pageUp, "PgUp", writing.localized("a page up")),
        KeyBinding([.pageDown], .pageDown, "PgDn", writing.localized("a page down")),
        KeyBinding([.home, .character("g")], .home, "Home/g", writing.localized("top")),
        KeyBinding([.end, .character("G")], .end, "End/G", writing.localized("bottom")),
        KeyBinding(
          [.enter], .open, "⏎", ascii: "Enter",
          route.name == "meeting" ? writing.localized("its commitments") : writing.localized("its meetings")),
      ]
    }
    switch route {
    case .sector, .agency, .commitmentsOf:
      list.append(KeyBinding([.character("s")], .sort, "s", writing.localized("sort the commitments")))
    default: break
    }
    if case .updates = route {
      list += [
        KeyBinding([.character("[")], .earlierWeek, "[", writing.localized("from a week earlier")),
        KeyBinding([.character("]")], .laterWeek, "]", writing.localized("from a week later")),
        KeyBinding(
          [.character("C")], .confirmUpdate, "C",
          writing.localized("confirm a report")),
      ]
    }
    switch route {
    case .commitment, .meeting:
      list.append(KeyBinding([.character("y")], .copyAddress, "y", writing.localized("copy the source's web address")))
    default: break
    }
    if plans > 1 {
      list.append(KeyBinding([.character("P")], .plans, "P", writing.localized("every open plan")))
    }
    // With several plans, Back at a plan's overview is the way to the plans.
    if (route != .overview || plans > 1) && route != .plans {
      list.append(
        KeyBinding(
          [.escape, .backspace, .left, .character("h")], .back, "Esc/⌫/←/h",
          ascii: "Esc/Backspace/Left/h", writing.localized("back")))
    }
    list += [
      // `action(for:on:)` reads which digit it was; the binding stands for every pillar's in the help.
      KeyBinding(
        pillarDigits(pillars).map { .character(Character(String($0))) }, .pillar(0),
        "1-\(pillarDigits(pillars).upperBound)", writing.localized("jump to a pillar")),
      KeyBinding([.character("t")], .timeline, "t", writing.localized("timeline of meetings")),
      KeyBinding([.character("/")], .search, "/", writing.localized("search every text (Esc clears)")),
      KeyBinding([.character("n")], .nextMatch, "n", writing.localized("next match of the search here")),
      KeyBinding([.character("N")], .previousMatch, "N", writing.localized("previous match here")),
      KeyBinding([.character(":")], .goTo, ":", writing.localized("go to an id (Tab completes)")),
      KeyBinding([.character("f")], .filters, "f", writing.localized("filters: status, overdue, kind, year...")),
      KeyBinding([.character("a")], .agencies, "a", writing.localized("agencies and what each holds")),
      KeyBinding([.character("m")], .nextMeeting, "m", writing.localized("the next meeting (or click it)")),
      KeyBinding([.character("w")], .watchlist, "w", writing.localized("watch list: overdue, due soon")),
      KeyBinding([.character("U")], .recentUpdates, "U", writing.localized("recent updates in the journal")),
      KeyBinding(
        [.character("u")], .recordUpdate, "u", writing.localized("record an update of a commitment or meeting")),
      KeyBinding([.character("b")], .briefing, "b", writing.localized("write this view's briefing")),
      KeyBinding([.character("c")], .nextTheme, "c", writing.localized("next colour theme")),
      KeyBinding([.character("L")], .nextLanguage, "L", writing.localized("next language")),
      KeyBinding([.character("r")], .reload, "r", writing.localized("reload the plan and theme files")),
      KeyBinding([.character("?")], .help, "?", writing.localized("this help")),
      KeyBinding([.control("l")], .redraw, "Ctrl-L", writing.localized("repaint the screen")),
      KeyBinding([.character("q"), .control("c")], .quit, "q/Ctrl-C", writing.localized("quit")),
    ]
    return list
  }

  /// The action a key stands for on a screen, if any. While a prompt is open, `update` sends
  /// keys to it instead.
  public static func action(for key: Key, on route: Route, pillars: Int = 5, plans: Int = 1) -> Action? {
    if case .character(let c) = key, let digit = c.wholeNumberValue, pillarDigits(pillars).contains(digit) {
      return .pillar(digit - 1)
    }
    return bindings(for: route, pillars: pillars, plans: plans).first { $0.keys.contains(key) }?.action
  }

  /// The digits that jump to a pillar: one a pillar, 1 to 9 at most.
  static func pillarDigits(_ pillars: Int) -> ClosedRange<Int> { 1...max(1, min(9, pillars)) }
}
