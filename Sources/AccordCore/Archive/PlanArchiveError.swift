/// Why bytes are not a plan archive this build reads. Whoever reads one (the bundled plan, the
/// cache) then parses the plan file instead: an archive is never more than a shortcut.
public enum PlanArchiveError: Error, Equatable, Sendable {
  /// The bytes do not start as an archive does.
  case notAnArchive
  /// An archive of another format version, written by another build.
  case otherVersion(UInt32)
  /// Fewer bytes than the header announces: a cut or half-written file.
  case cut(expected: Int, found: Int)
  /// More bytes than the header announces.
  case trailingBytes(Int)
  /// The payload's bytes do not hash to the header's checksum: damaged.
  case checksumMismatch
  /// A value that cannot be: a count past the end, an unknown choice, an overlong number.
  case malformed(offset: Int)
  /// An intact archive of another plan file than the one at hand.
  case otherSource
}
