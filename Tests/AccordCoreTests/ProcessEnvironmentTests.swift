import Foundation
import Testing

@testable import AccordCore

@Suite struct ProcessEnvironmentTests {
  /// `entries` as a C environment: strings, then a null pointer.
  func read(_ entries: [String]) -> [String: String] {
    var pointers: [UnsafeMutablePointer<CChar>?] = entries.map { strdup($0) } + [nil]
    defer { pointers.forEach { free($0) } }
    return pointers.withUnsafeMutableBufferPointer { ProcessEnvironment.read($0.baseAddress) }
  }

  @Test func readsWhatFoundationReads() {
    #expect(ProcessEnvironment.variables == ProcessInfo.processInfo.environment)
  }

  @Test func aValueKeepsItsEqualsSignsItsLaoAndKhmerAndMayBeEmpty() {
    let variables = read(["LANG=C.UTF-8", "NOTE=a=b=c ລາວ ខ្មែរ", "EMPTY="])
    #expect(variables == ["LANG": "C.UTF-8", "NOTE": "a=b=c ລາວ ខ្មែរ", "EMPTY": ""])
  }

  @Test func aNameSetTwiceKeepsTheValueGetenvFinds() {
    #expect(read(["ACCORD_LANG=lo", "ACCORD_LANG=km"]) == ["ACCORD_LANG": "lo"])
  }

  @Test func anEntryWithoutANameIsNoVariable() {
    #expect(read(["=value", "novalue", "HOME=/home/somchai"]) == ["HOME": "/home/somchai"])
  }

  @Test func bytesThatAreNotUTF8AreRepairedNotTrusted() {
    var text: [CChar] = "NAME=caf".utf8.map { CChar(bitPattern: $0) } + [CChar(bitPattern: 0xC3), 0]
    let variables = text.withUnsafeMutableBufferPointer { buffer in
      var pointers: [UnsafeMutablePointer<CChar>?] = [buffer.baseAddress, nil]
      return pointers.withUnsafeMutableBufferPointer { ProcessEnvironment.read($0.baseAddress) }
    }
    #expect(variables["NAME"] == "caf\u{FFFD}")
  }
}
