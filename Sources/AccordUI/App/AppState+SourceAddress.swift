import AccordCore

extension AppState {
  /// The web address `y` copies: the screen's own (`Screen.sourceAddress`), a meeting's source's
  /// or the newest of a commitment's.
  var sourceAddress: String? { layout.screen?.sourceAddress(context: context()) }
}
