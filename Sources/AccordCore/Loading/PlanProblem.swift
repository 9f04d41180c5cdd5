/// What is wrong at one place of a plan (or settings) file, with the values a sentence about it
/// needs: the words are AccordText's (`PlanProblem.message(in:)`), in the reader's language.
/// Text quoted from the file is kept as the file has it, cut where the sentence quotes a part.
public enum PlanProblem: Equatable, Sendable {
  // The file as a whole.
  case unreadableFile(SourceFileError)
  case emptyFile
  case noDocument
  case tabInIndentation
  /// libyaml's own words (`problem`, `context`), which stay English.
  case yamlSyntax(problem: String, context: String?)
  case notYAMLText(problem: String, byte: Int)
  case secondDocument
  case nestedTooDeep(limit: Int)
  case anchorOrAlias
  case outOfMemory

  // The shape of the mappings and values.
  case notAMapping(Thing, expected: [String], found: Found)
  case keyNotPlain(in: Thing, found: Found)
  case repeatedKey(String, in: Thing, firstLine: Int)
  case unknownKey(String, in: Thing, suggestion: String?, expected: [String])
  case missingKey(String, in: Thing)
  case notText(key: String, found: Found)
  case emptyValue(key: String)
  /// `example`: whether the sentence shows what a list looks like (`[a, b]`).
  case notAList(key: String, found: Found, example: Bool)
  case itemNotText(key: String, found: Found)
  case notADay(key: String, DateProblem)
  case notAPlanDate(key: String, DateProblem)
  case notATarget(key: String, DateProblem, agreedAllowed: Bool)
  case spanEndsBeforeStart(key: String, text: String)
  case notABool(key: String, text: String)
  case unknownChoice(key: String, text: String, suggestion: String?, allowed: [String])

  // The plan's own rules.
  case unsupportedFormat(String, supported: String)
  case noPillars
  case badPlanID(String)
  case periodEndsBeforeStart(end: Day, start: Day)
  case duplicateID(IDKind, String, firstLine: Int)
  case commitmentOutsideSector(id: String, sector: String)
  case milestoneIDOutsideCommitment(id: String, commitment: String)
  case targetWithMilestones
  case targetOfContinuous
  case continuesWithoutSucceeds
  case statusNeedsEvidence(String)
  case statusWithoutSupport(String)
  case statusDisagrees(String, newest: PlanDate, shows: String)
  case evidenceNeedsStatus(ofStatus: String, allowed: [String])
  case recordedByMissing
  case recordedAtMissing
  case notARecordingTime(String)
  case notAJournalUpdate(String)
  case endBeforeDate(end: Day, date: PlanDate)
  case endWithoutDate
  case ledByNobody
  case unknownBody(named: IDOwner, id: String, suggestion: String?)
  case meetingNamesUnknownSector(meeting: String, sector: String, suggestion: String?)
  case meetingNamesUnknownCommitment(meeting: String, commitment: String)
  case meetingFulfilsUnknownMilestone(meeting: String, milestone: String, suggestion: String?)
  case plansItemEmpty
}
