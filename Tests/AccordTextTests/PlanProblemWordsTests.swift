import AccordCore
import AccordLocalization
import Foundation
import GettextFormat
import Testing

@testable import AccordText

/// Every kind of problem a plan file can have is worded in Lao and Khmer from the catalogs: a
/// new `PlanProblem` case, or a new thing, value or file kind its sentences name, that has no
/// translation fails here.
@Suite struct PlanProblemWordsTests {
  static let day = Day(year: 2024, month: 3, day: 2)
  static let date = PlanDate(iso: "2024-03")!

  /// One problem of each case, by the case's name.
  static let samples: [String: PlanProblem] = [
    "unreadableFile": .unreadableFile(.missing), "emptyFile": .emptyFile, "noDocument": .noDocument,
    "tabInIndentation": .tabInIndentation, "yamlSyntax": .yamlSyntax(problem: "did not find", context: "while"),
    "notYAMLText": .notYAMLText(problem: "invalid", byte: 3), "secondDocument": .secondDocument,
    "nestedTooDeep": .nestedTooDeep(limit: 64), "anchorOrAlias": .anchorOrAlias, "outOfMemory": .outOfMemory,
    "notAMapping": .notAMapping(.pillar, expected: ["id"], found: .list),
    "keyNotPlain": .keyNotPlain(in: .sector, found: .mapping),
    "repeatedKey": .repeatedKey("id", in: .commitment, firstLine: 3),
    "unknownKey": .unknownKey("nmae", in: .milestone, suggestion: "name", expected: ["name"]),
    "missingKey": .missingKey("id", in: .meeting), "notText": .notText(key: "id", found: .nothing),
    "emptyValue": .emptyValue(key: "id"), "notAList": .notAList(key: "bodies", found: .text("x"), example: true),
    "itemNotText": .itemNotText(key: "bodies", found: .list),
    "notADay": .notADay(key: "signed", .notADate("x")), "notAPlanDate": .notAPlanDate(key: "date", .notADate("x")),
    "notATarget": .notATarget(key: "due", .notADate("x"), agreedAllowed: true),
    "spanEndsBeforeStart": .spanEndsBeforeStart(key: "due", text: "2025-2024"),
    "notABool": .notABool(key: "context", text: "yes"),
    "unknownChoice": .unknownChoice(key: "status", text: "don", suggestion: "done", allowed: ["done"]),
    "unsupportedFormat": .unsupportedFormat("x", supported: "accord-plan/1"), "noPillars": .noPillars,
    "badPlanID": .badPlanID("X"), "periodEndsBeforeStart": .periodEndsBeforeStart(end: day, start: day),
    "duplicateID": .duplicateID(.body, "la-na", firstLine: 3),
    "commitmentOutsideSector": .commitmentOutsideSector(id: "2.1", sector: "1"),
    "milestoneIDOutsideCommitment": .milestoneIDOutsideCommitment(id: "x", commitment: "1.1"),
    "targetWithMilestones": .targetWithMilestones, "targetOfContinuous": .targetOfContinuous,
    "continuesWithoutSucceeds": .continuesWithoutSucceeds, "statusNeedsEvidence": .statusNeedsEvidence("done"),
    "statusWithoutSupport": .statusWithoutSupport("done"),
    "statusDisagrees": .statusDisagrees("done", newest: date, shows: "in-progress"),
    "evidenceNeedsStatus": .evidenceNeedsStatus(ofStatus: "done", allowed: ["done", "none"]),
    "recordedByMissing": .recordedByMissing, "recordedAtMissing": .recordedAtMissing,
    "notARecordingTime": .notARecordingTime("x"), "notAJournalUpdate": .notAJournalUpdate("x"),
    "endBeforeDate": .endBeforeDate(end: day, date: date), "endWithoutDate": .endWithoutDate,
    "ledByNobody": .ledByNobody, "unknownBody": .unknownBody(named: .commitment, id: "x", suggestion: nil),
    "meetingNamesUnknownSector": .meetingNamesUnknownSector(meeting: "m", sector: "9", suggestion: nil),
    "meetingNamesUnknownCommitment": .meetingNamesUnknownCommitment(meeting: "m", commitment: "9.9"),
    "meetingFulfilsUnknownMilestone": .meetingFulfilsUnknownMilestone(meeting: "m", milestone: "x", suggestion: nil),
    "plansItemEmpty": .plansItemEmpty,
  ]

  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

  /// The cases `PlanProblem.swift` declares, read from the source so a new one is seen here.
  static func declaredCases() throws -> Set<String> {
    let source = root.appendingPathComponent("Sources/AccordCore/Loading/PlanProblem.swift")
    let text = try String(contentsOf: source, encoding: .utf8)
    let names = text.split(separator: "\n").compactMap { line -> String? in
      guard line.hasPrefix("  case ") else { return nil }
      return String(line.dropFirst(7).prefix { $0.isLetter || $0.isNumber })
    }
    return Set(names)
  }

