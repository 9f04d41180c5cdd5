#!/usr/bin/env python3
"""Measures accord as a user feels it, on a pseudo-terminal, beside htop and btop when installed:
accord on the bundled plan in English, Lao (--lang lo) and Khmer (--lang km), and on a
synthetic plan of 10,000 commitments.

For each program, on a 120x40 pty with TERM=xterm-256color and LANG=C.UTF-8:
  first frame    exec to the first byte, and to the last byte of the first burst of output
                 (the burst ends at a quiet gap of QUIET ms); that burst's bytes, and the CPU
                 time the program had used by then
  idle bytes     bytes written over IDLE seconds with no input
  key bytes      bytes of the answer to one key that moves the selection (median of 20)
  key            a key (j/k for accord, Down/Up for htop and btop) to the last byte of the repaint
  CPU/1000 keys  user+system CPU of the process over 1,000 keys, each sent once the last one
                 was answered
  peak memory    VmHWM of the process at the end
  reload         (accord with --data) an edit saved to the plan file to the end of the repaint
and `accord check`'s whole run, and `accord report` in English, Lao and Khmer (md and html:
time and peak memory). First frame, key and reload are medians over RUNS sessions
(interleaved: one session of each program, then the next round); idle bytes and CPU come from
the first round. Then accord on a journal of JOURNAL_UPDATES updates over the bundled plan's
140 commitments (made by `journal_rows`), in RUNS sessions each:
  first frame    as above; the journal is read and merged off the screen's thread meanwhile
  key while read a key in the first second after the first frame, while the journal is read
  update shown   on the recent updates (U), `accord update` recording one more to the end of
                 the repaint (the dashboard looks every 500 ms: half a poll on average is in it)
  SIGTERM        the signal, sent 20 ms after the first byte (while the journal is read), to
                 the process's end
and `accord check` with the journal. Usage: scripts/bench.py ACCORD SYNTHETIC_PLAN [--runs 5]
[--idle 10] [--journal-updates 100000] [--baseline OTHER_ACCORD] (another build measured in the
same rounds) [--without-others] [--journal-only] (the journal rounds alone, SYNTHETIC_PLAN
unused); scripts/bench.py --write-journal FILE ACCORD [COUNT] writes the journal alone (for
accord-bench --journal FILE).
"""

import argparse
import csv
import datetime
import io
import random
import sqlite3
import os
import pty
import select
import shutil
import signal
import statistics
import struct
import sys
import subprocess
import tempfile
import time
import fcntl
import termios

WIDTH, HEIGHT = 120, 40
QUIET = 0.3  # seconds of silence that end the first frame
KEY_QUIET = 0.03  # seconds of silence that end a repaint
DOWN, UP = b"\x1b[B", b"\x1b[A"


