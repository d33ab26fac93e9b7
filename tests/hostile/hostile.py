#!/usr/bin/env python3
"""Hostile inputs for memstep-trace: each must end in a clear answer, never a crash.

One CTest per case (hostile/<case>): the input is generated at test time in a temporary
directory (nothing big is committed), memstep-trace runs on it as a child process, and the test
checks
- the exit status is one the CLI defines (0: JSON written, 1: --run and the program failed,
  2: bad usage) and never a signal (a crash or an abort);
- the JSON on stdout is well formed and its `error` is the expected one: CPython 3.11's error
  type when python3 gives an answer (python3 runs the same file), otherwise the visualiser's own
  limit (StepLimit / MemoryLimit) or MemoryError;
- wall time, the child's peak RSS (wait4) and the size of what it printed stay bounded: a
  hostile program may not make the tracer use gigabytes or hang.
The same file is also run with --run, which must exit 0 or 1, never by a signal.

  hostile.py --trace build/bin/memstep-trace --case NAME   one case (--list names them)
  hostile.py --trace build/bin/memstep-trace --file X.py   a saved regression input
  hostile.py --trace build/bin/memstep-trace --all         every case, with a summary table
"""
import argparse
import json
import mmap
import os
import random
import re
import resource
import signal
import subprocess
import sys
import tempfile
import time

# A runaway child is killed past these, so a bug cannot take the shared machine down.
KILL_RSS_KB = 3 * 1024 * 1024
KILL_STDOUT_BYTES = 1 << 30
# What a well-behaved answer may use at most.
MAX_RSS_KB = 1024 * 1024
MAX_STDOUT_BYTES = 512 << 20
# Past this the JSON is not parsed whole (python's json would need gigabytes of memory):
# the top-level "stdout" and "error" come last in the document and are read from its tail.
FULL_PARSE_BYTES = 64 << 20
# The CLI's output limit for a program's printing (RunLimits::maxOutputBytes) and some slack
# for the note that says output was dropped.
OUTPUT_LIMIT = 8 << 20
OUTPUT_NOTE_SLACK = 4096

LIMIT_TYPES = {"StepLimit", "MemoryLimit"}

# long_steps/*.py: one builtin call each that would run for seconds to hours in a single step.
# Under a 1 s time limit each must stop with TimeLimit well before this (a bound, not a speed
# benchmark: the slack covers start-up, freeing the heap and a loaded machine).
LONG_STEPS_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "long_steps")
LONG_STEP_LIMIT_SECONDS = 1
LONG_STEP_MAX_SECONDS = 3
MEMORY_TYPES = {"MemoryError", "MemoryLimit"}


class Child:
    """A finished child process: exit status, output files and resource use."""

    def __init__(self, args, workdir, timeout, stdin_data=None, address_space=None):
        self.args = args
        self.out_path = os.path.join(workdir, "stdout.txt")
        self.err_path = os.path.join(workdir, "stderr.txt")
        self.killed_for = None
        start = time.monotonic()
        with open(self.out_path, "wb") as out, open(self.err_path, "wb") as err:
            limit = None
            if address_space:
                def limit():
                    resource.setrlimit(resource.RLIMIT_AS, (address_space, address_space))
            proc = subprocess.Popen(args, stdout=out, stderr=err,
                                    stdin=subprocess.PIPE if stdin_data is not None else subprocess.DEVNULL,
                                    cwd=workdir, preexec_fn=limit)
            if stdin_data is not None:
                proc.stdin.write(stdin_data)
                proc.stdin.close()
            status, usage = self._wait(proc, out, start, timeout)
        self.seconds = time.monotonic() - start
        self.max_rss_kb = usage.ru_maxrss
        self.signal = os.WTERMSIG(status) if os.WIFSIGNALED(status) else None
        self.code = os.WEXITSTATUS(status) if os.WIFEXITED(status) else None
        self.stdout_size = os.path.getsize(self.out_path)
        with open(self.err_path, "rb") as f:
            self.stderr = f.read(1 << 20).decode("utf-8", "replace")

    def _wait(self, proc, out, start, timeout):
        while True:
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid == proc.pid:
                proc.returncode = status  # tell Popen it is reaped
                return status, usage
            if self.killed_for is None:
                if time.monotonic() - start > timeout:
                    self.killed_for = f"still running after {timeout} s"
                elif os.fstat(out.fileno()).st_size > KILL_STDOUT_BYTES:
                    self.killed_for = f"printed more than {KILL_STDOUT_BYTES >> 20} MB"
                elif rss_kb(proc.pid) > KILL_RSS_KB:
                    self.killed_for = f"RSS above {KILL_RSS_KB >> 20} GB"
                if self.killed_for:
                    proc.kill()
            time.sleep(0.02)

    def stdout_bytes(self, limit=None):
        with open(self.out_path, "rb") as f:
            return f.read(limit) if limit else f.read()

    def describe_exit(self):
        if self.killed_for:
            return f"killed: {self.killed_for}"
        if self.signal is not None:
            return f"signal {signal.Signals(self.signal).name}"
        return f"exit {self.code}"


