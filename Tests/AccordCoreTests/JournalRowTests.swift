import AccordCore
import Testing

/// A journal row is read column by column, each checked for its type: a value no accord wrote
/// makes that row unreadable (named by its number), never a crash.
@Suite struct JournalRowTests {
  /// A row as accord writes it, with `changes` put over it.
  func row(_ changes: [JournalRow.Column: StoredValue] = [:]) -> JournalRow {
    var values: [JournalRow.Column: StoredValue] = [
      .id: .integer(7), .target_kind: .text("commitment"), .target_id: .text("16.3"), .status: .text("done"),
      .date: .text("2026-11"), .note: .text("ສຳເລັດ"), .source: .text("MOFA"), .url: .null,
      .confidence: .text("confirmed"),
      .corrects: .integer(3), .author: .text("somchai"), .author_name: .null,
      .recorded_at: .text("2026-11-25T06:30:00Z"),
    ]
    values.merge(changes) { $1 }
    return JournalRow(JournalRow.Column.allCases.map { values[$0]! })
  }

  func problem(_ changes: [JournalRow.Column: StoredValue]) -> UnreadableUpdate? {
    do throws(UnreadableUpdate) {
      _ = try JournalUpdate(row: row(changes))
      return nil
    } catch {
      return error
    }
  }

  @Test func a_row_accord_wrote_reads_as_its_update() throws {
    let update = try JournalUpdate(row: row())
    #expect(update.id == 7 && update.targetID == "16.3" && update.corrects == 3 && update.note == "ສຳເລັດ")
    #expect(update.date == .month(year: 2026, month: 11) && update.url == nil && update.recording?.journalID == 7)
  }

  @Test func a_value_of_the_wrong_type_makes_the_row_unreadable_by_its_number() {
    func unreadable(_ problem: UnreadableUpdate.Problem) -> UnreadableUpdate {
      UnreadableUpdate(number: 7, problem: problem)
    }
    #expect(problem([.note: .blob([0xFF, 0x00])]) == unreadable(.notText(.note, .blob)))
    #expect(problem([.corrects: .text("abc")]) == unreadable(.notACorrection(.text)))
    #expect(problem([.corrects: .real(1e20)]) == unreadable(.notACorrection(.real)))
    #expect(problem([.corrects: .integer(0)]) == unreadable(.notACorrection(.integer)))
    #expect(problem([.source: .null]) == unreadable(.notText(.source, .null)))
    #expect(problem([.url: .integer(5)]) == unreadable(.notText(.url, .integer)))
    #expect(problem([.id: .real(2.5)]) == UnreadableUpdate(number: nil, problem: .notANumber(.real)))
    #expect(problem([.date: .text("2026-02-30")]) == unreadable(.notADate))
    #expect(problem([.target_kind: .text("pillar")]) == unreadable(.notATargetKind))
    #expect(problem([.confidence: .text("sure")]) == unreadable(.notAConfidence))
  }

  @Test func a_row_cut_short_is_unreadable_not_a_crash() {
    do throws(UnreadableUpdate) {
      _ = try JournalUpdate(row: JournalRow([.integer(1)]))
      Issue.record("a row of one column is no update")
    } catch {
      #expect(error.number == 1)
    }
  }

  @Test func a_correction_names_an_update_of_its_target_or_of_the_commitments_milestones() throws {
    let plan = try PlanLoader.bundled()
    let scope = CorrectionScope(plan: plan)
    let commitment = JournalUpdate(targetKind: .commitment, targetID: "8.4", status: "done", date: .year(2026))
    let milestone = JournalUpdate(targetKind: .milestone, targetID: "8.4a", status: "done", date: .year(2026))
    #expect(scope.admits(commitment, correcting: .commitment, "8.4"))
    #expect(scope.admits(commitment, correcting: .milestone, "8.4a"))
    #expect(!scope.admits(commitment, correcting: .milestone, "8.9a"))
    #expect(!scope.admits(commitment, correcting: .meeting, "jc-16"))
    #expect(!scope.admits(milestone, correcting: .commitment, "8.4"))
    #expect(!CorrectionScope.sameTarget.admits(commitment, correcting: .milestone, "8.4a"))
  }
}
