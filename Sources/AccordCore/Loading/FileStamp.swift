import Foundation

/// What a file looked like when last read: enough to notice an edit, a replacement (editors
/// often write a new file and rename it over the old) or a removal, without reading it.
public struct FileStamp: Equatable, Sendable {
  public var modified: Date
  public var size: Int
  public var inode: Int

  /// The file's stamp now, nil when it does not exist.
  public init?(path: String) {
    guard let attributes = try? FileManager.default.attributesOfItem(atPath: path) else { return nil }
    modified = attributes[.modificationDate] as? Date ?? .distantPast
    size = (attributes[.size] as? NSNumber)?.intValue ?? 0
    inode = (attributes[.systemFileNumber] as? NSNumber)?.intValue ?? 0
  }
}
