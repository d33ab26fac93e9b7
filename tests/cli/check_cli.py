#!/usr/bin/env python3
"""Command-line tests of memstep-trace: one case per CTest.

Usage: check_cli.py MEMSTEP_TRACE CASE

Where memstep-trace claims to behave like python3 (--run output, tracebacks, input(), BOM,
CRLF, non-UTF-8 files), python3 runs the same program and the results are compared, so no
expected output is written down here. Prints what differs and exits 1 on failure.
"""

import json
import os
import subprocess
import sys
import tempfile

TIMEOUT_SECONDS = 120


class Failure(Exception):
    pass


UNICODE_PROGRAM = """\
# Every code point's classes and case mappings, one checksum per block of 4096.
for block in range(0, 0x110000, 0x1000):
    total = 0
    for cp in range(block, block + 0x1000):
        if 0xD800 <= cp < 0xE000:
            continue
        c = chr(cp)
        bits = (c.isalpha() + 2 * c.isdecimal() + 4 * c.isdigit() + 8 * c.isnumeric()
                + 16 * c.isspace() + 32 * c.isprintable() + 64 * c.islower() + 128 * c.isupper()
                + 256 * c.istitle() + 512 * c.isidentifier() + 1024 * ("a" + c).isidentifier()
                + 2048 * c.isalnum() + 4096 * (len(repr(c)) > 3))
        mapped = c.upper() + c.lower() + c.title() + c.casefold() + c.swapcase() + c.capitalize()
        total = (total * 31 + bits * 7 + len(mapped)) % 1000000007
        for m in mapped:
            total = (total * 131 + ord(m)) % 1000000007
    print(hex(block), total)
"""


def check(condition, message):
    if not condition:
        raise Failure(message)


def run(command, stdin=b"", cwd=None, timeout=None):
    proc = subprocess.run(command, input=stdin, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                          timeout=timeout or TIMEOUT_SECONDS, cwd=cwd)
    return proc.returncode, proc.stdout.decode("utf-8", "replace"), \
        proc.stderr.decode("utf-8", "replace")


