/// How a command uses the journal: reading never creates or changes it.
public enum JournalAccess: Sendable, Codable {
  case read
  case write
}
