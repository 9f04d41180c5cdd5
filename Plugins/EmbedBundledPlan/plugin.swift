import Foundation
import PackagePlugin

/// Compiles the bundled sample plan into `AccordCore`, so `accord` finds it from any directory,
/// also when the binary is copied elsewhere (a package resource would live beside the binary).
@main
struct EmbedBundledPlan: BuildToolPlugin {
  func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
    let input = context.package.directoryURL.appending(path: "sample-data/lao-cambodia-2023-2027.yaml")
    let output = context.pluginWorkDirectoryURL.appending(path: "BundledPlanText.swift")
    return [
      .buildCommand(
        displayName: "Embedding the bundled plan",
        executable: try context.tool(named: "PlanEmbedder").url,
        arguments: ["bundledPlanText", input.path(percentEncoded: false), output.path(percentEncoded: false)],
        inputFiles: [input],
        outputFiles: [output]
      )
    ]
  }
}
