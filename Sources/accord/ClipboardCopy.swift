import AccordCore
import Foundation

/// `y` in the dashboard: a web address to the clipboard of the terminal the person sits at,
/// through OSC 52, which the terminal (or tmux) may honour. Off by default over SSH, where the
/// terminal belongs to someone else's machine; `clipboard: osc52` or `off` in config.yaml
/// decides either way. The bottom line says what happened.
enum ClipboardCopy {
  static func isAllowed(_ setting: UserConfig.Clipboard?, environment: [String: String]) -> Bool {
    switch setting {
    case .osc52: true
    case .off: false
    case nil: (environment["SSH_CONNECTION"] ?? "").isEmpty && (environment["SSH_TTY"] ?? "").isEmpty
    }
  }

  /// OSC 52 for the clipboard (`c`) with the address in base64, ended by ST. The address is
  /// `SafeText.webAddress`'s already; base64 keeps any byte of it out of the sequence itself.
  static func sequence(_ address: String) -> String {
    "\u{1B}]52;c;\(Data(address.utf8).base64EncodedString())\u{1B}\\"
  }

  static func copier(setting: UserConfig.Clipboard?, environment: [String: String]) -> (String) -> String {
    guard isAllowed(setting, environment: environment) else {
      return { _ in "copying is off here (over SSH); clipboard: osc52 in config.yaml turns it on" }
    }
    return { address in
      let bytes = Array(sequence(address).utf8)
      let written = bytes.withUnsafeBytes { write(STDOUT_FILENO, $0.baseAddress, $0.count) }
      return written == bytes.count ? "copied \(address)" : "could not copy: the terminal did not take it"
    }
  }
}
