import AccordCore
import AccordLocalization

// What is wrong with a journal row that is not an update, in the reader's language. Column
// names are the journal's schema's (what `sqlite3` shows), so they stay as they are.

extension UnreadableUpdate {
  /// `update #7 cannot be read (its note is a blob, not text); it is left out`.
  public func message(in writing: Writing) -> String {
    let why = problem.message(in: writing)
    guard let number else {
      return Template.fill(writing.localized("update without a number cannot be read (%1$s); it is left out"), [why])
    }
    return Template.fill(
      writing.localized("update #%1$s cannot be read (%2$s); it is left out"), [String(number), why])
  }

  /// Each row named once, `path: ...`, up to a screenful, then how many more.
  public static func lines(_ unreadable: [UnreadableUpdate], path: String, in writing: Writing) -> [String] {
    let limit = 20
    let named = unreadable.prefix(limit).map { "\(path): " + $0.message(in: writing) }
    guard unreadable.count > limit else { return named }
    let more = unreadable.count - limit
    return named + [
      "\(path): "
        + Template.fill(
          writing.localized("%1$s more update cannot be read", plural: "%1$s more updates cannot be read", count: more),
          [writing.number(more)])
    ]
  }

  /// One line for the dashboard's bottom line: how many rows were left out, and the first's problem.
  public static func summary(count: Int, first: UnreadableUpdate, in writing: Writing) -> String {
    let number = first.number.map { "#\($0)" } ?? writing.localized("without a number", context: "update")
    let why = first.problem.message(in: writing)
    // One row has no first: its own sentence, not a plural form.
    guard count > 1 else {
      return Template.fill(writing.localized("left out unreadable row %1$s (%2$s)"), [number, why])
    }
    return Template.fill(
      writing.localized(
        "left out unreadable %1$s row, first %2$s (%3$s)", plural: "left out unreadable %1$s rows, first %2$s (%3$s)",
        count: count), [writing.number(count), number, why])
  }
}

extension UnreadableUpdate.Problem {
  public func message(in writing: Writing) -> String {
    switch self {
    case .notText(let column, let kind):
      // TRANSLATORS: %1$s is a column of the journal's table (note, source...), %2$s the type it holds.
      Template.fill(writing.localized("its %1$s is %2$s, not text"), ["\(column)", kind.name(in: writing)])
    case .notANumber(let kind):
      Template.fill(writing.localized("its id is %1$s, not an update's number"), [kind.name(in: writing)])
    case .notATargetKind: writing.localized("its target_kind is not commitment, milestone or meeting")
    case .notADate: writing.localized("its date is not YYYY, YYYY-MM or YYYY-MM-DD")
    case .notAConfidence: writing.localized("its confidence is not confirmed or reported")
    case .notACorrection(let kind):
      Template.fill(writing.localized("its corrects is %1$s, not the number of an update"), [kind.name(in: writing)])
    }
  }
}

extension StoredValue.Kind {
  /// The type SQLite stored, as the sentences above name it.
  func name(in writing: Writing) -> String {
    switch self {
    case .null: writing.localized("empty", context: "stored value")
    case .integer: writing.localized("a whole number", context: "stored value")
    case .real: writing.localized("a real number", context: "stored value")
    case .text: writing.localized("text", context: "stored value")
    case .blob: writing.localized("a blob", context: "stored value")
    }
  }
}
