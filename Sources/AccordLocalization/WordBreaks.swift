#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Where a line may break in text written without spaces between words, as Lao and Khmer are:
/// ICU's dictionary-based word break (the Lao and Khmer dictionaries ship in libicu's data).
/// libicu is opened the first time Lao or Khmer text is wrapped, never in an English session,
/// and found by its soname (Debian's `libicu72`, or another version); without it, text breaks
/// only at spaces and between grapheme clusters, never inside one.
public enum WordBreaks {
  /// The offsets (in `text`'s UTF-16) where a word starts or ends, from 0 to the length; nil
  /// when libicu cannot be loaded.
  public static func boundaries(in text: String) -> [Int]? {
    guard let icu = ICUBreakFunctions.loaded else { return nil }
    let units = Array(text.utf16)
    guard !units.isEmpty else { return [0] }
    guard units.count < Int(Int32.max) else { return nil }
    var status: Int32 = 0
    let iterator = units.withUnsafeBufferPointer { buffer in
      icu.open(ICUBreakFunctions.wordBreaks, "", buffer.baseAddress, Int32(buffer.count), &status)
    }
    guard let iterator, status <= 0 else { return nil }
    defer { icu.close(iterator) }
    var offsets = [Int(icu.first(iterator))]
    while true {
      let next = icu.next(iterator)
      guard next >= 0 else { break }  // UBRK_DONE
      offsets.append(Int(next))
    }
    return offsets
  }

  /// Whether `text` has letters of a script written without spaces between words.
  public static func needsDictionary(_ text: String) -> Bool {
    text.unicodeScalars.contains {
      (0x0E80...0x0EFF).contains($0.value) || (0x1780...0x17FF).contains($0.value)
        || (0x19E0...0x19FF).contains($0.value)
    }
  }
}

/// The four functions of ICU's C API that word breaks need, from libicuuc opened at run time.
/// Their names carry ICU's major version (`ubrk_open_72`).
struct ICUBreakFunctions: @unchecked Sendable {
  typealias Open =
    @convention(c) (Int32, UnsafePointer<CChar>?, UnsafePointer<UInt16>?, Int32, UnsafeMutablePointer<Int32>?) ->
    OpaquePointer?
  typealias Step = @convention(c) (OpaquePointer?) -> Int32
  typealias Close = @convention(c) (OpaquePointer?) -> Void

  /// UBRK_WORD, the word break iterator's type.
  static let wordBreaks: Int32 = 1

  let open: Open
  let first: Step
  let next: Step
  let close: Close

  /// Opened once, on first use; nil if no libicuuc is on the system.
  static let loaded: ICUBreakFunctions? = load()

  private static func load() -> ICUBreakFunctions? {
    for version in stride(from: 90, through: 60, by: -1) {
      guard let library = dlopen("libicuuc.so.\(version)", RTLD_LAZY | RTLD_LOCAL) else { continue }
      func symbol<T>(_ name: String, as type: T.Type) -> T? {
        dlsym(library, "\(name)_\(version)").map { unsafeBitCast($0, to: type) }
      }
      guard let open = symbol("ubrk_open", as: Open.self), let first = symbol("ubrk_first", as: Step.self),
        let next = symbol("ubrk_next", as: Step.self), let close = symbol("ubrk_close", as: Close.self)
      else {
        dlclose(library)
        continue
      }
      return ICUBreakFunctions(open: open, first: first, next: next, close: close)
    }
    return nil
  }
}