def rss_kb(pid):
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def read_trace(child):
    """The JSON document's top level: {"steps": count, "stdout", "error", ...} or raises ValueError."""
    if child.stdout_size == 0:
        raise ValueError("no JSON on stdout")
    if child.stdout_size <= FULL_PARSE_BYTES:
        doc = json.loads(child.stdout_bytes().decode("utf-8"))
        if not isinstance(doc, dict) or not isinstance(doc.get("steps"), list):
            raise ValueError("JSON without a steps list")
        doc["step_count"] = len(doc["steps"])
        doc["steps"] = doc["steps"][:3]
        return doc
    with open(child.out_path, "rb") as f, mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ) as m:
        if not m[:200].lstrip().startswith(b"{"):
            raise ValueError("stdout does not start with a JSON object")
        last = None
        for last in re.finditer(rb'"stdout"\s*:', m):
            pass
        if last is None:
            raise ValueError("no top-level stdout field")
        doc = json.loads(b"{" + m[last.start():].rstrip())
        doc["step_count"] = len(re.findall(rb'"event"\s*:', m))
        doc["partial_parse"] = True
        return doc


def cpython_answer(python, path, workdir, timeout=60):
    """(error type or None, stdout) of `python3 FILE`, under a 2 GB address-space limit."""
    def limit():
        resource.setrlimit(resource.RLIMIT_AS, (2 << 30, 2 << 30))
    proc = subprocess.run([python, path], cwd=workdir, stdin=subprocess.DEVNULL,
                          capture_output=True, timeout=timeout, preexec_fn=limit)
    if proc.returncode == 0:
        return None, proc.stdout.decode("utf-8", "replace")
    lines = [l for l in proc.stderr.decode("utf-8", "replace").splitlines() if l.strip()]
    m = re.match(r"([A-Za-z_][\w.]*)(:|$)", lines[-1] if lines else "")
    return (m.group(1) if m else "?"), proc.stdout.decode("utf-8", "replace")


class Case:
    def __init__(self, name, source, *, cpython=False, expect=None, timeout=60,
                 max_seconds=None, extra_args=(), check=None, run_mode=True, note="",
                 address_space=None):
        self.name = name
        self.source = source          # bytes, or a callable returning bytes
        self.cpython = cpython        # expected error type and stdout from python3
        self.expect = expect          # set of acceptable error types (None inside: no error)
        self.timeout = timeout
        self.max_seconds = max_seconds
        self.extra_args = list(extra_args)
        self.check = check            # more checks: f(doc, child) -> list of problems
        self.run_mode = run_mode
        self.note = note
        self.address_space = address_space  # bytes: memstep-trace runs under this ulimit -v


def check_steps_kept(doc, child):
    return [] if doc["step_count"] > 0 else ["a step limit must keep the steps so far, the JSON has none"]


def check_output_limited(doc, child):
    text = doc.get("stdout") or ""
    problems = []
    if len(text.encode("utf-8")) > OUTPUT_LIMIT + OUTPUT_NOTE_SLACK:
        problems.append(f"kept {len(text)} characters of output, more than the 8 MB limit")
    rest = text.replace("x" * 1000 + "\n", "")
    message = ((doc.get("error") or {}).get("message") or "")
    if not rest.strip() and "output" not in message.lower() and "output" not in child.stderr.lower():
        problems.append("output was cut without a note saying so")
    return problems


