import Testing

@testable import AccordUI

/// The update form's text editing: what a person expects of a line, in any script.
@Suite struct TextFieldTests {
  func typed(_ text: String, limit: Int = 100) -> TextField {
    var field = TextField(limit: limit)
    // A terminal hands over one code point at a time, as the dashboard receives them.
    for scalar in text.unicodeScalars { field.insert(String(scalar)) }
    return field
  }

  @Test func laoTypedACodePointAtATimeStaysWholeClustersAndTheCursorMovesByCluster() {
    var field = typed("ກິນເຂົ້າ")
    #expect(field.text == "ກິນເຂົ້າ")
    #expect(field.characters.count == 5)
    field.moveLeft()
    field.deleteBackward()  // ຂົ້ with its two marks, not one mark of it
    #expect(field.text == "ກິນເາ")
    field.moveHome()
    field.deleteForward()
    #expect(field.text == "ນເາ")
  }

  @Test func aCombiningAccentJoinsTheLetterBeforeTheCursor() {
    var field = typed("cafe\u{301}")
    #expect(field.characters.count == 4)
    #expect(field.text == "café")
    field.deleteBackward()
    #expect(field.text == "caf")
  }

  @Test func wideCharactersScrollByColumnsAndTheCursorStaysInView() {
    var field = typed("中文中文中文")  // 12 columns
    let end = field.window(columns: 7)
    // The cursor cell at the end takes a column: three characters and the cursor fit.
    #expect(end == (start: 3, end: 6, cursorColumn: 6))
    field.moveHome()
    let home = field.window(columns: 7)
    #expect(home == (start: 0, end: 3, cursorColumn: 0))
    field.moveRight()
    #expect(field.window(columns: 7).cursorColumn == 2)
    #expect(field.window(columns: 0) == (start: 1, end: 1, cursorColumn: 0))
  }

  @Test func homeEndAndTheEmacsKeysMoveAndDelete() {
    var field = typed("record the update")
    field.moveHome()
    field.insert(">")
    field.moveEnd()
    field.insert("!")
    #expect(field.text == ">record the update!")
    field.deleteWordBackward()
    #expect(field.text == ">record the ")
    field.deleteWordBackward()
    #expect(field.text == ">record ")
    field.moveLeft()
    field.moveLeft()
    field.deleteToStart()
    #expect(field.text == "d ")
    #expect(field.cursor == 0)
    field.moveRight()
    field.deleteToEnd()
    #expect(field.text == "d")
    field.deleteBackward()
    field.deleteBackward()
    field.deleteForward()
    #expect(field.isEmpty)
  }

  @Test func aPasteStopsAtTheCapAndSaysTheFieldIsFull() {
    var field = TextField("abc", limit: 5)
    field.moveHome()
    #expect(field.insert("12345") == .full)
    #expect(field.text == "12abc")
    // Marks still join what is there: the cap counts clusters, as a reader does.
    field.moveEnd()
    #expect(field.insert("\u{301}") == .done)
    #expect(field.characters.count == 5)
    #expect(field.insert("x") == .full)
  }

  @Test func controlCharactersAndBidiOverridesNeverEnter() {
    var field = TextField(limit: 20)
    field.insert("a\u{1B}[2Jb\u{202E}c\u{7}\u{2028}")
    #expect(field.text == "a[2Jbc")
  }
}
