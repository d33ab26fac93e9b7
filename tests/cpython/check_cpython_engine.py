#!/usr/bin/env python3
"""The CPython engine (memstep-trace --engine cpython) against hostile programs and --engine auto.

Each program in tests/cpython/engine/ runs once under the options in CASES; the check is the
error's type and the start of its message (the built-in engine's wording), the time the run
took, what the output holds, and that nothing the program started is left running.

Usage: check_cpython_engine.py --memstep PATH [--only NAME] ...
"""

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
PROGRAMS = os.path.join(HERE, "engine")
STEP_LIMIT = "stopped after 20,000 steps - the program may be in an infinite loop"
TIME_LIMIT = "stopped after 2 seconds - the program may be in an infinite loop"
MEMORY_LIMIT = ("the program's objects needed more than the memory limit of 1,024 MB - raise "
                "the limit in Settings")
JSON_LIMIT = "the trace's JSON output reached 16 MB at step "
PROCESS_LIMIT = "the program started more than 64 processes at once, the limit of a run"

# name -> (options, error type or None, message start, most seconds, text stdout must hold); a
# tuple of types when either may end the run (the copies of ten forks race to the limit).
CASES = {
    "infinite_loop": (["--engine", "cpython", "--max-steps", "20000"],
                      "StepLimit", STEP_LIMIT, 30, ""),
    "long_c_call": (["--engine", "cpython", "--max-seconds", "2"],
                    "TimeLimit", TIME_LIMIT, 10, ""),
    "huge_list": (["--engine", "cpython"], "MemoryLimit", MEMORY_LIMIT, 20, ""),
    "fork_ten_times": (["--engine", "cpython"], (None, "MemoryLimit"), PROCESS_LIMIT, 60, ""),
    "fork_many_sleepers": (["--engine", "cpython"], "MemoryLimit", PROCESS_LIMIT, 30, ""),
    "output_flood": (["--engine", "cpython", "--max-json-mb", "16", "--max-seconds", "5"],
                     "MemoryLimit", JSON_LIMIT, 20, "xxxx"),
    "deep_recursion": (["--engine", "cpython"], "RecursionError",
                       "maximum recursion depth exceeded", 120, ""),
    "messes_with_sys": (["--engine", "cpython"], None, "", 30, "\ufffd\ufffd\x00junk\n[1, 2]\n"),
    "other_import": (["--engine", "auto"], None, "", 30, '{"a": [1, 2]}\n'),
    "temp_file": (["--engine", "auto"], None, "", 30, "hello\n"),
}
# --engine auto says on stderr which engine ran and why.
AUTO_NOTE = "memstep's interpreter does not support this program: "


def leftovers(path):
    """Processes still running the program (a fork's copy the run should have ended)."""
    found = []
    for pid in os.listdir("/proc"):
        if not pid.isdigit():
            continue
        try:
            with open("/proc/%s/cmdline" % pid, "rb") as f:
                if path.encode() in f.read():
                    found.append(int(pid))
        except OSError:
            pass
    return found


def check(memstep, name):
    options, error_type, message, most_seconds, must_print = CASES[name]
    path = os.path.join(PROGRAMS, name + ".py")
    start = time.monotonic()
    proc = subprocess.run([memstep] + options + [path], stdin=subprocess.DEVNULL,
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=300)
    seconds = time.monotonic() - start
    try:
        trace = json.loads(proc.stdout.decode("utf-8"))
    except ValueError as e:
        return "no JSON trace (%s); stderr: %s" % (e, proc.stderr.decode()[-500:])
    error = trace.get("error")
    types = error_type if isinstance(error_type, tuple) else (error_type,)
    if (error or {}).get("type") not in types:
        return "error %s, expected type %s" % (json.dumps(error)[:400], error_type)
    if error and not error.get("message", "").startswith(message):
        return "message %r does not start with %r" % (error.get("message"), message)
    if seconds > most_seconds:
        return "took %.1f s, more than %d" % (seconds, most_seconds)
    if must_print not in trace.get("stdout", ""):
        return "stdout %r does not hold %r" % (trace.get("stdout", "")[-200:], must_print)
    if "auto" in options and AUTO_NOTE not in proc.stderr.decode():
        return "--engine auto gave no note of the engine it ran: %r" % proc.stderr.decode()
    if not trace.get("steps"):
        return "no steps recorded"
    time.sleep(0.2)
    left = leftovers(path)
    if left:
        return "processes of the program still running: %s" % left
    return None


