import AccordUI
import CNcursesw
import Testing

@testable import AccordTerminal

@Suite struct InputDecoderTests {
  @Test func readsEnterEscapeBackspaceAndTabHoweverTheTerminalSendsThem() {
    #expect(InputDecoder.character(10) == .key(.enter))
    #expect(InputDecoder.character(13) == .key(.enter))
    #expect(InputDecoder.character(27) == .key(.escape))
    #expect(InputDecoder.character(127) == .key(.backspace))
    #expect(InputDecoder.character(8) == .key(.backspace))
    #expect(InputDecoder.keyCode(KEY_BACKSPACE) == .key(.backspace))
    #expect(InputDecoder.keyCode(KEY_DC) == .key(.delete))
    #expect(InputDecoder.character(19) == .key(.control("s")), "Ctrl-S saves a form (IXON is off)")
    #expect(InputDecoder.keyCode(KEY_ENTER) == .key(.enter))
    #expect(InputDecoder.character(9) == .key(.tab))
  }

  @Test func readsControlLettersAndPrintableText() {
    #expect(InputDecoder.character(3) == .key(.control("c")))
    #expect(InputDecoder.character(UInt32(("q" as Unicode.Scalar).value)) == .key(.character("q")))
    #expect(InputDecoder.character(0x0E81) == .key(.character("ກ")), "Lao reaches update as a character")
  }

  @Test func dropsControlsThatMeanNothing() {
    #expect(InputDecoder.character(0x1C) == nil)
    #expect(InputDecoder.character(0x9B) == nil, "a C1 CSI is never taken for a key")
  }

  @Test func readsTheKeypad() {
    #expect(InputDecoder.keyCode(KEY_UP) == .key(.up))
    #expect(InputDecoder.keyCode(KEY_NPAGE) == .key(.pageDown))
    #expect(InputDecoder.keyCode(KEY_HOME) == .key(.home))
    #expect(InputDecoder.keyCode(KEY_END) == .key(.end))
    #expect(InputDecoder.keyCode(accord_key_f(5)) == .key(.function(5)))
    #expect(InputDecoder.keyCode(KEY_RESIZE + 1000) == nil)
  }

  @Test func readsClicksDoubleClicksAndTheWheel() {
    #expect(
      InputDecoder.mouse(x: 3, y: 4, buttons: accord_button1_clicked())
        == .mouse(MouseEvent(x: 3, y: 4, action: .click)))
    #expect(
      InputDecoder.mouse(x: 3, y: 4, buttons: accord_button1_double_clicked())
        == .mouse(MouseEvent(x: 3, y: 4, action: .doubleClick)))
    #expect(
      InputDecoder.mouse(x: 0, y: 0, buttons: accord_button4_pressed())
        == .mouse(MouseEvent(x: 0, y: 0, action: .wheelUp)))
    #expect(
      InputDecoder.mouse(x: 0, y: 0, buttons: accord_button5_pressed())
        == .mouse(MouseEvent(x: 0, y: 0, action: .wheelDown)))
    #expect(InputDecoder.mouse(x: 0, y: 0, buttons: 0) == nil)
  }
}
