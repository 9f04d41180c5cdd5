extension TerminalSize {
  /// The largest screen accord draws: 2,000 columns by 1,000 lines, beyond any wall of
  /// monitors. A grid for 30,000 x 30,000 would take gigabytes.
  public static let largest = TerminalSize(width: 2_000, height: 1_000)

  /// Whether this size is within `largest`.
  public var isDrawable: Bool { width <= Self.largest.width && height <= Self.largest.height }
}
