import AccordCore
import Testing

/// `--journal` read once: a file, a server, or a clear refusal, never a file named like a URI.
@Suite struct JournalAddressTests {
  @Test func a_path_is_a_file_even_with_a_colon_in_it() throws {
    #expect(try JournalAddress(parsing: "/srv/accord/journal.sqlite") == .file("/srv/accord/journal.sqlite"))
    #expect(try JournalAddress(parsing: "notes:2026.sqlite") == .file("notes:2026.sqlite"))
    #expect(try JournalAddress(parsing: "journal.sqlite") == .file("journal.sqlite"))
  }

  @Test func a_postgresql_uri_is_a_server_with_libpq_defaults() throws {
    guard
      case .server(let server) = try JournalAddress(
        parsing: "postgresql://somchai@db.mofa.gov.la:5433/accord?sslmode=verify-full&sslrootcert=/etc/ca.pem")
    else {
      Issue.record("not a server")
      return
    }
    #expect(
      server.host == "db.mofa.gov.la" && server.port == 5433 && server.user == "somchai" && server.database == "accord")
    #expect(server.sslMode == "verify-full" && server.sslRootCert == "/etc/ca.pem" && !server.isSocket)
    guard case .server(let local) = try JournalAddress(parsing: "postgres://%2Frun%2Fpostgresql/accord") else {
      Issue.record("not a server")
      return
    }
    #expect(
      local.isSocket && local.socketPath == "/run/postgresql/.s.PGSQL.5432" && local.user == nil
        && local.sslMode == "prefer")
  }

  @Test func a_malformed_server_address_is_refused_saying_what_is_wrong() {
    let cases = [
      ("postgresql:/accord", "a server address begins postgresql://"),
      ("postgresql://db:54x2/accord", "the port '54x2' is not a number from 1 to 65535"),
      ("postgresql://somchai:secret@db/accord", "a password does not belong in the address"),
      ("postgresql://db/accord?password=secret", "a password does not belong in the address"),
      ("postgresql://db/accord?sslmode=sometimes", "sslmode=sometimes is not one of"),
      ("postgresql://db/accord?colour=red", "accord does not know the parameter 'colour'"),
      ("postgresql://db/acc%zzord", "'%' must be followed by two hex digits"),
      ("mysql://db/accord", "mysql: is not a journal's scheme"),
    ]
    for (text, reason) in cases {
      #expect(throws: JournalError.self, "\(text)") { try JournalAddress(parsing: text) }
      do {
        _ = try JournalAddress(parsing: text)
      } catch {
        #expect(error.description.hasPrefix("\(text): not a journal address: \(reason)"), "\(error.description)")
        #expect(!error.description.contains("secret") || text.contains("secret"))
      }
    }
  }
}
