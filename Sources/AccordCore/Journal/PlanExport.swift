import Yams

/// The plan file with the journal's updates written in as evidence (`recorded_by`,
/// `recorded_at`), for archiving, e-mail or a new edition: `accord check` accepts it. It edits the
/// file's YAML tree, so every key the file has is kept as it was.
public enum PlanExport {
  public static func yaml(planText: String, file: String, updates: [JournalUpdate]) throws(PlanLoadError) -> String {
    var root: Node
    do {
      guard let composed = try Yams.compose(yaml: planText) else { return planText }
      root = composed
    } catch {
      throw PlanLoadError([PlanLoader.syntaxDiagnostic(error, file: file)])
    }
    let corrected = Set(updates.compactMap(\.corrects))
    for update in updates where !corrected.contains(update.id ?? -1) {
      root = apply(update, to: root)
    }
    do {
      return try Yams.serialize(node: root, allowUnicode: true)
    } catch {
      throw PlanLoadError([PlanLoader.syntaxDiagnostic(error, file: file)])
    }
  }

  private static func apply(_ update: JournalUpdate, to root: Node) -> Node {
    guard var top = root.mapping else { return root }
    if update.targetKind == .meeting {
      top["meetings"] = editing(top["meetings"], id: update.targetID) { meeting in
        if ["held", "planned"].contains(update.status) {
          meeting["status"] = Node(update.status)
          meeting["date"] = Node("\(update.date)")
        }
        meeting["source"] = Node(update.source)
        meeting["confidence"] = Node(update.confidence.rawValue)
        meeting["note"] = Node(update.summary)
        if let url = update.url { meeting["url"] = Node(url) }
      }
      return .mapping(top)
    }
    top["pillars"] = each(top["pillars"]) { pillar in
      pillar["sectors"] = each(pillar["sectors"]) { sector in
        sector["commitments"] = each(sector["commitments"]) { commitment in
          if update.targetKind == .commitment, commitment["id"]?.string == update.targetID {
            addEvidence(update, to: &commitment)
          } else if update.targetKind == .milestone {
            commitment["milestones"] = editing(commitment["milestones"], id: update.targetID) { addEvidence(update, to: &$0) }
          }
        }
      }
    }
    return .mapping(top)
  }

  /// Appends the update as evidence; when it is the newest, its status becomes the target's.
  private static func addEvidence(_ update: JournalUpdate, to target: inout Node.Mapping) {
    var item: Node.Mapping = [
      "date": Node("\(update.date)"), "summary": Node(update.summary), "source": Node(update.source),
    ]
    if let url = update.url { item["url"] = Node(url) }
    item["confidence"] = Node(update.confidence.rawValue)
    item["status"] = Node(update.status)
    if let recording = update.recording {
      // The account, as `Recording.author` is; the plan format has no key for the full name.
      item["recorded_by"] = Node(recording.author)
      item["recorded_at"] = Node(recording.recordedAt)
    }
    let existing = target["evidence"]?.sequence ?? []
    let newest = existing.compactMap { $0.mapping?["date"]?.string.flatMap(PlanDate.init(iso:)) }.max()
    if newest.map({ !(update.date < $0) }) ?? true { target["status"] = Node(update.status) }
    target["evidence"] = .sequence(Node.Sequence(Array(existing) + [.mapping(item)]))
  }

  private static func each(_ node: Node?, _ edit: (inout Node.Mapping) -> Void) -> Node? {
    guard let sequence = node?.sequence else { return node }
    return .sequence(Node.Sequence(sequence.map { element in
      guard var mapping = element.mapping else { return element }
      edit(&mapping)
      return .mapping(mapping)
    }))
  }

  private static func editing(_ node: Node?, id: String, _ edit: (inout Node.Mapping) -> Void) -> Node? {
    each(node) { mapping in if mapping["id"]?.string == id { edit(&mapping) } }
  }
}

extension JournalUpdate {
  /// The evidence item's summary: the note, or what the update says when it has none.
  public var summary: String { note.isEmpty ? "\(targetKind.rawValue) \(targetID): \(status)" : note }
}
