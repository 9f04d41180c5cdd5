import AccordCore
import AccordLocalization

/// Finding things: the search and go-to prompts, `n`/`N` through the current list, and the
/// screens `a` and `w` open.
extension AppState {
  /// Opens the search prompt on its results screen, with the query being edited if there is one.
  mutating func startSearch() {
    if case .search(let query) = route {
      prompt = Prompt(.search, text: query)
    } else {
      push(.search(""))
      prompt = Prompt(.search)
    }
  }

  /// A key while a prompt is open: it edits the line, Enter acts on it, Esc closes it.
  mutating func type(_ key: Key, into prompt: Prompt) {
    var prompt = prompt
    switch key {
    case .character(let character) where !character.isNewline:
      // A line no one types by hand is not searched for: each key stays bounded.
      guard prompt.text.count < Prompt.maximumLength else { return }
      prompt.text.append(character)
    case .backspace:
      if !prompt.text.isEmpty { prompt.text.removeLast() }
    case .tab where prompt.kind == .goTo:
      if let first = GoToTarget.completions(of: prompt.text, in: plan).first { prompt.text = first }
    case .up, .down, .pageUp, .pageDown:
      guard prompt.kind == .search else { return }
      let action: Action = key == .up ? .up : key == .down ? .down : key == .pageUp ? .pageUp : .pageDown
      positions[route] = layout.moved(position(for: route), by: action)
      return
    case .escape:
      self.prompt = nil
      // Esc clears the search: its results close and `n`/`N` have nothing to look for.
      if prompt.kind == .search {
        lastQuery = nil
        if case .search = route { pop() }
      }
      return
    case .enter:
      self.prompt = nil
      if prompt.kind == .goTo { goTo(prompt.text) } else { openSelection() }
      return
    default:
      return
    }
    edited(prompt)
  }

  /// Pasted text, already one line, goes into the form's focused field or at the end of the
  /// prompt's line, as much as fits. With neither open there is nothing to type into: it is
  /// not read as keys, and the bottom line says where it could go.
  mutating func paste(_ line: String) {
    if var form = updateForm {
      form.paste(line)
      updateForm = form
    } else if var prompt {
      prompt.text += line.prefix(max(0, Prompt.maximumLength - prompt.text.count))
      edited(prompt)
    } else {
      notice = writing.localized(Self.pasteIgnoredNotice)
    }
  }

  static let pasteIgnoredNotice = Writing.english.localized(
    "pasted text goes into a search (/), a go-to (:) or an update (u)")

  /// The prompt's line has changed: a search shows its results as it is typed.
  private mutating func edited(_ prompt: Prompt) {
    self.prompt = prompt
    if prompt.kind == .search {
      lastQuery = prompt.text.isEmpty ? nil : prompt.text
      if case .search = route { pop() }
      push(.search(prompt.text))
    }
  }

  /// Shows what an id names, as if drilled down to it; says so when nothing has that id. With
  /// several plans open, `key/id` names a plan's id, and a bare id is looked for in each
  /// (`goToAcrossPlans`).
  mutating func goTo(_ text: String) {
    guard let id = goToAcrossPlans(text) else { return }
    goToInPlanShown(id)
  }

  private mutating func goToInPlanShown(_ id: String) {
    let shown: Bool
    switch GoToTarget.resolve(id, in: plan) {
    case .pillar(let index): shown = show(.pillar(index))
    case .sector(let id): shown = show(.sector(id))
    case .commitment(let id), .milestone(let id, _): shown = show(.commitment(id))
    case .meeting(let id):
      // A context meeting is not on the timeline: open it over the current screen.
      shown =
        show(.meeting(id))
        || {
          push(.meeting(id))
          return true
        }()
    case nil: shown = false
    }
    if !shown {
      let text =
        filters.isEmpty
        ? writing.localized("no id \"%1$s\" in the plan") : writing.localized("no id \"%1$s\" in the plan as filtered")
      notice = Template.fill(text, [SafeText.sanitized(id)])
    }
  }

  /// The ids `:` offers for what has been typed so far.
  var goToCompletions: [String] {
    guard let prompt, prompt.kind == .goTo else { return [] }
    return GoToTarget.completions(of: prompt.text, in: plan)
  }

  /// Moves the selection to the next (or previous) item of the current list that contains the
  /// last search, going round at the end.
  mutating func stepMatch(forward: Bool) {
    guard let query = lastQuery, !query.isEmpty else {
      notice = writing.localized("no search yet: / to search")
      return
    }
    let layout = self.layout
    guard let screen = layout.screen, let items = layout.list?.rowItems.compactMap({ $0 }), !items.isEmpty else {
      return
    }
    let needle = SearchFolding.fold(query)
    let context = context()
    let current = items.firstIndex(of: position(for: route).selected) ?? 0
    for step in 1...items.count {
      let item = items[((current + (forward ? step : -step)) % items.count + items.count) % items.count]
      if let text = screen.searchableText(of: item, context: context), SearchFolding.fold(text).contains(needle) {
        positions[route] = ListPosition(selected: item, offset: position(for: route).offset)
        return
      }
    }
    notice = Template.fill(writing.localized("no match for \"%1$s\" here"), [SafeText.sanitized(query)])
  }

  /// Opens the meeting the overview's header names as the next one (`m`, or a click on it).
  mutating func openNextMeeting() {
    guard let next = schedule.nextMeeting else {
      notice = writing.localized("no meeting to come has a date")
      return
    }
    if !show(.meeting(next.id)) { push(.meeting(next.id)) }
  }

  /// Opens a screen reached by a key from anywhere (`t`, `a`, `w`): back to it if it is on the
  /// stack already, else on top.
  mutating func open(_ screen: Route) {
    if let index = routes.firstIndex(of: screen) {
      setRoutes(Array(routes[...index]))
    } else {
      push(screen)
    }
  }
}
