import AccordCore
import ContentHashing
import Foundation

/// `accord-bench --write-plan-archive PLAN ARCHIVE ASSEMBLY` (`make plan-archive`): the archive of
/// the plan file, written beside its place and renamed there, and its stamp in the assembly file
/// that compiles it in (`BundledArchive.stamp`); a plan with problems writes nothing and exits 65
/// with them.
func writePlanArchive(plan path: String, archive: String, assembly: String) -> Int32 {
  do throws(PlanLoadError) {
    let data = try PlanLoader.read(path)
    let plan = try PlanLoader.load(data: data, file: path)
    let bytes = PlanArchive.bytes(of: plan, sourceHash: ContentHash.of(data))
    guard let assemblyText = try? String(contentsOfFile: assembly, encoding: .utf8) else {
      FileHandle.standardError.write(Data("accord-bench: \(SafeText.sanitized(assembly)): cannot be read\n".utf8))
      return 1
    }
    let stamped = Data(BundledArchive.stamped(assemblyText, for: bytes).utf8)
    for (file, contents) in [(archive, Data(bytes)), (assembly, stamped)] {
      let temporary = file + ".new"
      do {
        try contents.write(to: URL(fileURLWithPath: temporary))
        guard rename(temporary, file) == 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
      } catch {
        FileHandle.standardError.write(Data("accord-bench: \(SafeText.sanitized(file)): \(error)\n".utf8))
        return 1
      }
    }
    print(
      "\(SafeText.sanitized(archive)): \(bytes.count) bytes, from \(data.count) bytes of \(SafeText.sanitized(path))")
    return 0
  } catch {
    FileHandle.standardError.write(Data("\(error)\n".utf8))
    return 65
  }
}
