import AccordCore

/// What the command line looks like before swift-argument-parser reads it: the plan options
/// every data command takes (`--today`, `--data`) may come before the command's name, and a
/// misspelt command name gets a suggestion instead of being taken for the dashboard's.
enum ArgumentArrangement: Equatable {
  case arguments([String])
  /// An unknown command: the message to print.
  case unknownCommand(String)

  static let planOptions = ["--today", "--data", "--lang"]

  static func arrange(_ arguments: [String], commands: [String], takingPlanOptions: Set<String>) -> ArgumentArrangement
  {
    var leading: [String] = []
    var index = arguments.startIndex
    while index < arguments.endIndex {
      let argument = arguments[index]
      if planOptions.contains(argument), index + 1 < arguments.endIndex {
        leading += arguments[index...index + 1]
        index += 2
      } else if planOptions.contains(where: { argument.hasPrefix($0 + "=") }) {
        leading.append(argument)
        index += 1
      } else {
        break
      }
    }
    guard index < arguments.endIndex, !arguments[index].hasPrefix("-") else { return .arguments(arguments) }
    let word = arguments[index]
    guard commands.contains(word) else {
      let hint = Suggestion.hint(for: word, in: commands)
      return .unknownCommand(
        "unknown command '\(word)'\(hint); the commands are \(commands.joined(separator: ", ")) (see accord --help)")
    }
    guard takingPlanOptions.contains(word), !leading.isEmpty else { return .arguments(arguments) }
    return .arguments([word] + leading + arguments[(index + 1)...])
  }
}
