/// The grapheme clusters of a text written in Lao, Khmer and the single-column symbols around
/// them (`DisplayWidth.isSingleColumnCluster`: ASCII, Latin-1, punctuation, box drawing), with
/// each cluster's columns: found from a table of the two blocks rather than by iterating
/// `Character`s, which looks up every code point's grapheme break property and compares it
/// against the rules (callgrind: a third of a Lao frame's instructions, with the widths).
///
/// In such text a cluster is a code point and the marks after it that join whatever comes
/// before them: Grapheme_Cluster_Break Extend (rule GB9) and SpacingMark (GB9a). Neither
/// script has a Prepend (GB9b) or a conjunct linker (GB9c): a Khmer coeng ends its cluster,
/// the subscript consonant starting the next, as Swift cuts it. The masks are Swift's own
/// answers, one for each code point after a consonant, and `LaoKhmerClustersTests` keeps them so.
public enum LaoKhmerClusters {
  public struct Cluster: Equatable, Sendable {
    public let range: Range<String.Index>
    public let columns: Int
  }

  /// Nil when `text` has a code point outside these scripts and symbols: the caller then walks
  /// its `Character`s.
  public static func of(_ text: String) -> [Cluster]? {
    var clusters: [Cluster] = []
    let scalars = text.unicodeScalars
    var start = scalars.startIndex
    var columns = 0
    var index = scalars.startIndex
    while index < scalars.endIndex {
      let scalar = scalars[index]
      guard let joins = joinsPrevious(scalar.value) else { return nil }
      if !joins && index != start {
        clusters.append(Cluster(range: start..<index, columns: columns))
        start = index
        columns = 0
      }
      columns += DisplayWidth.of(scalar)
      index = scalars.index(after: index)
    }
    if start != scalars.endIndex { clusters.append(Cluster(range: start..<scalars.endIndex, columns: columns)) }
    return clusters
  }

  /// Whether the code point joins the cluster before it; nil outside the scripts and symbols.
  static func joinsPrevious(_ value: UInt32) -> Bool? {
    switch value {
    case 0x0E80..<0x0F00: isSet(laoJoining, value - 0x0E80)
    case 0x1780..<0x1800: isSet(khmerJoining, value - 0x1780)
    default: DisplayWidth.isSingleColumnCluster(value) ? false : nil
    }
  }

  /// Bit n: U+0E80 + n joins the code point before it.
  static let laoJoining: (UInt64, UInt64) = (0x1ffa_0000_0000_0000, 0x7f00)
  /// Bit n: U+1780 + n joins the code point before it.
  static let khmerJoining: (UInt64, UInt64) = (0xfff0_0000_0000_0000, 0x200f_ffff)

  private static func isSet(_ mask: (UInt64, UInt64), _ bit: UInt32) -> Bool {
    (bit < 64 ? mask.0 >> UInt64(bit) : mask.1 >> UInt64(bit - 64)) & 1 == 1
  }
}
