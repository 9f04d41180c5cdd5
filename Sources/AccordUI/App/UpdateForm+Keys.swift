import AccordCore
import AccordLocalization

extension UpdateForm {
  /// What a key asks of the form as a whole.
  public enum Step: Equatable, Sendable {
    case editing
    /// Esc: close, nothing written.
    case cancel
    /// Ctrl-S, or Enter on the last field: check and record.
    case save
  }

  /// Tab and Shift-Tab (and the arrows up and down) move between fields; Enter moves on and
  /// saves on the last; a picker steps with ←/→ or Space, or jumps to the value a letter
  /// starts; a text field edits as a shell's line does.
  public mutating func handle(_ key: Key) -> Step {
    notice = nil
    let afterPaste = justPasted
    justPasted = false
    switch key {
    case .escape: return .cancel
    case .control("s"): return save(afterPaste: afterPaste)
    case .enter:
      if focus == fields.last { return save(afterPaste: afterPaste) }
      moveFocus(by: 1)
    case .tab, .down: moveFocus(by: 1)
    case .backTab, .up: moveFocus(by: -1)
    default:
      if Self.isPicker(focus) { choose(key) } else { edit(key) }
    }
    return .editing
  }

  /// A save that is the first key after a paste asks again: it may be the paste's own tail
  /// (`Gazette\e[201~` then Ctrl-S) that a terminal delivered apart from it, and a paste must
  /// never record.
  private mutating func save(afterPaste: Bool) -> Step {
    guard afterPaste else { return .save }
    notice = .pasted
    return .editing
  }

  private mutating func moveFocus(by step: Int) {
    let fields = fields
    let index = fields.firstIndex(of: focus) ?? 0
    focus = fields[(index + step + fields.count) % fields.count]
  }

  private mutating func choose(_ key: Key) {
    let names = choices(of: focus)
    let count = names.count
    var index = chosen(in: focus)
    switch key {
    case .left: index -= 1
    case .right, .character(" "): index += 1
    case .home: index = 0
    case .end: index = count - 1
    case .character(let letter):
      // A letter picks the next value that starts with it: `d` done, `r` reported.
      guard let found = (1...count).map({ (index + $0) % count }).first(where: { names[$0].first == letter }) else {
        return
      }
      index = found
    default: return
    }
    index = (index + count) % count
    switch focus {
    case .target:
      // A milestone takes the same statuses as its commitment: the choice stays. What is
      // corrected belongs to one target, so it goes.
      targetIndex = index
      correctsIndex = 0
    case .status: statusIndex = index
    case .corrects: correctsIndex = index
    default: confidence = Confidence.allCases[index]
    }
    problems[focus] = nil
  }

  /// Pasted text, already one line, goes into the focused text field; a picker ignores it.
  public mutating func paste(_ line: String) {
    notice = nil
    justPasted = true
    guard !Self.isPicker(focus) else { return }
    insert(line)
  }

  private mutating func edit(_ key: Key) {
    if case .character(let character) = key { return insert(String(character)) }
    guard var field = text(of: focus) else { return }
    switch key {
    case .left, .control("b"): field.moveLeft()
    case .right, .control("f"): field.moveRight()
    case .home, .control("a"): field.moveHome()
    case .end, .control("e"): field.moveEnd()
    case .backspace, .control("h"): field.deleteBackward()
    case .delete, .control("d"): field.deleteForward()
    case .control("u"): field.deleteToStart()
    case .control("k"): field.deleteToEnd()
    case .control("w"): field.deleteWordBackward()
    default: return
    }
    store(field)
  }

  private mutating func insert(_ typed: String) {
    guard var field = text(of: focus) else { return }
    if field.insert(typed) == .full {
      notice = .full(focus, limit: field.limit)
    }
    store(field)
  }

  private mutating func store(_ field: TextField) {
    problems[focus] = nil
    switch focus {
    case .date: date = field
    case .note: note = field
    case .source: source = field
    default: url = field
    }
  }
}
