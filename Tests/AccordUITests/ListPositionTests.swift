import Testing

@testable import AccordUI

@Suite struct ListPositionTests {
  let geometry = ListGeometry(viewport: Rect(x: 0, y: 5, width: 40, height: 4), items: 10)

  @Test func movingDownPastTheLastVisibleRowScrollsToKeepTheSelectionInView() {
    var position = ListPosition()
    for _ in 0..<5 { position = position.moved(by: 1, in: geometry) }
    #expect(position == ListPosition(selected: 5, offset: 2))
  }

  @Test func selectionStaysInsideTheList() {
    #expect(ListPosition().moved(by: -3, in: geometry).selected == 0)
    #expect(ListPosition(selected: 9, offset: 6).moved(by: 3, in: geometry).selected == 9)
  }

  @Test func pageDownMovesAPageLessOneAndEndGoesToTheLastItem() {
    let paged = ListPosition().paged(1, in: geometry)
    #expect(paged.selected == 3)
    let end = ListPosition().movedToEnd(in: geometry)
    #expect(end == ListPosition(selected: 9, offset: 6))
    #expect(end.movedToStart(in: geometry) == ListPosition())
  }

  @Test func aHeadingAboveTheFirstItemIsNotSelectable() {
    let withHeadings = ListGeometry(
      viewport: Rect(x: 0, y: 0, width: 10, height: 3), rowItems: [nil, 0, 1, nil, nil, 2, 3])
    #expect(withHeadings.itemCount == 4)
    #expect(withHeadings.item(atScreenY: 0, x: 1, offset: 0) == nil)
    #expect(withHeadings.item(atScreenY: 1, x: 1, offset: 0) == 0)
    let last = ListPosition(selected: 3).normalized(in: withHeadings)
    #expect(last.offset == 4)
  }

  @Test func aDocumentOnlyScrolls() {
    let document = ListGeometry(viewport: Rect(x: 0, y: 0, width: 10, height: 5), lines: 12)
    #expect(ListPosition().moved(by: 3, in: document) == ListPosition(selected: 0, offset: 3))
    #expect(ListPosition().movedToEnd(in: document).offset == 7)
    #expect(ListPosition(offset: 100).normalized(in: document).offset == 7)
  }

  @Test func anEmptyListOrViewportIsHandled() {
    let empty = ListGeometry(viewport: Rect(x: 0, y: 0, width: 0, height: 0), items: 0)
    #expect(ListPosition(selected: 4, offset: 2).normalized(in: empty) == ListPosition())
  }
}
