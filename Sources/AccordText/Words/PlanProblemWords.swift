import AccordCore
import AccordLocalization

// The sentences for what is wrong in a plan (or settings) file, in the reader's language:
// `accord check`, the start-up refusal and the dashboard's reload line print them after
// `FILE:LINE:COLUMN: `. Keys, ids, statuses and the file's own dates are quoted as the file has
// them: they are what the reader looks for in it. libyaml's own words stay English.

extension PlanProblem {
  public func message(in writing: Writing) -> String {
    func fill(_ template: String, _ values: String...) -> String { Template.fill(template, values) }
    let list = Self.list
    switch self {
    case .unreadableFile(let error): return error.message(in: writing)
    case .emptyFile: return writing.localized("is empty; expected a plan (see README, 'Data format')")
    case .noDocument: return writing.localized("holds no YAML document; expected a plan")
    case .tabInIndentation: return writing.localized("tab in indentation; YAML indents with spaces")
    case .yamlSyntax(let problem, nil):
      // TRANSLATORS: %1$s is libyaml's own description of the problem, in English.
      return fill(writing.localized("YAML syntax: %1$s"), problem)
    case .yamlSyntax(let problem, let context?):
      // TRANSLATORS: %1$s is libyaml's own description of the problem, %2$s where it was found, both in English.
      return fill(writing.localized("YAML syntax: %1$s (%2$s)"), problem, context)
    case .notYAMLText(let problem, let byte):
      return fill(writing.localized("cannot be read as YAML: %1$s at byte %2$s"), problem, String(byte))
    case .secondDocument:
      return writing.localized("YAML syntax: a second document ('---'); a file holds one document")
    case .nestedTooDeep(let limit): return fill(writing.localized("nested more than %1$s levels deep"), String(limit))
    case .anchorOrAlias:
      return writing.localized("anchors (&) and aliases (*) are not allowed; write the value out in full")
    case .outOfMemory: return writing.localized("out of memory")
    case .notAMapping(let thing, let expected, let found):
      return fill(
        // TRANSLATORS: %1$s is a thing of the plan ("a pillar"), %2$s its keys, %3$s what the file has instead.
        writing.localized("%1$s should be a mapping of %2$s; found %3$s"), thing.name(in: writing), list(expected),
        found.name(in: writing))
    case .keyNotPlain(let thing, let found):
      return fill(
        writing.localized("keys of %1$s should be plain words; found %2$s"), thing.name(in: writing),
        found.name(in: writing))
    case .repeatedKey(let key, let thing, let line):
      return fill(
        writing.localized("'%1$s' appears twice in %2$s (first at line %3$s)"), key, thing.name(in: writing),
        String(line))
    case .unknownKey(let key, let thing, let suggestion, let expected):
      return fill(
        // TRANSLATORS: %3$s is " (did you mean 'x'?)" or nothing; %4$s the keys it may have.
        writing.localized("unknown key '%1$s' in %2$s%3$s; expected %4$s"), key, thing.name(in: writing),
        writing.didYouMean(suggestion), list(expected))
    case .missingKey(let key, let thing):
      return fill(writing.localized("%1$s is missing '%2$s'"), thing.name(in: writing), key)
    case .notText(let key, let found):
      return fill(writing.localized("'%1$s' should be text; found %2$s"), key, found.name(in: writing))
    case .emptyValue(let key): return fill(writing.localized("'%1$s' is empty"), key)
    case .notAList(let key, let found, true):
      return fill(writing.localized("'%1$s' should be a list, e.g. [a, b]; found %2$s"), key, found.name(in: writing))
    case .notAList(let key, let found, false):
      return fill(writing.localized("'%1$s' should be a list; found %2$s"), key, found.name(in: writing))
    case .itemNotText(let key, let found):
      return fill(writing.localized("items of '%1$s' should be text; found %2$s"), key, found.name(in: writing))
    case .notADay(let key, let problem):
      // TRANSLATORS: %2$s says what is wrong with the date ("is not a date: 'x'").
      return fill(writing.localized("'%1$s' %2$s; expected a day as YYYY-MM-DD"), key, problem.words(in: writing))
    case .notAPlanDate(let key, let problem):
      return fill(
        writing.localized("'%1$s' %2$s; expected YYYY-MM-DD, YYYY-MM or YYYY"), key, problem.words(in: writing))
    case .notATarget(let key, let problem, false):
      return fill(
        writing.localized("'%1$s' %2$s; expected YYYY, YYYY-MM, YYYY-MM-DD or a span of years YYYY-YYYY"), key,
        problem.words(in: writing))
    case .notATarget(let key, let problem, true):
      return fill(
        writing.localized(
          // TRANSLATORS: 'agreed' and ' or agreed' are what the file says: keep them in English.
          "'%1$s' %2$s; expected YYYY, YYYY-MM, YYYY-MM-DD or a span of years YYYY-YYYY, 'agreed', or one of these followed by ' or agreed'"
        ), key, problem.words(in: writing))
    case .spanEndsBeforeStart(let key, let text):
      return fill(writing.localized("%1$s '%2$s' ends before it starts"), key, text)
    case .notABool(let key, let text):
      return fill(writing.localized("'%1$s' should be true or false; found '%2$s'"), key, text)
    case .unknownChoice(let key, let text, let suggestion, let allowed):
      return fill(
        // TRANSLATORS: %1$s is a key (status, kind, type...), %3$s " (did you mean 'x'?)" or nothing.
        writing.localized("unknown %1$s '%2$s'%3$s; expected one of %4$s"), key, text, writing.didYouMean(suggestion),
        list(allowed))
    case .unsupportedFormat(let format, let supported):
      return fill(writing.localized("unsupported format '%1$s'; this accord reads '%2$s'"), format, supported)
    case .noPillars: return writing.localized("'pillars' is empty; a plan needs at least one pillar")
    case .badPlanID(let id):
      return fill(
        writing.localized(
          "the plan's id '%1$s' should be a short word of lowercase letters, digits and hyphens, e.g. lkh"), id)
    case .periodEndsBeforeStart(let end, let start):
      return fill(writing.localized("the period ends (%1$s) before it starts (%2$s)"), "\(end)", "\(start)")
    case .duplicateID(let kind, let id, let line):
      return fill(
        // TRANSLATORS: %1$s is the kind of thing the id names (sector, commitment, milestone, meeting, body).
        writing.localized("duplicate %1$s id '%2$s' (first defined at line %3$s)"), kind.name(in: writing), id,
        String(line))
    case .commitmentOutsideSector(let id, let sector):
      return fill(
        writing.localized(
          "commitment '%1$s' is listed under sector '%2$s'; its id should start with '%2$s.' (or move it to its sector)"
        ), id, sector)
    case .milestoneIDOutsideCommitment(let id, let commitment):
      return fill(
        writing.localized(
          "milestone '%1$s' of commitment '%2$s' should have an id that starts with '%2$s', e.g. '%2$sa'"), id,
        commitment)
    case .targetWithMilestones:
      return writing.localized("a commitment with milestones gives each its own 'due'; drop the commitment's 'target'")
    case .targetOfContinuous:
      return writing.localized("a continuous commitment has no target; make it a 'deliverable' or drop the target")
    case .continuesWithoutSucceeds:
      return writing.localized(
        "'continues' names a commitment of the plan this one follows; name that plan with 'succeeds' under 'plan'")
    case .statusNeedsEvidence(let status):
      return fill(
        writing.localized(
          // TRANSLATORS: %1$s is a status as the file writes it (done, in-progress...); 'unknown' too stays English.
          "status '%1$s' needs evidence (a dated, sourced report); use 'unknown' when nothing is reported"), status)
    case .statusWithoutSupport(let status):
      return fill(
        writing.localized(
          "status '%1$s' rests on no evidence that supports it (each says 'status: none'); give the status a report supports, or 'unknown'"
        ), status)
    case .statusDisagrees(let status, let newest, let shows):
      return fill(
        writing.localized(
          "status '%1$s' disagrees with the newest evidence (%2$s), which shows '%3$s'; the status is the one the newest report shows"
        ), status, "\(newest)", shows)
    case .evidenceNeedsStatus(let status, let allowed):
      return fill(
        writing.localized(
          "evidence of an item whose status is '%1$s' needs 'status': the status this report supports (%2$s; 'none' for context such as a pledge or talks)"
        ), status, list(allowed))
    case .recordedByMissing:
      return writing.localized("a recorded item needs 'recorded_by' (the account that recorded it)")
    case .recordedAtMissing: return writing.localized("a recorded item needs 'recorded_at' (when, in UTC)")
    case .notARecordingTime(let text):
      return fill(writing.localized("'recorded_at' is not a time in UTC: '%1$s'; expected YYYY-MM-DDTHH:MM:SSZ"), text)
    case .notAJournalUpdate(let text):
      return fill(
        writing.localized("'journal_update' should be the update's number in its journal (1, 2, ...); found '%1$s'"),
        text)
    case .endBeforeDate(let end, let date):
      return fill(writing.localized("'end' (%1$s) is before the meeting's date (%2$s)"), "\(end)", "\(date)")
    case .endWithoutDate: return writing.localized("'end' needs a 'date' for the first day")
    case .ledByNobody: return writing.localized("'led_by' names nobody; give 'lao', 'cambodia' or both")
    case .unknownBody(.sector, let id, let suggestion):
      return fill(
        writing.localized("sector names body '%1$s', which the plan's 'bodies' does not have%2$s"), id,
        writing.didYouMean(suggestion)
      )
    case .unknownBody(.commitment, let id, let suggestion):
      return fill(
        writing.localized("commitment names body '%1$s', which the plan's 'bodies' does not have%2$s"), id,
        writing.didYouMean(suggestion))
    case .meetingNamesUnknownSector(let meeting, let sector, let suggestion):
      return fill(
        writing.localized("meeting '%1$s' names sector '%2$s', which the plan does not have%3$s"), meeting, sector,
        writing.didYouMean(suggestion))
    case .meetingNamesUnknownCommitment(let meeting, let commitment):
      return fill(
        writing.localized("meeting '%1$s' names commitment '%2$s', which the plan does not have"), meeting, commitment)
    case .meetingFulfilsUnknownMilestone(let meeting, let milestone, let suggestion):
      return fill(
        writing.localized("meeting '%1$s' fulfils milestone '%2$s', which the plan does not have%3$s"), meeting,
        milestone, writing.didYouMean(suggestion))
    case .plansItemEmpty:
      return writing.localized(
        "items of 'plans' should be a plan file or {data: FILE, journal: ADDRESS}; found nothing")
    }
  }

  /// The keys or values a sentence lists: `'id', 'name', 'sectors'`.
  static func list(_ words: [String]) -> String {
    words.map { "'\($0)'" }.joined(separator: ", ")
  }
}
