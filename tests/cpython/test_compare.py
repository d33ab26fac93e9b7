#!/usr/bin/env python3
"""Self tests of compare.py: it passes on a faithful trace and fails on doctored ones.

The stand-in memstep (fake_memstep.py) is the reference trace with every object renamed;
each doctoring changes one thing and compare.py must exit 1 naming it: stdout, a dropped step,
a line, two names merged onto one object, a value, the error, an event dropped, a list
reversed, a set of ints reversed (CPython's order is fixed), a frame's names out of binding
order, the traceback left out, a syntax error's caret moved, the raise event left out, a field
outside the contract, an exception's value left out. Reversing sets that hold strings must
still match (their order varies with hash randomization).
"""

import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ALIASING = os.path.join(HERE, "selftest", "aliasing.py")
SETS = os.path.join(HERE, "selftest", "sets.py")
RAISING = os.path.join(HERE, "selftest", "raising.py")
SYNTAX_ERROR = os.path.join(HERE, "selftest", "syntax_error.py")

# case -> (program, doctor, expected exit code, text the report must contain)
CASES = {
    "none": (ALIASING, "none", 0, "ok "),
    "stdout": (ALIASING, "stdout", 1, "stdout differs"),
    "drop-step": (ALIASING, "drop-step", 1, "differs"),
    "line": (ALIASING, "line", 1, "line differs"),
    "merge-identity": (ALIASING, "merge-identity", 1, "identity differs"),
    "value": (ALIASING, "value", 1, "value differs"),
    "error": (ALIASING, "error", 1, "error differs"),
    "bad-events": (ALIASING, "bad-events", 1, "events do not"),
    "swap-list": (ALIASING, "swap-list", 1, "differs"),
    "reorder-vars": (ALIASING, "reorder-vars", 1, "binds its names in another order"),
    "extra-field": (ALIASING, "extra-field", 1, "outside the contract"),
    "sets untouched": (SETS, "none", 0, "ok "),
    "reverse-sets": (SETS, "reverse-sets", 0, "ok "),
    "value in a set": (SETS, "value", 1, "set items differs"),
    "reverse-int-sets": (SETS, "reverse-int-sets", 1, "set item 0"),
    "raising untouched": (RAISING, "none", 0, "ok "),
    "drop-traceback": (RAISING, "drop-traceback", 1, "traceback: CPython gives one"),
    "drop-raise": (RAISING, "drop-raise", 1, "memstep's raise events: []"),
    "drop-value": (RAISING, "drop-value", 1, "presence of value"),
    "syntax error untouched": (SYNTAX_ERROR, "none", 0, "ok "),
    "move-caret": (SYNTAX_ERROR, "move-caret", 1, "traceback text differs"),
}


def run_compare(program, doctor):
    fake = "%s %s --doctor %s" % (sys.executable, os.path.join(HERE, "fake_memstep.py"), doctor)
    proc = subprocess.run([sys.executable, os.path.join(HERE, "compare.py"), "--memstep", fake,
                           program], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    return proc.returncode, proc.stdout


def main():
    failures = 0
    for case, (program, doctor, code, text) in CASES.items():
        got_code, output = run_compare(program, doctor)
        ok = got_code == code and text in output
        print("%s %s: exit %d\n%s" % ("PASS" if ok else "FAIL", case, got_code,
                                       "    " + output.strip().replace("\n", "\n    ")))
        failures += not ok
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
