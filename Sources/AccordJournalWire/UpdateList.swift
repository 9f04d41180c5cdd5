import AccordCore

/// Many updates on the wire as one string of length-prefixed fields. Codable's keyed
/// containers cost about 15 µs an update each way: a dashboard starting on a server's journal of
/// 10,000 updates waited 0.3 s more for them to be encoded by the client and decoded by accord
/// than for the server itself (`make bench`). This is one pass over the bytes each way.
///
/// A field is `COUNT:` and then COUNT bytes of UTF-8, or `~` for a value that is absent, so any
/// text at all, separators included, comes back as it went.
public struct UpdateList: Codable, Sendable, Equatable {
  public var updates: [JournalUpdate]

  public init(_ updates: [JournalUpdate]) {
    self.updates = updates
  }

  /// In a frame, the list is an attachment and its JSON the attachment's index; any other
  /// decoder and encoder get the same bytes as a string.
  public init(from decoder: Decoder) throws {
    let container = try decoder.singleValueContainer()
    let bytes: [UInt8]
    if let attachments = FrameAttachments.of(decoder.userInfo) {
      guard let part = attachments.part(try container.decode(Int.self)) else {
        throw DecodingError.dataCorruptedError(in: container, debugDescription: "no such attachment")
      }
      bytes = part
    } else {
      bytes = Array(try container.decode(String.self).utf8)
    }
    var reader = FieldReader(bytes)
    var updates: [JournalUpdate] = []
    while !reader.atEnd {
      guard let update = reader.update() else {
        throw DecodingError.dataCorruptedError(
          in: container, debugDescription: "update \(updates.count + 1) of the list cannot be read")
      }
      updates.append(update)
    }
    self.updates = updates
  }

  public func encode(to encoder: Encoder) throws {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(updates.count * 200)
    for update in updates { Self.write(update, into: &bytes) }
    var container = encoder.singleValueContainer()
    if let attachments = FrameAttachments.of(encoder.userInfo) {
      try container.encode(attachments.add(bytes))
    } else {
      try container.encode(String(decoding: bytes, as: UTF8.self))
    }
  }

  static func write(_ update: JournalUpdate, into bytes: inout [UInt8]) {
    func field(_ value: String?) {
      guard var value else {
        bytes.append(UInt8(ascii: "~"))
        return
      }
      value.withUTF8 { utf8 in
        digits(utf8.count)
        bytes.append(UInt8(ascii: ":"))
        bytes.append(contentsOf: utf8)
      }
    }
    // Without a String made for each count (two thirds of the client's writing).
    func digits(_ number: Int) {
      if number >= 10 { digits(number / 10) }
      bytes.append(UInt8(ascii: "0") + UInt8(number % 10))
    }
    field(update.id.map(String.init))
    field(update.targetKind.rawValue)
    field(update.targetID)
    field(update.status)
    switch update.date {
    case .day(let year, let month, let day):
      field(String(year))
      field(String(month))
      field(String(day))
    case .month(let year, let month):
      field(String(year))
      field(String(month))
      field(nil)
    case .year(let year):
      field(String(year))
      field(nil)
      field(nil)
    }
    field(update.note)
    field(update.source)
    field(update.url)
    field(update.confidence.rawValue)
    field(update.corrects.map(String.init))
    field(update.recording?.author)
    field(update.recording?.authorName)
    field(update.recording?.recordedAt)
    field(update.recording?.journalID.map(String.init))
    field(update.key)
  }
}

/// Reads the fields `UpdateList` writes; nil for anything else, never past the end.
struct FieldReader {
  private let bytes: [UInt8]
  private var at = 0

  init(_ bytes: [UInt8]) {
    self.bytes = bytes
  }

  var atEnd: Bool { at == bytes.count }

  /// The next update, or nil when the fields there are not one.
  mutating func update() -> JournalUpdate? {
    guard let id = number(), let kindText = required(), let kind = JournalUpdate.TargetKind(rawValue: kindText),
      let targetID = required(), let status = required(), let year = number(), let month = number(),
      let day = number(), let note = required(), let source = required(), let url = field(),
      let confidenceText = required(), let confidence = Confidence(rawValue: confidenceText),
      let corrects = number(), let author = field(), let authorName = field(), let recordedAt = field(),
      let journalID = number(), let key = field()
    else { return nil }
    let date: PlanDate
    switch (year, month, day) {
    case (let year?, let month?, let day?): date = .day(year: year, month: month, day: day)
    case (let year?, let month?, nil): date = .month(year: year, month: month)
    case (let year?, nil, nil): date = .year(year)
    default: return nil
    }
    var update = JournalUpdate(
      id: id, targetKind: kind, targetID: targetID, status: status, date: date, note: note, source: source, url: url,
      confidence: confidence, corrects: corrects)
    switch (author, recordedAt) {
    case (let author?, let recordedAt?):
      update.recording = Recording(author: author, authorName: authorName, recordedAt: recordedAt, journalID: journalID)
    case (nil, nil): guard authorName == nil, journalID == nil else { return nil }
    default: return nil
    }
    update.key = key
    return update
  }

  /// A field that must be there.
  private mutating func required() -> String? {
    guard let value = field(), let value else { return nil }
    return value
  }

  /// A whole number, or absent (`.some(nil)`); nil when the field is neither.
  private mutating func number() -> Int?? {
    guard let value = field() else { return nil }
    guard let value else { return .some(nil) }
    guard let number = Int(value) else { return nil }
    return .some(number)
  }

  /// The next field: its text, absent (`.some(nil)`), or nil when there is no field there.
  private mutating func field() -> String?? {
    guard at < bytes.count else { return nil }
    if bytes[at] == UInt8(ascii: "~") {
      at += 1
      return .some(nil)
    }
    var count = 0
    while at < bytes.count, bytes[at] != UInt8(ascii: ":") {
      let digit = Int(bytes[at]) - Int(UInt8(ascii: "0"))
      guard (0...9).contains(digit), count < bytes.count else { return nil }
      count = count * 10 + digit
      at += 1
    }
    guard at < bytes.count, count <= bytes.count - at - 1 else { return nil }
    at += 1
    let text = String(decoding: bytes[at..<at + count], as: UTF8.self)
    at += count
    return .some(text)
  }
}
