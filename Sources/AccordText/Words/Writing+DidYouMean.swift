import AccordLocalization

extension Writing {
  /// ` (did you mean 'x'?)` after a sentence about a misspelt word, or nothing: an update's
  /// problems and a plan file's say it alike.
  public func didYouMean(_ suggestion: String?) -> String {
    guard let suggestion else { return "" }
    return " " + Template.fill(localized("(did you mean '%1$s'?)"), [suggestion])
  }
}
