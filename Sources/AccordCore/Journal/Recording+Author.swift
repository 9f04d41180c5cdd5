import Foundation

extension Recording {
  /// The account that records: from the operating system, never typed.
  public struct Author: Sendable, Equatable {
    public var account: String
    public var fullName: String?

    public init(account: String, fullName: String?) {
      self.account = account
      self.fullName = fullName
    }

    /// `getpwuid(geteuid())`: the account name and the full name, the GECOS field's first part.
    public static func current() -> Author {
      guard let entry = getpwuid(geteuid()) else { return Author(account: "uid \(geteuid())", fullName: nil) }
      let account = String(cString: entry.pointee.pw_name)
      let gecos = entry.pointee.pw_gecos.map { String(cString: $0) } ?? ""
      let name = gecos.split(separator: ",", omittingEmptySubsequences: false).first.map(String.init) ?? ""
      return Author(account: account, fullName: name.isEmpty ? nil : name)
    }
  }
}
