#!/usr/bin/env python3
"""Walks dir() of every built-in type and every module memstep provides, name by name.

The rule it checks: a name CPython 3.11 has and memstep lacks ends the run in `Unsupported`
naming it, never in an AttributeError (or any other answer) CPython would not give. For each
target (a type, a sample instance, a module) one program tries every name of CPython's
dir() with getattr inside try/except and prints `ok NAME` or the exception's type. python3
runs it once and gives the expected lines; memstep-trace --run runs it with the same names
and must print the same lines, except that it may stop in Unsupported at a name when its
message names that name. Because Unsupported ends a run, the next run starts at the name
after it, so an Unsupported name hides none of the names that follow it.

bytes, bytearray and memoryview are left out of the walk on purpose: a bytes type is being
added to memstep separately, and its names will be walked once it lands.

Usage: check_dir_walk.py --memstep PATH [--only LABEL ...] [--verbose]
       check_dir_walk.py --self-test   (the checker against a doctored stand-in; must fail)
"""

import builtins
import os
import re
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor

import checker_cli
from checker_cli import run, unsupported_message

# Programs run two at a time (the machine and CI have two cores).
JOBS = 2
HERE = os.path.dirname(os.path.abspath(__file__))
MODULES_CPP = os.path.join(HERE, "..", "..", "core", "src", "modules", "modules.cpp")

# Left out of the walk (see the docstring): bytes is another engineer's work in progress.
EXCLUDED_TYPES = {"bytes", "bytearray", "memoryview"}

GEN_SETUP = "def gen():\n    yield 1\n"
FUNC_SETUP = "def func(a, b=2):\n    return a\n"
CLASS_SETUP = "class C:\n    def method(self):\n        return 1\n"

# Sample instances: (label, setup, expression). Their types' names come from type(sample), so
# types builtins does not name (generator, dict_keys, list_iterator...) are walked as well.
SAMPLES = [
    ("int()", "", "5"),
    ("bool()", "", "True"),
    ("float()", "", "1.5"),
    ("complex()", "", "complex(1, 2)"),
    ("str()", "", "'abc'"),
    ("list()", "", "[1, 2]"),
    ("tuple()", "", "(1, 2)"),
    ("dict()", "", "{'a': 1}"),
    ("set()", "", "{1, 2}"),
    ("frozenset()", "", "frozenset({1, 2})"),
    ("range()", "", "range(3)"),
    ("slice()", "", "slice(1, 5, 2)"),
    ("object()", "", "object()"),
    ("None", "", "None"),
    ("Ellipsis", "", "..."),
    ("NotImplemented", "", "NotImplemented"),
    ("function", FUNC_SETUP, "func"),
    ("lambda", "", "lambda x: x"),
    ("builtin function", "", "len"),
    ("builtin method", "", "[].append"),
    ("method", CLASS_SETUP, "C().method"),
    ("class", CLASS_SETUP, "C"),
    ("instance", CLASS_SETUP, "C()"),
    ("generator", GEN_SETUP, "gen()"),
    ("cell", "", "(lambda x: lambda: x)(1).__closure__[0]"),
    ("list_iterator", "", "iter([1])"),
    ("list_reverseiterator", "", "reversed([1])"),
    ("tuple_iterator", "", "iter((1,))"),
    ("str_ascii_iterator", "", "iter('ab')"),
    ("str_iterator", "", "iter('\u00e9')"),
    ("range_iterator", "", "iter(range(3))"),
    ("longrange_iterator", "", "iter(range(1 << 70))"),
    ("set_iterator", "", "iter({1})"),
    ("dict_keyiterator", "", "iter({1: 2})"),
    ("dict_valueiterator", "", "iter({1: 2}.values())"),
    ("dict_itemiterator", "", "iter({1: 2}.items())"),
    ("dict_reversekeyiterator", "", "reversed({1: 2})"),
    ("dict_keys", "", "{1: 2}.keys()"),
    ("dict_values", "", "{1: 2}.values()"),
    ("dict_items", "", "{1: 2}.items()"),
    ("callable_iterator", "", "iter(lambda: 1, 2)"),
    ("enumerate()", "", "enumerate([1])"),
    ("zip()", "", "zip([1], [2])"),
    ("map()", "", "map(abs, [1])"),
    ("filter()", "", "filter(None, [1])"),
    ("reversed()", "", "reversed((1, 2))"),
    ("dict_reversevalueiterator", "", "reversed({1: 2}.values())"),
    ("property()", "", "property(len)"),
    ("staticmethod()", "", "staticmethod(len)"),
    ("classmethod()", "", "classmethod(len)"),
    ("super()", CLASS_SETUP, "super(C, C())"),
    ("ValueError()", "", "ValueError('x')"),
    ("KeyError()", "", "KeyError('k')"),
    ("StopIteration()", "", "StopIteration(1)"),
    ("OSError()", "", "OSError(2, 'x')"),
    ("SyntaxError()", "", "SyntaxError('x')"),
    ("ImportError()", "", "ImportError('x')"),
    ("SystemExit()", "", "SystemExit(1)"),
]


