import AccordCore
import ContentHashing
import FuzzDriver

/// Any bytes as a plan archive (a cache entry, the compiled-in plan): a plan or a
/// `PlanArchiveError`, never a crash, a hang or a count trusted past the bytes there are.
/// Input that starts with the archive's magic is read whole, header checks included; any other
/// input is read as a payload under a header made to match it (length and checksum), as a forged
/// or unlucky file could be, so that the fuzzer reaches the payload's decoder. A plan that comes
/// out is archived again and must read back equal.
@_cdecl("FuzzPlanArchive_main")
public func main(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
  runFuzzer(argc, argv, fuzzPlanArchive)
}

/// Magic, version and source hash of a real archive: the header's first 20 bytes, then the
/// payload's length and checksum (`PlanArchiveHeader`).
private let headerStart = Array(PlanArchive.bytes(of: try! PlanLoader.bundled(), sourceHash: 0)[..<20])

private let fuzzPlanArchive: FuzzInput = { start, count in
  let input = Array(bytes(start, count))
  var archive = input
  if !input.starts(with: headerStart[..<8]) {
    archive = headerStart
    for value in [UInt64(input.count), ContentHash.of(input)] {
      for byte in 0..<8 { archive.append(UInt8(truncatingIfNeeded: value >> (8 * UInt64(byte)))) }
    }
    archive += input
  }
  guard let plan = try? PlanArchive.plan(from: archive) else { return 0 }
  precondition((try? PlanArchive.plan(from: PlanArchive.bytes(of: plan, sourceHash: 0))) == plan, "not read back equal")
  return 0
}
