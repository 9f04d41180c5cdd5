import AccordCore
import AccordLocalization
import AccordText
import Testing

@testable import AccordUI

/// `u` and the update form: what it offers for each target, how keys move through it, what a
/// save sends out, and that nothing goes out when it is cancelled, refused or read-only.
@Suite struct UpdateFormTests {
  /// Presses keys, returning the effects that were not `.none`.
  @discardableResult
  func press(_ state: inout AppState, _ keys: [Key]) -> [Effect] {
    keys.map { state.update(.key($0)) }.filter { $0 != .none }
  }

  func typing(_ text: String) -> [Key] { text.unicodeScalars.map { .character(Character($0)) } }

  @Test func onACommitmentTheFormOffersItsMilestonesAndTheCommitmentStatuses() throws {
    var state = Briefing.state(showing: .commitment("16.3"))
    press(&state, [.character("u")])
    let form = try #require(state.updateForm)
    #expect(form.targets.map(\.id) == ["16.3", "16.3a", "16.3b", "16.3c", "16.3d", "16.3e"])
    #expect(form.statuses == ["done", "in-progress", "continuous", "not-started", "unknown"])
    #expect(form.status == "unknown", "starts at the status it has today")
    #expect(form.date.text == "2026-11-24")
    #expect(form.fields == [.target, .status, .date, .note, .source, .url, .confidence])
  }

