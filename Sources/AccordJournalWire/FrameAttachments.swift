import Foundation

/// Byte strings a frame carries after its JSON, which the JSON names by their index: a journal's
/// updates cross as their own bytes (`UpdateList`), not as one JSON string that the encoder
/// escapes and the decoder unescapes byte by byte (a third of a dashboard's start on a server's
/// journal of 10,000 updates, `make bench`).
// Unchecked: one encoder or decoder fills or reads it, on the thread that made it.
final class FrameAttachments: @unchecked Sendable {
  private(set) var parts: [[UInt8]]

  init(_ parts: [[UInt8]] = []) {
    self.parts = parts
  }

  func add(_ bytes: [UInt8]) -> Int {
    parts.append(bytes)
    return parts.count - 1
  }

  func part(_ index: Int) -> [UInt8]? {
    parts.indices.contains(index) ? parts[index] : nil
  }

  static let key = CodingUserInfoKey(rawValue: "accord.frameAttachments")!

  /// The attachments of the frame being encoded or decoded, or nil outside a frame.
  static func of(_ userInfo: [CodingUserInfoKey: Any]) -> FrameAttachments? {
    userInfo[key] as? FrameAttachments
  }
}
