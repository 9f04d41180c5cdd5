import AccordCore
import AccordLocalization

/// The unattended briefing-room mode: pages follow each other by themselves, every key but a
/// deliberate exit is ignored, and the countdown stays in sight.
public struct Kiosk: Equatable, Sendable {
  public enum Page: Equatable, Sendable {
    case overview
    case pillar(Int)
    case timeline
    /// The next meetings and the overdue deliverables.
    case watchlist
  }

  public let pages: [Page]
  /// Seconds each page stays.
  public let cycle: Int
  public private(set) var index = 0
  private(set) var secondsOnPage = 0
  /// The last keys typed, to spot the exit sequence.
  private(set) var typed = ""

  /// Typed in a row, ends the kiosk (as Ctrl-C does); any other key is ignored.
  public static let exitWord = "quit"

  public init(pillars: Int, cycle: Int) {
    pages = [.overview] + (0..<pillars).map { .pillar($0) } + [.timeline, .watchlist]
    self.cycle = max(1, cycle)
  }

  public var page: Page { pages[index] }

  /// One second has passed: moves to the next page when this one's time is up.
  public mutating func secondElapsed() {
    secondsOnPage += 1
    if secondsOnPage >= cycle {
      secondsOnPage = 0
      index = (index + 1) % pages.count
    }
  }

  /// A key was typed: true when it completes the exit word.
  public mutating func type(_ character: Character) -> Bool {
    typed = String((typed + String(character)).suffix(Self.exitWord.count))
    return typed == Self.exitWord
  }

  /// The route that shows a page (the watchlist has a screen of its own in kiosk mode).
  public var route: Route {
    switch page {
    case .overview, .watchlist: .overview
    case .pillar(let index): .pillar(index)
    case .timeline: .timeline
    }
  }

  /// What the page indicator calls the page, e.g. `I Political`.
  public func pageTitle(in plan: Plan, writing: Writing = .english) -> String {
    switch page {
    case .overview: writing.localized("Overview")
    case .pillar(let index):
      plan.pillars.indices.contains(index)
        ? plan.pillars[index].heading(writing)
        : Template.fill(writing.localized("Pillar %1$s"), [writing.number(index + 1)])
    case .timeline: writing.localized("Meetings")
    case .watchlist: writing.localized("Next meetings and overdue deliverables")
    }
  }
}
