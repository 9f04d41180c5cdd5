import AccordCore
import Foundation
import Testing

/// Every source in the bundled plan names a publisher a reader can look up (title, date and
/// address where known), never a file of this repository.
@Suite struct BundledSourcesTests {
  let plan: Plan

  init() throws {
    plan = try PlanLoader.bundled()
  }

  var evidence: [(owner: String, item: Evidence)] {
    plan.commitments.flatMap { commitment in
      commitment.evidence.map { (commitment.id, $0) }
        + commitment.milestones.flatMap { milestone in milestone.evidence.map { (milestone.id, $0) } }
    }
  }

  /// What a citation of one of our own files looks like.
  static func namesARepositoryFile(_ text: String) -> Bool {
    let lowered = text.lowercased()
    return lowered.contains("seed:") || lowered.contains(".txt") || lowered.contains("shared/")
      || lowered.contains("seeds/") || lowered.contains("research/") || lowered.contains(".md")
  }

  @Test func noSourceNamesAFileOfThisRepository() {
    for (owner, item) in evidence {
      #expect(!Self.namesARepositoryFile(item.source), "evidence of \(owner): \(item.source)")
      #expect(!Self.namesARepositoryFile(item.summary), "evidence of \(owner): \(item.summary)")
    }
    for meeting in plan.meetings {
      for text in [meeting.source, meeting.note ?? "", meeting.url ?? ""] {
        #expect(!Self.namesARepositoryFile(text), "meeting \(meeting.id): \(text)")
      }
    }
    #expect(!Self.namesARepositoryFile(plan.info.source ?? ""))
  }

  @Test func theCheckRecognisesTheOldFileCitations() {
    #expect(Self.namesARepositoryFile("seed: news-2023-09-06-vietnam-cambodia-laos-party-leaders-meeting.txt"))
    #expect(Self.namesARepositoryFile("KPL (shared/seeds/news.txt sidebar)"))
    #expect(!Self.namesARepositoryFile("KPL, 2024-12-06, \"Laos and Cambodia Strengthen Strategic Cooperation\""))
  }

  @Test func addressesAreWebAddresses() {
    let urls = evidence.compactMap(\.item.url) + plan.meetings.compactMap(\.url)
    #expect(urls.count >= 20)
    for url in urls {
      #expect(url.hasPrefix("https://") || url.hasPrefix("http://"), "\(url)")
      #expect(!url.contains(" "), "\(url)")
    }
  }

  /// The sources the audit found incomplete now carry a title (and an address where known).
  @Test func theIncompleteSourcesAreCompleted() throws {
    let flights = try #require(plan.meeting(id: "flights-2024-03"))
    #expect(flights.source.contains("\"Lao Airlines resume direct flights\""))
    #expect(flights.url == "https://www.phnompenhpost.com/business/lao-airlines-resume-direct-flights")
    let thongloun = try #require(plan.meeting(id: "visit-2023-05-thongloun"))
    #expect(thongloun.source.contains("\"President wraps up Cambodia visit with successful outcomes\""))
    let partyLeaders = try #require(plan.meeting(id: "clv-party-2023-09"))
    #expect(partyLeaders.source.hasPrefix("SGGP, 2023-09-06"))
    #expect(partyLeaders.url?.hasPrefix("https://en.sggp.org.vn/") == true)
    let hcmc = try #require(plan.meeting(id: "clv-party-2025-02"))
    #expect(hcmc.source.hasPrefix("Viet Nam News, 2025-02-22, \""))
  }
}
