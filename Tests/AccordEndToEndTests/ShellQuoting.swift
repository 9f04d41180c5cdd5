/// `word` as one word of a POSIX shell command line, whatever it contains.
func shellQuoted(_ word: String) -> String {
  "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
}
