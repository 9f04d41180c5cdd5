import AccordCore

extension JournalAddress {
  /// The journal at this address for `planIdentity`: reading never creates one (`.missing` when
  /// there is none yet); writing creates a file journal (a server's is made by `journal init`).
  public func open(
    planIdentity: String, access: JournalAccess, corrections: CorrectionScope = .sameTarget
  ) throws(JournalError) -> any Journal {
    switch self {
    case .file(let path):
      try SQLiteJournal(path: path, planIdentity: planIdentity, access: access, corrections: corrections)
    case .server(let server):
      try ServerJournalClient.open(server, planIdentity: planIdentity, access: access, corrections: corrections)
    }
  }

  /// Makes the journal here (`accord journal init`): a file journal, or a server's schema and
  /// roles, and with `site` that site's journal. Says what it did.
  public func initialize(planIdentity: String, site: String? = nil) throws(JournalError) -> JournalInitialization {
    switch self {
    case .file(let path):
      if site != nil { throw .trouble(address: path, .siteForFile) }
      let existed = try SQLiteJournal.exists(at: path)
      _ = try SQLiteJournal(path: path, planIdentity: planIdentity, access: .write)
      return JournalInitialization(outcome: existed ? .existed : .made, address: path)
    case .server(let server):
      return try ServerJournalClient.initialize(server, planIdentity: planIdentity, site: site)
    }
  }

  /// Copies this journal's updates into the one at `target` (made there if it is a file),
  /// numbers, authors, times and corrections kept; what `target` already holds is not copied
  /// again. Says how many were copied and how many were there.
  public func copy(to target: JournalAddress, planIdentity: String) throws(JournalError) -> (copied: Int, present: Int)
  {
    let source = try open(planIdentity: planIdentity, access: .read).updates(since: nil)
    let destination = try target.open(planIdentity: planIdentity, access: .write)
    let held = try destination.updates(since: nil)
    let missing = try JournalCopy.missing(from: source, in: held, names: (description, target.description))
    if !missing.isEmpty { try destination.keep(missing) }
    return (missing.count, held.count)
  }

  /// Whether there may be updates to read here now, so the dashboard says it is reading them:
  /// a file that is there, or any server (what it holds is known once connected).
  public var mayHoldUpdates: Bool {
    switch self {
    case .file(let path): (try? SQLiteJournal.exists(at: path)) ?? true
    case .server: true
    }
  }

  /// The whole journal checked (`accord journal check`), opened for writing when `writable`.
  public func inspection(planIdentity: String, writable: Bool) throws(JournalError) -> JournalInspection {
    let path = try filePath(for: "journal check")
    guard try SQLiteJournal.exists(at: path) else { throw .missing(address: path) }
    return try SQLiteJournal(path: path, planIdentity: planIdentity, access: writable ? .write : .read).inspection()
  }

  /// Opens the journal to copy it (`accord journal backup`): the copy is made by `backUp(into:)`
  /// of what this returns.
  public func backupSource(planIdentity: String) throws(JournalError) -> (String) throws(JournalError) -> Void {
    let path = try filePath(for: "journal backup")
    let journal = try SQLiteJournal(path: path, planIdentity: planIdentity, access: .read)
    return { (target: String) throws(JournalError) in try journal.backUp(into: target) }
  }

  /// The file of a file journal; a server's journal is looked after with the server's own tools.
  private func filePath(for command: String) throws(JournalError) -> String {
    switch self {
    case .file(let path): return path
    case .server(let server):
      throw .trouble(address: server.description, .fileOnly(command: command))
    }
  }
}
