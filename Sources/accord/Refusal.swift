import AccordUI
import ArgumentParser
import Foundation

/// A request the data cannot answer (no such pillar, screen or agency): one line on standard
/// error and exit status 64, without the usage text, which says nothing about the data.
struct Refusal: Error {
  let message: String

  init(_ message: String) { self.message = message }

  /// Prints the message and gives the exit code to throw.
  var exitCode: ExitCode {
    Console.error("accord: " + message)
    return ExitCode(64)
  }
}
