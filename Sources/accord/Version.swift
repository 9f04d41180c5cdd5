/// What `accord --version` prints: this build's version and the plan format it reads.
enum AccordVersion {
  static let number = "0.1.0"
  static let planFormat = "accord-plan/1"
  static var line: String { "accord \(number) (reads plan format \(planFormat))" }
}
