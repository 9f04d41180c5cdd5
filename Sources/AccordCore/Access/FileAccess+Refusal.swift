extension FileAccess {
  /// Why an account may not have a permission on a file, by the rule the kernel applied, and
  /// the command that mends it with who runs it; the interface words it (AccordText).
  public struct Refusal: Equatable, Sendable, Codable {
    public enum Reason: Equatable, Sendable, Codable {
      /// The account owns the file, whose owner bits refuse it.
      case owner
      /// The account is in the file's group, whose bits refuse it.
      case inGroup
      /// The group may, and the account is not in it.
      case notInGroup
      /// Neither its owner nor in its group (and the group may not either).
      case neither
    }

    /// Who runs `command`.
    public enum Runner: Equatable, Sendable, Codable {
      case account, root
      case rootOrOwner(String)
      /// Root, then the account logs in again to be in the group.
      case rootThenLogInAgain
    }

    public var reason: Reason
    public var permission: Permission
    public var account: String
    public var group: String
    /// A shell command: `chmod g+w /srv/accord/journal.sqlite`.
    public var command: String
    public var runBy: Runner
  }
}
