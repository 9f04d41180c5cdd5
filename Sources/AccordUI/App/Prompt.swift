/// A line being typed at the bottom of the screen: a search (`/`) or an id to go to (`:`).
/// While it is open, keys edit it instead of moving about.
public struct Prompt: Equatable, Sendable {
  public enum Kind: Sendable {
    case search, goTo

    var lead: String {
      switch self {
      case .search: "/"
      case .goTo: ":"
      }
    }
  }

  public static let maximumLength = 200

  public var kind: Kind
  public var text = ""

  public init(_ kind: Kind, text: String = "") {
    self.kind = kind
    self.text = text
  }
}
