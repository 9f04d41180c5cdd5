import Foundation

// Usage: FileEmbedder texts|hashes|catalogs NAME OUTPUT INPUT...
// `texts`: `package let NAME: [String: String]`, each input's file name to its text.
// `hashes`: `package let NAME: [String: UInt64]`, each input's file name to its ContentHash.
// `catalogs`: `package func NAME(_ file: String) -> CompiledCatalog?`, each gettext catalog read
// here, at build time, so that a session does not parse one when it starts, and a damaged
// catalog fails the build with its `file:line:column:`.
let arguments = CommandLine.arguments
guard arguments.count >= 4, ["texts", "hashes", "catalogs"].contains(arguments[1]) else {
  FileHandle.standardError.write(Data("usage: FileEmbedder texts|hashes|catalogs NAME OUTPUT INPUT...\n".utf8))
  exit(64)
}
let (mode, name, output) = (arguments[1], arguments[2], arguments[3])
let inputs = Array(arguments.dropFirst(4))

let source: String
do {
  switch mode {
  case "texts": source = try textsSource(name: name, inputs: inputs)
  case "hashes": source = try hashesSource(name: name, inputs: inputs)
  default: source = try catalogsSource(name: name, inputs: inputs)
  }
} catch {
  FileHandle.standardError.write(Data("error: \(error)\n".utf8))
  exit(1)
}
// SwiftPM runs this command at every build; rewriting an unchanged file would have every module
// that uses it compiled again.
if (try? String(contentsOfFile: output, encoding: .utf8)) != source {
  try source.write(toFile: output, atomically: true, encoding: .utf8)
}
