/// Why a command stops short: the lines it says on standard error and its exit status, by name.
/// Commands throw one; `Accord.execute` is the one place that prints it and exits, so no getter
/// or helper prints on the way.
struct Failure: Error, Equatable {
  let lines: [String]
  let status: ExitStatus

  init(_ status: ExitStatus, _ lines: [String]) {
    self.status = status
    self.lines = lines
  }

  init(_ status: ExitStatus, _ line: String) { self.init(status, [line]) }

  /// A request the data cannot answer (no such pillar, screen or agency): one line, without the
  /// usage text, which says nothing about the data.
  static func refused(_ message: String) -> Failure { Failure(.usage, "accord: " + message) }
}

/// The exit statuses accord uses, named after sysexits(3) where one fits.
struct ExitStatus: Equatable {
  let code: Int32

  /// Problems found (`doctor`), or the dashboard could not start on this terminal.
  static let failure = ExitStatus(code: 1)
  /// EX_USAGE: a command or request accord cannot answer.
  static let usage = ExitStatus(code: 64)
  /// EX_DATAERR: a plan, theme, settings file, day or journal row that is not valid.
  static let dataError = ExitStatus(code: 65)
  /// EX_SOFTWARE: accord could not write what it built (an export that does not emit).
  static let software = ExitStatus(code: 70)
  /// EX_CANTCREAT: an output file that cannot be written.
  static let cannotCreate = ExitStatus(code: 73)
  /// EX_IOERR: a journal or standard output that cannot be read or written.
  static let ioError = ExitStatus(code: 74)

  /// Ended by a signal, as a shell reports it.
  static func signal(_ number: Int32) -> ExitStatus { ExitStatus(code: 128 + number) }
}
