import AccordCore
import AccordJournalWire
import Foundation
import XCTest

/// What crosses between accord and accord-postgres: values and their updates come back as they
/// went, and a peer of another protocol version, or a damaged frame, is an error at once, never a
/// wait, a crash or a wrong value.
final class FrameChannelTests: XCTestCase {
  private var ends: [Int32] = [-1, -1]

  override func setUpWithError() throws {
    XCTAssertEqual(socketpair(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0, &ends), 0)
  }

  override func tearDown() {
    ends.forEach { close($0) }
  }

  private func write(_ text: String) {
    XCTAssertEqual(text.utf8.count, Array(text.utf8).withUnsafeBytes { Glibc.write(ends[1], $0.baseAddress, $0.count) })
  }

  func test_an_answer_with_updates_comes_back_as_it_went() throws {
    let sender = FrameChannel(input: ends[1], output: ends[1])
    var receiver = FrameChannel(input: ends[0], output: ends[0])
    let answers = [
      JournalAnswer(.value(.updates(UpdateList(UpdateListTests.updates))), outageSince: "2026-12-07T03:00:00Z"),
      JournalAnswer(.value(.reading(UpdateList([]), unreadable: [])), outageSince: nil),
      JournalAnswer(.value(.token(12)), outageSince: nil),
    ]
    for answer in answers { try sender.send(answer) }
    for answer in answers { XCTAssertEqual(try receiver.receive(JournalAnswer.self, patience: 5), answer) }
  }

  func test_the_updates_cross_as_their_own_bytes_not_an_escaped_string() throws {
    let sender = FrameChannel(input: ends[1], output: ends[1])
    try sender.send(JournalAnswer(.value(.updates(UpdateList(UpdateListTests.updates))), outageSince: nil))
    var bytes = [UInt8](repeating: 0, count: 1 << 16)
    let count = read(ends[0], &bytes, bytes.count)
    let frame = String(decoding: bytes[..<count], as: UTF8.self)
    XCTAssertTrue(frame.hasPrefix("accord-wire 2 "), frame)
    // The note's quote, backslash and NUL as they are, after the JSON: no `\"`, `\\` or `\u0000`.
    XCTAssertTrue(frame.contains("\u{0}\"\\ ណ្ដ"), frame)
    XCTAssertFalse(frame.contains("\\u0000"), frame)
  }

  func test_a_peer_of_another_version_is_refused_at_its_first_frame() throws {
    var receiver = FrameChannel(input: ends[0], output: ends[0])
    // What the accord-postgres of the last version answered: a JSON line.
    write(#"{"outcome":{"value":{"_0":{"token":{"_0":3}}}}}"# + "\n")
    XCTAssertThrowsError(try receiver.receive(JournalAnswer.self, patience: 5)) { error in
      guard case .garbled(let why) = error as? FrameChannel.Failure else { return XCTFail("\(error)") }
      XCTAssertTrue(why.contains("not a frame of accord-wire 2"), why)
    }
  }

  func test_a_damaged_frame_is_an_error_and_no_wait() throws {
    let damaged = [
      "accord-wire 3 2\n{}",  // a later version
      "accord-wire 2\n",  // no length
      "accord-wire 2 x\n",
      "accord-wire 2 -1\n",
      "accord-wire 2 99999999999999999999\n",
      "accord-wire 2 2 1073741824\n{}",  // past the limit
      "accord-wire 2 2" + String(repeating: " 0", count: 20) + "\n{}",  // too many attachments
      "accord-wire 2 4\n\"x\" ",  // the JSON is not an answer
      #"accord-wire 2 20"# + "\n" + #"{"outcome":{"x":1}} "#,
      "accord-wire 2 " + String(repeating: "1", count: 600),  // a header that never ends
    ]
    for text in damaged {
      var receiver = FrameChannel(input: ends[0], output: ends[0])
      write(text)
      XCTAssertThrowsError(try receiver.receive(JournalAnswer.self, patience: 5), text) { error in
        guard case .garbled = error as? FrameChannel.Failure else { return XCTFail("\(text): \(error)") }
      }
      tearDown()
      try setUpWithError()
    }
  }

  func test_an_update_list_naming_no_attachment_is_an_error() throws {
    // The frame as accord-postgres writes it, read back whole: then the same JSON with its
    // attachment left out of the header.
    try FrameChannel(input: ends[1], output: ends[1]).send(
      JournalAnswer(.value(.updates(UpdateList(UpdateListTests.updates))), outageSince: nil))
    var bytes = [UInt8](repeating: 0, count: 1 << 16)
    let count = read(ends[0], &bytes, bytes.count)
    let frame = String(decoding: bytes[..<count], as: UTF8.self)
    let header = frame.prefix { $0 != "\n" }
    let lengths = header.split(separator: " ").dropFirst(2).compactMap { Int($0) }
    XCTAssertEqual(lengths.count, 2, String(header))
    let json = String(decoding: Array(frame.utf8).dropFirst(header.utf8.count + 1).prefix(lengths[0]), as: UTF8.self)

    write(frame)
    var receiver = FrameChannel(input: ends[0], output: ends[0])
    XCTAssertEqual(
      try receiver.receive(JournalAnswer.self, patience: 5).outcome,
      .value(.updates(UpdateList(UpdateListTests.updates))))
    write("accord-wire 2 \(json.utf8.count)\n" + json)
    XCTAssertThrowsError(try receiver.receive(JournalAnswer.self, patience: 5)) { error in
      guard case .garbled = error as? FrameChannel.Failure else { return XCTFail("\(error)") }
    }
  }

  func test_a_frame_cut_short_is_the_peers_end() throws {
    var receiver = FrameChannel(input: ends[0], output: ends[0])
    write("accord-wire 2 10\n{\"out")
    close(ends[1])
    ends[1] = -1
    XCTAssertThrowsError(try receiver.receive(JournalAnswer.self, patience: 5)) { error in
      XCTAssertEqual(error as? FrameChannel.Failure, .closed)
    }
  }
}