class Cases:
    def __init__(self, binary, workdir):
        self.binary = binary
        self.dir = workdir

    def write(self, name, data):
        path = os.path.join(self.dir, name)
        with open(path, "wb") as f:
            f.write(data if isinstance(data, bytes) else data.encode("utf-8"))
        return path

    def memstep(self, *args, stdin=b"", timeout=None):
        return run([self.binary] + list(args), stdin=stdin, cwd=self.dir, timeout=timeout)

    def python(self, *args, stdin=b""):
        return run([sys.executable] + list(args), stdin=stdin, cwd=self.dir)

    def expect_usage_error(self, *args):
        code, out, err = self.memstep(*args)
        check(code == 2, "exit code %d, expected 2 for %s" % (code, args))
        check(out == "", "nothing on stdout expected, got %r" % out[:200])
        check("usage: memstep-trace" in err, "usage expected on stderr, got %r" % err[:300])
        check(err.startswith("memstep-trace: "), "a reason expected first, got %r" % err[:200])

    def json_trace(self, *args, stdin=b""):
        code, out, err = self.memstep(*args, stdin=stdin)
        check(code == 0, "exit code %d for %s, stderr %r" % (code, args, err[-500:]))
        tool = subprocess.run([sys.executable, "-m", "json.tool"], input=out.encode("utf-8"),
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        check(tool.returncode == 0, "python3 -m json.tool refuses the output: %s" %
              tool.stderr.decode("utf-8", "replace")[-300:])
        trace = json.loads(out)
        check(trace.get("format") == "memstep-trace" and trace.get("version") == 1,
              "not a memstep-trace v1 document: %r" % out[:200])
        return trace

    def same_as_python(self, program, stdin_file=None, timeout=None):
        """--run against python3 on the same file: stdout, exit code, last stderr line."""
        args = ["--run"] + (["--stdin", stdin_file] if stdin_file else []) + [program]
        code, out, err = self.memstep(*args, timeout=timeout)
        stdin = open(os.path.join(self.dir, stdin_file), "rb").read() if stdin_file else b""
        pcode, pout, perr = self.python(program, stdin=stdin)
        check(out == pout, "stdout differs\n  memstep: %r\n  python3: %r" % (out, pout))
        check(code == pcode, "exit code %d, python3 %d (stderr %r)" % (code, pcode, err))
        last = lambda text: text.rstrip("\n").split("\n")[-1] if text else ""
        check(last(err) == last(perr),
              "last stderr line differs\n  memstep: %r\n  python3: %r" % (err, perr))
        check(err.split("\n")[0] == perr.split("\n")[0],
              "first stderr line differs\n  memstep: %r\n  python3: %r" % (err, perr))
        return out, err

    # ---- arguments -------------------------------------------------------------------
    def case_version(self):
        code, out, err = self.memstep("--version")
        check(code == 0, "exit code %d" % code)
        parts = out.strip().split(" ")
        check(len(parts) == 2 and parts[0] == "memstep-trace" and parts[1].count(".") == 2,
              "unexpected version text %r" % out)

    def case_help(self):
        code, out, err = self.memstep("--help")
        check(code == 0 and out.startswith("usage: memstep-trace"), "help: %d %r" % (code, out))
        for option in ("--run", "--stats", "--compact", "--stdin", "--max-steps", "--max-heap-mb",
                       "--max-seconds", "--max-json-mb", "--version"):
            check(option in out, "help does not mention %s" % option)
        # The recording defaults are the window's (RunSettings): 100,000 steps, 30 s, 1,024 MB.
        for default in ("default 100000", "default 30", "default 1024"):
            check(default in out, "help does not say %r" % default)

    def case_no_arguments(self):
        self.expect_usage_error()

    def case_unknown_option(self):
        self.write("p.py", "x = 1\n")
        self.expect_usage_error("--frobnicate", "p.py")

    def case_missing_option_value(self):
        self.expect_usage_error("p.py", "--stdin")

    def case_bad_numbers(self):
        self.write("p.py", "x = 1\n")
        for value in ("abc", "-5", "0", "12x", ""):
            self.expect_usage_error("--max-steps", value, "p.py")
        self.expect_usage_error("--max-heap-mb", "lots", "p.py")
        for value in ("soon", "-1", "-0.5", "nan", "inf", "1s", ""):
            self.expect_usage_error("--max-seconds", value, "p.py")

    def case_two_programs(self):
        self.write("p.py", "x = 1\n")
        self.expect_usage_error("p.py", "p.py")

    def case_run_and_stats(self):
        self.write("p.py", "x = 1\n")
        self.expect_usage_error("--run", "--stats", "p.py")
        self.expect_usage_error("--compact", "--run", "p.py")
        self.expect_usage_error("--stats", "--compact", "p.py")

    def case_missing_file(self):
        code, out, err = self.memstep("no_such.py")
        check(code == 2, "exit code %d, expected 2" % code)
        check(err == "memstep-trace: cannot open 'no_such.py': No such file or directory\n",
              "unexpected message %r" % err)

    def case_missing_stdin_file(self):
        self.write("p.py", "x = input()\n")
        code, out, err = self.memstep("--stdin", "nothing.txt", "p.py")
        check(code == 2, "exit code %d, expected 2" % code)
        check(err == "memstep-trace: cannot open 'nothing.txt': No such file or directory\n",
              "unexpected message %r" % err)

    # ---- JSON ------------------------------------------------------------------------
    def case_json_seed(self):
        source = "a = 10\nb = a\na += 1\nprint(a, b)\n"
        self.write("seed.py", source)
        trace = self.json_trace("seed.py")
        check(trace["source"] == source, "source %r" % trace["source"])
        check(trace["error"] is None, "error %r" % trace["error"])
        _, pout, _ = self.python("seed.py")
        check(trace["stdout"] == pout, "stdout %r, python3 %r" % (trace["stdout"], pout))
        steps = trace["steps"]
        check([s["line"] for s in steps] == [1, 2, 3, 4, 4], "lines %r" % [s["line"] for s in steps])
        check(steps[-1]["event"] == "return", "last step %r" % steps[-1]["event"])
        third = steps[2]["frames"][0]["vars"]
        check(third[0][1] == third[1][1], "a and b are one object at line 3: %r" % third)

    def case_json_error_exits_zero(self):
        self.write("err.py", "x = 1\nprint('hi')\ny = 1 / 0\n")
        trace = self.json_trace("err.py")
        error = dict(trace["error"])
        tb = error.pop("traceback", "")
        check(error == {"type": "ZeroDivisionError", "message": "division by zero",
                        "line": 3}, "error %r" % trace["error"])
        # The traceback python3 would print on stderr travels with the error, with 3.11's
        # markers under the failing operation.
        check(tb.startswith("Traceback (most recent call last):\n") and
              tb.endswith("    y = 1 / 0\n        ~~^~~\nZeroDivisionError: division by zero\n"),
              "traceback %r" % tb)
        check(trace["stdout"] == "hi\n", "stdout %r" % trace["stdout"])

    def case_json_syntax_error(self):
        self.write("syn.py", "x = (\n")
        trace = self.json_trace("syn.py")
        check(trace["steps"] == [], "a syntax error has no steps")
        check(trace["error"]["type"] == "SyntaxError", "error %r" % trace["error"])
        check(trace["source"] == "x = (\n", "source %r" % trace["source"])

    def case_json_max_steps(self):
        self.write("loop.py", "while True:\n    pass\n")
        trace = self.json_trace("--max-steps", "50", "loop.py")
        check(trace["error"]["type"] == "StepLimit", "error %r" % trace["error"])
        check(0 < len(trace["steps"]) <= 50, "%d steps" % len(trace["steps"]))

    def case_json_max_seconds(self):
        self.write("loop.py", "while True:\n    pass\n")
        trace = self.json_trace("--max-seconds", "0.1", "--max-steps", "100000000", "loop.py")
        check(trace["error"]["type"] == "TimeLimit", "error %r" % trace["error"])
        check(trace["error"]["message"] == "stopped after 0.1 seconds - the program may be in an infinite loop",
              "message %r" % trace["error"]["message"])
        check(len(trace["steps"]) > 0, "a time limit keeps the steps so far")

    def case_json_compact(self):
        source = "a = [1, 2]\nb = a\na.append(3)\nprint(b)\n"
        self.write("seed.py", source)
        full = self.json_trace("seed.py")
        compact = self.json_trace("--compact", "seed.py")
        check(compact.get("compact") is True and "compact" not in full,
              "compact: %r, full: %r" % (compact.get("compact"), full.get("compact")))
        check(len(compact["steps"]) == len(full["steps"]) > 1, "%d and %d steps" % (
            len(compact["steps"]), len(full["steps"])))
        first = compact["steps"][0]
        check(first.get("key") is True and first["heap"] == full["steps"][0]["heap"],
              "the first step is not a key step with the full form's heap: %r" % first)
        plain = [s for s in compact["steps"] if not s.get("key")]
        check(all("heap" not in s and "frames" not in s and "stdout" not in s for s in plain),
              "a step that is not a key step carries state: %r" % plain)
        check(compact["stdout"] == full["stdout"] == "[1, 2, 3]\n", "stdout %r" % compact["stdout"])

    def case_json_compact_limit(self):
        # The compact form is held to --max-json-mb as the full form is: a program that prints
        # at every step makes key steps that repeat all output so far.
        self.write("print.py", "for i in range(20000):\n    print('x' * 100, i)\n")
        trace = self.json_trace("--compact", "--max-json-mb", "1", "print.py")
        error = trace["error"] or {}
        check(error.get("type") == "MemoryLimit" and "JSON output reached 1 MB" in error["message"],
              "error %r" % error)
        steps = trace["steps"]
        check(0 < len(steps) < 40000, "%d steps" % len(steps))
        printed = "".join(e["text"] for s in steps for e in s["events"] if e["kind"] == "output")
        check(trace["stdout"] == printed, "stdout is not what the written steps printed: %r, %r" %
              (trace["stdout"][-80:], printed[-80:]))

    def case_stats_default_step_limit(self):
        # Recording gets the window's 100,000 steps unless told otherwise.
        self.write("loop.py", "while True:\n    pass\n")
        code, out, err = self.memstep("--stats", "loop.py")
        fields = dict(line.split(": ", 1) for line in out.strip().split("\n"))
        check(code == 0 and fields.get("steps") == "100000", "%d %r %r" % (code, out, err))
        check(fields.get("error", "").startswith("StepLimit: stopped after 100,000 steps"),
              "error %r" % fields.get("error"))
        code, out, err = self.memstep("--stats", "--max-steps", "2500", "loop.py")
        check("steps: 2500\n" in out, "--max-steps 2500 gives %r" % out)

    def case_stats_default_time_limit(self):
        # And the window's 30 seconds: one step that would take hours (the limit is polled
        # inside sum()). --max-seconds 0 lifts it (--run has none).
        self.write("slow.py", "x = sum(range(10 ** 12))\n")
        code, out, err = self.memstep("--stats", "slow.py")
        check(code == 0 and "error: TimeLimit: stopped after 30 seconds" in out,
              "%d %r %r" % (code, out, err))
        self.write("loop.py", "n = 0\nwhile n < 1000:\n    n += 1\n")
        code, out, err = self.memstep("--stats", "--max-seconds", "0", "loop.py")
        check(code == 0 and "error" not in out, "%d %r %r" % (code, out, err))

    def case_run_unicode_every_code_point(self):
        # The str methods' character classes, case mappings and repr() escapes for every code
        # point but the surrogates, as python3 gives them: one checksum per block of 4096.
        self.write("unicode.py", UNICODE_PROGRAM)
        # About 10 s, several minutes under ASan (the CTest allows 900 s).
        self.same_as_python("unicode.py", timeout=850)

    def case_run_sys_exit(self):
        # An uncaught SystemExit prints no traceback: an int code is the exit status, any other
        # code is printed (exit status 1), None is success; sys.argv is the program's name.
        for name, body in (("exit_int.py", "import sys\nprint(sys.argv)\nsys.exit(3)\n"),
                           ("exit_text.py", "import sys\nsys.exit('bad input')\n"),
                           ("exit_none.py", "import sys\nprint('done')\nsys.exit()\n"),
                           ("exit_raise.py", "raise SystemExit(7)\n")):
            self.write(name, body)
            self.same_as_python(name)

    def case_run_no_step_limit(self):
        # --run runs like python3: no step limit (150,000 steps, past the recording default).
        self.write("count.py", "n = 0\nwhile n < 75000:\n    n += 1\nprint(n)\n")
        self.same_as_python("count.py")

    def case_json_stdin_file(self):
        # As the reference tracer reads --stdin files: open(path), universal newlines.
        program = "n = input('name? ')\nprint('hello', n)\nprint(repr(input()), input())\n"
        self.write("ask.py", program)
        self.write("in.txt", b"Ada\r\nB\rC")
        trace = self.json_trace("--stdin", "in.txt", "ask.py")
        wrapper = "import sys\nsys.stdin = open('in.txt', encoding='utf-8')\n" + program
        _, pout, _ = self.python("-c", wrapper)
        check(trace["stdout"] == pout, "stdout %r, python3 %r" % (trace["stdout"], pout))

    def case_json_program_from_stdin(self):
        trace = self.json_trace("-", stdin=b"x = [1, 2]\nprint(len(x))\n")
        check(trace["stdout"] == "2\n", "stdout %r" % trace["stdout"])
        check(trace["source"] == "x = [1, 2]\nprint(len(x))\n", "source %r" % trace["source"])

    def case_json_not_utf8(self):
        path = self.write("bad.py", b"x = 1\n\xff\n")
        trace = self.json_trace("bad.py")
        try:
            compile(open(path, "rb").read(), path, "exec")
            raise Failure("python3 compiled a non-UTF-8 file")
        except SyntaxError as e:
            expected = {"type": "SyntaxError", "message": e.msg, "line": e.lineno}
        error = {k: v for k, v in trace["error"].items() if k != "traceback"}
        check(error == expected, "error %r, python3 %r" % (trace["error"], expected))
        check(trace["steps"] == [], "no steps expected")

    def case_stats(self):
        self.write("count.py", "total = 0\nfor i in range(2000):\n    total += i\nprint(total)\n")
        code, out, err = self.memstep("--stats", "count.py")
        check(code == 0, "exit code %d: %r" % (code, err))
        fields = dict(line.split(": ", 1) for line in out.strip().split("\n"))
        steps = int(fields["steps"])
        check(steps > 4000, "steps %d" % steps)
        check(int(fields["events"]) > 0, "events %r" % fields["events"])
        memory = int(fields["trace memory"].split(" ")[0])
        check(0 < memory, "memory %r" % fields["trace memory"])
        check(abs(float(fields["bytes per step"]) - memory / steps) < 0.1,
              "bytes per step %r" % fields["bytes per step"])
        float(fields["seconds"])

    # ---- --run -----------------------------------------------------------------------
    def case_run_output(self):
        self.write("out.py", "for i in range(3):\n    print(i, 'é', end=';')\nprint()\n")
        self.same_as_python("out.py")

    def case_run_uncaught_error(self):
        self.write("err.py", "def f(x):\n    return 10 // x\n\nprint('before')\nf(0)\n")
        out, err = self.same_as_python("err.py")
        check(err.startswith("Traceback (most recent call last):\n"), "stderr %r" % err)

    def case_run_syntax_error(self):
        self.write("syn.py", "print('never')\nx = (1,\n")
        self.same_as_python("syn.py")

    def case_run_stdin_file(self):
        self.write("ask.py", "a = input('a? ')\nb = input()\nprint(a + b)\nc = input()\n")
        self.write("in.txt", b"1\r\n2\n")
        out, err = self.same_as_python("ask.py", "in.txt")
        check("EOFError" in err, "the third input() must hit the end: %r" % err)

    def case_run_standard_input(self):
        self.write("ask.py", "print(input('> ') * 2)\n")
        code, out, err = self.memstep("--run", "ask.py", stdin=b"ab\n")
        _, pout, _ = self.python("ask.py", stdin=b"ab\n")
        check(code == 0 and out == pout, "%d %r, python3 %r" % (code, out, pout))

    def case_run_bom_and_crlf(self):
        self.write("bom.py", b"\xef\xbb\xbfx = 'caf\xc3\xa9'\r\nprint(x)\r\nprint(len(x))\r\n")
        self.same_as_python("bom.py")

    def case_run_not_utf8(self):
        self.write("bad.py", b"print('x')\n# \xe9t\xe9\n")
        self.same_as_python("bad.py")

    def case_run_program_from_stdin(self):
        code, out, err = self.memstep("--run", "-", stdin=b"print(6 * 7)\n")
        check(code == 0 and out == "42\n", "%d %r %r" % (code, out, err))


def main():
    if len(sys.argv) != 3:
        print(__doc__)
        return 2
    binary, case = os.path.abspath(sys.argv[1]), sys.argv[2]
    with tempfile.TemporaryDirectory(prefix="memstep_cli_") as workdir:
        cases = Cases(binary, workdir)
        method = getattr(cases, "case_" + case, None)
        if method is None:
            print("unknown case %s" % case)
            return 2
        try:
            method()
        except Failure as e:
            print("FAIL %s: %s" % (case, e))
            return 1
    print("ok %s" % case)
    return 0


if __name__ == "__main__":
    sys.exit(main())