  @Test func onAMeetingTheFormOffersTheMeetingStatusesAndNoTargetChoice() throws {
    var state = Briefing.state(showing: .meeting("jc-15"))
    press(&state, [.character("u")])
    let form = try #require(state.updateForm)
    #expect(
      form.target == UpdateForm.Target(kind: .meeting, id: "jc-15", title: state.view.meeting(id: "jc-15")!.title))
    #expect(form.statuses == ["held", "postponed", "cancelled", "planned"])
    #expect(form.fields.first == .status)
  }

  /// The status the meeting's date makes likely: held once its day has come, planned (with the
  /// date it is set for) while its day, month or year is still ahead, or when it has no date.
  @Test func onAMeetingTheFormStartsFromTheStatusItsDateMakesLikely() throws {
    for (id, status, date) in [
      ("jc-15", "held", "2026-11-24"), ("jc-16", "planned", "2026-11-24"), ("central-banks-2026", "planned", "2026"),
      ("central-banks-2027", "planned", "2027"),
    ] {
      var state = Briefing.state(showing: .meeting(id))
      press(&state, [.character("u")])
      let form = try #require(state.updateForm)
      #expect(form.status == status, "\(id)")
      #expect(form.date.text == date, "\(id)")
    }
  }

  @Test func inAListTheSelectedCommitmentOrMeetingIsTheTarget() throws {
    var state = Briefing.state(showing: .sector("16"))
    press(&state, [.down, .down, .character("u")])
    #expect(state.updateForm?.target.id == "16.3")
    state = Briefing.state(showing: .timeline)
    press(&state, [.down, .character("u")])
    #expect(state.updateForm?.target.id == state.view.timeline[1].id)
    state = Briefing.state()
    press(&state, [.character("u")])
    #expect(state.updateForm == nil, "the overview has nothing to record for")
    #expect(state.notice == "select a commitment or a meeting to record an update")
  }

  @Test func aMilestoneFoundBySearchIsWhatTheFormIsAbout() throws {
    var state = Briefing.state(width: 120, height: 40)
    // Enter opens the first result; Back returns to the results, where keys are keys again.
    press(&state, [.character("/")] + typing("16.3b") + [.enter, .escape])
    #expect(state.route == .search("16.3b"))
    let hits = state.view.finding.search.search("16.3b")
    let index = try #require(hits.firstIndex { $0.kind == .milestone && $0.id == "16.3b" })
    state.positions[state.route] = ListPosition(selected: index)
    press(&state, [.character("u")])
    #expect(state.updateForm?.target.id == "16.3b")
    #expect(state.updateForm?.target.kind == .milestone)
  }

  @Test func tabAndShiftTabGoRoundTheFieldsAndEnterMovesOnUntilTheLast() throws {
    var state = Briefing.state(showing: .commitment("16.3"))
    press(&state, [.character("u")])
    var seen: [UpdateForm.Field] = []
    for _ in 0..<7 {
      press(&state, [.tab])
      seen.append(try #require(state.updateForm).focus)
    }
    #expect(seen == [.date, .note, .source, .url, .confidence, .target, .status])
    press(&state, [.backTab, .backTab])
    #expect(state.updateForm?.focus == .confidence)
    press(&state, [.tab, .tab, .enter, .enter])
    #expect(state.updateForm?.focus == .note, "Enter on a field before the last moves on")
  }

  @Test func escapeClosesTheFormAndSendsNothing() {
    var state = Briefing.state(showing: .commitment("16.3"))
    let effects = press(&state, [.character("u"), .character("d"), .tab, .tab] + typing("half typed") + [.escape])
    #expect(effects.isEmpty)
    #expect(state.updateForm == nil)
    #expect(state.route == .commitment("16.3"))
  }

  @Test func ctrlSSendsTheTypedUpdateToBeRecorded() {
    var state = Briefing.state(showing: .commitment("16.3"))
    var keys: [Key] = [.character("u"), .backTab, .right, .tab, .character("i"), .tab]
    keys += [.control("u")] + typing("2025-03") + [.tab] + typing("ປະຊຸມ JTC ຄັ້ງທີ 3 中文") + [.tab]
    keys += typing("KPL") + [.tab] + typing("https://kpl.gov.la/x") + [.tab, .character("r"), .control("s")]
    let effects = press(&state, keys)
    let expected = JournalUpdate(
      targetKind: .milestone, targetID: "16.3a", status: "in-progress", date: .month(year: 2025, month: 3),
      note: "ປະຊຸມ JTC ຄັ້ງທີ 3 中文", source: "KPL", url: "https://kpl.gov.la/x", confidence: .reported)
    #expect(effects == [.record(expected, plan: state.plan.identity)])
    #expect(state.updateForm != nil, "open until the journal says it recorded the update")
  }

  @Test func enterOnTheLastFieldSaves() throws {
    var state = Briefing.state(showing: .meeting("jc-15"))
    let keys: [Key] = [.character("u"), .tab, .tab, .tab] + typing("MOFA") + [.tab, .tab, .enter]
    let effects = press(&state, keys)
    #expect(effects.count == 1)
    guard case .record(let update, _) = try #require(effects.first) else {
      Issue.record("Enter on the last field gave \(effects), not a record")
      return
    }
    #expect(update.status == "held")
    #expect(update.source == "MOFA")
    #expect(update.url == nil, "an empty address is no address")
  }

  @Test func problemsShowBesideTheirFieldsAndTheFormKeepsWhatWasTyped() throws {
    var state = Briefing.state(showing: .commitment("16.3"), width: 120, height: 40)
    let keys: [Key] =
      [.character("u"), .character("d"), .tab, .control("u")] + typing("2026-02-30") + [.tab] + typing("ສຳເລັດ")
    let effects = press(&state, keys + [.control("s")])
    #expect(effects.isEmpty, "nothing goes out with a problem")
    let form = try #require(state.updateForm)
    #expect(form.problems[.date]?.hasPrefix("'2026-02-30' is not a date") == true)
    #expect(form.problems[.source] == "a source is required for status 'done'")
    #expect(form.focus == .date, "the first field with a problem")
    #expect(form.note.text == "ສຳເລັດ")
    let screen = render(state, 120, 40)
    let source = try #require(screen.row(of: "Source"))
    #expect(screen.lines[source + 1].contains("! a source is required for status 'done'"), "\(screen)")
    let date = try #require(screen.row(of: "2026-02-30"))
    #expect(screen.lines[date + 1].contains("! '2026-02-30' is not a date"), "\(screen)")
    // A future day is refused too, for anything but a meeting announced ahead.
    press(&state, [.control("u")] + typing("2027") + [.control("s")])
    #expect(
      state.updateForm?.problems[.date]
        == "2027 is after today (2026-11-24): record what has happened, on the day it happened")
  }

  /// The core hands the form typed problems; the form words them in the reader's language.
  @Test func problemsAreWordedInTheReadersLanguage() throws {
    var state = Briefing.state(showing: .commitment("16.3"), width: 120, height: 40)
    state.writing = Writing(catalog: try Catalog.bundled(.lao).get())
    press(&state, [.character("u"), .character("d"), .tab, .control("u")] + typing("2027") + [.control("s")])
    let form = try #require(state.updateForm)
    let lao = Writing(catalog: try Catalog.bundled(.lao).get())
    #expect(form.problems[.source] == JournalEntry.Problem.sourceRequired(status: "done").message(in: lao))
    #expect(form.problems[.source]?.contains("a source is required") == false, "not the English sentence")
    #expect(form.problems[.date]?.contains("ພະຈິກ") == true, "today as a Lao day: \(form.problems[.date] ?? "")")
  }

  @Test func theRecordedUpdateClosesTheFormAndShowsAtOnce() {
    var state = Briefing.state(showing: .commitment("16.3"), width: 120, height: 40)
    let effects = press(
      &state,
      [.character("u"), .character("d"), .tab, .tab] + typing("JTC minutes") + [.tab] + typing("MOFA") + [.control("s")]
    )
    guard case .record(var update, _) = effects.first else {
      Issue.record("no record effect: \(effects)")
      return
    }
    update.id = 7
    update.recording = Recording(author: "somchai", authorName: "Somchai P.", recordedAt: "2026-11-24T08:00:00Z")
    _ = state.update(.recorded(update, plan: state.plan.identity))
    #expect(state.updateForm == nil)
    #expect(state.notice == "recorded #7: 16.3 done on 2026-11-24")
    expectScreen(
      render(state, 120, 40),
      shows: [
        "Status: ✓ done", "History (1 update in the journal)", "Somchai P. (somchai)", "JTC minutes", "recorded #7",
      ])
  }

  @Test func aJournalThatRefusesKeepsTheFormOpenWithItsMessage() throws {
    var state = Briefing.state(showing: .meeting("jc-15"))
    press(&state, [.character("u"), .tab, .tab, .tab] + typing("MOFA") + [.control("s")])
    _ = state.update(
      .recordFailed("/var/lib/accord: cannot create the journal: permission denied", plan: state.plan.identity))
    #expect(state.updateForm?.source.text == "MOFA")
    expectScreen(render(state, 80, 24), shows: ["not recorded: /var/lib/accord: cannot create", "permission denied"])
  }

  @Test func readOnlyAndTheKioskSayTheyAreReadOnlyAndOpenNothing() {
    var state = Briefing.state(showing: .commitment("16.3"))
    state.readOnly = true
    press(&state, [.character("u")])
    #expect(state.updateForm == nil)
    expectScreen(render(state, 80, 24), shows: [AppState.readOnlyNotice])
    var kiosk = Briefing.state()
    kiosk.startKiosk(cycle: 20)
    #expect(kiosk.update(.key(.character("u"))) == .none)
    #expect(kiosk.updateForm == nil)
    #expect(kiosk.notice == AppState.readOnlyNotice)
  }

  @Test func aResizeKeepsWhatWasTypedEvenThroughTooSmall() {
    var state = Briefing.state(showing: .commitment("16.3"))
    press(&state, [.character("u"), .tab, .tab] + typing("ປະຊຸມ 中文 note"))
    for (width, height) in [(40, 12), (20, 5), (0, 0), (200, 60)] {
      _ = state.update(.resize(width: width, height: height))
      expectFits(render(state, width, height))
    }
    #expect(state.updateForm?.note.text == "ປະຊຸມ 中文 note")
    #expect(state.updateForm?.focus == .note)
    expectScreen(render(state, 40, 12), shows: [">Note"])
  }

  @Test func helpNamesTheKey() {
    #expect(KeyMap.action(for: .character("u"), on: .commitment("16.3")) == .recordUpdate)
    #expect(KeyMap.action(for: .character("u"), on: .timeline) == .recordUpdate)
    let help = render(
      {
        var state = Briefing.state(showing: .commitment("16.3"), width: 120, height: 40)
        _ = state.update(.key(.character("?")))
        return state
      }(), 120, 40)
    expectScreen(help, shows: ["record an update of a commitment or meeting"])
  }

  @Test(arguments: Briefing.sizes)
  func theFormAsDrawn(size: (width: Int, height: Int)) {
    var state = Briefing.state(showing: .commitment("16.3"), width: size.width, height: size.height)
    press(&state, [.character("u"), .character("d"), .tab, .tab] + typing("ປະຊຸມ JTC ຄັ້ງທີ 3 ສຳເລັດ 中文") + [.control("s")])
    expectGolden(render(state, size.width, size.height), named: "update-form-\(size.width)x\(size.height)")
  }
}
