import Foundation
import PackagePlugin

/// Compiles the bundled files into the binary, so `accord` finds them from any directory, also
/// when the binary is copied elsewhere (a package resource would live beside the binary):
/// `sample-data/*.yaml` and their hashes (which the bundled plan's archive, assembled in by
/// CBundledPlan, must name) into AccordCore,
/// `Themes/*.theme` into AccordUI, the translations
/// `po/*.po` into AccordLocalization, read at build time (a damaged one fails the build).
@main
struct EmbedBundledFiles: BuildToolPlugin {
  func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
    let embeddings =
      switch target.name {
      case "AccordUI": [("texts", "bundledThemeFiles", "Themes", ".theme")]
      case "AccordLocalization": [("catalogs", "compiledCatalog", "po", ".po")]
      default:
        [
          ("texts", "bundledPlanFiles", "sample-data", ".yaml"),
          ("hashes", "bundledPlanHashes", "sample-data", ".yaml"),
        ]
      }
    return try embeddings.map { mode, symbol, folder, suffix in
      let directory = context.package.directoryURL.appending(path: folder)
      let inputs = try FileManager.default.contentsOfDirectory(at: directory, includingPropertiesForKeys: nil)
        .filter { $0.lastPathComponent.hasSuffix(suffix) }
        .sorted { $0.lastPathComponent < $1.lastPathComponent }
      let output = context.pluginWorkDirectoryURL.appending(path: "\(symbol).swift")
      return .buildCommand(
        displayName: "Embedding \(folder)/*\(suffix) into \(target.name)",
        executable: try context.tool(named: "FileEmbedder").url,
        arguments: [mode, symbol, output.path(percentEncoded: false)] + inputs.map { $0.path(percentEncoded: false) },
        inputFiles: inputs,
        outputFiles: [output]
      )
    }
  }
}
