import AccordCore
import Foundation

/// `accord-bench --write-plan-archive PLAN ARCHIVE` (`make plan-archive`): the archive of the plan
/// file, written beside its place and renamed there; a plan with problems writes nothing and
/// exits 65 with them.
func writePlanArchive(plan path: String, archive: String) -> Int32 {
  do throws(PlanLoadError) {
    let data = try PlanLoader.read(path)
    let plan = try PlanLoader.load(data: data, file: path)
    let bytes = PlanArchive.bytes(of: plan, sourceHash: ContentHash.of(data))
    let temporary = archive + ".new"
    do {
      try Data(bytes).write(to: URL(fileURLWithPath: temporary))
      guard rename(temporary, archive) == 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
    } catch {
      FileHandle.standardError.write(Data("accord-bench: \(SafeText.sanitized(archive)): \(error)\n".utf8))
      return 1
    }
    print(
      "\(SafeText.sanitized(archive)): \(bytes.count) bytes, from \(data.count) bytes of \(SafeText.sanitized(path))")
    return 0
  } catch {
    FileHandle.standardError.write(Data("\(error)\n".utf8))
    return 65
  }
}
