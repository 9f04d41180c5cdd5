#!/usr/bin/env python3
"""What the PostgreSQL client costs a dashboard that does not use it (issue 28, Performance).

    scripts/client-at-start.py ACCORD [--without ACCORD-WITHOUT-CLIENT] [--server ADDRESS]

1. The dashboard on a journal file, run under callgrind until its first frame (then q), on a
   `strip --strip-debug` copy as scripts/startup-order.py runs it: the instructions of each
   Swift module (read from the mangled names) and of the client's C libraries (BoringSSL,
   NIO's C shims). With --without (another accord to compare with: it was a build with
   ACCORD_WITHOUT_POSTGRES=1, BENCHMARKS.md, before the client became accord-postgres, a program
   of its own, and that measuring build was removed), also the functions that ran and are absent
   from that build.
2. The threads of the dashboard in tmux (120x40) once it has drawn, on the journal file and,
   with --server (a database it may make a journal in), on PostgreSQL: NIO's event loop and
   thread pool are threads of their own.
"""

import argparse
import collections
import importlib.util
import os
import re
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.spec_from_file_location("startup_order", os.path.join(HERE, "startup-order.py"))
startup_order = importlib.util.module_from_spec(spec)
spec.loader.exec_module(startup_order)

TODAY = ["--today", "2026-11-24"]
UPDATE = ["update", "16.3", "--status", "in-progress", "--date", "2026-11-02", "--source", "JTC minutes", *TODAY]
# The modules of postgres-nio and what it brings (swift-nio, -ssl, -crypto, -log, -metrics,
# -atomics, service-lifecycle), and the C names of their libraries.
CLIENT_MODULE = re.compile(r"^(_?NIO|CNIO|PostgresNIO|_?Crypto|CCrypto|Logging|_?CoreMetrics|Metrics|_?Atomics"
                           r"|ServiceLifecycle|UnixSignals|_NIO)")
CLIENT_C = re.compile(r"^(CNIOBoringSSL_|CCryptoBoringSSL_|c_nio_|CNIO|_?catomic_)")


def module_of(name):
    """The module of a mangled Swift name (`$s10PostgresNIO...`), or the C library's name."""
    match = re.match(r"^_?\$s(\d+)([A-Za-z_]\w*)", name)
    if match:
        return match.group(2)[: int(match.group(1))]
    if name.startswith(("_$s", "$s")):
        return "Swift"
    return "C:" + (name.split("_")[0] if CLIENT_C.match(name) else "other")


def self_costs(callgrind_file, binary):
    """Instructions each function of `binary` ran itself (not in what it called)."""
    objects, functions, costs = {}, {}, collections.Counter()
    current_object, current, after_call = None, None, False
    for line in open(callgrind_file, errors="replace"):
        line = line.rstrip("\n")
        match = re.match(r"^(ob|cob|fn|cfn|cfi|cfl|fi|fe|fl)=\((\d+)\)(?: (.*))?$", line)
        if match:
            kind, number, name = match.groups()
            table = objects if kind in ("ob", "cob") else functions if kind in ("fn", "cfn") else {}
            if name:
                table[number] = re.sub(r"'\d+$", "", name)  # callgrind's recursion depth
            if kind == "ob":
                current_object = objects[number]
            elif kind == "fn":
                current = functions[number] if current_object == binary else None
            continue
        if line.startswith("calls="):
            after_call = True
        elif line[:1].isdigit() or line[:1] in "+-*":
            if not after_call and current is not None:
                parts = line.split()
                costs[current] += int(parts[1]) if len(parts) > 1 else 0
            after_call = False
    return costs


def defined(binary):
    listing = subprocess.run(["nm", "--defined-only", binary], capture_output=True, text=True, check=True).stdout
    return {parts[2] for parts in (line.split() for line in listing.splitlines()) if len(parts) == 3}


