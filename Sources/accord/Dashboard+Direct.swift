import ArgumentParser

extension Accord.Dashboard {
  /// The dashboard's options, for reading a plain command line without the argument parser: its
  /// first parse reflects on every command's options and looks up their conformances, a quarter
  /// of the instructions to the first frame (callgrind: 22 of 93 million).
  static let directOptions = ["--data", "--today", "--journal", "--lang", "--theme", "--cycle"]
  static let directFlags = ["--ascii", "--no-color", "--kiosk", "--read-only"]

  /// The dashboard a command line asks for when it holds nothing but the dashboard's options, each
  /// with a value the parser would take; nil for anything else (another command, `--help`, a value
  /// that would be refused, an option given twice that takes one value), which the argument parser
  /// then reads and, where it must, refuses in its own words.
  static func direct(_ arguments: [String]) -> Self? {
    var words = arguments[...]
    if words.first == "dashboard" { words = words.dropFirst() }
    var values: [String: [String]] = [:]
    var flags: Set<String> = []
    while let word = words.popFirst() {
      if directFlags.contains(word) {
        guard flags.insert(word).inserted else { return nil }
        continue
      }
      let (name, joined) = split(word)
      guard directOptions.contains(name) else { return nil }
      guard let value = joined ?? words.popFirst(), !value.hasPrefix("-") else { return nil }
      values[name, default: []].append(value)
    }
    let single = ["--today", "--lang", "--theme", "--cycle"]
    guard single.allSatisfy({ (values[$0]?.count ?? 0) <= 1 }) else { return nil }

    var dashboard = Self()
    dashboard.plan = PlanOptions()
    dashboard.plan.dataFiles = values["--data"] ?? []
    dashboard.plan.journals = values["--journal"] ?? []
    dashboard.plan.lang = values["--lang"]?.first
    if let day = values["--today"]?.first {
      guard let parsed = try? PlanOptions.parseDay(day) else { return nil }
      dashboard.plan.today = parsed
    } else {
      dashboard.plan.today = nil
    }
    dashboard.look = ThemeOptions()
    dashboard.look.theme = values["--theme"]?.first
    dashboard.look.noColor = flags.contains("--no-color")
    dashboard.ascii = flags.contains("--ascii")
    dashboard.kiosk = flags.contains("--kiosk")
    dashboard.readOnly = flags.contains("--read-only")
    if let seconds = values["--cycle"]?.first {
      guard let cycle = Int(seconds) else { return nil }
      dashboard.cycle = cycle
    } else {
      dashboard.cycle = 20
    }
    guard (try? dashboard.validate()) != nil else { return nil }
    return dashboard
  }

  /// `--name=value` as the name and its value; any other word as itself.
  private static func split(_ word: String) -> (name: String, value: String?) {
    guard let equals = word.firstIndex(of: "=") else { return (word, nil) }
    return (String(word[..<equals]), String(word[word.index(after: equals)...]))
  }
}
