#!/usr/bin/env python3
"""Checks that every place memstep's interpreter refuses a program is named by README's table.

An `Unsupported` error must only come from something README's table ("What memstep does not
run, and why") lists, with its reason (issue #17). check_unsupported_table.py keeps the table and
tests/unsupported/ in step; this check keeps the table and the interpreter's source in step. It
reads every refusal site in core/src (a call of abortUnsupported, unsupported, refuse,
`abort(kUnsupported, ...)` or a `Diagnostic{kUnsupported, ...}`), reduces its message to a
template (its string literals, with … where the call adds text at run time) and looks the
(file, template) pair up in tests/unsupported/refusal_sites.txt, where each site is assigned:

    FILE <TAB> TEMPLATE <TAB> ROW

ROW is the words of the table's first column ("refused") that name this refusal, as a
student would meet it (`Enum('Color', 'RED GREEN')`): they must occur in a row's first cell.
Words rather than a row's number or title, so that rows can be split or reordered. A site that only passes on a message its caller made, or that no program can
reach but through an internal error, has `INTERNAL: why` instead. So a new refusal cannot land
without a row naming it, a row renamed or removed cannot leave its refusals behind, and a
refusal lifted takes its line out of the file. Line numbers are not kept: code moves.

Usage: check_refusal_sites.py README.md core/src tests/unsupported/refusal_sites.txt
       check_refusal_sites.py --list core/src     (the sites, one per line, to fill the file)
       check_refusal_sites.py --self-test
"""

import collections
import os
import pathlib
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from check_unsupported_table import table_rows  # noqa: E402
from checker_cli import report  # noqa: E402

# The ways core/src refuses: Interpreter::abortUnsupported(what), Parser::unsupported(what,
# line), `abort(kUnsupported, what)`, a Diagnostic built with kUnsupported, re's refuse(what).
CALL = re.compile(r"(\babortUnsupported\s*\(|\babort\(\s*kUnsupported\s*,|(?<![\w.>])unsupported"
                  r"\s*\(|Diagnostic\{\s*kUnsupported\s*,|\brefuse\s*\()")
STRING = re.compile(r'"((?:[^"\\\n]|\\.)*)"')
CHAR = re.compile(r"'(?:[^'\\]|\\.)'")
# Where those functions are declared or defined rather than called.
DEFINITION = re.compile(r"^\s*(\[\[noreturn\]\]\s*)?(inline\s+)?(void|ObjRef|bool|static|std::\w+)"
                        r"[\w:&*<> ]*\b(unsupported|abortUnsupported|refuse)\s*\((const|std)")
FILE_NAME = "refusal_sites.txt"


def call_arguments(src, start):
    """The text of a call's arguments, from just after its opening to its closing bracket."""
    depth, i = 0, start
    while i < len(src):
        c = src[i]
        literal = (STRING if c == '"' else CHAR if c == "'" else None)
        m = literal.match(src, i) if literal else None
        if m:
            i = m.end()
            continue
        if c in "({":
            depth += 1
        elif c in ")}":
            depth -= 1
            if depth < 0:
                break
        elif c == ";":
            break
        i += 1
    return src[start:i]


def template(arguments):
    """The message's string literals, with … where other text joins them."""
    parts, last = [], 0
    for m in STRING.finditer(arguments):
        between = arguments[last:m.start()].strip().strip("+").strip()
        if between and between not in ("(", ")"):
            parts.append("…")
        parts.append(m.group(1))
        last = m.end()
    if parts and arguments[last:].strip().strip(")").strip().strip("+").strip():
        parts.append("…")
    text = re.sub("(…)+", "…", "".join(parts))
    return text or "<refusal>"


def sites(root):
    """(file relative to root's parent's parent, line, template) of each refusal site."""
    found = []
    base = pathlib.Path(root).resolve().parent.parent
    for path in sorted(pathlib.Path(root).resolve().rglob("*")):
        if path.suffix not in (".cpp", ".h"):
            continue
        src = path.read_text(encoding="utf-8")
        for m in CALL.finditer(src):
            line_start = src.rfind("\n", 0, m.start()) + 1
            line = src[line_start:src.find("\n", m.start())]
            if line.lstrip().startswith("//") or DEFINITION.match(line):
                continue
            if "Parser::unsupported(" in line or "Interpreter::abortUnsupported(" in line:
                continue
            found.append((str(path.relative_to(base)), src.count("\n", 0, m.start()) + 1,
                          template(call_arguments(src, m.end()))))
    return found


