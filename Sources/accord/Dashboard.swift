import ArgumentParser

extension Accord {
  struct Dashboard: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Open the interactive dashboard (the default).")
    @OptionGroup var plan: PlanOptions
    func run() throws {}
  }
}
