import AccordCore

/// Pasted text made one line for a field: each run of line breaks and tabs becomes one space,
/// none at either end (a copied line often ends with its line break), and every other control
/// or bidi override is dropped. One pass, so a paste of any length costs its length.
public enum PastedLine {
  public static func from(_ text: String) -> String {
    var line = String.UnicodeScalarView()
    var spaceDue = false
    for scalar in text.unicodeScalars {
      if isBreak(scalar) {
        spaceDue = !line.isEmpty
      } else if !SafeText.isUnsafe(scalar) {
        if spaceDue { line.append(" ") }
        spaceDue = false
        line.append(scalar)
      }
    }
    return String(line)
  }

  private static func isBreak(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x09...0x0D, 0x85, 0x2028, 0x2029: true
    default: false
    }
  }
}
