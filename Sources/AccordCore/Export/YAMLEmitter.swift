import CLibYAML

/// A YAML value to write: text from people (always double-quoted, so no value can pass for
/// YAML structure, a null or a number), a word of accord's own (a status, a date: plain), a
/// mapping or a list.
public indirect enum YAMLValue {
  case text(String)
  case word(String)
  case mapping([(key: String, value: YAMLValue)])
  case sequence([YAMLValue])
}

/// What libyaml's emitter refused; it cannot happen with the events `YAMLEmitter` sends, but
/// it is said rather than ignored.
public struct YAMLEmitterError: Error, Sendable, Equatable, CustomStringConvertible {
  public var description: String
}

/// Writes a `YAMLValue` as one YAML document through libyaml's emitter (the same library that
/// reads plan files), in UTF-8 with every script as it is written, block style, unfolded lines.
///
/// libyaml escapes in double-quoted text every character it does not print (C0, DEL, C1,
/// U+2028, U+2029) but prints bidi controls as they are; those are escaped after it (`\u202E`),
/// which is right because only double-quoted text can hold them. So the document has no
/// character `SafeText` would refuse but its own line breaks.
public enum YAMLEmitter {
  public static func document(_ root: YAMLValue) throws(YAMLEmitterError) -> String {
    let emitter = UnsafeMutablePointer<yaml_emitter_t>.allocate(capacity: 1)
    defer { emitter.deallocate() }
    guard yaml_emitter_initialize(emitter) == 1 else { throw YAMLEmitterError(description: "out of memory") }
    defer { yaml_emitter_delete(emitter) }
    let sink = ByteSink()
    yaml_emitter_set_output(
      emitter,
      { context, buffer, size in
        guard let context, let buffer else { return 0 }
        Unmanaged<ByteSink>.fromOpaque(context).takeUnretainedValue().bytes.append(
          contentsOf: UnsafeBufferPointer(start: buffer, count: size))
        return 1
      }, Unmanaged.passUnretained(sink).toOpaque())
    yaml_emitter_set_unicode(emitter, 1)
    yaml_emitter_set_width(emitter, -1)
    yaml_emitter_set_indent(emitter, 2)

    try emit(emitter) { yaml_stream_start_event_initialize(&$0, YAML_UTF8_ENCODING) }
    try emit(emitter) { yaml_document_start_event_initialize(&$0, nil, nil, nil, 1) }
    try emit(root, to: emitter)
    try emit(emitter) { yaml_document_end_event_initialize(&$0, 1) }
    try emit(emitter) { yaml_stream_end_event_initialize(&$0) }
    return escapingBidiControls(String(decoding: sink.bytes, as: UTF8.self))
  }

  private static func emit(_ value: YAMLValue, to emitter: UnsafeMutablePointer<yaml_emitter_t>)
    throws(YAMLEmitterError)
  {
    switch value {
    case .text(let text): try scalar(text, style: YAML_DOUBLE_QUOTED_SCALAR_STYLE, to: emitter)
    case .word(let word): try scalar(word, style: YAML_PLAIN_SCALAR_STYLE, to: emitter)
    case .mapping(let entries):
      try emit(emitter) { yaml_mapping_start_event_initialize(&$0, nil, nil, 1, YAML_BLOCK_MAPPING_STYLE) }
      for entry in entries {
        try scalar(entry.key, style: YAML_PLAIN_SCALAR_STYLE, to: emitter)
        try emit(entry.value, to: emitter)
      }
      try emit(emitter) { yaml_mapping_end_event_initialize(&$0) }
    case .sequence(let items):
      try emit(emitter) { yaml_sequence_start_event_initialize(&$0, nil, nil, 1, YAML_BLOCK_SEQUENCE_STYLE) }
      for item in items { try emit(item, to: emitter) }
      try emit(emitter) { yaml_sequence_end_event_initialize(&$0) }
    }
  }

  private static func scalar(
    _ text: String, style: yaml_scalar_style_t, to emitter: UnsafeMutablePointer<yaml_emitter_t>
  ) throws(YAMLEmitterError) {
    var text = text
    // libyaml copies the value; an empty one still needs an address.
    try emit(emitter) { event in
      text.withUTF8 { bytes in
        withUnsafePointer(to: UInt8(0)) { empty in
          yaml_scalar_event_initialize(&event, nil, nil, bytes.baseAddress ?? empty, Int32(bytes.count), 1, 1, style)
        }
      }
    }
  }

  /// Makes an event with `make` and hands it to the emitter, which frees it.
  private static func emit(_ emitter: UnsafeMutablePointer<yaml_emitter_t>, _ make: (inout yaml_event_t) -> Int32)
    throws(YAMLEmitterError)
  {
    var event = yaml_event_t()
    guard make(&event) == 1 else { throw YAMLEmitterError(description: "cannot make a YAML event (out of memory)") }
    guard yaml_emitter_emit(emitter, &event) == 1 else {
      throw YAMLEmitterError(
        description: "cannot write YAML: " + (emitter.pointee.problem.map { String(cString: $0) } ?? "unknown problem"))
    }
  }

  /// Bidi controls (`SafeText.isBidiControl`) as `\uXXXX`.
  static func escapingBidiControls(_ text: String) -> String {
    guard text.unicodeScalars.contains(where: SafeText.isBidiControl) else { return text }
    var result = ""
    for scalar in text.unicodeScalars {
      if SafeText.isBidiControl(scalar) {
        // Four digits, as YAML's `\u` takes: U+061C is `\u061C`.
        let digits = String(scalar.value, radix: 16, uppercase: true)
        result += "\\u" + String(repeating: "0", count: 4 - digits.count) + digits
      } else {
        result.unicodeScalars.append(scalar)
      }
    }
    return result
  }
}

/// Where the emitter's output handler puts the bytes.
private final class ByteSink {
  var bytes: [UInt8] = []
}
