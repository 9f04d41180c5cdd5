import AccordCore
import AccordJournalWire

#if canImport(Glibc)
  import Glibc
#endif

// accord's PostgreSQL client, a program of its own so that `accord` links none of it (README,
// "PostgreSQL"): `accord` starts it for a postgresql:// journal and sends it one `JournalCall` a
// frame on its standard input; it answers each with one `JournalAnswer` frame on its standard
// output, and ends when its input does. It writes nothing else: on a dashboard's terminal,
// anything would garble the screen (accord sends its standard error to /dev/null anyway).
var channel = FrameChannel(input: STDIN_FILENO, output: STDOUT_FILENO)
var service = JournalService()
while true {
  let call: JournalCall
  do {
    call = try channel.receive(JournalCall.self)
  } catch .closed {
    break
  } catch {
    let refusal = JournalError.trouble(address: "accord-postgres", .requestUnreadable(said: "\(error)"))
    try? channel.send(JournalAnswer(.failure(refusal), outageSince: nil))
    exit(65)
  }
  let answer = service.answer(call)
  do { try channel.send(answer) } catch { exit(74) }
}