def bad_args_case(trace, workdir):
    """Returns (rows, problems) for bad command lines: usage or a message on stderr, exit 2."""
    prog = os.path.join(workdir, "ok.py")
    with open(prog, "w") as f:
        f.write("a = 1\n")
    runs = [
        ([], "usage"),
        (["--no-such-option", prog], "usage"),
        (["--max-steps"], "usage"),
        (["--max-steps", "lots", prog], ""),
        (["--max-steps", "-5", prog], ""),
        (["--max-heap-mb", "1e99", prog], ""),
        (["--max-seconds", "soon", prog], "seconds"),
        (["--max-seconds", "-1", prog], "seconds"),
        (["--max-seconds", "nan", prog], "seconds"),
        ([prog, prog], ""),
        (["--stdin"], "usage"),
        ([os.path.join(workdir, "missing.py")], "cannot open"),
    ]
    rows, problems = [], []
    for args, needle in runs:
        child = Child([trace, *args], workdir, 30)
        shown = " ".join(os.path.basename(a) if os.sep in a else a for a in args) or "(no arguments)"
        first = child.stderr.strip().splitlines()[0] if child.stderr.strip() else ""
        rows.append((f"memstep-trace {shown}", f"{child.describe_exit()}: {first[:90]}"))
        if child.code != 2:
            problems.append(f"{shown}: {child.describe_exit()}, expected exit 2")
        if not child.stderr.strip():
            problems.append(f"{shown}: nothing on stderr")
        elif needle and needle not in child.stderr.lower():
            problems.append(f"{shown}: stderr does not say {needle!r}: {child.stderr[:200]!r}")
        if child.stdout_size:
            problems.append(f"{shown}: wrote {child.stdout_size} bytes to stdout")
    child = Child([trace, "--help"], workdir, 30)
    rows.append(("memstep-trace --help", child.describe_exit()))
    if child.code != 0 or "usage" not in (child.stdout_bytes(4096).decode("utf-8", "replace") + child.stderr).lower():
        problems.append(f"--help: {child.describe_exit()}, expected exit 0 and a usage text")
    return rows, problems


def long_step_cases():
    cases = []
    for name in sorted(os.listdir(LONG_STEPS_DIR)):
        if not name.endswith(".py"):
            continue
        with open(os.path.join(LONG_STEPS_DIR, name), "rb") as f:
            source = f.read()
        cases.append(Case("long_step_" + name[:-3], source, expect={"TimeLimit"},
                          extra_args=["--run", "--max-seconds", str(LONG_STEP_LIMIT_SECONDS)],
                          max_seconds=LONG_STEP_MAX_SECONDS, timeout=30, run_mode=False,
                          note=source.splitlines()[0].decode()))
    return cases


