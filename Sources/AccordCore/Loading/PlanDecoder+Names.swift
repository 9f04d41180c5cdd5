/// A pillar's or a sector's `name:`, a meeting's `title:`, the plan's `title:` and
/// `short_title:`: English text (`name: Political`), or the name in several languages
/// (`name: {en: Political, lo: ການເມືອງ, km: នយោបាយ}`), English required, each other language
/// optional, so an interface in that language shows the name in it.
extension PlanDecoder {
  mutating func decodeNames(_ fields: Fields, _ key: String = "name") -> (english: String?, others: [String: String]) {
    guard let node = fields[key], case .mapping = node else { return (reader.string(fields, key), [:]) }
    guard
      let names = reader.fields(
        of: node, .names, required: ["en"], optional: PlanDecoder.otherNameLanguages)
    else { return (nil, [:]) }
    var others: [String: String] = [:]
    for language in PlanDecoder.otherNameLanguages where names[language] != nil {
      others[language] = reader.string(names, language)
    }
    return (reader.string(names, "en"), others)
  }

  /// The languages a name may be given in besides English: those of accord's interface.
  static let otherNameLanguages = ["lo", "km"]
}
