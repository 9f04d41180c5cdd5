/// A bilateral action plan: what was signed, its pillars of commitments, and the meetings that
/// carry it out.
public struct Plan: Sendable, Equatable {
  public var info: PlanInfo
  public var pillars: [Pillar]
  public var meetings: [Meeting]
  /// The bodies that carry it on each side, which sectors name by id.
  public var bodies: [Body]

  public init(info: PlanInfo, pillars: [Pillar], meetings: [Meeting], bodies: [Body] = []) {
    self.info = info
    self.pillars = pillars
    self.meetings = meetings
    self.bodies = bodies
  }

  public var sectors: [Sector] { pillars.flatMap(\.sectors) }
  public var commitments: [Commitment] { Sector.commitments(of: pillars.lazy.flatMap(\.sectors)) }

  // Searches for one-off lookups (the command line, a reload); screens use `PlanView`'s indexes.
  public func sector(id: String) -> Sector? { pillars.lazy.flatMap(\.sectors).first { $0.id == id } }
  public func commitment(id: String) -> Commitment? {
    pillars.lazy.flatMap(\.sectors).flatMap(\.commitments).first { $0.id == id }
  }
  public func meeting(id: String) -> Meeting? { meetings.first { $0.id == id } }

  /// The sector that lists a commitment.
  public func sector(ofCommitment id: String) -> Sector? {
    pillars.lazy.flatMap(\.sectors).first { $0.commitments.contains { $0.id == id } }
  }

  /// The pillar that holds a sector, by index into `pillars`.
  public func pillarIndex(ofSector id: String) -> Int? {
    pillars.firstIndex { $0.sectors.contains { $0.id == id } }
  }
}

/// What the plan is and the dates it fixes.
public struct PlanInfo: Sendable, Equatable {
  public var title: String
  public var shortTitle: String
  public var parties: [String]
  public var signed: Day
  public var signedAt: String?
  public var signatories: [String]
  /// The period the title gives: the countdown's main target is its end.
  public var periodStart: Day
  public var periodEnd: Day
  /// The legal validity ("valid for five years" from signature).
  public var validUntil: Day
  public var source: String?
  /// The title of the plan this one follows (`succeeds:`), whose commitments its own may carry
  /// on (`Commitment.continues`).
  public var succeeds: String?
  /// The plan's short id (`id:`, e.g. `lkh`), which `:lkh/16.3` and the rows of several plans
  /// use; nil: `key` derives one from the parties.
  public var id: String?
  /// The titles in other languages, by ISO 639-1 code, where the plan file gives them.
  public var otherTitles: [String: String] = [:]
  public var otherShortTitles: [String: String] = [:]

  public init(
    title: String, shortTitle: String, parties: [String], signed: Day, signedAt: String?,
    signatories: [String], periodStart: Day, periodEnd: Day, validUntil: Day, source: String?,
    succeeds: String? = nil, id: String? = nil
  ) {
    self.title = title
    self.shortTitle = shortTitle
    self.parties = parties
    self.signed = signed
    self.signedAt = signedAt
    self.signatories = signatories
    self.periodStart = periodStart
    self.periodEnd = periodEnd
    self.validUntil = validUntil
    self.source = source
    self.succeeds = succeeds
    self.id = id
  }
  /// The title in the language of `code`, else the English one.
  public func title(in code: String) -> String { otherTitles[code] ?? title }

  public func shortTitle(in code: String) -> String { otherShortTitles[code] ?? shortTitle }

  /// The plan's short id: `id:`, else the first letter of each party (`lk` for "Lao PDR" and
  /// "Kingdom of Cambodia"), else `plan`.
  public var key: String {
    if let id { return id }
    let initials = parties.compactMap { $0.lowercased().first { $0.isASCII && $0.isLetter } }.prefix(8)
    return initials.isEmpty ? "plan" : String(initials)
  }

  /// Whether `text` may be a plan's short id: a lowercase letter, then up to 15 lowercase
  /// letters, digits or hyphens.
  public static func isKey(_ text: String) -> Bool {
    guard let first = text.unicodeScalars.first, ("a"..."z").contains(first), text.unicodeScalars.count <= 16 else {
      return false
    }
    return text.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
  }
}

/// One of the plan's areas of cooperation (Political, Defence and Security, ...).
public struct Pillar: Sendable, Equatable, Identifiable {
  /// The document's numbering: `I` to `V`.
  public var id: String
  /// Its name in English, the plan's language.
  public var name: String
  public var sectors: [Sector]
  /// Its name in other languages, by code (`lo`, `km`), where the plan file gives one.
  public var otherNames: [String: String]

  public init(id: String, name: String, sectors: [Sector], otherNames: [String: String] = [:]) {
    self.id = id
    self.name = name
    self.sectors = sectors
    self.otherNames = otherNames
  }

  /// Its name in the language of `code`, else in English.
  public func name(in code: String) -> String { otherNames[code] ?? name }

  public var commitments: [Commitment] { Sector.commitments(of: sectors) }
}

/// A numbered sector of a pillar (`16` Trade and Investment) or a multilateral area (`b` ASEAN).
public struct Sector: Sendable, Equatable, Identifiable {
  public var id: String
  /// Its name in English, the plan's language.
  public var name: String
  public var commitments: [Commitment]
  /// The ids of its line ministries on both sides (`Plan.bodies`).
  public var bodies: [String]
  /// Its name in other languages, by code (`lo`, `km`), where the plan file gives one.
  public var otherNames: [String: String]

  public init(
    id: String, name: String, commitments: [Commitment], bodies: [String] = [], otherNames: [String: String] = [:]
  ) {
    self.id = id
    self.name = name
    self.commitments = commitments
    self.bodies = bodies
    self.otherNames = otherNames
  }

  /// Its name in the language of `code`, else in English.
  public func name(in code: String) -> String { otherNames[code] ?? name }

  /// The sectors' commitments in one array, its room taken once: `flatMap` of pillars of
  /// sectors grew arrays and copied each commitment two or three times (a tenth of the first
  /// frame of a 10,000-commitment plan).
  static func commitments(of sectors: some Collection<Sector>) -> [Commitment] {
    var all: [Commitment] = []
    all.reserveCapacity(sectors.reduce(0) { $0 + $1.commitments.count })
    for sector in sectors { all.append(contentsOf: sector.commitments) }
    return all
  }
}
