import ArgumentParser

extension Accord {
  struct Render: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Print a screen as plain text.")
    @OptionGroup var plan: PlanOptions
    func run() throws {}
  }
}
