import AccordCore
import AccordText

/// One line of text being edited, with its cursor: the keys people expect of a text field.
/// The cursor stands between grapheme clusters, so a Lao vowel sign or a combining accent is
/// never split from its letter, and the text is capped so that every edit stays cheap.
public struct TextField: Equatable, Sendable {
  /// The clusters typed, so the cursor moves and deletes by index without walking the text.
  public private(set) var characters: [Character]
  /// Where the cursor stands: before `characters[cursor]`, or at the end.
  public private(set) var cursor: Int
  /// The most grapheme clusters it takes.
  public let limit: Int

  public init(_ text: String = "", limit: Int) {
    self.limit = max(0, limit)
    characters = Array(text.filter(Self.isTypeable).prefix(self.limit))
    cursor = characters.count
  }

  public var text: String { String(characters) }
  public var isEmpty: Bool { characters.isEmpty }

  /// What the edit did: done, or refused because the field is full.
  public enum Outcome: Equatable, Sendable {
    case done
    case full
  }

  /// Inserts typed or pasted text at the cursor, as much as fits. A mark that arrives on its
  /// own (a terminal sends Lao and combining accents a code point at a time) joins the cluster
  /// before the cursor, as it would in the finished text.
  @discardableResult
  public mutating func insert(_ text: String) -> Outcome {
    for scalar in text.unicodeScalars {
      let piece = Character(scalar)
      guard Self.isTypeable(piece) else { continue }
      if cursor > 0, let joined = Self.joined(characters[cursor - 1], piece) {
        characters[cursor - 1] = joined
      } else if cursor < characters.count, let joined = Self.joined(piece, characters[cursor]) {
        characters[cursor] = joined
        cursor += 1
      } else {
        guard characters.count < limit else { return .full }
        characters.insert(piece, at: cursor)
        cursor += 1
      }
    }
    return .done
  }

  public mutating func moveLeft() { cursor = max(0, cursor - 1) }
  public mutating func moveRight() { cursor = min(characters.count, cursor + 1) }
  public mutating func moveHome() { cursor = 0 }
  public mutating func moveEnd() { cursor = characters.count }

  /// Backspace: the cluster before the cursor.
  public mutating func deleteBackward() {
    guard cursor > 0 else { return }
    characters.remove(at: cursor - 1)
    cursor -= 1
  }

  /// Delete: the cluster under the cursor.
  public mutating func deleteForward() {
    guard cursor < characters.count else { return }
    characters.remove(at: cursor)
  }

  /// Ctrl-U: everything before the cursor.
  public mutating func deleteToStart() {
    characters.removeSubrange(0..<cursor)
    cursor = 0
  }

  /// Ctrl-K: everything from the cursor on.
  public mutating func deleteToEnd() {
    characters.removeSubrange(cursor...)
  }

  /// Ctrl-W: the word before the cursor and the spaces after it.
  public mutating func deleteWordBackward() {
    var start = cursor
    while start > 0, characters[start - 1].isWhitespace { start -= 1 }
    while start > 0, !characters[start - 1].isWhitespace { start -= 1 }
    characters.removeSubrange(start..<cursor)
    cursor = start
  }

  /// What shows in `columns` columns: the clusters from `start`, and the column the cursor is
  /// at. The text scrolls by display width just enough that the cursor, and the cluster under
  /// it, stay in view; it is computed for each frame, so a resize never loses anything.
  public func window(columns: Int) -> (start: Int, end: Int, cursorColumn: Int) {
    guard columns > 0 else { return (cursor, cursor, 0) }
    let under = cursor < characters.count ? max(1, DisplayWidth.of(characters[cursor])) : 1
    var start = cursor
    var used = under
    while start > 0 {
      let width = DisplayWidth.of(characters[start - 1])
      guard used + width <= columns else { break }
      used += width
      start -= 1
    }
    let cursorColumn = used - under
    var end = cursor
    var filled = cursorColumn
    while end < characters.count {
      let width = DisplayWidth.of(characters[end])
      guard filled + width <= columns else { break }
      filled += width
      end += 1
    }
    return (start, end, cursorColumn)
  }

  /// `second` belongs to `first`'s cluster (a combining mark, a vowel sign, a joiner).
  private static func joined(_ first: Character, _ second: Character) -> Character? {
    // A cluster is bounded like the text: a run of marks cannot make one edit slow.
    guard first.unicodeScalars.count < 32 else { return nil }
    let together = String(first) + String(second)
    return together.count == 1 ? Character(together) : nil
  }

  /// Control characters and bidi overrides never enter a field: drawn, they could reach the
  /// terminal or turn the line around.
  private static func isTypeable(_ character: Character) -> Bool {
    !character.unicodeScalars.contains(where: SafeText.isUnsafe)
  }
}
