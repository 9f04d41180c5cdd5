import ContentHashing
import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Plan files' archives, kept between runs so that a large plan file is parsed once, not at every
/// start: `$XDG_CACHE_HOME/accord/plans`, else `~/.cache/accord/plans`; `ACCORD_CACHE=off` keeps
/// none. An entry is named by the file's path, the hash of its bytes and the build, and is read
/// only when it is an intact archive of those very bytes (`PlanArchive`): a damaged or mismatched
/// one is ignored and written anew. Writing is best effort: a cache that cannot be written costs
/// the next start its speed, nothing else.
public struct PlanCache: Sendable {
  public let directory: String
  /// The build's own key: an entry another build wrote (whose decoder may differ) is never read.
  let build: UInt64

  public init(directory: String, build: String) {
    self.directory = directory
    self.build = ContentHash.of(build)
  }

  /// The user's cache for this build of accord (`version`, and the executable's own stamp, so a
  /// rebuild of the same version is a new build); nil with `ACCORD_CACHE=off` or no home.
  public static func user(version: String, environment: [String: String] = ProcessEnvironment.variables) -> PlanCache? {
    guard environment["ACCORD_CACHE"] != "off" else { return nil }
    let base: String
    if let xdg = environment["XDG_CACHE_HOME"], xdg.hasPrefix("/") {
      base = xdg
    } else if let home = environment["HOME"], home.hasPrefix("/") {
      base = home + "/.cache"
    } else {
      return nil
    }
    let executable = FileStamp(path: "/proc/self/exe").map { "\($0.size) \($0.seconds).\($0.nanoseconds) \($0.inode)" }
    return PlanCache(directory: base + "/accord/plans", build: "\(version) \(executable ?? "")")
  }

  /// Entries not read for this long are removed when another is written: those of plan files
  /// deleted, moved or no longer opened would otherwise stay for good.
  static let unusedLifetime: Double = 30 * 24 * 60 * 60

  /// The plan of the file at `path` whose bytes hash to `contentHash`, when an intact entry holds
  /// it. An entry read is marked as used (its time of change set to now).
  public func plan(for path: String, contentHash: UInt64) -> Plan? {
    let entry = entryPath(for: path, contentHash: contentHash)
    guard let data = try? SourceFile.read(entry, limit: SourceFile.planLimit),
      let plan = data.withUnsafeBytes({ try? PlanArchive.plan(from: $0, sourceHash: contentHash) })
    else { return nil }
    utimes(entry, nil)
    return plan
  }

  /// Keeps `plan`, decoded from the file at `path` whose bytes hash to `contentHash`, in place of
  /// the file's older entries: written whole beside its place and renamed there.
  public func store(_ plan: Plan, for path: String, contentHash: UInt64) {
    guard makeDirectory(directory) else { return }
    let entry = entryPath(for: path, contentHash: contentHash)
    var template = Array("\(entry).XXXXXX".utf8CString)
    let descriptor = mkstemp(&template)
    guard descriptor >= 0 else { return }
    let temporary = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    let bytes = PlanArchive.bytes(of: plan, sourceHash: contentHash)
    let written = bytes.withUnsafeBytes { writeAll(descriptor, $0) }
    close(descriptor)
    guard written, rename(temporary, entry) == 0 else {
      unlink(temporary)
      return
    }
    removeEntries(of: path, except: entry)
    removeUnusedEntries()
  }

  /// `<path's hash>-<bytes' hash>-<build's hash>.plan`.
  func entryPath(for path: String, contentHash: UInt64) -> String {
    "\(directory)/\(filePrefix(path))\(ContentHash.hex(contentHash))-\(ContentHash.hex(build)).plan"
  }

  /// What every entry of the file starts with: its absolute path's hash.
  private func filePrefix(_ path: String) -> String {
    let absolute = realpath(path, nil).map { pointer in
      defer { free(pointer) }
      return String(cString: pointer)
    }
    return ContentHash.hex(ContentHash.of(absolute ?? path)) + "-"
  }

  /// The file's other entries (older versions of it, other builds', left-over temporary files):
  /// one entry a file, so the cache stays as large as the plans in use.
  private func removeEntries(of path: String, except kept: String) {
    let prefix = filePrefix(path)
    guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else { return }
    for name in names where name.hasPrefix(prefix) && "\(directory)/\(name)" != kept {
      unlink("\(directory)/\(name)")
    }
  }

  /// Every entry not read for `unusedLifetime`, whatever file it was of.
  private func removeUnusedEntries(now: Double = Date().timeIntervalSince1970) {
    guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else { return }
    for name in names where name.hasSuffix(".plan") {
      let entry = "\(directory)/\(name)"
      guard let stamp = FileStamp(path: entry), Double(stamp.seconds) < now - Self.unusedLifetime else { continue }
      unlink(entry)
    }
  }

  private func makeDirectory(_ path: String) -> Bool {
    var status = stat()
    if stat(path, &status) == 0 { return status.st_mode & S_IFMT == S_IFDIR }
    let parent = (path as NSString).deletingLastPathComponent
    guard parent != path, makeDirectory(parent) else { return false }
    return mkdir(path, 0o700) == 0 || errno == EEXIST
  }

  private func writeAll(_ descriptor: Int32, _ bytes: UnsafeRawBufferPointer) -> Bool {
    var offset = 0
    while offset < bytes.count {
      let count = write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
      if count < 0 && errno == EINTR { continue }
      guard count > 0 else { return false }
      offset += count
    }
    return true
  }
}
