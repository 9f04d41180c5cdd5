import AccordUI
import CNcursesw

/// Turns what `wget_wch` returns into dashboard events. Pure: no curses call happens here, so
/// every key can be checked without a terminal.
public enum InputDecoder {
  /// A character read with `wget_wch` returning OK.
  public static func character(_ code: UInt32) -> Event? {
    switch code {
    case 10, 13: return .key(.enter)
    case 27: return .key(.escape)
    case 8, 127: return .key(.backspace)
    case 9: return .key(.tab)
    case 0: return .key(.control(" "))  // Ctrl+Space / Ctrl+@
    case 1...26: return .key(.control(Character(Unicode.Scalar(UInt8(code) + 0x60))))
    case 28...31: return nil  // Ctrl+\ ] ^ _: nothing the dashboard uses
    case 0x80..<0xA0: return nil  // C1 controls
    default:
      guard let scalar = Unicode.Scalar(code) else { return nil }
      return .key(.character(Character(scalar)))
    }
  }

  /// A key code read with `wget_wch` returning KEY_CODE_YES. KEY_RESIZE and KEY_MOUSE need the
  /// terminal and are handled by the caller.
  public static func keyCode(_ code: Int32) -> Event? {
    switch code {
    case KEY_UP: return .key(.up)
    case KEY_DOWN: return .key(.down)
    case KEY_LEFT: return .key(.left)
    case KEY_RIGHT: return .key(.right)
    case KEY_PPAGE: return .key(.pageUp)
    case KEY_NPAGE: return .key(.pageDown)
    case KEY_HOME: return .key(.home)
    case KEY_END, KEY_LL: return .key(.end)
    case KEY_ENTER: return .key(.enter)
    case KEY_BACKSPACE: return .key(.backspace)
    case KEY_DC: return .key(.delete)
    case KEY_BTAB: return .key(.backTab)
    case KEY_F0 + 1...KEY_F0 + 63: return .key(.function(Int(code - KEY_F0)))
    default: return nil
    }
  }

  /// A mouse report from `getmouse`.
  public static func mouse(x: Int32, y: Int32, buttons: mmask_t) -> Event? {
    let action: MouseEvent.Action
    if buttons & accord_button4_pressed() != 0 {
      action = .wheelUp
    } else if buttons & accord_button5_pressed() != 0 {
      action = .wheelDown
    } else if buttons & accord_button1_double_clicked() != 0 {
      action = .doubleClick
    } else if buttons & (accord_button1_clicked() | accord_button1_pressed()) != 0 {
      action = .click
    } else {
      return nil
    }
    return .mouse(MouseEvent(x: Int(x), y: Int(y), action: action))
  }
}
