/// What `accord journal copy FROM TO` adds to TO: the updates of FROM after those TO already
/// holds, which must be FROM's first ones, the same in every field (number, author, time,
/// corrections). So a copy run twice adds nothing the second time, and two journals that have
/// parted (each recorded its own updates) are refused before anything is written.
public enum JournalCopy {
  public static func missing(
    from source: [JournalUpdate], in target: [JournalUpdate], names: (from: String, to: String)
  )
    throws(JournalError) -> [JournalUpdate]
  {
    for (index, held) in target.enumerated() {
      guard index < source.count, source[index] == held else {
        throw .refused(.parted(into: names.to, from: names.from, update: held.id ?? 0))
      }
    }
    return Array(source.dropFirst(target.count))
  }
}
