import Foundation
import Testing

@testable import AccordUI

#if canImport(Glibc)
  import Glibc
#endif

@Suite struct ThemeCatalogTests {
  let catalog = ThemeCatalog(userDirectory: nil)

  @Test func bundlesSixThemesThatAllParse() throws {
    #expect(catalog.names == ["colour-blind", "default", "high-contrast", "light", "monochrome", "projector"])
    for name in catalog.names {
      let theme = try catalog.theme(name)
      #expect(!theme.name.isEmpty)
    }
  }

  @Test func everyBundledThemeStylesEveryRole() throws {
    for name in catalog.names {
      let theme = try catalog.theme(name)
      let missing = StyleRole.allCases.filter { theme.roles[$0] == nil }
      #expect(missing.isEmpty, "\(name) leaves out \(missing.map(\.rawValue))")
    }
  }

  @Test func theDefaultThemeKeepsTheTerminalsBackground() throws {
    #expect(try catalog.theme("default").background == .terminalDefault)
  }

  @Test func theMonochromeThemeHasNoColourAtAll() throws {
    let theme = try catalog.theme("monochrome")
    for role in StyleRole.allCases {
      let look = theme.look(role)
      #expect(look.foreground == nil && (look.background == nil || look.background == .terminalDefault), "\(role)")
    }
  }

  @Test func theHighContrastThemeMeetsWCAGAAA() throws {
    let theme = try catalog.theme("high-contrast")
    for role in StyleRole.allCases {
      let look = theme.look(role)
      guard case .rgb(let r, let g, let b)? = look.foreground, case .rgb(let br, let bg, let bb)? = look.background
      else {
        Issue.record("\(role) is not given as #RRGGBB on #RRGGBB")
        continue
      }
      let ratio = Contrast.ratio((r, g, b), (br, bg, bb))
      #expect(ratio >= 7, "\(role.rawValue): \(ratio)")
    }
  }

  @Test func userThemesAreFoundInTheConfigDirectoryAndMayReplaceBundledOnes() throws {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("accord-themes-\(UUID())")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    try "name = Mine\ntext = red\n".write(
      to: directory.appendingPathComponent("mine.theme"), atomically: true, encoding: .utf8)
    try "name = My light\n".write(
      to: directory.appendingPathComponent("light.theme"), atomically: true, encoding: .utf8)
    let catalog = ThemeCatalog(userDirectory: directory.path)
    #expect(try catalog.theme("mine").look(.text).foreground == .ansi(1))
    #expect(try catalog.theme("light").name == "My light")
    #expect(catalog.names.filter { $0 == "light" }.count == 1)
  }

  @Test func aThemeFileThatIsNotAFileIsListedAsBrokenNotWaitedOn() throws {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("accord-themes-\(UUID())")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    #expect(mkfifo(directory.appendingPathComponent("pipe.theme").path, 0o600) == 0)
    let big = directory.appendingPathComponent("big.theme").path
    #expect(FileManager.default.createFile(atPath: big, contents: nil))
    #expect(truncate(big, 2 << 20) == 0)
    let catalog = ThemeCatalog(userDirectory: directory.path)
    #expect(catalog.names.contains("pipe") && catalog.names.contains("big"))
    #expect(throws: ThemeError.self) { try catalog.theme("pipe") }
    let error = try #require(throws: ThemeError.self) { try catalog.theme("big") }
    #expect(error.description == "\(big): is too large (2097152 bytes; the limit is 1 MiB)")
  }

  @Test func findsTheConfigDirectoryTheXDGWay() {
    #expect(ThemeCatalog.userDirectory(environment: ["XDG_CONFIG_HOME": "/x", "HOME": "/h"]) == "/x/accord/themes")
    #expect(ThemeCatalog.userDirectory(environment: ["HOME": "/h"]) == "/h/.config/accord/themes")
  }

  @Test func namesAnUnknownThemeWithASuggestion() throws {
    let error = try #require(throws: ThemeError.self) { try catalog.theme("hihg-contrast") }
    #expect(error.description.hasPrefix("hihg-contrast: no such theme (did you mean 'high-contrast'?)"))
  }
}

/// WCAG 2 contrast ratio of two sRGB colours.
enum Contrast {
  static func ratio(_ a: (UInt8, UInt8, UInt8), _ b: (UInt8, UInt8, UInt8)) -> Double {
    let la = luminance(a)
    let lb = luminance(b)
    return (max(la, lb) + 0.05) / (min(la, lb) + 0.05)
  }

  static func luminance(_ c: (UInt8, UInt8, UInt8)) -> Double {
    func channel(_ v: UInt8) -> Double {
      let s = Double(v) / 255
      return s <= 0.03928 ? s / 12.92 : pow((s + 0.055) / 1.055, 2.4)
    }
    return 0.2126 * channel(c.0) + 0.7152 * channel(c.1) + 0.0722 * channel(c.2)
  }
}
