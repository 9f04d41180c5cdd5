import ContentHashing
import Foundation

/// Loads and validates plan files. Every way a file can be wrong ends in a `PlanLoadError`
/// listing all its problems with their positions, never in a crash.
public enum PlanLoader {
  /// The name the bundled plan goes by in messages.
  public static let bundledName = "sample-data/lao-cambodia-2023-2027.yaml (bundled)"

  /// The plan compiled into the binary, read from its archive (no parsing); from its YAML when
  /// the archive cannot be read, which the test suite makes sure never happens.
  public static func bundled() throws(PlanLoadError) -> Plan {
    do throws(PlanArchiveError) { return try bundledArchive() } catch { return try parsedBundled() }
  }

  /// The bundled plan parsed from its YAML, as `accord check` reads it: it checks the file.
  public static func parsedBundled() throws(PlanLoadError) -> Plan {
    try load(text: bundledText, file: bundledName)
  }

  /// The bundled plan's YAML, for `accord check` and for tests.
  public static var bundledText: String { bundledPlanFiles["lao-cambodia-2023-2027.yaml"] ?? "" }

  /// The bundled plan's archive as `make plan-archive` wrote it (`sample-data/*.archive`),
  /// read where CBundledPlan assembled it into the binary, and only when it was made from the
  /// YAML compiled in (whose hash the build computed: a session need not read the YAML's pages
  /// to check it).
  public static func bundledArchive() throws(PlanArchiveError) -> Plan {
    guard let sourceHash = bundledPlanHashes["lao-cambodia-2023-2027.yaml"] else { throw .notAnArchive }
    return try PlanArchive.plan(from: BundledArchive.bytes, sourceHash: sourceHash)
  }

  /// The plan file at `path`; with a cache, read from its archive there when it holds one of
  /// these very bytes, else parsed and, when it has no problems, kept there for the next start.
  public static func load(path: String, cache: PlanCache? = nil) throws(PlanLoadError) -> Plan {
    guard let cache else {
      // The bytes are let go once they are text, and the text once it is composed: on a large
      // plan each is megabytes, while the decoded plan is being built beside the composed tree.
      return try load(text: text(of: read(path), file: path), file: path)
    }
    let data = try read(path)
    let contentHash = ContentHash.of(data)
    if let plan = cache.plan(for: path, contentHash: contentHash) { return plan }
    let plan = try load(data: data, file: path)
    cache.store(plan, for: path, contentHash: contentHash)
    return plan
  }

  /// The file's bytes, or a one-line error naming the file.
  public static func read(_ path: String) throws(PlanLoadError) -> Data {
    do throws(SourceFileError) {
      return try SourceFile.read(path, limit: SourceFile.planLimit)
    } catch {
      throw fileError(path, .unreadableFile(error))
    }
  }

  public static func load(data: Data, file: String) throws(PlanLoadError) -> Plan {
    try load(text: text(of: data, file: file), file: file)
  }

  private static func text(of data: Data, file: String) throws(PlanLoadError) -> String {
    do throws(SourceFileError) {
      return try SourceFile.text(data)
    } catch {
      throw fileError(file, .unreadableFile(error))
    }
  }

  public static func load(text: consuming String, file: String) throws(PlanLoadError) -> Plan {
    if text.allSatisfy(\.isWhitespace) {
      throw fileError(file, .emptyFile)
    }
    var diagnostics = tabDiagnostics(text, file: file)
    let root: Node?
    do {
      root = try YAMLComposer.compose(text)
    } catch {
      let syntax = syntaxDiagnostic(error, file: file)
      // A tab in the indentation usually is the syntax error: say it once, the clear way.
      if !diagnostics.contains(where: { $0.position?.line == syntax.position?.line }) {
        diagnostics.append(syntax)
      }
      throw PlanLoadError(diagnostics.sorted(by: inFileOrder))
    }
    _ = consume text
    guard let root else { throw fileError(file, .noDocument) }
    var decoder = PlanDecoder(file: file)
    let plan = decoder.decode(root)
    diagnostics += decoder.diagnostics
    guard let plan, diagnostics.isEmpty else {
      throw PlanLoadError(diagnostics.sorted(by: inFileOrder))
    }
    return plan
  }

  /// YAML forbids tabs for indentation, and libyaml's own message for them is obscure. Read as
  /// bytes: a line ends at LF, CR LF or CR, and indentation is ASCII, so a byte is a column.
  static func tabDiagnostics(_ text: String, file: String) -> [PlanDiagnostic] {
    var text = text
    return text.withUTF8 { tabDiagnostics($0, file: file) }
  }

  private static func tabDiagnostics(_ bytes: UnsafeBufferPointer<UInt8>, file: String) -> [PlanDiagnostic] {
    var result: [PlanDiagnostic] = []
    var line = 1
    var column = 1
    var inIndentation = true
    var previous: UInt8 = 0
    for byte in bytes {
      defer { previous = byte }
      switch byte {
      case UInt8(ascii: "\n") where previous == UInt8(ascii: "\r"):
        continue
      case UInt8(ascii: "\n"), UInt8(ascii: "\r"):
        (line, column, inIndentation) = (line + 1, 1, true)
        continue
      case UInt8(ascii: "\t") where inIndentation:
        result.append(
          PlanDiagnostic(
            file: file, position: .init(line: line, column: column),
            problem: .tabInIndentation))
        inIndentation = false
      case UInt8(ascii: " "):
        break
      default:
        inIndentation = false
      }
      column += 1
    }
    return result
  }

  static func syntaxDiagnostic(_ failure: YAMLComposer.Failure, file: String) -> PlanDiagnostic {
    PlanDiagnostic(
      file: file, position: failure.mark.map { .init(line: $0.line, column: $0.column) }, problem: failure.problem)
  }

  static func fileError(_ file: String, _ problem: PlanProblem) -> PlanLoadError {
    PlanLoadError([PlanDiagnostic(file: file, position: nil, problem: problem)])
  }

  static func inFileOrder(_ a: PlanDiagnostic, _ b: PlanDiagnostic) -> Bool {
    switch (a.position, b.position) {
    case (let a?, let b?): a < b
    case (nil, _?): true
    default: false
    }
  }
}
