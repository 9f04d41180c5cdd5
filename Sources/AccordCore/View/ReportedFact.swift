/// One report from a briefing's "reported since": a commitment's, a milestone's or a meeting's
/// evidence, or a meeting held, with its source.
public struct ReportedFact: Sendable, Equatable {
  public enum Subject: String, Sendable, CaseIterable {
    case commitment, milestone, meeting
  }
  public let subject: Subject
  public let id: String
  public let date: PlanDate
  public let summary: String
  public let source: String
  public let url: String?
  public let confidence: Confidence
  /// Who recorded it and when, for updates from the journal.
  public let recording: Recording?

  init(subject: Subject, id: String, _ evidence: Evidence) {
    self.init(
      subject: subject, id: id, date: evidence.date, summary: evidence.summary, source: evidence.source,
      url: evidence.url,
      confidence: evidence.confidence, recording: evidence.recording)
  }

  /// A report of what became of a meeting: `jc-16: postponed to 2027-02 (…)`.
  init(meeting: Meeting, _ news: MeetingEvidence) {
    let what = news.summary.isEmpty ? "\(meeting.title): \(news.status.rawValue)" : "\(meeting.title): \(news.summary)"
    self.init(
      subject: .meeting, id: meeting.id, date: news.date, summary: what, source: news.source, url: news.url,
      confidence: news.confidence, recording: news.recording)
  }

  /// A meeting the file gives as held: its title and place.
  init(heldMeeting meeting: Meeting, on date: PlanDate) {
    self.init(
      subject: .meeting, id: meeting.id, date: date,
      summary: meeting.place.map { "\(meeting.title), \($0)" } ?? meeting.title,
      source: meeting.source, url: meeting.url, confidence: meeting.confidence, recording: nil)
  }

  init(
    subject: Subject, id: String, date: PlanDate, summary: String, source: String, url: String?, confidence: Confidence,
    recording: Recording?
  ) {
    self.subject = subject
    self.id = id
    self.date = date
    self.summary = summary
    self.source = source
    self.url = url
    self.confidence = confidence
    self.recording = recording
  }
}
