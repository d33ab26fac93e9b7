#!/usr/bin/env python3
"""Checks that memstep-trace refuses a program it cannot run yet, clearly.

The program's first line says what must be refused: `# unsupported: WORD line N`. The trace's
error must be {"type": "Unsupported"} at line N with a message that names WORD (and, as the
style guide asks, says where: the line number appears in the message too).

Usage: check_unsupported.py --memstep PATH PROGRAM.py
"""

import argparse
import json
import re
import shlex
import subprocess
import sys


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--memstep", required=True)
    parser.add_argument("program")
    args = parser.parse_args()
    with open(args.program, encoding="utf-8") as f:
        first = f.readline()
    header = re.match(r"#\s*unsupported:\s*(\S+)\s+line\s+(\d+)", first)
    if not header:
        print("FAIL %s: first line must read '# unsupported: WORD line N'" % args.program)
        return 1
    word, line = header.group(1), int(header.group(2))
    proc = subprocess.run(shlex.split(args.memstep) + [args.program], stdout=subprocess.PIPE,
                          stderr=subprocess.PIPE, timeout=60)
    try:
        error = json.loads(proc.stdout.decode("utf-8")).get("error") or {}
    except ValueError:
        print("FAIL %s: memstep-trace printed no JSON (exit %d): %s"
              % (args.program, proc.returncode, proc.stderr.decode("utf-8", "replace")[-500:]))
        return 1
    problems = []
    if error.get("type") != "Unsupported":
        problems.append("type is %r, not 'Unsupported'" % error.get("type"))
    if error.get("line") != line:
        problems.append("line is %r, not %d" % (error.get("line"), line))
    message = error.get("message", "")
    if word not in message:
        problems.append("message %r does not name %r" % (message, word))
    if str(line) not in message:
        problems.append("message %r does not say line %d" % (message, line))
    if problems:
        print("FAIL %s: %s" % (args.program, "; ".join(problems)))
        return 1
    print("ok %s: %s" % (args.program, message))
    return 0


if __name__ == "__main__":
    sys.exit(main())
