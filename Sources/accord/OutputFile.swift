import ArgumentParser
import Foundation

/// Where an export goes: standard output, or with `-o FILE` a file written whole (a partial
/// file never replaces a good one).
struct OutputOptions: ParsableArguments {
  @Option(name: [.customShort("o"), .customLong("output")], help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"))
  var output: String?

  func write(_ text: String) throws {
    guard let output, output != "-" else {
      Console.outDocument(text)
      return
    }
    do {
      try Data(text.utf8).write(to: URL(fileURLWithPath: output), options: .atomic)
    } catch {
      Console.error("accord: cannot write \(output): \((error as NSError).localizedDescription)")
      throw ExitCode(73)
    }
  }
}
