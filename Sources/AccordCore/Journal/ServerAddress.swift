/// A PostgreSQL server's address in libpq's URI form,
/// `postgresql://[user@][host][:port][/database][?param=value&...]`, with libpq's defaults: the
/// host is a Unix socket directory when it begins with `/` (given percent-encoded, or as
/// `?host=`), the port 5432, the user this account's name, the database the user's name. A
/// password is refused in the address: it would be on the command line, in `ps` and in shell
/// history; it comes from `~/.pgpass` or `PGPASSFILE`, as libpq takes it.
public struct ServerAddress: Sendable, Equatable, CustomStringConvertible {
  public var host: String
  public var port: Int
  public var user: String?
  public var database: String?
  /// `disable`, `prefer` (default), `require`, `verify-ca` or `verify-full`.
  public var sslMode: String
  /// The CA file `sslrootcert=` names, for `verify-ca` and `verify-full`.
  public var sslRootCert: String?
  /// libpq's `connect_timeout`, in seconds: how long to wait for the server to answer, both
  /// to connect (default 10) and, accord's own use of it, to each query (default 30).
  public var timeout: Int?
  /// libpq's `service=`: a section of the connection service file (`PGSERVICE` when not given).
  public var service: String?
  /// The settings the address itself gives (`host`, `port`, `user`, `dbname`, ...): a service's
  /// settings fill in only the others, as libpq's do.
  public var given: Set<String> = []
  /// The address as given (it holds no password).
  public let text: String

  public static let sslModes = ["disable", "allow", "prefer", "require", "verify-ca", "verify-full"]
  static let parameters = [
    "host", "port", "user", "dbname", "sslmode", "sslrootcert", "application_name", "connect_timeout", "service",
  ]

  public init(parsing text: String) throws(JournalError) {
    self.text = text
    func malformed(_ reason: String) -> JournalError { .malformedAddress(address: text, reason: reason) }
    guard let start = text.range(of: "://") else { throw malformed("a server address begins postgresql://") }
    var rest = Substring(text[start.upperBound...])
    var query = Substring("")
    if let mark = rest.firstIndex(of: "?") {
      query = rest[rest.index(after: mark)...]
      rest = rest[..<mark]
    }
    var authority = rest
    var path = Substring("")
    if let slash = rest.firstIndex(of: "/") {
      authority = rest[..<slash]
      path = rest[rest.index(after: slash)...]
    }
    if let at = authority.lastIndex(of: "@") {
      let credentials = authority[..<at]
      if credentials.contains(":") {
        throw malformed(
          "a password does not belong in the address (it would show in ps and shell history); put it in ~/.pgpass or the file PGPASSFILE names"
        )
      }
      user = try Self.decoded(credentials, in: text)
      given.insert("user")
      authority = authority[authority.index(after: at)...]
    }
    host = ""
    port = 5432
    if let colon = authority.lastIndex(of: ":"), !authority.hasPrefix("[") || authority[..<colon].hasSuffix("]") {
      guard let number = Int(authority[authority.index(after: colon)...]), (1...65535).contains(number) else {
        throw malformed("the port '\(authority[authority.index(after: colon)...])' is not a number from 1 to 65535")
      }
      port = number
      given.insert("port")
      authority = authority[..<colon]
    }
    host = try Self.decoded(authority, in: text)
    if !host.isEmpty { given.insert("host") }
    database = path.isEmpty ? nil : try Self.decoded(path, in: text)
    if database != nil { given.insert("dbname") }
    sslMode = "prefer"
    for pair in query.split(separator: "&", omittingEmptySubsequences: true) {
      guard let equals = pair.firstIndex(of: "=") else { throw malformed("'\(pair)' is not name=value") }
      let name = String(pair[..<equals])
      let value = try Self.decoded(pair[pair.index(after: equals)...], in: text)
      given.insert(name)
      try set(name, value, malformed: malformed)
    }
    if host.isEmpty { host = "localhost" }
  }

  /// `name=value`, checked.
  private mutating func set(_ name: String, _ value: String, malformed: (String) -> JournalError) throws(JournalError) {
    switch name {
    case "host": host = value.isEmpty ? "localhost" : value
    case "port":
      guard let number = Int(value), (1...65535).contains(number) else {
        throw malformed("the port '\(value)' is not a number from 1 to 65535")
      }
      port = number
    case "user": user = value
    case "dbname": database = value
    case "sslmode":
      guard Self.sslModes.contains(value) else {
        throw malformed("sslmode=\(value) is not one of \(Self.sslModes.joined(separator: ", "))")
      }
      sslMode = value
    case "sslrootcert": sslRootCert = value
    case "connect_timeout":
      guard let seconds = Int(value), (1...3600).contains(seconds) else {
        throw malformed("connect_timeout=\(value) is not a number of seconds from 1 to 3600")
      }
      timeout = seconds
    case "password":
      throw malformed("a password does not belong in the address; put it in ~/.pgpass or the file PGPASSFILE names")
    case "service": service = value
    case _ where Self.parameters.contains(name): break
    default:
      throw malformed(
        "accord does not know the parameter '\(name)'; it knows \(Self.parameters.joined(separator: ", "))")
    }
  }

  /// The address with a service's `settings` where it gives none itself (a service names no
  /// other service; its password, if any, is refused as in an address).
  public func filling(from settings: [String: String], source: String) throws(JournalError) -> ServerAddress {
    var filled = self
    let text = self.text
    func malformed(_ reason: String) -> JournalError {
      .malformedAddress(address: text, reason: "\(source): \(reason)")
    }
    for (name, value) in settings.sorted(by: { $0.key < $1.key }) where !given.contains(name) && name != "service" {
      try filled.set(name, value, malformed: malformed)
    }
    return filled
  }

  /// Whether the host is a Unix socket directory rather than a machine.
  public var isSocket: Bool { host.hasPrefix("/") }

  /// The socket file in the host directory, as the server names it.
  public var socketPath: String { host + "/.s.PGSQL.\(port)" }

  public var description: String { text }

  /// `%2F` and the like; a `%` not followed by two hex digits is refused.
  static func decoded(_ part: Substring, in text: String) throws(JournalError) -> String {
    var bytes: [UInt8] = []
    var iterator = Array(part.utf8).makeIterator()
    while let byte = iterator.next() {
      guard byte == UInt8(ascii: "%") else {
        bytes.append(byte)
        continue
      }
      guard let high = iterator.next().flatMap(hexValue), let low = iterator.next().flatMap(hexValue) else {
        throw .malformedAddress(address: text, reason: "'%' must be followed by two hex digits")
      }
      bytes.append(high << 4 | low)
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  private static func hexValue(_ byte: UInt8) -> UInt8? {
    switch byte {
    case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
    case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
    case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
    default: nil
    }
  }
}
