/// How accord writes for a reader of one language: its catalog's words, its numbers (Arabic
/// digits, or the script's own with `digits: native`) and its dates. English dates stay ISO
/// (`2026-11-24`), as accord has always written them; Lao and Khmer put the day first and name
/// the month (`24 ພະຈິກ 2026`). Machine formats (csv, json, ics, export) never come through here.
public struct Writing: Sendable {
  public let catalog: Catalog
  public let nativeDigits: Bool

  public static let english = Writing(catalog: .english, nativeDigits: false)

  public init(catalog: Catalog, nativeDigits: Bool = false) {
    self.catalog = catalog
    self.nativeDigits = nativeDigits
  }

  public var language: Language { catalog.language }

  /// `id` in the reader's language. Every text a person reads comes through here (or the plural
  /// form below), so `make pot` finds it: `writing.localized("Overdue")`. A text with values is
  /// filled after: `Template.fill(writing.localized("%1$s of %2$s done"), [done, all])`.
  public func localized(_ id: String, context: String? = nil) -> String {
    catalog.localized(id, context: context)
  }

  /// The form of a counted text for `count`, in the reader's language; `%d` in it is the count,
  /// in the reader's digits.
  public func localized(_ singular: String, plural: String, count: Int, context: String? = nil) -> String {
    Template.fill(catalog.localized(singular, plural: plural, count: count, context: context), [number(count)])
  }

  /// `text`'s ASCII digits in the script's own digits, when the reader asked for them.
  public func digits(_ text: String) -> String {
    guard nativeDigits, let native = language.nativeDigits else { return text }
    return String(
      text.map { character in
        character.asciiValue.flatMap { (48...57).contains($0) ? native[Int($0 - 48)] : nil } ?? character
      })
  }

  public func number(_ value: Int) -> String { digits(String(value)) }

  /// A day: `2026-11-24`, or `24 ພະຈິກ 2026`.
  public func day(year: Int, month: Int, day: Int) -> String {
    guard language != .english else { return Self.iso(year, month, day) }
    return digits("\(day) \(monthName(month)) \(year)")
  }

  /// A month of a year: `2026-11`, or `ພະຈິກ 2026`.
  public func month(year: Int, month: Int) -> String {
    guard language != .english else { return Self.iso(year, month, nil) }
    return digits("\(monthName(month)) \(year)")
  }

  /// The month's name in the reader's language, from the catalog (so a translator corrects it).
  public func monthName(_ month: Int) -> String {
    // One lookup: a column of days asks for twelve months at a time (`dayWidth`).
    switch month {
    case 1: catalog.localized("January", context: "month")
    case 2: catalog.localized("February", context: "month")
    case 3: catalog.localized("March", context: "month")
    case 4: catalog.localized("April", context: "month")
    case 5: catalog.localized("May", context: "month")
    case 6: catalog.localized("June", context: "month")
    case 7: catalog.localized("July", context: "month")
    case 8: catalog.localized("August", context: "month")
    case 9: catalog.localized("September", context: "month")
    case 10: catalog.localized("October", context: "month")
    case 11: catalog.localized("November", context: "month")
    case 12: catalog.localized("December", context: "month")
    default: String(month)
    }
  }

  private static func iso(_ year: Int, _ month: Int, _ day: Int?) -> String {
    func two(_ value: Int) -> String { value < 10 ? "0\(value)" : String(value) }
    let yearText = year < 1000 ? String(repeating: "0", count: 4 - String(year).count) + String(year) : String(year)
    return yearText + "-" + two(month) + (day.map { "-" + two($0) } ?? "")
  }
}
