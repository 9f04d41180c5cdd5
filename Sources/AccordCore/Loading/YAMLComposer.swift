import CLibYAML

/// Builds a `Node` tree from libyaml's events: one pass, no tag resolution, no duplicate-key
/// hashing (the decoder reports repeated keys where it reads them). Anchors and aliases are
/// refused where they appear, so no file can make the tree grow beyond its own size.
public enum YAMLComposer {
  /// Deeper than any plan or settings file goes; it bounds the work, and the stack used to free
  /// the tree, on a file of nothing but brackets.
  static let maximumDepth = 64

  /// A problem libyaml found, or a construct accord does not take.
  public struct Failure: Error, Equatable, Sendable {
    /// Nil for problems with the bytes as a whole (libyaml's reader errors).
    public var mark: Node.Mark?
    public var problem: PlanProblem
  }

  /// The single document in `text`; nil when it holds none (only comments, say).
  public static func compose(_ text: String) throws(Failure) -> Node? {
    var text = text
    // `withUTF8` rethrows untyped errors; the result carries the typed one out.
    return try text.withUTF8 { bytes in Result { () throws(Failure) in try compose(bytes) } }.get()
  }

  static func compose(_ bytes: UnsafeBufferPointer<UInt8>) throws(Failure) -> Node? {
    var parser = yaml_parser_t()
    guard yaml_parser_initialize(&parser) == 1 else { throw Failure(mark: nil, problem: .outOfMemory) }
    defer { yaml_parser_delete(&parser) }
    yaml_parser_set_input_string(&parser, bytes.baseAddress ?? UnsafePointer(bitPattern: 1), bytes.count)

    var builder = TreeBuilder()
    var event = yaml_event_t()
    while true {
      guard yaml_parser_parse(&parser, &event) == 1 else { throw failure(parser) }
      defer { yaml_event_delete(&event) }
      if event.type == YAML_STREAM_END_EVENT { return builder.root }
      try builder.add(event)
    }
  }

  static func failure(_ parser: yaml_parser_t) -> Failure {
    let problem = parser.problem.map { String(cString: $0) } ?? "unknown problem"
    if parser.error == YAML_READER_ERROR {
      return Failure(mark: nil, problem: .notYAMLText(problem: problem, byte: parser.problem_offset))
    }
    let context = parser.context.map { String(cString: $0) }
    return Failure(mark: mark(parser.problem_mark), problem: .yamlSyntax(problem: problem, context: context))
  }

  static func mark(_ mark: yaml_mark_t) -> Node.Mark {
    Node.Mark(line: Int(mark.line) + 1, column: Int(mark.column) + 1)
  }
}

/// The collections still open while events arrive, innermost last. The finished nodes of all
/// open collections wait in one flat array, so each collection is built once, at its exact size.
private struct TreeBuilder {
  private var waiting: [Node] = []
  private var open: [(start: Int, mark: Node.Mark, isMapping: Bool)] = []
  private(set) var root: Node?
  private var documents = 0

  mutating func add(_ event: yaml_event_t) throws(YAMLComposer.Failure) {
    let mark = YAMLComposer.mark(event.start_mark)
    switch event.type {
    case YAML_DOCUMENT_START_EVENT:
      documents += 1
      if documents > 1 {
        throw .init(mark: mark, problem: .secondDocument)
      }
    case YAML_ALIAS_EVENT:
      throw Self.refusedAlias(mark)
    case YAML_SCALAR_EVENT:
      let scalar = event.data.scalar
      if scalar.anchor != nil { throw Self.refusedAlias(mark) }
      let string = String(decoding: UnsafeBufferPointer(start: scalar.value, count: scalar.length), as: UTF8.self)
      attach(.scalar(.init(string: string, style: Self.style(scalar.style), mark: mark)))
    case YAML_SEQUENCE_START_EVENT:
      if event.data.sequence_start.anchor != nil { throw Self.refusedAlias(mark) }
      try open(at: mark, isMapping: false)
    case YAML_MAPPING_START_EVENT:
      if event.data.mapping_start.anchor != nil { throw Self.refusedAlias(mark) }
      try open(at: mark, isMapping: true)
    case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
      let collection = open.removeLast()
      let node: Node
      if collection.isMapping {
        // libyaml sends a mapping's keys and values alternately, always in pairs.
        let pairs = stride(from: collection.start, to: waiting.count, by: 2).map {
          (key: waiting[$0], value: waiting[$0 + 1])
        }
        node = .mapping(.init(pairs: pairs, mark: collection.mark))
      } else {
        node = .sequence(.init(nodes: Array(waiting[collection.start...]), mark: collection.mark))
      }
      waiting.removeSubrange(collection.start...)
      attach(node)
    default:
      break
    }
  }

  private mutating func open(at mark: Node.Mark, isMapping: Bool) throws(YAMLComposer.Failure) {
    guard open.count < YAMLComposer.maximumDepth else {
      throw .init(mark: mark, problem: .nestedTooDeep(limit: YAMLComposer.maximumDepth))
    }
    open.append((waiting.count, mark, isMapping))
  }

  private mutating func attach(_ node: Node) {
    if open.isEmpty {
      root = node
    } else {
      waiting.append(node)
    }
  }

  private static func refusedAlias(_ mark: Node.Mark) -> YAMLComposer.Failure {
    .init(mark: mark, problem: .anchorOrAlias)
  }

  private static func style(_ style: yaml_scalar_style_t) -> Node.Scalar.Style {
    switch style {
    case YAML_SINGLE_QUOTED_SCALAR_STYLE: .singleQuoted
    case YAML_DOUBLE_QUOTED_SCALAR_STYLE: .doubleQuoted
    case YAML_LITERAL_SCALAR_STYLE: .literal
    case YAML_FOLDED_SCALAR_STYLE: .folded
    default: .plain
    }
  }
}
