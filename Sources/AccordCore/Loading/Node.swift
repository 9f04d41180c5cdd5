/// A YAML node as a plan file uses it: text, mappings and lists, each with where it starts.
/// Scalars stay text (no tag resolution: the decoder knows what each value should be), and
/// there are no aliases (`YAMLComposer` refuses them).
public enum Node: Sendable {
  case scalar(Scalar)
  case mapping(Mapping)
  case sequence(Sequence)

  /// Where a node starts, counted from 1 as editors do; columns in Unicode scalars.
  public struct Mark: Equatable, Sendable {
    public var line: Int
    public var column: Int
  }

  public struct Scalar: Sendable {
    public enum Style: Sendable { case plain, singleQuoted, doubleQuoted, literal, folded }

    public var string: String
    public var style: Style
    public var mark: Mark
  }

  /// Key-value pairs in file order, repeated keys kept: `NodeReader` reports them.
  public struct Mapping: RandomAccessCollection, Sendable {
    public var pairs: [(key: Node, value: Node)]
    public var mark: Mark

    public var startIndex: Int { pairs.startIndex }
    public var endIndex: Int { pairs.endIndex }
    public subscript(position: Int) -> (key: Node, value: Node) { pairs[position] }

    /// The value of the first key with this text.
    public subscript(key: String) -> Node? {
      pairs.first { $0.key.scalar?.string == key }?.value
    }
  }

  public struct Sequence: RandomAccessCollection, Sendable {
    public var nodes: [Node]
    public var mark: Mark

    public var startIndex: Int { nodes.startIndex }
    public var endIndex: Int { nodes.endIndex }
    public subscript(position: Int) -> Node { nodes[position] }
  }

  public var scalar: Scalar? {
    if case .scalar(let scalar) = self { return scalar }
    return nil
  }

  /// Optional so that code written against Yams' nodes reads the same.
  public var mark: Mark? {
    switch self {
    case .scalar(let scalar): scalar.mark
    case .mapping(let mapping): mapping.mark
    case .sequence(let sequence): sequence.mark
    }
  }
}
