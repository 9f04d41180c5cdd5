import AccordCore
import Foundation

/// The person's `config.yaml`, where the dashboard remembers what they chose in it (the theme
/// `c` cycles to): that one setting changed, the rest as they wrote it (`ConfigText`), written
/// as `-o` writes a file, never leaving it half-written.
enum SettingsFile {
  /// Sets `key` in the settings file, making the file (and its folder) if there is none; why it
  /// could not, or nil.
  static func save(_ key: String, _ value: String) -> String? {
    guard let path = UserConfig.defaultPath() else { return "no home folder for config.yaml" }
    let text: String
    do throws(SourceFileError) {
      text = try SourceFile.text(SourceFile.read(path, limit: SourceFile.settingsLimit))
    } catch .missing {
      text = ""
      let folder = (path as NSString).deletingLastPathComponent
      do {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
      } catch {
        return "cannot make \(folder)"
      }
    } catch {
      return error.description
    }
    let changed: String
    do throws(YAMLEmitterError) {
      changed = try ConfigText.setting(key, to: value, in: text)
    } catch {
      return error.description
    }
    do throws(OutputError) {
      try OutputFile.write(Array(changed.utf8), to: path)
      return nil
    } catch {
      return "cannot write \(error.path): \(error.reason)"
    }
  }
}