def read_assignments(text):
    """(file, template) -> row words, and problems with the file's own lines."""
    assigned, problems = collections.defaultdict(list), []
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if len(cells) != 3 or not all(c.strip() for c in cells):
            problems.append("%s line %d: needs FILE, TEMPLATE and ROW separated by tabs"
                            % (FILE_NAME, number))
            continue
        assigned[(cells[0], cells[1])].append(cells[2].strip())
    return assigned, problems


def problems_of(readme_text, found, assignments_text):
    rows = table_rows(readme_text)
    if rows is None:
        return ["README has no table of refusals"]
    refused_cells = [cells[0] for cells in rows if cells]
    assigned, problems = read_assignments(assignments_text)
    counts = collections.Counter((f, t) for f, _, t in found)
    for (f, t), n in sorted(counts.items()):
        rows_named = assigned.get((f, t), [])
        if not rows_named:
            lines = [str(line) for g, line, u in found if (g, u) == (f, t)]
            problems.append("%s:%s refuses \"%s\", which %s assigns to no README row"
                            % (f, ",".join(lines), t, FILE_NAME))
            continue
        for words in rows_named:
            if words.startswith("INTERNAL:"):
                continue
            if not any(words in cell for cell in refused_cells):
                problems.append("%s: \"%s\" is named by \"%s\", which no row of the table "
                                "says" % (f, t, words))
    for (f, t) in sorted(set(assigned) - set(counts)):
        problems.append("%s lists %s: \"%s\", which is no longer a refusal site there"
                        % (FILE_NAME, f, t))
    return problems


def self_test():
    """Each check must fail on doctored inputs and pass on sound ones."""
    readme = ("## What memstep does not run, and why\n\n| refused | why | shown by |\n"
              "|---|---|---|\n| Files: `open` | no files | `with_open` |\n"
              "| `async def` | no loop | `async_def` |\n")
    found = [("core/src/a.cpp", 3, "`open` is not supported"),
             ("core/src/b.cpp", 9, "<refusal>")]
    sound = ("# comment\ncore/src/a.cpp\t`open` is not supported\tFiles: `open`\n"
             "core/src/b.cpp\t<refusal>\tINTERNAL: passes its caller's message on\n")
    cases = [
        ("sound", readme, found, sound, False),
        ("a site assigned to no row", readme,
         found + [("core/src/c.cpp", 1, "`match` is not supported")], sound, True),
        ("a row that is gone", readme.replace("Files: `open`", "Streams"), found, sound, True),
        ("words only in a reason", readme.replace("Files: `open` | no files",
                                                  "Files | no files: `open`"), found, sound, True),
        ("a stale line", readme, found[1:], sound, True),
        ("a line without a row", readme, found, sound.replace("\tFiles: `open`", ""), True),
    ]
    failed = False
    for label, text, sites_found, assignments, should_fail in cases:
        problems = problems_of(text, sites_found, assignments)
        if bool(problems) != should_fail:
            print("FAIL self-test %s: problems %r" % (label, problems))
            failed = True
    # The reader must find the sites of a real-looking source, and skip definitions.
    probe = pathlib.Path(os.environ.get("TMPDIR", "/tmp")) / "refusal_sites_probe" / "core" / "src"
    probe.mkdir(parents=True, exist_ok=True)
    (probe / "x.cpp").write_text(
        'void Parser::unsupported(const std::string& what, int line) const {}\n'
        '// in.abortUnsupported("a comment")\n'
        'return in.abortUnsupported("`" + name + "` of a " + in.typeName(o) + " is not supported");\n'
        'unsupported("`async`", t.line);\n', encoding="utf-8")
    listed = [t for _, _, t in sites(probe)]
    if listed != ["`…` of a … is not supported", "`async`…"]:
        print("FAIL self-test reading sources: %r" % listed)
        failed = True
    print("self-test %s" % ("failed" if failed else "ok"))
    return 1 if failed else 0


def main():
    if sys.argv[1:] == ["--self-test"]:
        return self_test()
    if len(sys.argv) == 3 and sys.argv[1] == "--list":
        for f, line, t in sites(sys.argv[2]):
            print("%s:%d\t%s" % (f, line, t))
        return 0
    if len(sys.argv) != 4:
        print(__doc__)
        return 2
    with open(sys.argv[1], encoding="utf-8") as f:
        readme = f.read()
    with open(sys.argv[3], encoding="utf-8") as f:
        assignments = f.read()
    found = sites(sys.argv[2])
    return report(problems_of(readme, found, assignments),
                  "%d refusal sites, each assigned to a row of README's table" % len(found))


if __name__ == "__main__":
    sys.exit(main())