def callgrind_report(accord, without, home, journal):
    copy, out = os.path.join(home, "accord-stripped"), os.path.join(home, "callgrind.out")
    subprocess.run(["strip", "--strip-debug", "-o", copy, accord], check=True)
    startup_order.run_under_callgrind([copy, *TODAY, "--journal", journal], b"q", home, out)
    costs = self_costs(out, copy)
    total = sum(costs.values())
    by_module = collections.Counter()
    for name, cost in costs.items():
        by_module[module_of(name)] += cost
    print(f"callgrind, first frame on a journal file: {total:,} instructions in accord's own code "
          f"({len(costs):,} functions)")
    for module, cost in by_module.most_common(12):
        print(f"  {module:<28} {cost:>14,}")
    client = {m: c for m, c in by_module.items() if CLIENT_MODULE.match(m) or CLIENT_C.match(m[2:])}
    print(f"  the client's modules and C libraries: {sum(client.values()):,} instructions"
          f" in {sum(1 for n in costs if module_of(n) in client)} functions {sorted(client) or ''}")
    if without:
        # An address is a function without a symbol (static ones of the C libraries): its
        # address differs between the builds, so it is counted apart, not compared.
        present = defined(without)
        unnamed = {name for name in costs if name.startswith("0x")}
        absent = {name for name in costs if name not in present and name not in unnamed}
        print(f"  functions without a symbol: {len(unnamed)}, {sum(costs[n] for n in unnamed):,} instructions")
        print(f"  named functions that ran and are absent from {without}: {len(absent)}, "
              f"{sum(costs[n] for n in absent):,} instructions")
        for name in sorted(absent, key=lambda n: -costs[n])[:10]:
            print(f"    {costs[name]:>12,}  {name}")


def threads_in_tmux(accord, journal, env):
    """The dashboard's threads once its first frame is on the screen."""
    socket = f"accord-threads-{os.getpid()}-{time.monotonic_ns()}"
    tmux = ["tmux", "-L", socket, "-f", "/dev/null"]
    line = " ".join([accord, *TODAY, "--journal", f"'{journal}'"])
    subprocess.run([*tmux, "new-session", "-d", "-x", "120", "-y", "40", line], check=True, env=env)
    try:
        pid = subprocess.run([*tmux, "list-panes", "-F", "#{pane_pid}"], capture_output=True, text=True,
                             check=True).stdout.split()[0]
        deadline = time.time() + 60
        while time.time() < deadline:
            screen = subprocess.run([*tmux, "capture-pane", "-p"], capture_output=True, text=True).stdout
            if "Action Plan" in screen and "reading" not in screen.lower():
                break
            time.sleep(0.2)
        time.sleep(2)  # what the dashboard starts after its first frame (the journal's watch)
        tasks = sorted(os.listdir(f"/proc/{pid}/task"), key=int)
        names = collections.Counter(open(f"/proc/{pid}/task/{t}/comm").read().strip() for t in tasks)
        status = open(f"/proc/{pid}/status").read()
        peak = re.search(r"VmHWM:\s+(\d+) kB", status).group(1)
        return len(tasks), dict(names), int(peak) / 1024
    finally:
        subprocess.run([*tmux, "kill-server"], capture_output=True)


def main():
    parser = argparse.ArgumentParser(usage=__doc__)
    parser.add_argument("accord")
    parser.add_argument("--without", help="another accord build to compare with")
    parser.add_argument("--server", help="a postgresql:// database the script may make a journal in")
    options = parser.parse_args()
    accord = os.path.realpath(options.accord)
    with tempfile.TemporaryDirectory() as home:
        env = dict(os.environ, HOME=home, XDG_CONFIG_HOME=home, XDG_DATA_HOME=home, LANG="C.UTF-8",
                   TERM="xterm-256color")
        journal = os.path.join(home, "journal.sqlite")
        subprocess.run([accord, *UPDATE, "--journal", journal], env=env, check=True, capture_output=True)
        callgrind_report(accord, options.without and os.path.realpath(options.without), home, journal)
        for name, binary in [("accord", accord), ("without the client", options.without)]:
            if binary:
                count, names, peak = threads_in_tmux(os.path.realpath(binary), journal, env)
                print(f"threads, {name}, journal file: {count} {names}; VmHWM {peak:.1f} MB")
        if options.server:
            subprocess.run([accord, "journal", "init", options.server], env=env, check=True, capture_output=True)
            subprocess.run([accord, *UPDATE, "--journal", options.server], env=env, check=True, capture_output=True)
            count, names, peak = threads_in_tmux(accord, options.server, env)
            print(f"threads, accord, PostgreSQL journal: {count} {names}; VmHWM {peak:.1f} MB")


if __name__ == "__main__":
    sys.exit(main())
