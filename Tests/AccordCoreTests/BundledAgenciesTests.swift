import AccordCore
import Foundation
import Testing

/// The bodies each commitment's text names, by id, and what it names that is no one body, as
/// `Fixtures/agency-vocabulary.txt` reads the text, so an official can find their own ministry's items.
@Suite struct BundledAgenciesTests {
  let plan: Plan
  /// What is named (body ids, or a quoted name that is no body) and the phrases that name it.
  let vocabulary: [(named: String, phrases: [String])]

  init() throws {
    plan = try PlanLoader.bundled()
    vocabulary = try Fixture.text("agency-vocabulary.txt").split(separator: "\n")
      .filter { !$0.hasPrefix("#") && !$0.trimmingCharacters(in: .whitespaces).isEmpty }
      .map { line in
        let parts = line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
        return (parts[0], parts.dropFirst().map { $0.lowercased() })
      }
  }

  func named(in text: String) -> (bodies: [String], others: [String]) {
    let words = text.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    var bodies: [String] = []
    var others: [String] = []
    for entry in vocabulary where entry.phrases.contains(where: words.contains) {
      if entry.named.hasPrefix("\"") {
        others.append(entry.named.trimmingCharacters(in: CharacterSet(charactersIn: "\"")))
      } else {
        bodies += entry.named.split(separator: " ").map(String.init).filter { !bodies.contains($0) }
      }
    }
    return (bodies, others)
  }

  @Test func everyCommitmentRecordsExactlyTheBodiesItsTextNames() {
    for commitment in plan.commitments {
      let expected = named(in: commitment.text)
      #expect(commitment.bodies == expected.bodies, "\(commitment.id)")
      #expect(commitment.alsoNamed == expected.others, "\(commitment.id)")
    }
  }

  @Test func theVocabularyNamesOnlyThePlansBodiesAndAllOfItIsUsed() {
    let ids = Set(plan.bodies.map(\.id))
    for entry in vocabulary where !entry.named.hasPrefix("\"") {
      for id in entry.named.split(separator: " ") {
        #expect(ids.contains(String(id)), "'\(id)' is not a body of the plan")
      }
    }
    let used = Set(plan.commitments.flatMap(\.bodies)).union(plan.commitments.flatMap(\.alsoNamed))
    let listed = vocabulary.flatMap { entry in
      entry.named.hasPrefix("\"")
        ? [entry.named.trimmingCharacters(in: CharacterSet(charactersIn: "\""))]
        : entry.named.split(separator: " ").map(String.init)
    }
    #expect(Set(listed).subtracting(used).isEmpty, "named by no commitment: \(Set(listed).subtracting(used).sorted())")
  }

  @Test func anOfficialFindsTheirOwnBodysItemsOnBothSides() {
    func carried(by label: String) -> [String] { plan.commitments.filter { $0.carriers.contains(label) }.map(\.id) }
    // 17.1, 17.3 and 17.5 name the central banks; 17.2 and 17.6 name none, so their sector's carry them.
    #expect(carried(by: "Bank of the Lao PDR (Lao PDR)") == ["17.1", "17.2", "17.3", "17.5", "17.6"])
    #expect(carried(by: "National Bank of Cambodia (Cambodia)") == carried(by: "Bank of the Lao PDR (Lao PDR)"))
    #expect(carried(by: "Office of the Supreme People's Prosecutor (Lao PDR)") == ["8.4", "8.8", "8.9"])
    #expect(carried(by: "General Prosecution Office to the Supreme Court (Cambodia)") == ["8.4", "8.8", "8.9"])
    // 9.2 names research institutions, no body: its sector's line ministries carry it, and say so.
    let research = plan.commitment(id: "9.2")!
    #expect(research.carriedBySector && research.alsoNamed == ["Agricultural research institutions"])
    #expect(
      research.carriers == [
        "Ministry of Agriculture and Forestry (Lao PDR)", "Ministry of Agriculture, Forestry and Fisheries (Cambodia)",
      ])
    #expect(plan.commitments.filter { !$0.bodies.isEmpty }.count == 50)
  }
}
