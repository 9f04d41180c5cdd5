import AccordCore
import AccordLocalization

// Why the file system refuses an account, and the command that mends it with who runs it:
// `accord doctor` says it in the reader's language; the journal's refusal quotes it in English.

extension FileAccess.Refusal {
  public func why(in writing: Writing) -> String {
    func fill(_ template: String, _ values: String...) -> String { Template.fill(template, values) }
    let verb =
      switch permission {
      case .write: writing.localized("write", context: "permission")
      case .read: writing.localized("read", context: "permission")
      case .search: writing.localized("enter", context: "permission")
      }
    return switch reason {
    // TRANSLATORS: %1$s is an account, %2$s what it may not do to a file (write, read, enter).
    case .owner: fill(writing.localized("%1$s owns it but may not %2$s it"), account, verb)
    case .inGroup: fill(writing.localized("%1$s is in its group %2$s, which may not %3$s it"), account, group, verb)
    case .notInGroup: fill(writing.localized("%1$s is not in its group %2$s, which may %3$s it"), account, group, verb)
    case .neither: fill(writing.localized("%1$s is neither its owner nor in its group %2$s"), account, group)
    }
  }

  /// The command, then who runs it: `chmod g+w FILE   (as root)`.
  public func change(in writing: Writing) -> String {
    switch runBy {
    case .account: command
    case .root: command + "   " + writing.localized("(as root)")
    case .rootOrOwner(let owner): command + "   " + Template.fill(writing.localized("(as root or %1$s)"), [owner])
    case .rootThenLogInAgain: command + "   " + writing.localized("(as root; then log in again)")
    }
  }
}
