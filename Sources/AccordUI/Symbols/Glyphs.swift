import AccordCore
import AccordLocalization
import AccordText

/// Every symbol the screens draw that is not data: one table for UTF-8 terminals and one for
/// plain ASCII, so `--ascii` can never let a box-drawing or block character through.
public struct Glyphs: Sendable, Equatable {
  public let ascii: Bool

  public init(ascii: Bool) {
    self.ascii = ascii
  }

  /// Data text as it may be drawn: control characters replaced, and in ASCII mode every
  /// non-ASCII cluster replaced by `?`s of the same width.
  public func text(_ data: String) -> String {
    ascii ? SafeText.ascii(Glyphs.asciiLookalikes(data)) : SafeText.sanitized(data)
  }

  /// Typographic quotes, dashes, ellipses and spaces as the ASCII a reader takes them for, so
  /// `--ascii` shows `"MoU" - 2024` rather than `?MoU? ? 2024`.
  static func asciiLookalikes(_ data: String) -> String {
    guard data.unicodeScalars.contains(where: { lookalikes[$0] != nil }) else { return data }
    var result = String.UnicodeScalarView()
    for scalar in data.unicodeScalars {
      if let replacement = lookalikes[scalar] {
        result.append(contentsOf: replacement.unicodeScalars)
      } else {
        result.append(scalar)
      }
    }
    return String(result)
  }

  private static let lookalikes: [Unicode.Scalar: String] = [
    "\u{2018}": "'", "\u{2019}": "'", "\u{201A}": "'", "\u{201B}": "'", "\u{2032}": "'",
    "\u{201C}": "\"", "\u{201D}": "\"", "\u{201E}": "\"", "\u{201F}": "\"", "\u{00AB}": "\"", "\u{00BB}": "\"",
    "\u{2033}": "\"",
    "\u{2010}": "-", "\u{2011}": "-", "\u{2012}": "-", "\u{2013}": "-", "\u{2014}": "-", "\u{2015}": "-",
    "\u{2212}": "-",
    "\u{2026}": "...", "\u{2022}": "*", "\u{00A0}": " ", "\u{202F}": " ", "\u{2009}": " ",
  ]

  public func status(_ status: CommitmentStatus) -> String {
    switch status {
    case .done: ascii ? "[x]" : "✓"
    case .inProgress: ascii ? "[~]" : "◐"
    case .continuous: ascii ? "[=]" : "↻"
    case .notStarted: ascii ? "[ ]" : "○"
    case .unknown: ascii ? "[?]" : "?"
    }
  }

  public var overdue: String { ascii ? "[!]" : "!" }

  /// Glyph and label together: a status is never told by colour alone.
  public func statusWithLabel(_ status: CommitmentStatus, in writing: Writing = .english) -> String {
    "\(self.status(status)) \(status.label(in: writing))"
  }

  public var ellipsis: String { ascii ? "..." : "…" }
  public var separator: String { ascii ? " | " : " · " }
  public var breadcrumb: String { ascii ? " > " : " › " }
  public var selectionMarker: String { ">" }
  public var gaugeFill: String { ascii ? "#" : "█" }
  public var gaugeTrack: String { ascii ? "." : "░" }
  public var axis: String { ascii ? "-" : "─" }
  public var tick: String { ascii ? "|" : "┼" }
  public var todayMarker: String { ascii ? "v" : "▼" }
  public var enterKey: String { ascii ? "Enter" : "⏎" }

  public func border(selected: Bool) -> BorderSet {
    switch (ascii, selected) {
    case (false, false):
      BorderSet(topLeft: "┌", topRight: "┐", bottomLeft: "└", bottomRight: "┘", horizontal: "─", vertical: "│")
    case (false, true):
      BorderSet(topLeft: "╔", topRight: "╗", bottomLeft: "╚", bottomRight: "╝", horizontal: "═", vertical: "║")
    case (true, false):
      BorderSet(topLeft: "+", topRight: "+", bottomLeft: "+", bottomRight: "+", horizontal: "-", vertical: "|")
    case (true, true):
      BorderSet(topLeft: "#", topRight: "#", bottomLeft: "#", bottomRight: "#", horizontal: "=", vertical: "#")
    }
  }

  /// A meeting's mark on the timeline: the plan's own mechanisms get shapes of their own.
  public func mark(_ type: MeetingType) -> String {
    switch type {
    case .jointCommission: ascii ? "J" : "◆"
    case .jointTradeCommission: ascii ? "T" : "■"
    case .jointBorderCommittee: ascii ? "B" : "▲"
    case .visit, .signing: ascii ? "*" : "●"
    default: ascii ? "o" : "•"
    }
  }
}

/// The six pieces of a box border.
public struct BorderSet: Sendable, Equatable {
  public var topLeft, topRight, bottomLeft, bottomRight, horizontal, vertical: String
}
