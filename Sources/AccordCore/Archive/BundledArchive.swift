import CBundledPlan

/// The bundled plan's archive in the binary's read-only data, as CBundledPlan assembled it from
/// `sample-data/lao-cambodia-2023-2027.archive`: nothing decoded or copied to read it.
public enum BundledArchive {
  static var bytes: UnsafeRawBufferPointer {
    UnsafeRawBufferPointer(start: accord_bundled_plan_archive(), count: accord_bundled_plan_archive_size())
  }

  /// The line CBundledPlan's assembly file carries for the archive it assembles in (`make
  /// plan-archive` writes it). The build does not see that the assembly depends on the archive;
  /// another archive makes another line, so the file changes and is assembled again.
  public static func stamp(of archive: [UInt8]) -> String {
    func number(at offset: Int) -> String {
      let value = (0..<8).reduce(UInt64(0)) { value, byte in
        offset + byte < archive.count ? value | UInt64(archive[offset + byte]) << (8 * UInt64(byte)) : value
      }
      let digits = String(value, radix: 16)
      return "0x" + String(repeating: "0", count: 16 - digits.count) + digits
    }
    return
      "// Archive: \(archive.count) bytes, checksum \(number(at: 28)), made from the YAML of hash \(number(at: 12))"
  }

  /// `assembly` with its stamp line for `archive`.
  public static func stamped(_ assembly: String, for archive: [UInt8]) -> String {
    assembly.split(separator: "\n", omittingEmptySubsequences: false)
      .map { $0.hasPrefix("// Archive: ") ? stamp(of: archive) : String($0) }
      .joined(separator: "\n")
  }
}