class Session:
    """A program on its own pty, read without blocking."""

    def __init__(self, argv, env):
        self.started = time.monotonic()
        self.first_byte = None
        self.pid, self.fd = pty.fork()
        if self.pid == 0:
            os.execvpe(argv[0], argv, env)
        fcntl.ioctl(self.fd, termios.TIOCSWINSZ, struct.pack("HHHH", HEIGHT, WIDTH, 0, 0))

    def read_until_quiet(self, quiet, first_wait):
        """Bytes until `quiet` seconds pass without any (waiting `first_wait` for the first);
        returns (byte count, time of the last byte or None)."""
        total, last = 0, None
        deadline = time.monotonic() + first_wait
        while True:
            timeout = deadline - time.monotonic() if last is None else quiet
            if timeout <= 0:
                return total, last
            ready, _, _ = select.select([self.fd], [], [], timeout)
            if not ready:
                return total, last
            try:
                chunk = os.read(self.fd, 65536)
            except OSError:
                return total, last
            if not chunk:
                return total, last
            total += len(chunk)
            last = time.monotonic()
            self.first_byte = self.first_byte or last

    def read_for(self, seconds):
        """Bytes written over exactly `seconds`."""
        total, end = 0, time.monotonic() + seconds
        while (left := end - time.monotonic()) > 0:
            if select.select([self.fd], [], [], left)[0]:
                try:
                    total += len(os.read(self.fd, 65536))
                except OSError:
                    break
        return total

    def key(self, data, quiet=KEY_QUIET):
        """Seconds from writing `data` to the end of the answer; None without one. The
        answer's size is kept in `last_answer_bytes`."""
        sent = time.monotonic()
        os.write(self.fd, data)
        self.last_answer_bytes, last = self.read_until_quiet(quiet, first_wait=1.0)
        return None if last is None else last - sent

    def cpu_seconds(self):
        """CPU time of all the process's threads so far, to the nanosecond (schedstat)."""
        total = 0
        for task in os.listdir(f"/proc/{self.pid}/task"):
            try:
                total += int(open(f"/proc/{self.pid}/task/{task}/schedstat").read().split()[0])
            except (OSError, ValueError):
                pass
        return total / 1e9

    def peak_kib(self):
        for line in open(f"/proc/{self.pid}/status"):
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
        return None

    def close(self):
        try:
            os.kill(self.pid, signal.SIGTERM)
            deadline = time.monotonic() + 2
            while time.monotonic() < deadline:
                self.read_until_quiet(0.05, 0.05)
                done, _ = os.waitpid(self.pid, os.WNOHANG)
                if done:
                    break
            else:
                os.kill(self.pid, signal.SIGKILL)
                os.waitpid(self.pid, 0)
        except (ProcessLookupError, ChildProcessError):
            pass
        os.close(self.fd)


def one_session(program, first_round, idle_seconds, keys_for_cpu):
    session = Session(program["argv"], program["env"])
    figures = {}
    size, last = session.read_until_quiet(QUIET, first_wait=10)
    figures["first byte ms"] = (session.first_byte - session.started) * 1000 if session.first_byte else None
    figures["first frame ms"] = (last - session.started) * 1000 if last else None
    figures["first-frame bytes"] = size
    # CPU time rather than wall time is what a loaded machine leaves least changed.
    figures["first frame CPU ms"] = session.cpu_seconds() * 1000
    down, up = program["keys"]
    if first_round:
        figures["idle bytes"] = session.read_for(idle_seconds)
    latencies, answers = [], []
    for i in range(20):
        latencies.append(session.key(down if i % 2 == 0 else up))
        answers.append(session.last_answer_bytes)
    answered = [l * 1000 for l in latencies if l is not None]
    figures["key ms"] = statistics.median(answered) if answered else None
    figures["key bytes"] = statistics.median(answers)
    if first_round:
        before = session.cpu_seconds()
        for i in range(keys_for_cpu):
            session.key(down if i % 2 == 0 else up, quiet=0.002)
        figures["CPU s/1000 keys"] = (session.cpu_seconds() - before) * 1000 / keys_for_cpu
    if program.get("plan"):
        figures["reload ms"] = reload_latency(session, program["plan"])
    figures["peak MB"] = session.peak_kib() / 1024
    session.close()
    return figures


def reload_latency(session, path):
    """Saves an edit (a new file renamed over the old, as editors do) and times the repaint."""
    original = open(path).read()
    times = []
    for attempt in range(3):
        edited = original.replace('short_title: "Synthetic Plan"', f'short_title: "Synthetic Plan {attempt}"')
        with open(path + ".new", "w") as out:
            out.write(edited)
        saved = time.monotonic()
        os.rename(path + ".new", path)
        _, last = session.read_until_quiet(QUIET, first_wait=5)
        times.append((last - saved) * 1000 if last else None)
    with open(path + ".new", "w") as out:
        out.write(original)
    os.rename(path + ".new", path)
    session.read_until_quiet(QUIET, first_wait=2)
    answered = [t for t in times if t is not None]
    return statistics.median(answered) if answered else None


