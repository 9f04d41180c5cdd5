import AccordCore

/// What happens to the dashboard: the backend turns keys, mouse and resize into these, and
/// `update` is the only place they change the state.
public enum Event: Equatable, Sendable {
  case key(Key)
  case mouse(MouseEvent)
  /// Text pasted in one piece (bracketed paste): it goes into the field being typed in, and is
  /// never read as keys.
  case paste(String)
  case resize(width: Int, height: Int)
  /// Time passes: the clock and the countdowns move on (each minute; each second in kiosk mode).
  case tick(WallTime)
  /// The plan file changed and loaded: show it, keeping the screen and selection.
  case planReloaded(Plan)
  /// The theme file changed and loaded.
  case themeReloaded(Theme)
  /// A changed file has errors: keep the last good data, and say where the error is. `plan`:
  /// the identity (`Plan.identity`) of the plan whose file it is; nil for the theme file.
  case reloadFailed(String, plan: String?)
  /// Someone recorded an update: the journal's updates so far merged into the plan file, and
  /// the plan view of that, built off the screen's thread for the day and filters it had then.
  case journalChanged(PlanView)
  /// The plan's journal (`plan`: its identity) cannot be read now (removed, locked, damaged),
  /// or rows of it cannot: keep its last good updates, and say so in the language shown.
  case journalFailed(JournalNotice, plan: String)
  /// The plan's journal recorded the form's update (with its number, author and time).
  case recorded(JournalUpdate, plan: String)
  /// The plan's journal could not record it: the form stays open with this message.
  case recordFailed(String, plan: String)
  /// The settings file could not take a setting (`Effect.saveSetting`): why.
  case settingNotSaved(String)
  /// Where the briefing `b` asked for was written, or why it was not.
  case briefingWritten(String)
  /// What became of the address `y` asked to copy: copied, or why not.
  case copied(String)
}

public enum Key: Hashable, Sendable {
  case character(Character)
  case up, down, left, right
  case pageUp, pageDown, home, end
  case enter, escape, backspace, delete, tab, backTab
  /// Ctrl + a letter, e.g. `.control("c")`.
  case control(Character)
  case function(Int)
}

public struct MouseEvent: Equatable, Sendable {
  public var x: Int
  public var y: Int
  public var action: Action

  public init(x: Int, y: Int, action: Action) {
    self.x = x
    self.y = y
    self.action = action
  }

  public enum Action: Equatable, Sendable {
    case click, doubleClick, wheelUp, wheelDown
  }
}