def make_cases():
    junk = random.Random(20261126).randbytes(4096)
    return long_step_cases() + [
        Case("empty", b"", cpython=True),
        Case("comments_only", b"# nothing but comments\n\n    # indented\n#\n", cpython=True),
        Case("crlf", b"a = [1, 2]\r\nb = a\r\nb.append(3)\r\nif a:\r\n    print(a, b)\r\n", cpython=True),
        Case("bom", b"\xef\xbb\xbfword = 'caf\xc3\xa9'\nprint(word, len(word))\n", cpython=True),
        Case("invalid_utf8", b"s = 'abc\xff'\nprint(s)\n", cpython=True),
        Case("tabs_spaces", b"if True:\n        x = 1\n\ty = 2\n", cpython=True),
        Case("long_line_str", b"s = '" + b"a" * 100_000 + b"'\nprint(len(s))\n", cpython=True),
        Case("long_line_list", b"x = [" + b"1, " * 33_333 + b"1]\nprint(len(x))\n", cpython=True),
        Case("many_lines", lambda: "".join(f"x = {i}\n" for i in range(50_000)).encode() + b"print(x)\n",
             cpython=True, max_seconds=20),
        Case("binary_junk", junk, cpython=True),
        Case("nul_byte", b"a = 1\n\x00\nprint(a)\n", cpython=True),
        Case("infinite_loop", b"n = 0\nwhile True:\n    n += 1\n", expect={"StepLimit"},
             check=check_steps_kept, timeout=120),
        Case("time_limit_run", b"n = 0\nwhile True:\n    n += 1\n", expect={"TimeLimit"},
             extra_args=["--run", "--max-seconds", "1"], max_seconds=15, run_mode=False,
             note="the wall-time limit ends a loop the step limit (off in --run) would not"),
        Case("time_limit_json", b"n = 0\nwhile True:\n    n += 1\n", expect={"TimeLimit"},
             extra_args=["--max-seconds", "0.2", "--max-steps", "100000000"], max_seconds=15,
             check=check_steps_kept, run_mode=False),
        Case("time_limit_builtin", b"print(sum(range(10**12)))\n", expect={"TimeLimit"},
             extra_args=["--run", "--max-seconds", "1"], max_seconds=15, run_mode=False,
             note="one step that would run for hours: the limit is polled inside builtins"),
        Case("runaway_recursion", b"def f(n):\n    return f(n + 1)\n\nf(0)\n", cpython=True, timeout=180),
        Case("list_times_1e9", b"x = [0] * 10**9\nprint(len(x))\n", expect=MEMORY_TYPES, max_seconds=10),
        Case("str_times_1e10", b"s = 'x' * 10**10\nprint(len(s))\n", expect=MEMORY_TYPES, max_seconds=10),
        Case("list_grows_forever", b"x = []\nwhile True:\n    x.append(1)\n",
             expect=MEMORY_TYPES | {"StepLimit"}, timeout=180,
             note="JSON repeats the heap at every step"),
        Case("list_grows_forever_run", b"x = []\nwhile True:\n    x.append(1)\n", expect=MEMORY_TYPES,
             extra_args=["--run", "--max-heap-mb", "64"], timeout=180, run_mode=False),
        Case("huge_output", b"while True:\n    print('x' * 1000)\n", expect={"StepLimit", "MemoryLimit"},
             check=check_output_limited, timeout=180),
        Case("huge_output_run", b"while True:\n    print('x' * 1000)\n", expect={"StepLimit"},
             extra_args=["--run", "--max-steps", "100000"], check=check_output_limited, timeout=180,
             run_mode=False),
        Case("deep_parens", b"x = " + b"(" * 1000 + b"1" + b")" * 1000 + b"\n", cpython=True),
        Case("deep_lists", b"x = " + b"[" * 1000 + b"]" * 1000 + b"\n", cpython=True),
        Case("deep_parens_10000", b"x = " + b"(" * 10_000 + b"1" + b")" * 10_000 + b"\n", cpython=True),
        Case("deep_lists_10000", b"x = " + b"[" * 10_000 + b"]" * 10_000 + b"\n", cpython=True),
        Case("deep_unary_100000", b"x = " + b"-" * 100_000 + b"1\n", cpython=True,
             note="CPython 3.11's parser answers MemoryError"),
        Case("long_sum", b"x = " + b"+".join([b"1"] * 100_000) + b"\nprint(x)\n", cpython=True),
        Case("deep_yield_from_short_address_space",
             b"def walk(n):\n    if n:\n        yield from walk(n - 1)\n    else:\n        yield n\n\n"
             b"print(list(walk(400)))\n",
             cpython=True, address_space=2 << 30, timeout=180,
             note="400 live generators under the 2 GB address space python3 gets here: "
                  "each generator's native stack is smaller once 16 MiB ones no longer fit"),
        Case("deep_calls_ok", b"def f(n):\n    return 0 if n == 0 else 1 + f(n - 1)\n\nprint(f(900))\n",
             cpython=True, timeout=180, note="recursion just under the limit must work"),
    ]


def run_mode_output(child):
    """Reads a --run child's stdout as {"stdout", "error"}: the program's text, stderr's last line."""
    text = child.stdout_bytes(OUTPUT_LIMIT * 2).decode("utf-8", "replace")
    lines = [l for l in child.stderr.splitlines() if l.strip()]
    error = None
    if child.code == 1 and lines:
        m = re.match(r"([A-Za-z_][\w.]*)(:|$)", lines[-1])
        error = {"type": m.group(1) if m else "?", "message": lines[-1]}
    return {"stdout": text, "error": error, "step_count": 0}