  static func poFile(_ name: String) throws -> PoFile {
    let text = try String(contentsOf: root.appendingPathComponent("po/\(name)"), encoding: .utf8)
    return try PoFile(parsing: text, file: name)
  }

  /// The language's catalog as `po/LANG.po` has it, where every message of accord.pot it does
  /// not translate (or marks fuzzy) is `⟦untranslated⟧` instead of falling back to English.
  static func marked(_ language: Language) throws -> Writing {
    let translated = try poFile("\(language.code).po")
    let byKey = Dictionary(
      translated.entries.filter(\.isTranslated).map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
    let entries = try poFile("accord.pot").entries.filter { !$0.id.isEmpty }.map { entry in
      var marked = entry
      marked.fuzzy = false
      marked.translations = byKey[entry.key]?.translations ?? ["⟦untranslated⟧"]
      return marked
    }
    return Writing(catalog: try Catalog(language: language, file: PoFile(header: translated.header, entries: entries)))
  }

  static func writing(_ language: Language) throws -> Writing {
    Writing(catalog: try Catalog.bundled(language).get())
  }

  @Test func everyCaseHasASample() throws {
    let declared = try Self.declaredCases()
    #expect(declared.count > 40)
    #expect(declared == Set(Self.samples.keys))
  }

  /// Each thing, found value, date problem, id kind and file kind a sentence names, in one.
  static let phrases: [PlanProblem] = {
    let things: [PlanProblem.Thing] = [
      .planFile, .settings, .pillar, .sector, .commitment, .milestone, .meeting, .body, .evidenceItem,
      .meetingEvidenceItem, .names, .plansItem,
    ]
    let dates: [PlanProblem.DateProblem] = [
      .yearOutOfRange("20231", cut: false), .notARealDay("2023-02-30", month: 2, year: 2023, days: 28, day: 30),
      .notADate("x"),
    ]
    let files: [SourceFileError] = [
      .missing, .directory, .notRegular(.pipe), .notRegular(.characterDevice), .notRegular(.blockDevice),
      .notRegular(.socket), .notRegular(.other), .tooLarge(bytes: 1 << 27, limit: 1 << 26), .permissionDenied,
      .unreadable("EIO"), .otherEncoding("UTF-16"), .binary(offset: 3), .notUTF8,
    ]
    return things.map { .missingKey("id", in: $0) }
      + [PlanProblem.Found.nothing, .mapping, .list].map { .notText(key: "id", found: $0) }
      + dates.map { .notADay(key: "signed", $0) }
      + [PlanProblem.IDKind.sector, .commitment, .milestone, .meeting, .body].map {
        .duplicateID($0, "x", firstLine: 1)
      }
      + [PlanProblem.IDOwner.sector, .commitment].map { .unknownBody(named: $0, id: "x", suggestion: "y") }
      + [.yamlSyntax(problem: "did not find", context: nil), .notAList(key: "bodies", found: .list, example: false)]
      + [.notATarget(key: "target", .notADate("x"), agreedAllowed: false)] + files.map { .unreadableFile($0) }
  }()

  /// Every message a problem's sentence is made of is translated in `po/lo.po` and `po/km.po`.
  @Test(arguments: [Language.lao, .khmer])
  func everyCaseIsWordedInTheLanguage(_ language: Language) throws {
    let writing = try Self.marked(language)
    for (name, problem) in Self.samples.sorted(by: { $0.key < $1.key }).map({ ($0.key, $0.value) })
      + Self.phrases.map({ ("\($0)", $0) })
    {
      let translated = problem.message(in: writing)
      #expect(!translated.contains("⟦untranslated⟧"), "\(name) in \(language): \(translated)")
      #expect(translated != problem.message(in: .english), "\(name) in \(language): \(translated)")
    }
  }

  @Test func englishIsTheSentenceAsBefore() throws {
    #expect(
      PlanProblem.unknownKey("nmae", in: .pillar, suggestion: "name", expected: ["id", "name", "sectors"])
        .message(in: .english)
        == "unknown key 'nmae' in a pillar (did you mean 'name'?); expected 'id', 'name', 'sectors'")
    let more = PlanLoadError(
      Array(
        repeating: PlanDiagnostic(file: "p", position: nil, problem: .emptyFile), count: PlanLoadError.shownLimit + 2))
    #expect(more.description.hasSuffix("\n(and 2 more problems)"))
    #expect(try more.description(in: Self.writing(.lao)).hasSuffix("\n(ແລະ ອີກ 2 ບັນຫາ)"))
  }
}
