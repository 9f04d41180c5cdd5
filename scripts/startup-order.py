#!/usr/bin/env python3
"""Writes scripts/startup-order.txt: the functions accord runs when it starts, draws and is used.

`make release` hands the list to the linker (--symbol-ordering-file), which places those
functions together at the front of the code. The kernel maps a program's code 64 KB at a time
around each page it touches; with the few thousand functions a session runs scattered over
18 MB of code, that was 8 MB of accord's memory. Together they take about 2 MB.

The functions run to the first frame come first, then the rest of the tour's.

The list is names, so it stays useful as the code changes: a function it does not name is
placed as before, a name no longer in the program is ignored. Run this again after large
changes, on a release build of the current source:

    make release && scripts/startup-order.py .build-static/release/accord

Needs valgrind (apt-get install valgrind): callgrind records every function that runs. The
session is a tour on a 120x40 pty: the overview, a pillar, a sector, a commitment, the
timeline, a meeting, help, search, the watch list, agencies, recent updates, filters, go to,
the update form and the themes; then `accord check`.
"""

import collections
import os
import pty
import re
import select
import struct
import subprocess
import sys
import tempfile
import time
import fcntl
import termios

TODAY = ["--today", "2026-11-24"]
TOUR = b"jjkkl\rjj\rj\rjj\x1b\x1b\x1bt jjG\r\x1b\x1b?\x1b/jtc\r\x1bw\x1ba j\r\x1b\x1bU\x1bf\x1b:16.3\r\x1bu\x1bccm\x1b2\r\x1bq"
OUTPUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "startup-order.txt")


def run_under_callgrind(argv, keys, home, out):
    """Runs argv under callgrind on a pty, sends keys once it has drawn, and waits for its end."""
    command = ["valgrind", "--tool=callgrind", "--demangle=no", "--dump-instr=no", f"--callgrind-out-file={out}", *argv]
    pid, fd = pty.fork()
    if pid == 0:
        os.environ.update(TERM="xterm-256color", LANG="C.UTF-8", HOME=home, XDG_CONFIG_HOME=home, XDG_DATA_HOME=home)
        os.execvp(command[0], command)
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 120, 0, 0))

    def drain(seconds):
        end = time.time() + seconds
        while time.time() < end:
            ready, _, _ = select.select([fd], [], [], 0.1)
            if ready:
                try:
                    if not os.read(fd, 65536):
                        return False
                except OSError:
                    return False
        return True

    drain(20 if keys else 0)  # callgrind runs accord about fifty times slower
    for key in keys:
        os.write(fd, bytes([key]))
        if not drain(0.3):
            break
    drain(30)
    os.waitpid(pid, 0)


def functions_run(callgrind_file, binary):
    """The names of the functions of `binary` that ran, from a callgrind profile."""
    objects, functions, current, names = {}, {}, None, set()
    for line in open(callgrind_file, errors="replace"):
        match = re.match(r"^(ob|cob|fn|cfn)=\((\d+)\)(?: (.*))?$", line.rstrip("\n"))
        if not match:
            continue
        kind, number, name = match.groups()
        table = objects if kind in ("ob", "cob") else functions
        if name:
            table[number] = name
        if kind == "ob":
            current = objects[number]
        elif kind == "fn" and current == binary:
            names.add(functions[number])
    return names


def unique_names(binary):
    """Names defined once in the binary: a local name many files use (a merged thunk, a block
    helper) would pull every one of them, most never run, to the front."""
    counts = collections.Counter()
    listing = subprocess.run(["nm", "--defined-only", binary], capture_output=True, text=True, check=True).stdout
    for line in listing.splitlines():
        parts = line.split()
        if len(parts) == 3 and parts[1] in "tTwW":
            counts[parts[2]] += 1
    return {name for name, count in counts.items() if count == 1}


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    binary = os.path.realpath(sys.argv[1])
    with tempfile.TemporaryDirectory() as home:
        dashboard, check = os.path.join(home, "dashboard.out"), os.path.join(home, "check.out")
        # Valgrind 3.19 gives up on the DWARF 5 the toolchain writes: it runs a copy without
        # the debug information, whose symbols (what the order names) are the binary's own.
        copy = os.path.join(home, "accord")
        subprocess.run(["strip", "--strip-debug", "-o", copy, binary], check=True)
        first = os.path.join(home, "first.out")
        run_under_callgrind([copy, *TODAY], b"q", home, first)
        run_under_callgrind([copy, *TODAY], TOUR, home, dashboard)
        run_under_callgrind([copy, "check", *TODAY], b"", home, check)
        unique = unique_names(binary)
        at_start = functions_run(first, copy) & unique
        rest = (functions_run(dashboard, copy) | functions_run(check, copy)) & unique - at_start
    # What every session runs to its first frame comes first, so that the pages the kernel
    # maps around them hold more of the same, not the tour's screens a session may never open.
    names = sorted(at_start) + sorted(rest)
    if len(at_start) < 1000:
        sys.exit(f"only {len(at_start)} functions ran to the first frame: did the dashboard start under valgrind?")
    with open(OUTPUT, "w") as out:
        out.write("\n".join(names) + "\n")
    print(f"{len(names)} functions written to {OUTPUT}: {len(at_start)} to the first frame, then the tour's")


if __name__ == "__main__":
    main()
