/// `config.yaml` with one top-level setting changed and everything else as the person wrote
/// it: comments, blank lines, the order and the other keys. accord writes a setting a person
/// chose in the dashboard (the theme `c` cycles to), never the whole file anew.
public enum ConfigText {
  /// `text` with `key: value`: its line's value replaced (a comment after it kept), else the
  /// line added at the end. The line is written by libyaml's emitter as `accord export` writes,
  /// the value double-quoted, so no text can end it or start a structure.
  public static func setting(_ key: String, to value: String, in text: String) throws(YAMLEmitterError) -> String {
    let line = String(try YAMLEmitter.document(.mapping([(key, .text(value))])).prefix { $0 != "\n" })
    var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    if let index = lines.firstIndex(where: { isSetting(key, $0) }) {
      lines[index] = line + comment(after: lines[index].dropFirst(key.count + 1))
      return lines.joined(separator: "\n")
    }
    if lines.last == "" { lines.removeLast() }
    return (lines + [line]).joined(separator: "\n") + "\n"
  }

  /// A line that sets `key` at the top level: `key:` at its start, not indented, not a comment.
  static func isSetting(_ key: String, _ line: String) -> Bool {
    line.hasPrefix(key + ":")
  }

  /// The ` # ...` that follows a value, kept; none when the value holds no comment. A `#` inside
  /// quotes is part of the value, so quoted values are skipped whole.
  static func comment(after value: Substring) -> String {
    var inQuote: Character?
    var previous: Character = " "
    for index in value.indices {
      let character = value[index]
      if let quote = inQuote {
        if character == quote && previous != "\\" { inQuote = nil }
      } else if character == "\"" || character == "'" {
        inQuote = character
      } else if character == "#" && (previous == " " || previous == "\t") {
        return "  " + value[index...]
      }
      previous = character
    }
    return ""
  }
}
