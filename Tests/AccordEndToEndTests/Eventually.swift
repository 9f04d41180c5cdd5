import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Polls `condition` every 50 ms for up to `seconds`; true as soon as it holds.
///
/// The tests wait on a terminal, a process or a file this way rather than with fixed sleeps,
/// so they are as fast as the program allows and still tolerate a slow machine: the bound is
/// generous (a 2-core machine running the whole suite), never a measure of speed, which is
/// `make bench`'s.
@discardableResult
func eventually(seconds: Double = 20, _ condition: () throws -> Bool) rethrows -> Bool {
  let deadline = Date().addingTimeInterval(seconds)
  while true {
    if try condition() { return true }
    if Date() > deadline { return false }
    usleep(50_000)
  }
}
