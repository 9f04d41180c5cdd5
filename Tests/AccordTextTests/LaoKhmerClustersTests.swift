import Foundation
import GettextFormat
import Testing

@testable import AccordText

@Suite struct LaoKhmerClustersTests {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

  /// The masks are Swift's own segmentation: a code point of either block joins a consonant
  /// before it exactly when Swift makes the two one `Character`.
  @Test(arguments: [(0x0E81, 0x0E80..<0x0F00), (0x1780, 0x1780..<0x1800)])
  func theMasksAreSwiftsSegmentation(consonant: Int, block: Range<Int>) throws {
    let base = try #require(Unicode.Scalar(consonant))
    for value in block {
      guard let scalar = Unicode.Scalar(value) else { continue }
      let joined = String(String.UnicodeScalarView([base, scalar])).count == 1
      #expect(LaoKhmerClusters.joinsPrevious(scalar.value) == joined, "U+\(String(value, radix: 16))")
    }
  }

  /// Every translation accord shows cuts into the clusters, and their columns, that walking its
  /// `Character`s gives.
  @Test(arguments: ["lo.po", "km.po"]) func cutsEveryTranslationAsCharactersDo(name: String) throws {
    let text = try String(contentsOf: Self.root.appendingPathComponent("po/\(name)"), encoding: .utf8)
    var checked = 0
    for entry in try PoFile(parsing: text, file: name).entries {
      for translation in entry.translations {
        guard let clusters = LaoKhmerClusters.of(translation) else { continue }
        #expect(clusters.map { String(translation[$0.range]) } == translation.map(String.init), "\(translation)")
        #expect(clusters.map(\.columns) == translation.map(DisplayWidth.of), "\(translation)")
        checked += 1
      }
    }
    #expect(checked > 500, "most translations are Lao or Khmer with ASCII")
  }

  @Test func aMarkWithNothingBeforeItIsAClusterOfItsOwn() throws {
    let text = "\u{0EB4}ກ\u{0EB4}"
    let clusters = try #require(LaoKhmerClusters.of(text))
    #expect(clusters.map { String(text[$0.range]) } == ["\u{0EB4}", "ກ\u{0EB4}"])
    #expect(clusters.map(\.columns) == [0, 1])
  }

  @Test func anyOtherScriptIsLeftToCharacters() {
    #expect(LaoKhmerClusters.of("ລາວ 🇱🇦") == nil)
    #expect(LaoKhmerClusters.of("ລາວ\u{200D}") == nil)
    #expect(LaoKhmerClusters.of("ไทย") == nil)
    #expect(LaoKhmerClusters.of("") == [])
  }
}
