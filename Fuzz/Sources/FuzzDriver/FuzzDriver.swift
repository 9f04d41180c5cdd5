import AccordCore

/// libFuzzer's driver, started from each target's own `main`: SwiftPM links an executable
/// with `main` bound to `<Target>_main`, so libFuzzer's `main` cannot be used.
@_silgen_name("LLVMFuzzerRunDriver")
private func runDriver(
  _ argc: UnsafeMutablePointer<CInt>,
  _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
  _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt

/// One input for a fuzz target.
public typealias FuzzInput = @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt

/// Runs libFuzzer with the command line's options on `target`.
public func runFuzzer(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>, _ target: FuzzInput)
  -> CInt
{
  var argc = argc
  var argv = argv
  return runDriver(&argc, &argv, target)
}

/// The input as a buffer (empty for a null pointer).
public func bytes(_ start: UnsafePointer<UInt8>?, _ count: Int) -> UnsafeRawBufferPointer {
  guard let start else { return UnsafeRawBufferPointer(start: nil, count: 0) }
  return UnsafeRawBufferPointer(start: start, count: count)
}

/// Fails (a crash libFuzzer reports) if a message lets a control character through.
public func requireSanitised(_ message: String) {
  precondition(
    !message.unicodeScalars.contains { $0 != "\n" && SafeText.isUnsafe($0) }, "unsanitised: \(message.debugDescription)"
  )
}