def run_case(case, trace, python, workdir):
    """Returns (what memstep answered, problems)."""
    source = case.source() if callable(case.source) else case.source
    path = os.path.join(workdir, f"{case.name}.py")
    with open(path, "wb") as f:
        f.write(source)
    problems = []

    run_flag = "--run" in case.extra_args
    if case.address_space and "ASAN_OPTIONS" in os.environ:
        # AddressSanitizer reserves terabytes of shadow memory: no such build starts under a
        # ulimit -v (the asan test preset sets ASAN_OPTIONS).
        return "skipped: an AddressSanitizer build cannot run under an address-space limit", []
    child = Child([trace, *case.extra_args, path], workdir, case.timeout,
                  address_space=case.address_space)
    answer = child.describe_exit()
    if child.killed_for or child.signal is not None:
        problems.append(f"memstep-trace {answer}; stderr: {child.stderr[-800:]}")
        return answer, problems
    if child.code not in ((0, 1) if run_flag else (0,)):
        problems.append(f"{answer}, expected {'0 or 1' if run_flag else '0 (JSON written)'}; "
                        f"stderr: {child.stderr[-400:]}")
    doc = None
    if run_flag:
        doc = run_mode_output(child)
    else:
        try:
            doc = read_trace(child)
            if doc.get("format") not in (None, "memstep-trace") or doc.get("version", 1) != 1:
                problems.append(f"unexpected format/version {doc.get('format')!r} {doc.get('version')!r}")
        except (ValueError, UnicodeDecodeError) as e:
            problems.append(f"stdout is not the trace JSON: {e}")
    error = doc.get("error") if doc else None
    etype = error.get("type") if error else None
    message = (error.get("message") or "") if error else ""
    answer = f"{etype}: {message}" if etype else "ran to the end"
    if doc and not run_flag:
        answer += f" ({doc['step_count']} steps)"
    answer += f"; {child.seconds:.1f} s, {child.max_rss_kb // 1024} MB RSS"
    if child.stdout_size > 1 << 20:
        answer += f", {child.stdout_size >> 20} MB of {'output' if run_flag else 'JSON'}"

    if doc is not None:
        # CPython's MemoryError has no message; everything else must say what happened.
        if error is not None and not message and not run_flag and etype != "MemoryError":
            problems.append(f"{etype} without a message")
        if case.cpython:
            want_type, want_out = cpython_answer(python, path, workdir)
            if etype != want_type:
                problems.append(f"error type {etype!r}, CPython 3.11 says {want_type!r}")
            elif want_type is None and doc.get("stdout") != want_out:
                problems.append(f"stdout {doc.get('stdout', '')[:200]!r}, CPython prints {want_out[:200]!r}")
        elif case.expect is not None and etype not in case.expect:
            problems.append(f"error type {etype!r}, expected one of {sorted(t or 'None' for t in case.expect)}")
        if case.check:
            problems.extend(case.check(doc, child))
    if child.max_rss_kb > MAX_RSS_KB:
        problems.append(f"peak RSS {child.max_rss_kb // 1024} MB, more than {MAX_RSS_KB // 1024} MB")
    if child.stdout_size > MAX_STDOUT_BYTES:
        problems.append(f"wrote {child.stdout_size >> 20} MB to stdout, more than {MAX_STDOUT_BYTES >> 20} MB")
    if case.max_seconds and child.seconds > case.max_seconds:
        problems.append(f"took {child.seconds:.1f} s, more than {case.max_seconds} s")

    if case.run_mode:
        run = Child([trace, "--run", "--max-steps", "100000", path], workdir, case.timeout,
                    address_space=case.address_space)
        if run.killed_for or run.signal is not None or run.code not in (0, 1):
            problems.append(f"--run: {run.describe_exit()}, expected exit 0 or 1; stderr: {run.stderr[-400:]}")
        elif run.code == 1 and not run.stderr.strip():
            problems.append("--run: exit 1 with nothing on stderr")
    return answer, problems


def run_regression(path, trace, python, workdir):
    case = Case(os.path.basename(path), open(path, "rb").read(), timeout=120)
    answer, problems = run_case(case, trace, python, workdir)
    try:
        want, _ = cpython_answer(python, path, workdir)
        print(f"(CPython 3.11 answers {want or 'no error'}; a different type is not a failure here)")
    except subprocess.TimeoutExpired:
        pass
    return answer, problems


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--trace", required=True, help="path of memstep-trace")
    ap.add_argument("--python", default="python3", help="CPython 3.11 for the expected answers")
    group = ap.add_mutually_exclusive_group(required=True)
    group.add_argument("--case")
    group.add_argument("--file")
    group.add_argument("--all", action="store_true")
    group.add_argument("--list", action="store_true")
    args = ap.parse_args()

    cases = {c.name: c for c in make_cases()}
    if args.list:
        print("\n".join([*cases, "bad_args"]))
        return 0
    trace = os.path.abspath(args.trace)
    names = [*cases, "bad_args"] if args.all else [args.case] if args.case else []
    failed = 0
    rows = []
    with tempfile.TemporaryDirectory(prefix="memstep-hostile-") as tmp:
        if args.file:
            answer, problems = run_regression(os.path.abspath(args.file), trace, args.python, tmp)
            rows.append((os.path.basename(args.file), answer, problems))
        for name in names:
            workdir = os.path.join(tmp, name)
            os.makedirs(workdir)
            if name == "bad_args":
                sub, problems = bad_args_case(trace, workdir)
                for i, (inp, ans) in enumerate(sub):
                    rows.append((inp, ans, problems if i == len(sub) - 1 else []))
                continue
            if name not in cases:
                print(f"unknown case {name!r}; --list shows them", file=sys.stderr)
                return 2
            answer, problems = run_case(cases[name], trace, args.python, workdir)
            rows.append((name, answer, problems))
    for name, answer, problems in rows:
        print(f"{name:24} | {answer}")
        for p in problems:
            print(f"{'':24} |   FAIL: {p}")
            failed += 1
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
