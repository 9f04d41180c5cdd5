import AccordCore

/// A long list of choices (the plan's 45 agencies) picked by typing: the list narrows to the
/// choices holding every typed word, accents and case aside, as `/` finds text; ↑/↓ move,
/// Enter picks, Esc goes back without changing anything.
public struct ChoicePicker: Equatable, Sendable {
  /// What is being chosen, for the box's title ("agency").
  public let title: String
  /// Every choice, in the order shown; the first is "any" (the filter off).
  public let choices: [String]
  public private(set) var query = ""
  /// The position in `shown`.
  public private(set) var selected = 0
  /// The choices that hold every typed word.
  public private(set) var shown: [String]

  public static let any = "any"

  public init(title: String, choices: [String], current: String?) {
    self.title = title
    self.choices = [Self.any] + choices
    shown = self.choices
    selected = current.flatMap { self.choices.firstIndex(of: $0) } ?? 0
  }

  /// What Enter picks: nil for "any" (the filter off), nil too when nothing is shown.
  public var picked: String?? {
    guard shown.indices.contains(selected) else { return .none }
    return .some(shown[selected] == Self.any ? nil : shown[selected])
  }

  public mutating func type(_ character: Character) {
    query.append(character)
    narrow()
  }

  public mutating func deleteBackward() {
    guard !query.isEmpty else { return }
    query.removeLast()
    narrow()
  }

  public mutating func move(by rows: Int) {
    guard !shown.isEmpty else { return }
    selected = min(max(0, selected + rows), shown.count - 1)
  }

  private mutating func narrow() {
    let words = SearchFolding.fold(query).split(separator: " ")
    shown =
      words.isEmpty
      ? choices
      : choices.filter { choice in
        let folded = SearchFolding.fold(choice)
        return choice != Self.any && words.allSatisfy { folded.contains($0) }
      }
    selected = 0
  }
}
