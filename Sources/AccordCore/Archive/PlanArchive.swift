/// A decoded `Plan` as compact bytes that need no parsing: the bundled plan compiled in as one,
/// and the plan files' cache (`PlanCache`). Reading one gives exactly (`==`) the plan it was
/// written from, or a `PlanArchiveError`: a damaged, cut or other-version archive is refused
/// whole, never read in part. Header: `PlanArchiveHeader`; payload: `ArchiveWriter+Plan`.
public enum PlanArchive {
  /// The archive of `plan`, decoded from a file whose bytes hash (`ContentHash`) to `sourceHash`.
  public static func bytes(of plan: Plan, sourceHash: UInt64) -> [UInt8] {
    var writer = ArchiveWriter()
    writer.plan(plan)
    return PlanArchiveHeader(sourceHash: sourceHash, payload: writer.bytes).bytes + writer.bytes
  }

  /// The plan in `bytes`, when they are an intact archive of this version and, given
  /// `sourceHash`, of that very plan file.
  public static func plan(from bytes: [UInt8], sourceHash: UInt64? = nil) throws(PlanArchiveError) -> Plan {
    try bytes.withUnsafeBytes { buffer in
      Result { () throws(PlanArchiveError) in try plan(from: buffer, sourceHash: sourceHash) }
    }.get()
  }

  public static func plan(
    from bytes: UnsafeRawBufferPointer, sourceHash: UInt64? = nil
  ) throws(PlanArchiveError) -> Plan {
    let header = try PlanArchiveHeader(checking: bytes)
    if let sourceHash, header.sourceHash != sourceHash { throw .otherSource }
    var reader = ArchiveReader(bytes, from: PlanArchiveHeader.size)
    let plan = try reader.plan()
    guard reader.isAtEnd else { throw reader.malformed }
    return plan
  }
}
