import AccordCore
import Foundation
import Testing

/// The bodies each commitment's text names, recorded under one canonical name each
/// (`Fixtures/agency-vocabulary.txt`), so an official can find their own ministry's items.
@Suite struct BundledAgenciesTests {
  let plan: Plan
  let vocabulary: [(name: String, phrases: [String])]

  init() throws {
    plan = try PlanLoader.bundled()
    vocabulary = try Fixture.text("agency-vocabulary.txt").split(separator: "\n")
      .filter { !$0.hasPrefix("#") && !$0.trimmingCharacters(in: .whitespaces).isEmpty }
      .map { line in
        let parts = line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
        return (parts[0], parts.dropFirst().map { $0.lowercased() })
      }
  }

  func namedBodies(in text: String) -> [String] {
    let words = text.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    return vocabulary.filter { entry in entry.phrases.contains { words.contains($0) } }.map(\.name)
  }

  @Test func everyCommitmentRecordsExactlyTheBodiesItsTextNames() {
    for commitment in plan.commitments {
      #expect(commitment.agencies == namedBodies(in: commitment.text), "\(commitment.id)")
    }
  }

  @Test func agenciesComeFromOneVocabulary() {
    let names = Set(vocabulary.map(\.name))
    #expect(names.count == vocabulary.count, "a canonical name is listed twice")
    for commitment in plan.commitments {
      for agency in commitment.agencies {
        #expect(names.contains(agency), "\(commitment.id): '\(agency)' is not a canonical name")
      }
    }
    let used = Set(plan.commitments.flatMap(\.agencies))
    #expect(used == names, "canonical names no commitment uses: \(names.subtracting(used).sorted())")
  }

  @Test func anOfficialFindsTheirOwnBodysItems() {
    let agriculture = plan.commitments.filter { $0.agencies.contains("Ministries of Agriculture") }
    #expect(agriculture.map(\.id) == ["9.1"])
    let centralBanks = plan.commitments.filter { $0.agencies.contains("Central banks") }.map(\.id)
    #expect(centralBanks == ["17.1", "17.3", "17.5"])
    let prosecutors = plan.commitments.filter {
      $0.agencies.contains("Supreme People's Prosecutors / prosecutors' offices")
    }
    #expect(prosecutors.map(\.id) == ["8.4", "8.8", "8.9"])
    #expect(plan.commitments.filter { !$0.agencies.isEmpty }.count > 60)
  }
}