def check_without_python(memstep):
    """No python3 on PATH: cpython says what is missing, auto behaves as builtin."""
    path = os.path.join(PROGRAMS, "other_import.py")
    env = dict(os.environ, PATH="/nonexistent")
    proc = subprocess.run([memstep, "--engine", "cpython", path], env=env,
                          stdin=subprocess.DEVNULL, capture_output=True, timeout=60)
    if proc.returncode != 2 or b"no python3 was found" not in proc.stderr:
        return "--engine cpython without python3: exit %d, stderr %r" % (proc.returncode,
                                                                          proc.stderr[-300:])
    proc = subprocess.run([memstep, "--engine", "auto", path], env=env,
                          stdin=subprocess.DEVNULL, capture_output=True, timeout=60)
    error = json.loads(proc.stdout.decode("utf-8")).get("error") or {}
    if error.get("type") != "Unsupported" or proc.stderr:
        return "--engine auto without python3: error %s, stderr %r" % (error, proc.stderr)
    return None


def check_killed(memstep):
    """memstep-trace killed while the program runs (the window's Cancel, Ctrl+C): the
    program ends with it, at once, even inside one long C call, where it writes nothing that
    could fail."""
    path = os.path.join(PROGRAMS, "long_c_call.py")
    with tempfile.TemporaryDirectory() as tmp:
        # The run's working folder is made in TMPDIR, and goes with the run.
        proc = subprocess.Popen([memstep, "--engine", "cpython", "--max-seconds", "0", path],
                                stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                env=dict(os.environ, TMPDIR=tmp))
        time.sleep(1.5)
        proc.terminate()
        proc.wait(timeout=30)
        time.sleep(0.3)
        left = leftovers(path)
        if left:
            return "processes of the program still running: %s" % left
        if os.listdir(tmp):
            return "the run's folder is left behind: %s" % os.listdir(tmp)
    return None


def check_numpy(memstep):
    """A numpy program under auto, run by Debian's python3 (packaging/install-deps.sh --test
    installs python3-numpy for it): its arrays are boxes of their type with a short repr, and
    two names share one array exactly when python3 says `is`."""
    python = "/usr/bin/python3"
    if subprocess.run([python, "-c", "import numpy"], capture_output=True).returncode != 0:
        return "python3-numpy is not installed for %s (packaging/install-deps.sh --test)" % python
    path = os.path.join(PROGRAMS, "numpy_grades.py")
    env = dict(os.environ, PATH="/usr/bin:" + os.environ.get("PATH", ""))
    proc = subprocess.run([memstep, "--engine", "auto", path], env=env, stdin=subprocess.DEVNULL,
                          capture_output=True, timeout=120)
    trace = json.loads(proc.stdout.decode("utf-8"))
    if trace.get("error") or trace.get("stdout") != "[77 90 95 69] 95 True\n":
        return "error %s, stdout %r" % (trace.get("error"), trace.get("stdout"))
    if "import of module 'numpy'" not in proc.stderr.decode():
        return "no note of why python3 ran it: %r" % proc.stderr.decode()
    last = trace["steps"][-1]
    names = dict(last["frames"][0]["vars"])
    curved = last["heap"].get(names.get("curved"), {})
    if curved.get("type") != "ndarray" or curved.get("value") != "array([77, 90, 95, 69])":
        return "curved drawn as %s" % json.dumps(curved)[:300]
    if names["same"] != names["curved"] or names["scores"] == names["curved"]:
        return "identities differ from python3's: %s" % names
    return None


EXTRA_CHECKS = {"without_python3": check_without_python, "killed": check_killed,
                "numpy_auto": check_numpy}


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--memstep", required=True, help="memstep-trace executable")
    parser.add_argument("--only", action="append", help="check only this program (repeatable)")
    args = parser.parse_args()
    failed = 0
    for name in args.only or sorted(CASES) + sorted(EXTRA_CHECKS):
        if name in EXTRA_CHECKS:
            problem = EXTRA_CHECKS[name](args.memstep)
        else:
            problem = check(args.memstep, name)
        print("%s %s%s" % ("FAIL" if problem else "ok", name, ": " + problem if problem else ""))
        failed += problem is not None
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