def targets():
    """Every (label, setup, expression, names expression) to walk.

    Each type is walked once: type(sample) only when builtins does not name it. An exception
    class below BaseException is walked for the names its own dict defines: the rest are
    BaseException's, walked on it and on the sample instances."""
    found = []
    walked_types = set()
    for name, value in vars(builtins).items():
        if isinstance(value, type) and not name.startswith("_") and name not in EXCLUDED_TYPES:
            names = None
            if issubclass(value, BaseException) and value is not BaseException:
                names = repr(sorted(vars(value)))
            found.append((name, "", name, names))
            walked_types.add(value)
    for label, setup, expr in SAMPLES:
        found.append((label, setup, expr, None))
        namespace = {}
        exec(setup, namespace)
        sample_type = type(eval(expr, namespace))
        if sample_type.__name__ not in {t.__name__ for t in walked_types}:
            walked_types.add(sample_type)
            found.append(("type(%s)" % label, setup, "type(%s)" % expr, None))
    # What a class has from its metaclass: int.__name__, C.mro, ...
    found.append(("int as a type", "", "int", "dir(type)"))
    found.append(("class as a type", CLASS_SETUP, "C", "dir(type)"))
    for module in module_names():
        if "." in module:  # memstep imports collections.abc's names, not the module itself
            found.append((module, module, None, None))
        else:
            found.append((module, "import %s" % module, module, None))
    return found


def module_names():
    """The modules in core/src/modules/modules.cpp's table."""
    with open(MODULES_CPP, encoding="utf-8") as f:
        text = f.read()
    table = text[text.index("kModules[] = {"):]
    table = table[:table.index("};")]
    return re.findall(r'\{"([\w.]+)",', table)


def walk_program(setup, expr, names_expr):
    """The program python3 runs: it prints the names it walks, then one line per name."""
    return "%s\nobj = %s\nnames = %s\nprint(names)\n%s" % (
        setup, expr, names_expr or "dir(obj)", TRY_EACH)


TRY_EACH = """for n in names:
    try:
        getattr(obj, n)
        print('ok', n)
    except Exception as e:
        print(type(e).__name__, n)
"""


def memstep_program(setup, expr, names):
    return "%s\nobj = %s\nnames = %r\n%s" % (setup, expr, names, TRY_EACH)


def from_program(module, names):
    """Each name read by `from MODULE import NAME`, for a module memstep does not bind."""
    return "".join("try:\n    from %s import %s\n    print('ok %s')\n"
                   "except Exception as e:\n    print(type(e).__name__, %r)\n"
                   % (module, name, name, name) for name in names)


class Tally:
    def __init__(self):
        self.walked = self.ok = self.same_error = self.unsupported = 0
        self.problems = []
        self.unsupported_names = []


