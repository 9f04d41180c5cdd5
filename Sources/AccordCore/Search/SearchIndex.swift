#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Everything `/` searches, folded once per plan: commitment texts and ids, milestones, sector
/// and pillar names, agencies, evidence (journal notes and sources included, once merged into
/// the plan), and meeting titles, places and notes. A search is one scan of a flat buffer, so
/// each keystroke stays fast on a plan of 10,000 commitments.
public struct SearchIndex: Sendable {
  /// One searchable text of one item.
  struct Field: Sendable {
    var item: Int
    var start: Int
    /// A text the result's row does not show (an agency, a source, a place, a note): kept to
    /// quote the words that matched. Nil for an id or a title.
    var quotable: QuotableText?
  }

  let items: [SearchHit]
  let fields: [Field]
  /// Every field's folded UTF-8, each followed by a NUL so no match spans two fields.
  let buffer: [UInt8]

  public init(plan: Plan) {
    var items: [SearchHit] = []
    var fields: [Field] = []
    var buffer: [UInt8] = []
    // The id and title come first, so a match in them is the one found first.
    func add(_ kind: SearchHit.Kind, _ id: String, _ title: String, shown: [String], quoted: [(String, String?)] = []) {
      items.append(SearchHit(kind: kind, id: id, title: title))
      for (label, text) in shown.map({ (nil as String?, $0 as String?) }) + quoted.map({ ($0.0 as String?, $0.1) }) {
        guard let text, !text.isEmpty else { continue }
        let start = buffer.count
        if let label {
          let quotable = QuotableText(label: label, text: text, foldingInto: &buffer)
          fields.append(Field(item: items.count - 1, start: start, quotable: quotable))
        } else {
          fields.append(Field(item: items.count - 1, start: start))
          buffer += SearchFolding.fold(text).utf8.filter { $0 != 0 }
        }
        buffer.append(0)
      }
    }
    for pillar in plan.pillars {
      add(.pillar, pillar.id, pillar.name, shown: [pillar.id, pillar.name])
    }
    for sector in plan.sectors {
      add(.sector, sector.id, sector.name, shown: [sector.name])
    }
    for commitment in plan.commitments {
      add(
        .commitment, commitment.id, commitment.text, shown: [commitment.id, commitment.text],
        quoted: (commitment.carriers + commitment.alsoNamed).map { ("agency", $0) })
      for milestone in commitment.milestones {
        add(.milestone, milestone.id, milestone.what, shown: [milestone.id, milestone.what])
      }
    }
    for commitment in plan.commitments {
      let evidence = commitment.evidence + commitment.milestones.flatMap(\.evidence)
      for item in evidence {
        add(
          .evidence, commitment.id, item.summary, shown: [item.summary],
          quoted: [("source", item.source), ("reported by", item.recording?.author)])
      }
    }
    for meeting in plan.meetings {
      add(
        .meeting, meeting.id, meeting.title, shown: [meeting.id, meeting.title],
        quoted: [("place", meeting.place), ("note", meeting.note), ("source", meeting.source)])
    }
    for agency in AgencyIndex(plan: plan).agencies {
      add(.agency, agency.name, agency.name, shown: [agency.name])
    }
    self.items = items
    self.fields = fields
    self.buffer = buffer
  }

  /// The items that contain `query` in any of their texts, grouped by kind (pillars, sectors,
  /// commitments, milestones, evidence, meetings, agencies), each kind in plan order, each item
  /// once. Nothing for an empty query.
  public func search(_ query: String) -> [SearchHit] {
    let needle = Array(SearchFolding.fold(query).utf8.filter { $0 != 0 })
    guard !needle.isEmpty, !buffer.isEmpty else { return [] }
    // Fields come in item order and an item's fields are contiguous, so each kind's hits come
    // out in plan order and a repeat is always the last one found: no set, no sort.
    var found = Array(repeating: [SearchHit](), count: SearchHit.Kind.allCases.count)
    var last = Array(repeating: -1, count: SearchHit.Kind.allCases.count)
    buffer.withUnsafeBytes { haystack in
      needle.withUnsafeBytes { needle in
        var offset = 0
        while offset < haystack.count {
          guard let position = Self.find(needle, in: haystack, from: offset) else { break }
          let field = fieldIndex(at: position)
          let item = fields[field].item
          let kind = items[item].kind.rawValue
          if last[kind] != item {
            // The first match of an item: in its id or title, or else in a text to quote.
            var hit = items[item]
            hit.elsewhere = fields[field].quotable?.quote(at: position - fields[field].start, length: needle.count)
            found[kind].append(hit)
            last[kind] = item
          }
          // The rest of this item's field cannot add anything: go on at the next field.
          offset = field + 1 < fields.count ? fields[field + 1].start : haystack.count
        }
      }
    }
    return found.flatMap { $0 }
  }

  /// The first occurrence of `needle` at or after `offset`: `memchr` for its first byte, then a
  /// compare (glibc's `memmem` is not visible to Swift).
  private static func find(_ needle: UnsafeRawBufferPointer, in haystack: UnsafeRawBufferPointer, from offset: Int)
    -> Int?
  {
    let base = haystack.baseAddress!
    var start = offset
    while haystack.count - start >= needle.count {
      guard let hit = memchr(base + start, Int32(needle[0]), haystack.count - start - needle.count + 1) else {
        return nil
      }
      let position = base.distance(to: UnsafeRawPointer(hit))
      if memcmp(base + position, needle.baseAddress!, needle.count) == 0 { return position }
      start = position + 1
    }
    return nil
  }

  /// The field a buffer offset falls in: the last one starting at or before it.
  private func fieldIndex(at offset: Int) -> Int {
    fields.lastIndex(startingAtOrBefore: offset) { $0.start }
  }
}

/// One item a search found: what it is, the id that opens it, and its text for the list.
public struct SearchHit: Equatable, Hashable, Sendable {
  public enum Kind: Int, CaseIterable, Sendable {
    case pillar, sector, commitment, milestone, evidence, meeting, agency

    /// The heading its group goes under in the results.
    public var heading: String {
      switch self {
      case .pillar: "Pillars"
      case .sector: "Sectors"
      case .commitment: "Commitments"
      case .milestone: "Milestones"
      case .evidence: "Reports"
      case .meeting: "Meetings"
      case .agency: "Agencies"
      }
    }
  }

  /// Where the query matched when not in the id or title: the text's name ("agency",
  /// "source", "place", "note", "reported by") and the part of it around the first match.
  public struct Elsewhere: Equatable, Hashable, Sendable {
    public var label: String
    /// A few dozen characters either side of the match, a slice of the whole text (whose
    /// `base` says whether it was cut at either end).
    public var excerpt: Substring
  }

  public var kind: Kind
  /// What Enter opens: the pillar, sector, commitment, milestone, meeting or agency; for a
  /// report, the commitment it is about.
  public var id: String
  public var title: String
  /// Set when the query matched only outside the id and the title.
  public var elsewhere: Elsewhere?

  public init(kind: Kind, id: String, title: String, elsewhere: Elsewhere? = nil) {
    self.kind = kind
    self.id = id
    self.title = title
    self.elsewhere = elsewhere
  }
}
