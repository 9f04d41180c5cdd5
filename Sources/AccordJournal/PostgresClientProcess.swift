import AccordCore
import AccordJournalWire
import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// One running `accord-postgres`: started with one end of a socket pair as its standard input
/// and output (a socket, so that writing to a client that died is an error, never the SIGPIPE
/// that would stop the dashboard), its standard error on /dev/null (nothing it could say may
/// reach a dashboard's screen), the environment inherited (~/.pgpass, PGPASSFILE, PGSERVICE:
/// never a password on its command line). One call at a time, each waited on.
final class PostgresClientProcess {
  let path: String
  private let pid: pid_t
  private var channel: FrameChannel
  private let socket: Int32

  /// Why a client gave no answer: it ended (how), or it said nothing for too long, or garbled.
  struct Stopped: Error {
    let reason: ClientStop
  }

  init(path: String, for server: ServerAddress) throws(JournalError) {
    self.path = path
    var ends: [Int32] = [-1, -1]
    guard socketpair(AF_UNIX, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0, &ends) == 0 else {
      throw .trouble(
        address: server.description, .clientCannotStart(client: path, said: String(cString: strerror(errno))))
    }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_adddup2(&actions, ends[1], STDIN_FILENO)
    posix_spawn_file_actions_adddup2(&actions, ends[1], STDOUT_FILENO)
    posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, "/dev/null", O_WRONLY, 0)
    var child: pid_t = 0
    let arguments: [UnsafeMutablePointer<CChar>?] = [strdup(path), nil]
    defer { arguments.forEach { free($0) } }
    let failure = posix_spawn(&child, path, &actions, nil, arguments, environ)
    close(ends[1])
    guard failure == 0 else {
      close(ends[0])
      throw .trouble(
        address: server.description, .clientCannotStart(client: path, said: String(cString: strerror(failure))))
    }
    pid = child
    socket = ends[0]
    channel = FrameChannel(input: ends[0], output: ends[0])
  }

  /// Whether it failed to answer once: it is not asked again.
  private(set) var stopped = false

  /// Sends `call` and waits for its answer, at most `patience` seconds of silence.
  func exchange(_ call: JournalCall, patience: Int) throws(Stopped) -> JournalAnswer {
    do {
      try channel.send(call)
      return try channel.receive(JournalAnswer.self, patience: patience)
    } catch {
      stopped = true
      throw stop(error)
    }
  }

  private func stop(_ failure: FrameChannel.Failure) -> Stopped {
    switch failure {
    case .silent(let seconds):
      Stopped(reason: .silent(seconds: seconds))
    case .garbled: Stopped(reason: .garbled)
    case .closed, .system: ended()
    }
  }

  /// How the client ended, once it has (waited for a moment: its socket closes as it dies).
  private func ended() -> Stopped {
    var status: Int32 = 0
    for _ in 0..<50 {
      if waitpid(pid, &status, WNOHANG) == pid {
        reaped = true
        let signal = status & 0x7f
        return signal == 0
          ? Stopped(reason: .exited(status: (status >> 8) & 0xff))
          : Stopped(reason: .signalled(signal))
      }
      usleep(20_000)
    }
    return Stopped(reason: .closed)
  }

  private var reaped = false

  /// Its input closed, the client ends by itself; one that does not within 2 s is killed.
  deinit {
    close(socket)
    guard !reaped else { return }
    var status: Int32 = 0
    for _ in 0..<100 {
      if waitpid(pid, &status, WNOHANG) != 0 { return }
      usleep(20_000)
    }
    kill(pid, SIGKILL)
    waitpid(pid, &status, 0)
  }
}