def walk(memstep, label, setup, expr, names_expr, workdir):
    """Walks one target; returns its Tally."""
    tally = Tally()
    if expr is None:  # setup is a module read name by name with `from setup import NAME`
        code, out, err = run([sys.executable], "import %s\nprint(dir(%s))\n" % (setup, setup),
                             workdir)
        names = eval(out) if code == 0 else []
        program = lambda rest: from_program(setup, rest)  # noqa: E731
        code, out, err = run([sys.executable], program(names), workdir)
        lines = [repr(names)] + out.splitlines()
    else:
        program = lambda rest: memstep_program(setup, expr, rest)  # noqa: E731
        code, out, err = run([sys.executable], walk_program(setup, expr, names_expr), workdir)
        lines = out.splitlines()
    if code != 0:
        tally.problems.append("python3 failed on the walk program: " + err[-300:])
        return tally
    names = eval(lines[0])  # the list python3 printed: plain strings
    expected = dict(zip(names, lines[1:]))
    tally.walked = len(names)
    start = 0
    while start < len(names):
        rest = names[start:]
        code, out, err = run(memstep, program(rest), workdir)
        got = out.splitlines()
        for name, line in zip(rest, got):
            if line != expected[name]:
                tally.problems.append("%s: memstep says %r, CPython %r"
                                      % (name, line, expected[name]))
            elif line.startswith("ok "):
                tally.ok += 1
            else:
                tally.same_error += 1
        if code == 0 and len(got) == len(rest):
            break
        message = unsupported_message(err)
        if len(got) >= len(rest) or message is None:
            tally.problems.append("run ended badly after %d of %d names (exit %d): %s"
                                  % (len(got), len(rest), code, err.strip()[-300:]))
            break
        if start == 0 and not got and expr is not None:
            alone = run(memstep, "%s\nobj = %s\n" % (setup, expr), workdir)
            if unsupported_message(alone[2]) is not None:
                # The sample itself (complex(1, 2), a code object...) is refused.
                tally.unsupported_names.append("(the sample: %s)" % unsupported_message(alone[2]))
                tally.walked = 0
                break
        name = rest[len(got)]
        if name not in message:
            tally.problems.append("%s: Unsupported does not name it: %s" % (name, message))
        else:
            tally.unsupported += 1
            tally.unsupported_names.append(name)
        start += len(got) + 1
    return tally


def check(memstep, only, verbose):
    failed = 0
    totals = Tally()
    chosen = [t for t in targets() if not only or t[0] in only]
    with tempfile.TemporaryDirectory() as workdir, ThreadPoolExecutor(JOBS) as pool:
        tallies = pool.map(lambda t: walk(memstep, *t, workdir), chosen)
        for (label, _, _, _), tally in zip(chosen, tallies):
            print("%-28s walked %3d  ok %3d  same error %2d  Unsupported %3d  wrong %d"
                  % (label, tally.walked, tally.ok, tally.same_error, tally.unsupported,
                     len(tally.problems)))
            if verbose and tally.unsupported_names:
                print("    Unsupported: " + " ".join(tally.unsupported_names))
            for problem in tally.problems:
                print("    FAIL " + problem)
            failed += len(tally.problems)
            for field in ("walked", "ok", "same_error", "unsupported"):
                setattr(totals, field, getattr(totals, field) + getattr(tally, field))
    print("total: walked %d, ok %d, same error %d, Unsupported %d, wrong %d"
          % (totals.walked, totals.ok, totals.same_error, totals.unsupported, failed))
    return 1 if failed else 0


# A stand-in for memstep-trace --run: python3 running the program, doctored so that reading
# `count` gives a false AttributeError and reading `index` ends in Unsupported naming it.
FAKE = """import builtins, sys
real = builtins.getattr
def doctored(obj, name, *default):
    if name == "count":
        raise AttributeError(name)
    if name == "index":
        sys.stdout.flush()
        sys.stderr.write("Unsupported: `index` is not supported (line 1)\\n")
        sys.exit(1)
    return real(obj, name, *default)
builtins.getattr = doctored
path = sys.argv[-1]
exec(compile(open(path).read(), path, "exec"), {"__name__": "__main__"})
"""


def self_test():
    """The checker must pass python3 itself and fail the doctored stand-in on `count` only."""
    with tempfile.TemporaryDirectory() as workdir:
        fake = os.path.join(workdir, "fake.py")
        with open(fake, "w", encoding="utf-8") as f:
            f.write(FAKE)
        honest = walk([sys.executable], "list", "", "list", None, workdir)
        doctored = walk([sys.executable, fake], "list", "", "list", None, workdir)
    problems = []
    if honest.problems or honest.ok + honest.same_error != honest.walked:
        problems.append("python3 against itself: %r" % honest.problems)
    if [p.split(":")[0] for p in doctored.problems] != ["count"]:
        problems.append("the doctored stand-in should fail on `count` only: %r"
                        % doctored.problems)
    if doctored.unsupported_names != ["index"] or doctored.ok != doctored.walked - 2:
        problems.append("the doctored stand-in's `index` should be Unsupported and the names "
                        "after it walked: %r, ok %d of %d"
                        % (doctored.unsupported_names, doctored.ok, doctored.walked))
    return checker_cli.report(problems,
                              "the checker fails a false AttributeError and walks on past Unsupported")


def main():
    return checker_cli.main(__doc__, "dir() differs", check, self_test)


if __name__ == "__main__":
    sys.exit(main())
