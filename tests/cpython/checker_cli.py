"""What the checkers that walk memstep-trace --run share: running a program, reading its
Unsupported message, the self test's report and the command line.

check_dir_walk.py and check_arg_messages.py each write programs, run them under python3 and
under memstep, and walk on past an Unsupported; this module holds the parts that do not depend
on what is walked, so both read their options, refuse a Python other than 3.11 and find the
memstep binary from a temporary directory the same way. check_re_random.py and
check_decimal_random.py generate one program from a seed and compare its lines: the running,
comparing, self test and command line they share are here too (the random_* functions).
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


def _command_line(doc, what_differs, self_test, options):
    """Parses --memstep PATH [options] [--verbose] or --self-test; runs the self test or returns
    (args, memstep's command with --run added). An int is the exit status to end with."""
    parser = argparse.ArgumentParser(description=doc.splitlines()[0])
    parser.add_argument("--memstep")
    for name, settings in options:
        parser.add_argument(name, **settings)
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
    return args, command + ["--run"]


def main(doc, what_differs, check, self_test):
    """The checkers' command line: --memstep PATH [--only LABEL ...] [--verbose], or
    --self-test. `what_differs` says what differs in another Python than 3.11 ("dir() differs");
    check(command, only, verbose) gets memstep's command with --run added."""
    parsed = _command_line(doc, what_differs, self_test,
                           [("--only", {"action": "append", "default": []})])
    if isinstance(parsed, int):
        return parsed
    args, command = parsed
    return check(command, set(args.only), args.verbose)


def first_difference(expected, got, case_of, verbose):
    """The first line where memstep's output parts from python3's, as a message, or None.
    case_of(line) names the case a python3 line reports, or None when it continues the case
    before it."""
    exp, out = expected.splitlines(), got.splitlines()
    case = None
    for i, line in enumerate(exp):
        case = case_of(line) or case
        if i >= len(out) or out[i] != line:
            mine = out[i] if i < len(out) else "(nothing: the run stopped)"
            return "%s\n  python3: %s\n  memstep: %s" % (case, line, mine)
        if verbose:
            print("  " + line)
    if len(out) > len(exp):
        return "memstep printed more lines: %s" % out[len(exp)]
    return None


def random_check(command, source, case_of, seed, ok, verbose, python=(sys.executable,)):
    """Runs a generated program under python3 and under `command` and compares their lines
    (see first_difference); prints FAIL with the first difference, or `ok: ...`. Exit status."""
    with tempfile.TemporaryDirectory() as workdir:
        status, expected, err = run(list(python), source, workdir)
        if status != 0:
            print("FAIL: python3 failed on the generated program: %s" % err[-500:])
            return 1
        status, got, err = run(command, source, workdir)
    problem = first_difference(expected, got, case_of, verbose)
    if problem is None and status != 0:
        problem = "memstep-trace --run exited %d: %s" % (status, err[-500:])
    if problem:
        print("FAIL seed %d: %s" % (seed, problem))
        return 1
    print("ok: " + ok)
    return 0


def random_self_test(check, doctored, wrong, ok):
    """The checker against python3 running the program through `doctored` (a script that
    reads the program from argv[1], spoils it and runs it): check(command) must fail."""
    with tempfile.TemporaryDirectory() as workdir:
        stand_in = os.path.join(workdir, "doctored.py")
        with open(stand_in, "w") as f:
            f.write(doctored)
        status = check([sys.executable, stand_in])
    if status == 0:
        print("FAIL: the checker did not see " + wrong)
        return 1
    print("ok: " + ok)
    return 0


def random_main(doc, module, default_count, check, self_test):
    """The random checkers' command line: --memstep PATH [--seed N] [--count N] [--verbose], or
    --self-test. check(command, seed, count, verbose) gets memstep's command with --run."""
    parsed = _command_line(doc, module + " differs", self_test,
                           [("--seed", {"type": int, "default": 17}),
                            ("--count", {"type": int, "default": default_count})])
    if isinstance(parsed, int):
        return parsed
    args, command = parsed
    return check(command, args.seed, args.count, args.verbose)
