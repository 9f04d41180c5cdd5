/// What `accord journal init` did, for the command to say in the reader's language.
public struct JournalInitialization: Equatable, Sendable, Codable {
  public enum Outcome: Equatable, Sendable, Codable {
    /// The journal (a file, or a server's schema and roles) did not exist and is made.
    case made
    /// It was there already, at the schema this accord writes.
    case existed
    /// A server's older schema is brought up to date from this version.
    case migrated(from: Int)
  }

  public var outcome: Outcome
  public var address: String
  /// A server's schema version now; nil for a file.
  public var schemaVersion: Int?
  /// The site a server's journal is made for (`--site`), if any.
  public var site: String?

  public init(
    outcome: Outcome, address: String, schemaVersion: Int? = nil, site: String? = nil
  ) {
    self.outcome = outcome
    self.address = address
    self.schemaVersion = schemaVersion
    self.site = site
  }
}
