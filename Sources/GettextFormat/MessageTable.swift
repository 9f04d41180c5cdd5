/// A catalog's translations by gettext key (`PoEntry.key`): the keys sorted by their UTF-8
/// bytes and searched by halves, each step a comparison of bytes, as in a compiled `.mo` file.
/// The build makes one from each catalog and writes its arrays out as literals (FileEmbedder),
/// which a start reads with no hashing at all: as a dictionary, the Lao catalog's 822 long
/// English keys were hashed at every Lao or Khmer start, and a key compared with another by
/// Unicode's rules wherever they shared a bucket.
package struct MessageTable: Sendable, Equatable {
  /// Sorted by UTF-8 bytes, each once.
  package let keys: [String]
  /// The translations of `keys[i]` are `forms[starts[i]..<starts[i + 1]]`: one, or one for each
  /// plural form.
  package let forms: [String]
  package let starts: [Int]

  /// The arrays of a table the build made (`CatalogFilesTests` compares the tables compiled in
  /// with the ones made from po/*.po at run time).
  package init(sortedKeys keys: [String], forms: [String], starts: [Int]) {
    self.keys = keys
    self.forms = forms
    self.starts = starts
  }

  package init(_ messages: [String: [String]]) {
    let sorted = messages.sorted { Self.order($0.key, $1.key) < 0 }
    var forms: [String] = []
    var starts = [0]
    for (_, translations) in sorted {
      forms += translations
      starts.append(forms.count)
    }
    self.init(sortedKeys: sorted.map(\.key), forms: forms, starts: starts)
  }

  /// The translated messages of a catalog (fuzzy and empty ones left out); a key given twice
  /// keeps its last translation.
  package init(translationsOf file: PoFile) {
    var messages: [String: [String]] = [:]
    for entry in file.entries where entry.isTranslated { messages[entry.key] = entry.translations }
    self.init(messages)
  }

  package var count: Int { keys.count }

  package subscript(key: String) -> ArraySlice<String>? {
    var low = 0
    var high = keys.count
    while low < high {
      let middle = (low + high) / 2
      let order = Self.order(keys[middle], key)
      if order == 0 { return forms[starts[middle]..<starts[middle + 1]] }
      if order < 0 { low = middle + 1 } else { high = middle }
    }
    return nil
  }

  /// Negative, zero or positive as `a`'s UTF-8 bytes sort before, with or after `b`'s.
  package static func order(_ a: String, _ b: String) -> Int {
    var a = a
    var b = b
    return a.withUTF8 { a in
      b.withUTF8 { b in
        for index in 0..<min(a.count, b.count) where a[index] != b[index] {
          return Int(a[index]) - Int(b[index])
        }
        return a.count - b.count
      }
    }
  }
}
