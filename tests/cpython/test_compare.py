#!/usr/bin/env python3
"""Self tests of compare.py: it passes on a faithful trace and fails on doctored ones.

The stand-in memstep (fake_memstep.py) is the reference trace with every object renamed;
each doctoring changes one thing (stdout, a dropped step, a line, two names merged onto one
object, a value, the error, an event dropped, a list reversed) and compare.py must exit 1
naming it; reversing sets' items must still match (set order is not compared).
"""

import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
PROGRAM = os.path.join(HERE, "selftest", "aliasing.py")
SET_PROGRAM = os.path.join(HERE, "selftest", "sets.py")

# doctor -> (expected exit code, text the report must contain)
CASES = {
    "none": (0, "ok "),
    "stdout": (1, "stdout differs"),
    "drop-step": (1, "differs"),
    "line": (1, "line differs"),
    "merge-identity": (1, "identity differs"),
    "value": (1, "value differs"),
    "error": (1, "error differs"),
    "bad-events": (1, "events do not"),
    "reverse-sets": (0, "ok "),
    "swap-list": (1, "differs"),
    "value in a set": (1, "set items differs"),
}


def run_compare(doctor):
    program = PROGRAM
    if doctor in ("reverse-sets", "value in a set"):
        program, doctor = SET_PROGRAM, doctor.split()[0]
    fake = "%s %s --doctor %s" % (sys.executable, os.path.join(HERE, "fake_memstep.py"), doctor)
    proc = subprocess.run([sys.executable, os.path.join(HERE, "compare.py"), "--memstep", fake,
                           program], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    return proc.returncode, proc.stdout


def main():
    failures = 0
    for doctor, (code, text) in CASES.items():
        got_code, output = run_compare(doctor)
        ok = got_code == code and text in output
        print("%s %s: exit %d\n%s" % ("PASS" if ok else "FAIL", doctor, got_code,
                                       "    " + output.strip().replace("\n", "\n    ")))
        failures += not ok
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
