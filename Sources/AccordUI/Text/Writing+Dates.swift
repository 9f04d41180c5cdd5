import AccordCore
import AccordLocalization
import AccordText

extension Writing {
  /// The columns a day takes at most in this language: a column of days is this wide, so the
  /// columns after it stay straight whatever the month's name.
  var dayWidth: Int {
    (1...12).map { DisplayWidth.of(day(year: 2000, month: $0, day: 28)) }.max() ?? 10
  }
}

extension Writing {
  /// A target: `2025`, `2023-2025`, each end to its precision.
  func target(_ target: Target) -> String {
    target.start == target.end ? date(target.start) : date(target.start) + "-" + date(target.end)
  }

  /// When a milestone is due: `2023`, `2023 or agreed`, `agreed`.
  func due(_ due: Due) -> String {
    switch (due.target, due.agreedDateAllowed) {
    case (let target?, false): self.target(target)
    case (let target?, true): Template.fill(localized("%1$s or agreed", context: "due"), [self.target(target)])
    case (nil, _): localized("agreed", context: "due")
    }
  }
}
