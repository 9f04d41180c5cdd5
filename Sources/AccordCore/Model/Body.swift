/// A body that carries the plan on one side (a ministry, a central bank, a capital city), by
/// one canonical id, with its name in each of the interface's languages and where each name
/// comes from. Sectors name their line ministries, and commitments the bodies their texts name,
/// by these ids (`bodies:`).
public struct Body: Sendable, Equatable, Identifiable {
  public var id: String
  public var side: Side
  public var english: BodyName
  public var lao: BodyName
  public var khmer: BodyName

  public init(id: String, side: Side, english: BodyName, lao: BodyName, khmer: BodyName) {
    self.id = id
    self.side = side
    self.english = english
    self.lao = lao
    self.khmer = khmer
  }

  /// How lists and filters name it: its English name and its side, as two ministries of
  /// foreign affairs share a name.
  public var label: String { "\(english.name) (\(side.label))" }

  /// Its name for a reader of a language (`en`, `lo`, `km`); English for any other.
  public func name(inLanguage code: String) -> BodyName {
    switch code {
    case "lo": lao
    case "km": khmer
    default: english
    }
  }

  public enum Side: String, Sendable, CaseIterable {
    case lao
    case cambodia

    public var label: String {
      switch self {
      case .lao: "Lao PDR"
      case .cambodia: "Cambodia"
      }
    }
  }
}

/// A body's name in one language and the source that gives it (`none — ...` when none was
/// found: the data says so rather than invent one).
public struct BodyName: Sendable, Equatable {
  public var name: String
  public var source: String

  public init(name: String, source: String) {
    self.name = name
    self.source = source
  }
}
