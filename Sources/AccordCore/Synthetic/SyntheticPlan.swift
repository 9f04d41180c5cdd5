/// A large made-up plan in the bundled plan's format, for benchmarks and stress tests: as many
/// commitments and meetings as asked, spread over pillars and sectors the way a real plan is.
public enum SyntheticPlan {
  public static func yaml(commitments: Int, meetings: Int, pillars: Int = 5, sectorsPerPillar: Int = 20) -> String {
    let sectorCount = max(1, pillars * sectorsPerPillar)
    let deliverableStatuses = ["done", "in-progress", "not-started", "unknown"]
    let continuousStatuses = ["continuous", "unknown", "unknown"]
    let types = MeetingType.allCases.map(\.rawValue)
    var out = """
      # Synthetic plan: \(commitments) commitments, \(meetings) meetings (generated).
      format: accord-plan/1
      plan:
        title: "Synthetic Action Plan (2023-2027)"
        short_title: "Synthetic Plan"
        parties: [A, B]
        signed: 2023-02-13
        period: {start: 2023-01-01, end: 2027-12-31}
        valid_until: 2028-02-13
      pillars:

      """
    out.reserveCapacity(commitments * 420 + meetings * 260)
    var next = 0
    for pillar in 0..<max(1, pillars) {
      out += "  - id: P\(pillar + 1)\n    name: \"Pillar \(pillar + 1)\"\n    sectors:\n"
      for local in 0..<sectorsPerPillar {
        let sector = pillar * sectorsPerPillar + local + 1
        out += "      - id: \"\(sector)\"\n        name: \"Sector \(sector) cooperation\"\n        commitments:\n"
        // Spread the commitments evenly; the first sectors take the remainder.
        let share = commitments / sectorCount + (sector - 1 < commitments % sectorCount ? 1 : 0)
        for item in 0..<share {
          let deliverable = next % 4 == 0
          let status = deliverable ? deliverableStatuses[(next / 4) % 4] : continuousStatuses[next % 3]
          out += "          - id: \"\(sector).\(item + 1)\"\n"
          out += "            kind: \(deliverable ? "deliverable" : "continuous")\n"
          if deliverable { out += "            target: \(2023 + next % 5)\n" }
          out += "            status: \(status)\n"
          out +=
            "            text: >-\n              Promoting cooperation number \(next) between the relevant ministries of the two\n              countries through regular meetings, exchanges of experience and joint projects.\n"
          if status != "unknown" {
            out +=
              "            evidence:\n              - date: 2024-\(pad(next % 12 + 1))-\(pad(next % 28 + 1))\n                status: \(status)\n                summary: \"Report \(next)\"\n                source: \"Synthetic source \(next)\"\n"
          }
          next += 1
        }
      }
    }
    out += "meetings:\n"
    for meeting in 0..<meetings {
      out += "  - id: m-\(meeting)\n    title: \"Meeting \(meeting)\"\n    type: \(types[meeting % types.count])\n"
      switch meeting % 3 {
      case 0: out += "    date: \(2023 + meeting % 5)-\(pad(meeting % 12 + 1))-\(pad(meeting % 28 + 1))\n"
      case 1: out += "    date: \(2023 + meeting % 5)-\(pad(meeting % 12 + 1))\n"
      default: out += "    date: \(2023 + meeting % 5)\n"
      }
      out +=
        "    status: \(meeting % 2 == 0 ? "held" : "planned")\n    sectors: [\"\(meeting % sectorCount + 1)\"]\n    source: \"Synthetic source\"\n"
    }
    return out
  }

  private static func pad(_ number: Int) -> String { number < 10 ? "0\(number)" : "\(number)" }
}
