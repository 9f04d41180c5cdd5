import AccordCore
import Foundation

/// Who may confirm a reported update in an SQLite journal: the members of a Unix group,
/// `accord-coordinators` (or the group `ACCORD_COORDINATORS` names), as editors are those of the
/// group that may write the file. It keeps editors from confirming by mistake; it cannot stop
/// one who writes the file with another program: a server's journal enforces it in the server.
enum Coordinators {
  static func group(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
    environment["ACCORD_COORDINATORS"].flatMap { $0.isEmpty ? nil : $0 } ?? "accord-coordinators"
  }

  static func refusal(of account: AccountIdentity, confirming number: Int) -> JournalError? {
    let group = group()
    guard !account.groupNames.contains(group) else { return nil }
    return .refused(.notACoordinator(update: number, group: group))
  }
}