def write_journal(accord, path, count, env):
    """A journal of `count` updates as `accord update` makes one: its first and last updates
    are recorded by accord (the first creates the file), the rest written in one transaction,
    so that 100,000 updates take seconds rather than 100,000 commits."""
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(path + suffix):
            os.remove(path + suffix)
    report = subprocess.run([accord, "report", "--format", "csv", "--today", "2026-11-24"], env=env,
                            capture_output=True, text=True, check=True).stdout
    ids = [row[0] for row in csv.reader(io.StringIO(report))][1:]

    def record(target, day):
        subprocess.run([accord, "update", target, "--status", "in-progress", "--date", day, "--source", "bench",
                        "--journal", path, "--today", "2026-11-24"], env=env, stdout=subprocess.DEVNULL, check=True)

    record(ids[0], "2023-01-02")
    database = sqlite3.connect(path)
    with database:
        database.executemany(
            'INSERT INTO "update" (target_kind, target_id, status, date, note, source, url, confidence, corrects,'
            " author, author_name, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            journal_rows(ids, first=2, last=count - 1))
    database.close()
    record(ids[-1], "2026-11-24")
    return ids


def journal_rows(ids, first, last):
    """Updates `first` to `last` over the commitments `ids`, dated from 2023 to 2026-11-24 and
    recorded on the day they are dated; one in 20 corrects an earlier update of its target."""
    chosen = random.Random(20)
    statuses = ["done", "in-progress", "continuous", "not-started", "unknown"]
    start = datetime.date(2023, 1, 1)
    span = (datetime.date(2026, 11, 24) - start).days
    numbers = {}
    for number in range(first, last + 1):
        target = ids[chosen.randrange(len(ids))]
        day = (start + datetime.timedelta(days=chosen.randrange(span))).isoformat()
        earlier = numbers.setdefault(target, [])
        corrects = earlier[chosen.randrange(len(earlier))] if earlier and chosen.random() < 0.05 else None
        earlier.append(number)
        yield ("commitment", target, chosen.choice(statuses), day, f"bench update {number}", "bench", None,
               "confirmed", corrects, "bench", "Bench Mark", f"{day}T09:00:00Z")


def journal_session(accord, journal, target, env):
    """One dashboard on the journal, on the real day: its first frame, keys while the journal is
    read, then on the recent updates (U), an update recorded by another process until it is on
    screen."""
    session = Session([accord, "--journal", journal], env)
    figures = {}
    _, first = session.read_until_quiet(KEY_QUIET, first_wait=10)
    figures["first byte ms"] = (session.first_byte - session.started) * 1000 if session.first_byte else None
    figures["first frame ms"] = (first - session.started) * 1000 if first else None
    keys, until = [], time.monotonic() + 1
    while time.monotonic() < until:
        latency = session.key(b"j" if len(keys) % 2 == 0 else b"k")
        if latency is not None:
            keys.append(latency * 1000)
    figures["key while read ms"] = statistics.median(keys) if keys else None
    figures["slowest key while read ms"] = max(keys) if keys else None
    session.read_until_quiet(QUIET, first_wait=QUIET)
    os.write(session.fd, b"U")
    session.read_until_quiet(QUIET, first_wait=1)
    subprocess.run([accord, "update", target, "--status", "done", "--source", "bench", "--journal", journal],
                   env=env, stdout=subprocess.DEVNULL, check=True)
    recorded = time.monotonic()
    _, shown = session.read_until_quiet(KEY_QUIET, first_wait=3)
    figures["update shown ms"] = (shown - recorded) * 1000 if shown else None
    figures["peak MB"] = session.peak_kib() / 1024
    session.close()
    return figures


def sigterm_ms(accord, journal, today, env):
    """SIGTERM sent 20 ms after the first byte, to the end of the process."""
    session = Session([accord, *today, "--journal", journal], env)
    session.read_until_quiet(0.02, first_wait=10)
    sent = time.monotonic()
    os.kill(session.pid, signal.SIGTERM)
    while True:
        session.read_until_quiet(0.001, 0.001)
        done, _ = os.waitpid(session.pid, os.WNOHANG)
        if done:
            break
    ended = time.monotonic()
    os.close(session.fd)
    return (ended - sent) * 1000


def check_ms(accord, args, env, runs=10):
    times = []
    for _ in range(runs):
        started = time.monotonic()
        subprocess.run([accord, "check", *args], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env, check=True)
        times.append((time.monotonic() - started) * 1000)
    return statistics.median(times)


def report_run(accord, args, env, runs=10):
    """`accord report` writing to /dev/null: the median wall time in ms, and the largest peak
    memory (ru_maxrss of the process itself, from wait4) in MB."""
    times, peaks = [], []
    for _ in range(runs):
        started = time.monotonic()
        process = subprocess.Popen([accord, "report", *args], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
        _, status, usage = os.wait4(process.pid, 0)
        times.append((time.monotonic() - started) * 1000)
        if status != 0:
            raise SystemExit(f"accord report {' '.join(args)} failed: {status}")
        peaks.append(usage.ru_maxrss / 1024)
    return statistics.median(times), max(peaks)


def report_table(accord, env, today):
    """The briefing in English and in Lao, md and html: a Lao briefing reads its catalog and
    writes Lao month names, and should cost about what an English one does."""
    print("\naccord report on the bundled plan, medians of 10 runs")
    print("| | ms | peak MB |\n|---|---|---|")
    for language in ["en", "lo", "km"]:
        for form in ["md", "html"]:
            ms, peak = report_run(accord, [*today, "--format", form, "--lang", language, "--since", "2025-11-01"], env)
            print(f"| report --format {form} --lang {language} | {fmt(ms)} | {fmt(peak)} |")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("accord")
    parser.add_argument("synthetic")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--idle", type=float, default=10)
    parser.add_argument("--keys", type=int, default=1000)
    parser.add_argument("--without-others", action="store_true", help="accord only, no htop or btop")
    parser.add_argument("--journal-updates", type=int, default=100_000, help="0: no journal rounds")
    parser.add_argument("--baseline", help="another accord binary (say, main's) measured in the same rounds")
    parser.add_argument("--journal-only", action="store_true", help="the journal rounds alone")
    options = parser.parse_args()

    home = tempfile.mkdtemp(prefix="accord-bench-")
    env = dict(os.environ, TERM="xterm-256color", LANG="C.UTF-8", LC_ALL="C.UTF-8", HOME=home,
               XDG_CONFIG_HOME=home + "/config", XDG_CACHE_HOME=home + "/cache", COLUMNS=str(WIDTH), LINES=str(HEIGHT))
    today = ["--today", "2026-11-24"]
    if options.journal_only:
        journal_table(options, env, home, today)
        shutil.rmtree(home, ignore_errors=True)
        return
    plan = os.path.join(home, "synthetic.yaml")
    shutil.copy(options.synthetic, plan)
    programs = [
        {"name": "accord", "argv": [options.accord, *today], "keys": (b"j", b"k")},
        {"name": "accord 10k", "argv": [options.accord, *today, "--data", plan], "keys": (b"j", b"k"), "plan": plan},
        # Issue 23's goal: a Lao or Khmer session within 10% of English's first frame and peak.
        {"name": "accord lo", "argv": [options.accord, *today, "--lang", "lo"], "keys": (b"j", b"k")},
        {"name": "accord km", "argv": [options.accord, *today, "--lang", "km"], "keys": (b"j", b"k")},
    ]
    if options.baseline:
        programs += [
            {"name": "baseline", "argv": [options.baseline, *today], "keys": (b"j", b"k")},
            {"name": "baseline 10k", "argv": [options.baseline, *today, "--data", plan], "keys": (b"j", b"k"), "plan": plan},
        ]
    for tool in [] if options.without_others else ["htop", "btop"]:
        if shutil.which(tool):
            programs.append({"name": tool, "argv": [tool], "keys": (DOWN, UP)})
    # Each build has its own plan cache: the cache keeps one entry a plan file, of the build that
    # wrote it last, so two builds sharing one would each find the other's and parse again.
    for program in programs:
        program["env"] = dict(env, XDG_CACHE_HOME=home + "/cache-baseline") if program["name"].startswith("baseline") else env

    rounds = {program["name"]: [] for program in programs}
    for round_number in range(options.runs):
        for program in programs:
            rounds[program["name"]].append(one_session(program, round_number == 0, options.idle, options.keys))

    def median(name, metric):
        values = [r[metric] for r in rounds[name] if r.get(metric) is not None]
        return statistics.median(values) if values else None

    metrics = ["first byte ms", "first frame ms", "first frame CPU ms", "first-frame bytes", "idle bytes", "key bytes", "key ms", "CPU s/1000 keys", "peak MB", "reload ms"]
    table = {program["name"]: {m: median(program["name"], m) for m in metrics} for program in programs}
    for name in ["accord", "accord 10k", *(["baseline", "baseline 10k"] if options.baseline else [])]:
        program = next(p for p in programs if p["name"] == name)
        table[name]["check ms"] = check_ms(program["argv"][0], [*today, *([plan] if "plan" in program else [])], program["env"])
    print_table(table, metrics + ["check ms"], options)
    report_table(options.accord, env, today)
    if options.journal_updates:
        journal_table(options, env, home, today)
    shutil.rmtree(home, ignore_errors=True)


def journal_table(options, env, home, today):
    journal = os.path.join(home, "journal.sqlite")
    started = time.monotonic()
    ids = write_journal(options.accord, journal, options.journal_updates, env)
    made = time.monotonic() - started
    sessions = [journal_session(options.accord, journal, ids[1], env) for _ in range(options.runs)]
    table = {m: statistics.median([s[m] for s in sessions if s.get(m) is not None] or [0]) for m in sessions[0]}
    table["SIGTERM to exit ms"] = statistics.median([sigterm_ms(options.accord, journal, today, env) for _ in range(options.runs)])
    table["check ms"] = check_ms(options.accord, [*today, "--journal", journal], env, runs=5)
    print(f"\naccord on a journal of {options.journal_updates:,} updates over {len(ids)} commitments"
          f" (written in {made:.1f} s), medians of {options.runs} sessions")
    print("| | accord |\n|---|---|")
    for metric, value in table.items():
        print(f"| {metric} | {fmt(value)} |")


def print_table(table, metrics, options):
    names = list(table)
    others = [n for n in names if not n.startswith(("accord", "baseline"))]
    header = ["", *names, *[f"accord/{o}" for o in others]]
    rows = []
    for metric in metrics:
        row = [metric]
        for name in names:
            value = table[name].get(metric)
            row.append(fmt(value))
        for other in others:
            a, b = table["accord"].get(metric), table[other].get(metric)
            row.append(f"{a / b:.2f}x" if a is not None and b else "-")
        rows.append(row)
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]
    print(f"{WIDTH}x{HEIGHT} pty, medians of {options.runs} interleaved sessions; idle over {options.idle:g} s; CPU over {options.keys} keys")
    print("| " + " | ".join(h.ljust(w) for h, w in zip(header, widths)) + " |")
    print("|" + "|".join("-" * (w + 2) for w in widths) + "|")
    for row in rows:
        print("| " + " | ".join([row[0].ljust(widths[0])] + [c.rjust(w) for c, w in zip(row[1:], widths[1:])]) + " |")


def fmt(value):
    if value is None:
        return "-"
    if isinstance(value, int) or value >= 100:
        return f"{value:,.0f}"
    return f"{value:.2f}" if value < 10 else f"{value:.1f}"


if __name__ == "__main__":
    if sys.argv[1:2] == ["--write-journal"]:  # --write-journal FILE ACCORD [COUNT]: the journal alone
        count = int(sys.argv[4]) if len(sys.argv) > 4 else 100_000
        write_journal(sys.argv[3], sys.argv[2], count, dict(os.environ, HOME=tempfile.mkdtemp(prefix="accord-bench-")))
    else:
        main()
