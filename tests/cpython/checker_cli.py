"""What the checkers that walk memstep-trace --run share: running a program, reading its
Unsupported message, the self test's report and the command line.

check_dir_walk.py and check_arg_messages.py each write programs, run them under python3 and
under memstep, and walk on past an Unsupported; this module holds the parts that do not depend
on what is walked, so both read their options, refuse a Python other than 3.11 and find the
memstep binary from a temporary directory the same way.
"""

import argparse
import os
import shlex
import subprocess
import sys
import tempfile


def run(command, source, workdir):
    """Runs `command PROGRAM` on `source` written to a file in workdir: (exit, stdout, stderr)."""
    fd, path = tempfile.mkstemp(suffix=".py", dir=workdir)
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        f.write(source)
    try:
        proc = subprocess.run(command + [path], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                              timeout=60, cwd=workdir)
    finally:
        os.remove(path)
    return (proc.returncode, proc.stdout.decode("utf-8", "replace"),
            proc.stderr.decode("utf-8", "replace"))


def unsupported_message(stderr):
    """The text after `Unsupported: ` on stderr, or None when the run did not stop there."""
    for line in stderr.splitlines():
        if line.startswith("Unsupported: "):
            return line[len("Unsupported: "):]
    return None


def report(problems, ok):
    """Prints a self test's problems (or `ok: ...` when none); its exit status."""
    for problem in problems:
        print("FAIL " + problem)
    if not problems:
        print("ok: " + ok)
    return 1 if problems else 0


def main(doc, what_differs, check, self_test):
    """The checkers' command line: --memstep PATH [--only LABEL ...] [--verbose], or
    --self-test. `what_differs` says what differs in another Python than 3.11 ("dir() differs");
    check(command, only, verbose) gets memstep's command with --run added."""
    parser = argparse.ArgumentParser(description=doc.splitlines()[0])
    parser.add_argument("--memstep")
    parser.add_argument("--only", action="append", default=[])
    parser.add_argument("--verbose", action="store_true")
    parser.add_argument("--self-test", action="store_true")
    args = parser.parse_args()
    if sys.version_info[:2] != (3, 11):
        print("FAIL: memstep follows CPython 3.11, and %s in %d.%d"
              % ((what_differs,) + sys.version_info[:2]))
        return 1
    if args.self_test:
        return self_test()
    if not args.memstep:
        parser.error("--memstep is required")
    command = shlex.split(args.memstep)
    command[0] = os.path.abspath(command[0])  # the programs run in a temporary directory
    return check(command + ["--run"], set(args.only), args.verbose)
