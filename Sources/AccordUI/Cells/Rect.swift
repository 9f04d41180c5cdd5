/// A rectangle of cells; widgets draw inside one and never outside it.
public struct Rect: Hashable, Sendable {
  public var x: Int
  public var y: Int
  public var width: Int
  public var height: Int

  public init(x: Int, y: Int, width: Int, height: Int) {
    self.x = x
    self.y = y
    self.width = max(0, width)
    self.height = max(0, height)
  }

  public var isEmpty: Bool { width == 0 || height == 0 }
  public var right: Int { x + width }
  public var bottom: Int { y + height }

  /// Shrunk by `by` cells on every side, never below zero size.
  public func inset(by amount: Int) -> Rect {
    Rect(x: x + amount, y: y + amount, width: width - 2 * amount, height: height - 2 * amount)
  }

  public func intersection(_ other: Rect) -> Rect {
    let left = max(x, other.x)
    let top = max(y, other.y)
    return Rect(x: left, y: top, width: min(right, other.right) - left, height: min(bottom, other.bottom) - top)
  }

  public func contains(x px: Int, y py: Int) -> Bool {
    px >= x && px < right && py >= y && py < bottom
  }

  /// The top `rows` rows and the rest below.
  public func splitTop(_ rows: Int) -> (top: Rect, rest: Rect) {
    let rows = min(max(0, rows), height)
    return (Rect(x: x, y: y, width: width, height: rows), Rect(x: x, y: y + rows, width: width, height: height - rows))
  }

  /// The bottom `rows` rows and the rest above.
  public func splitBottom(_ rows: Int) -> (rest: Rect, bottom: Rect) {
    let rows = min(max(0, rows), height)
    return (
      Rect(x: x, y: y, width: width, height: height - rows), Rect(x: x, y: bottom - rows, width: width, height: rows)
    )
  }

  /// `count` columns of (nearly) equal width, the leftover cells going to the first ones.
  public func columns(_ count: Int) -> [Rect] {
    guard count > 0 else { return [] }
    let base = width / count
    let extra = width % count
    var left = x
    return (0..<count).map { index in
      let w = base + (index < extra ? 1 : 0)
      defer { left += w }
      return Rect(x: left, y: y, width: w, height: height)
    }
  }

  /// `count` rows of (nearly) equal height, the leftover rows going to the first ones.
  public func rows(_ count: Int) -> [Rect] {
    guard count > 0 else { return [] }
    let base = height / count
    let extra = height % count
    var top = y
    return (0..<count).map { index in
      let h = base + (index < extra ? 1 : 0)
      defer { top += h }
      return Rect(x: x, y: top, width: width, height: h)
    }
  }
}
