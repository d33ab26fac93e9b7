#!/usr/bin/env python3
"""How many programs of a folder nobody here wrote memstep runs exactly as python3 does.

Every .py file under DIR (a public collection, e.g. a snapshot of TheAlgorithms/Python) is run
with python3 in its own folder. It is kept when it ends within --timeout seconds, prints the
same thing twice, imports nothing python3 lacks and does not read files, input, the clock or
random numbers (judged from its text). Each kept program is then run with
`memstep-trace --run`, and counts as the same when stdout, the exit code and the last line of
stderr all equal python3's. Prints the counts, and with --json every program's verdict.

    python3 bench/outside_programs.py --memstep build-release/bin/memstep-trace --dir /tmp/algos
"""

import argparse
import collections
import concurrent.futures
import json
import os
import subprocess

SKIPPED_TEXT = ("open(", "input(", "random", "time")


def run(command, cwd, timeout):
    try:
        done = subprocess.run(command, cwd=cwd, capture_output=True, timeout=timeout,
                              stdin=subprocess.DEVNULL)
        return done.returncode, done.stdout, done.stderr
    except subprocess.TimeoutExpired:
        return None, b"", b""


def last_line(text):
    return text.decode("utf-8", "replace").rstrip("\n").split("\n")[-1]


def verdict(path, memstep, timeout):
    with open(path, encoding="utf-8", errors="replace") as source:
        text = source.read()
    if any(word in text for word in SKIPPED_TEXT):
        return "skipped", ""
    folder = os.path.dirname(path)
    first = run(["python3", path], folder, timeout)
    if first[0] is None or b"ModuleNotFoundError" in first[2] or b"ImportError" in first[2]:
        return "skipped", ""
    if run(["python3", path], folder, timeout)[:2] != first[:2]:
        return "skipped", ""
    ours = run([memstep, "--run", path], folder, timeout)
    if ours[0] == first[0] and ours[1] == first[1] and last_line(ours[2]) == last_line(first[2]):
        return "same", ""
    if ours[0] is None:
        return "timeout", ""
    kind = "unsupported" if b"Unsupported" in ours[2] else "differs"
    return kind, last_line(ours[2])[:200]


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--memstep", required=True, help="the memstep-trace executable")
    parser.add_argument("--dir", required=True, help="the folder of programs")
    parser.add_argument("--timeout", type=float, default=10.0)
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--json", help="write every program's verdict here")
    args = parser.parse_args()
    memstep = os.path.abspath(args.memstep)
    paths = sorted(os.path.join(folder, name) for folder, _, names in os.walk(args.dir)
                   for name in names if name.endswith(".py"))
    with concurrent.futures.ThreadPoolExecutor(args.workers) as pool:
        verdicts = dict(zip(paths, pool.map(lambda p: verdict(p, memstep, args.timeout), paths)))
    counts = collections.Counter(kind for kind, _ in verdicts.values())
    kept = len(paths) - counts["skipped"]
    print("%d programs, %d kept: %d same as python3, %d Unsupported, %d timed out, %d differ"
          % (len(paths), kept, counts["same"], counts["unsupported"], counts["timeout"],
             counts["differs"]))
    reasons = collections.Counter(why.split(" (line")[0] for kind, why in verdicts.values()
                                  if kind == "unsupported")
    for why, count in reasons.most_common(10):
        print("  %4d  %s" % (count, why))
    if args.json:
        with open(args.json, "w") as out:
            json.dump({os.path.relpath(p, args.dir): v for p, v in verdicts.items()}, out, indent=0)


if __name__ == "__main__":
    main()
