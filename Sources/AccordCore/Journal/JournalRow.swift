/// A value as SQLite stores it. Any column of any row may hold any of these (SQLite's types are
/// per value, and anyone with `sqlite3` can insert a row), so the journal's rows are read as
/// these and checked, never cast.
public enum StoredValue: Sendable, Equatable {
  case null
  case integer(Int64)
  case real(Double)
  case text(String)
  case blob([UInt8])

  /// Which of SQLite's types the value has: what a message names, never the value, which may
  /// hold anything.
  public enum Kind: Sendable, Equatable, Codable {
    case null, integer, real, text, blob
  }

  public var kind: Kind {
    switch self {
    case .null: .null
    case .integer: .integer
    case .real: .real
    case .text: .text
    case .blob: .blob
    }
  }
}

/// One row of the journal's `update` table: a value for each column, in `Column` order.
public struct JournalRow: Sendable, Equatable {
  /// The columns, as the journal's schema names them, in the order a row holds them.
  public enum Column: Int, CaseIterable, Sendable, Codable {
    case id, target_kind, target_id, status, date, note, source, url, confidence, corrects, author, author_name,
      recorded_at
  }

  public var values: [StoredValue]

  public init(_ values: [StoredValue]) { self.values = values }

  /// A column's value; a row cut short holds nothing in the rest.
  public subscript(_ column: Column) -> StoredValue {
    values.indices.contains(column.rawValue) ? values[column.rawValue] : .null
  }

  /// `SELECT` this, and a row's values come in `Column` order.
  public static let columnList = Column.allCases.map { "\"\($0)\"" }.joined(separator: ", ")
}

extension JournalUpdate {
  /// The update a row holds, every column checked for its type and meaning.
  public init(row: JournalRow) throws(UnreadableUpdate) {
    let number: Int? = if case .integer(let id) = row[.id] { Int(exactly: id) } else { nil }
    func fail(_ problem: UnreadableUpdate.Problem) -> UnreadableUpdate {
      UnreadableUpdate(number: number, problem: problem)
    }
    func text(_ column: JournalRow.Column) throws(UnreadableUpdate) -> String {
      guard case .text(let text) = row[column] else { throw fail(.notText(column, row[column].kind)) }
      return text
    }
    func optionalText(_ column: JournalRow.Column) throws(UnreadableUpdate) -> String? {
      row[column] == .null ? nil : try text(column)
    }
    guard let number else { throw fail(.notANumber(row[.id].kind)) }
    guard let kind = TargetKind(rawValue: try text(.target_kind)) else { throw fail(.notATargetKind) }
    guard let date = PlanDate(iso: try text(.date)) else { throw fail(.notADate) }
    guard let confidence = Confidence(rawValue: try text(.confidence)) else { throw fail(.notAConfidence) }
    var corrects: Int?
    switch row[.corrects] {
    case .null: corrects = nil
    case .integer(let value) where value >= 1: corrects = Int(exactly: value)
    case let value: throw fail(.notACorrection(value.kind))
    }
    self.init(
      id: number, targetKind: kind, targetID: try text(.target_id), status: try text(.status), date: date,
      note: try text(.note), source: try text(.source), url: try optionalText(.url), confidence: confidence,
      corrects: corrects,
      recording: Recording(
        author: try text(.author), authorName: try optionalText(.author_name), recordedAt: try text(.recorded_at),
        journalID: number))
  }
}

/// What a read of the journal gives: the updates, oldest first, and the rows that could not be
/// read as updates (none in a sound journal).
public struct JournalReading: Sendable, Equatable, Codable {
  public var updates: [JournalUpdate]
  public var unreadable: [UnreadableUpdate]

  public init(updates: [JournalUpdate], unreadable: [UnreadableUpdate] = []) {
    self.updates = updates
    self.unreadable = unreadable
  }
}
