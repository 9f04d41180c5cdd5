import AccordCore
import AccordTerminal
import AccordUI
import FuzzDriver

/// The plan the dashboard opens with, loaded once.
private let plan = try! PlanLoader.bundled()

/// Any bytes as what the terminal sends: characters, key codes, mouse reports (ncurses' and the
/// SGR ones read after an ESC), bracketed pastes and resizes, decoded as the dashboard decodes
/// them and given to `update`, with a render after each (in UTF-8 and ASCII), as the loop does.
/// Every frame must keep to its size, and no control character (a pasted one, say) may reach a cell.
@_cdecl("FuzzInputDecoder_main")
public func main(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
  runFuzzer(argc, argv, fuzzInputDecoder)
}

private let fuzzInputDecoder: FuzzInput = { start, count in
  var bytes = bytes(start, count)[...]
  func next() -> UInt32 {
    guard !bytes.isEmpty else { return 0 }
    return UInt32(bytes.removeFirst())
  }
  var state = AppState(
    plan: plan, today: Day(year: 2026, month: 11, day: 24), options: DisplayOptions(ascii: count % 2 == 1))
  state.themes = [Theme(name: "a"), Theme(name: "b")]
  if count % 3 == 0 { state.startKiosk(cycle: 1) }
  var width = 80
  var height = 24
  while !bytes.isEmpty {
    let event: Event?
    switch next() % 7 {
    case 0: event = InputDecoder.character(next() << 8 | next())
    case 1: event = InputDecoder.keyCode(Int32(0o400 + (next() << 8 | next()) % 0o400))
    case 2:
      event = InputDecoder.mouse(x: Int32(next()) - 2, y: Int32(next()) - 2, buttons: numericCast(1 << (next() % 32)))
    case 3:
      width = Int(next() % 250)
      height = Int(next() % 80)
      event = .resize(width: width, height: height)
    case 5:
      // What follows an ESC where accord reads SGR mouse reports itself.
      var decoder = SGRMouseDecoder()
      var step = SGRMouseDecoder.Step.more
      while step == .more && !bytes.isEmpty { step = decoder.feed(next()) }
      if case .done(let decoded) = step { event = decoded } else { event = .key(.escape) }
    case 6:
      // A bracketed paste: the code points up to a zero byte, as wide characters.
      var paste = PasteCollector()
      while !bytes.isEmpty, case let code = next() << 8 | next(), code != 0, paste.feed(code) {}
      event = paste.event
    default:
      event = .tick(
        WallTime(day: Day(year: 2026, month: 11, day: 24), hour: 9, minute: Int(next() % 60), second: Int(next() % 60)))
    }
    guard let event else { continue }
    if state.update(event) == .quit { return 0 }
    let grid = state.render(width: width, height: height)
    precondition(
      grid.width == width && grid.height == height, "a frame of \(grid.width)x\(grid.height) for \(width)x\(height)")
    requireSanitised(grid.text)
  }
  return 0
}
