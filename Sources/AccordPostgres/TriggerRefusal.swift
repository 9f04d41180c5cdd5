import AccordCore

/// The journal's own triggers' refusals (the texts PostgresSchema raises) as typed values, so
/// accord words them in the reader's language; any other refusal is the server's own words.
enum TriggerRefusal {
  static func refusal(_ message: String, server: ServerAddress) -> JournalRefusal {
    if message.hasPrefix("only a coordinator (accord_coordinator) confirms a reported update; update #"),
      let number = Int(message.drop { $0 != "#" }.dropFirst().prefix { $0.isASCII && $0.isNumber })
    {
      return .notACoordinator(update: number, group: nil)
    }
    let missing = (prefix: "there is no update ", suffix: " to correct")
    if message.hasPrefix(missing.prefix), message.hasSuffix(missing.suffix),
      let number = Int(message.dropFirst(missing.prefix.count).dropLast(missing.suffix.count))
    {
      return .noUpdateToCorrect(update: number)
    }
    return .server(address: server.description, message: message)
  }
}
