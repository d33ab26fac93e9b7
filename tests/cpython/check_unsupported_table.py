#!/usr/bin/env python3
"""Checks that README's table of what memstep refuses matches tests/unsupported/.

Every program in tests/unsupported/ (each one refused with an Unsupported error, checked by
check_unsupported.py) must be named in the last column of exactly one row of the README's
table under "What memstep does not run, and why", and every name there must be such a
program; every row must give a reason. So a new refusal cannot land without saying why, and a
refusal lifted cannot leave a stale row behind.

Usage: check_unsupported_table.py README.md tests/unsupported
       check_unsupported_table.py --self-test   (shows each check failing on a doctored table)
"""

import os
import re
import sys

from checker_cli import report

HEADING = "## What memstep does not run, and why"


def table_rows(readme_text):
    """The (refused, why, programs) cells of each row of the table under HEADING."""
    start = readme_text.find(HEADING)
    if start < 0:
        return None
    rows = []
    for line in readme_text[start:].splitlines()[1:]:
        if line.startswith("## "):
            break
        if not line.startswith("| ") or line.startswith("| refused"):
            continue
        cells = [cell.strip() for cell in line.strip().strip("|").split(" | ")]
        rows.append(cells)
    return rows


def problems_of(readme_text, programs):
    rows = table_rows(readme_text)
    if rows is None:
        return ["README has no section '%s'" % HEADING]
    problems = []
    named = {}
    for cells in rows:
        if len(cells) != 3 or not all(cells):
            problems.append("a row needs three filled cells (refused | why | shown by): %r"
                            % cells)
            continue
        for name in re.findall(r"`([A-Za-z0-9_]+)`", cells[2]):
            if name in named:
                problems.append("%s is named in two rows" % name)
            named[name] = cells[0]
    for name in sorted(programs - set(named)):
        problems.append("tests/unsupported/%s.py is in no row of the table" % name)
    for name in sorted(set(named) - programs):
        problems.append("the table names %s, which is not a program in tests/unsupported"
                        % name)
    return problems


def self_test():
    """Each check must fail on a table doctored to break it, and pass on a sound one."""
    sound = (HEADING + "\n\n| refused | why | shown by |\n|---|---|---|\n"
             "| `open` | no files | `with_open`, `import_os` |\n\n## Next\n| x | y | `later` |\n")
    cases = [
        ("sound", sound, {"with_open", "import_os"}, False),
        ("a program in no row", sound, {"with_open", "import_os", "complex_number"}, True),
        ("a row naming no program", sound, {"with_open"}, True),
        ("a row without a reason", sound.replace("no files", ""), {"with_open", "import_os"},
         True),
        ("a program in two rows", sound.replace("\n\n## Next", "| b | c | `with_open` |\n## Next"),
         {"with_open", "import_os"}, True),
        ("no section", sound.replace(HEADING, "## Other"), {"with_open", "import_os"}, True),
    ]
    failed = False
    for label, text, programs, should_fail in cases:
        problems = problems_of(text, programs)
        if bool(problems) != should_fail:
            print("FAIL self-test %s: problems %r" % (label, problems))
            failed = True
    print("self-test %s" % ("failed" if failed else "ok"))
    return 1 if failed else 0


def main():
    if sys.argv[1:] == ["--self-test"]:
        return self_test()
    if len(sys.argv) != 3:
        print(__doc__)
        return 2
    with open(sys.argv[1], encoding="utf-8") as f:
        text = f.read()
    programs = {name[:-3] for name in os.listdir(sys.argv[2]) if name.endswith(".py")}
    return report(problems_of(text, programs),
                  "%d refusals, each in the README's table" % len(programs))


if __name__ == "__main__":
    sys.exit(main())
