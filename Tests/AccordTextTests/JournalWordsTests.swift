import AccordCore
import AccordLocalization
import AccordText
import Foundation
import Testing

/// The journal's unreadable rows and refusals, typed in AccordCore, worded here: English as it
/// was before they were typed, Lao and Khmer from the catalogs with no English sentence left.
@Suite struct JournalWordsTests {
  static let lao = Writing(catalog: try! Catalog.bundled(.lao).get())
  static let khmer = Writing(catalog: try! Catalog.bundled(.khmer).get())

  /// Runs of three or more English words: a sentence worded without its catalog.
  static func englishRuns(in text: String) -> [String] {
    let pattern = try! NSRegularExpression(pattern: "[A-Za-z]{2,}( [A-Za-z]{2,}){2,}")
    return pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap {
      Range($0.range, in: text).map { String(text[$0]) }
    }
  }

  static let rows = [
    UnreadableUpdate(number: 2, problem: .notText(.note, .blob)),
    UnreadableUpdate(number: 3, problem: .notACorrection(.text)),
    UnreadableUpdate(number: nil, problem: .notANumber(.real)),
    UnreadableUpdate(number: 5, problem: .notADate),
    UnreadableUpdate(number: 6, problem: .notATargetKind),
    UnreadableUpdate(number: 7, problem: .notAConfidence),
    UnreadableUpdate(number: 8, problem: .notText(.source, .null)),
  ]

  @Test func unreadableRowsInEnglishAreTheSentencesTheyWere() {
    #expect(
      UnreadableUpdate.lines(Array(Self.rows.prefix(3)), path: "j.sqlite", in: .english) == [
        "j.sqlite: update #2 cannot be read (its note is a blob, not text); it is left out",
        "j.sqlite: update #3 cannot be read (its corrects is text, not the number of an update); it is left out",
        "j.sqlite: update without a number cannot be read (its id is a real number, not an update's number); it is left out",
      ])
    #expect(
      UnreadableUpdate.summary(count: 3, first: Self.rows[0], in: .english)
        == "left out unreadable 3 rows, first #2 (its note is a blob, not text)")
    #expect(
      UnreadableUpdate.summary(count: 1, first: Self.rows[3], in: .english)
        == "left out unreadable row #5 (its date is not YYYY, YYYY-MM or YYYY-MM-DD)")
    let many = Array(repeating: Self.rows[0], count: 23)
    #expect(UnreadableUpdate.lines(many, path: "j", in: .english).last == "j: 3 more updates cannot be read")
  }

  @Test func unreadableRowsInLaoAndKhmerHoldNoEnglishSentence() {
    let many = Self.rows + Array(repeating: Self.rows[0], count: 20)
    for (writing, script) in [(Self.lao, "ການອັບເດດ"), (Self.khmer, "បច្ចុប្បន្នភាព")] {
      let lines = UnreadableUpdate.lines(many, path: "/srv/journal.sqlite", in: writing)
      #expect(lines.count == 21)
      for line in lines {
        #expect(line.contains(script), "\(line)")
        #expect(Self.englishRuns(in: line) == [], "\(line)")
      }
      let summary = UnreadableUpdate.summary(count: 3, first: Self.rows[2], in: writing)
      #expect(Self.englishRuns(in: summary) == [], "\(summary)")
    }
    #expect(
      UnreadableUpdate.lines([Self.rows[0]], path: "j", in: Self.lao)
        == ["j: ການອັບເດດ #2 ອ່ານບໍ່ໄດ້ (ຖັນ note ຂອງມັນເປັນ ຂໍ້ມູນໄບນາຣີ (blob), ບໍ່ແມ່ນຂໍ້ຄວາມ); ຈຶ່ງຖືກປະໄວ້"])
  }

  static let refusals: [JournalRefusal] = [
    .notACoordinator(update: 4, group: "accord-coordinators"), .notACoordinator(update: 4, group: nil),
    .alreadyConfirmed(update: 4), .notYetRecorded, .noUpdateToCorrect(update: 9), .unreadableCorrected(update: 9),
  ]

  @Test func refusalsInEnglishAreTheSentencesTheyWereAndInLaoAndKhmerNone() {
    #expect(
      Self.refusals.map { $0.message(in: .english) } == [
        "only a coordinator (a member of the group accord-coordinators) confirms a reported update; update #4 stays reported",
        "only a coordinator (accord_coordinator) confirms a reported update; update #4 stays reported",
        "update #4 is already confirmed; nothing was recorded", "an update not yet recorded cannot be confirmed",
        "there is no update 9 to correct", "update #9 cannot be read, so it cannot be corrected",
      ])
    #expect(
      JournalRefusal.notACoordinator(update: 1, group: "g").message(in: .english)
        == "only a coordinator (a member of the group g) confirms a reported update; update #1 stays reported")
    for writing in [Self.lao, Self.khmer] {
      for refusal in Self.refusals {
        let message = JournalError.refused(refusal).message(in: writing)
        #expect(Self.englishRuns(in: message) == [], "\(message)")
      }
    }
    // The server's own words stay as they came, in a frame of the reader's language.
    let server = JournalRefusal.server(address: "db.example/accord", message: "updates are never changed or deleted")
    #expect(server.message(in: .english) == "db.example/accord: updates are never changed or deleted")
    #expect(server.message(in: Self.lao) == "db.example/accord: ເຊີບເວີປະຕິເສດ: updates are never changed or deleted")
  }
}
