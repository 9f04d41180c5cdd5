import AccordCore
import AccordText
import AccordUI
import ArgumentParser
import Foundation

extension Accord {
  /// The dashboard's keys as JSON (`[[where, keys, what]]`), for the man page's KEYS section (scripts/manual.py):
  /// taken from the `KeyMap` the dashboard and its help overlay use, so the manual cannot drift.
  struct Keys: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "keys", abstract: "The dashboard's keys as JSON: where, keys, what.", shouldDisplay: false)

    /// A screen of each kind, with the words the manual heads its own keys with.
    static let screens: [(heading: String, route: Route)] = [
      ("the overview", .overview), ("a list", .pillar(0)), ("a commitment or a meeting", .commitment("")),
      ("recent updates", .updates(since: Day(year: 2026, month: 1, day: 1))),
    ]

    func run() throws {
      let lists = Self.screens.map { KeyMap.bindings(for: $0.route) }
      let everywhere = lists.dropFirst().reduce(Set(lists[0].map(Self.identity))) {
        $0.intersection($1.map(Self.identity))
      }
      var listed: Set<String> = []
      var rows: [[String]] = []
      let sections =
        [("everywhere", lists[0].filter { everywhere.contains(Self.identity($0)) })]
        + zip(Self.screens, lists).map { ($0.heading, $1) }
      for (heading, bindings) in sections {
        for binding in bindings where listed.insert(Self.identity(binding)).inserted {
          rows.append([heading, binding.label, binding.description])
        }
      }
      Console.out(String(decoding: try JSONEncoder().encode(rows), as: UTF8.self))
    }

    private static func identity(_ binding: KeyBinding) -> String { binding.label + "\t" + binding.description }
  }
}
