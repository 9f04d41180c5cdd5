import AccordCore
import AccordLocalization
import AccordText
import Testing

@testable import AccordUI

/// A note written in Lao (no spaces between words) wraps on the commitment screen between
/// words, as ICU's dictionary finds them, never inside one.
@Suite struct LaoNoteWrapTests {
  /// The words of the note, in order, as ICU's Lao dictionary divides them.
  static let words = [
    "ຄະນະ", "ກຳມະການ", "ຮ່ວມ", "ໄດ້", "ຕົກລົງ", "ເລັ່ງລັດ", "ການກໍ່ສ້າງ", "ຂົວ", "ຂ້າມ", "ແມ່", "ນ້ຳ", "ຂອງ", "ລະຫວ່າງ",
    "ສອງ", "ປະເທດ", "ກອງ", "ປະຊຸມ", "ສອງ", "ຝ່າຍ", "ໄດ້", "ປຶກສາຫາລື", "ກ່ຽວກັບ", "ການຄ້າ", "ແລະ", "ການລົງທຶນ", "ຢູ່",
    "ຊາຍແດນ",
  ]

  /// The sentence again and again, to 300 characters and more.
  static let note: String = {
    var text = ""
    while text.count < 300 { text += words.joined() }
    return text
  }()

  /// `line` as whole words of the note, longest first; nil when it starts or ends inside one.
  static func asWords(_ line: Substring) -> [String]? {
    var rest = line
    var found: [String] = []
    let byLength = Set(words).sorted { $0.count > $1.count }
    while !rest.isEmpty {
      guard let word = byLength.first(where: { rest.hasPrefix($0) }) else { return nil }
      found.append(word)
      rest = rest.dropFirst(word.count)
    }
    return found
  }

  @Test(arguments: [60, 78, 118])
  func aLaoNoteOf300CharactersWrapsBetweenWords(width: Int) throws {
    #expect(Self.note.count >= 300)
    let update = JournalFixture.update(
      7, .commitment, "16.3", "in-progress", "2026-11-20", note: Self.note, source: "KPL", recorded: "2026-11-21")
    let state = AppState(plan: Briefing.plan, updates: [update], today: Briefing.today)
    let commitment = try #require(state.view.commitment(id: "16.3"))
    let document = CommitmentScreen.document(commitment, state: state, width: width)
    let noteLines = document.lines.map(\.text).filter { WordBreaks.needsDictionary($0) }
      .map { $0.drop { $0 == " " } }
    #expect(noteLines.count > 1, "the note fits on one line: nothing tested")
    #expect(
      noteLines.joined() == Self.note,
      "the note's lines do not join back into it:\n\(noteLines.joined(separator: "\n"))")
    for line in noteLines {
      #expect(DisplayWidth.of(line) <= width)
      let whole = Self.asWords(line)
      #expect(whole != nil, "a line starts or ends inside a word: \(line)")
    }
    // Where each line ends: between two named words, e.g. "…ຂ້າມ" then "ແມ່…".
    let ends = noteLines.dropLast().compactMap { Self.asWords($0)?.last }
    #expect(ends.allSatisfy(Self.words.contains), "\(ends)")
  }
}
