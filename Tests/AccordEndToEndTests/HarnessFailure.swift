/// The harness could not set up or run what a test needs: a setup problem, not an assertion.
struct HarnessFailure: Error, CustomStringConvertible {
  let description: String
  init(_ description: String) { self.description = description }
}
