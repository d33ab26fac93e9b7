#!/usr/bin/env python3
"""Recomputes with python3 every expected value of the unit tests' CPython tables.

Several GoogleTest files hold tables whose expected column was "produced by running python3"
(number parsing, float and int formatting, `%` formatting, float arithmetic, rounding and
hashing, big-int arithmetic, shifts, bases, true division, hashes and pow with a modulus).
This script is the producer checked in: it reads each table from its C++ source, evaluates
the same operation on the same operands in this python3 (which must be 3.11, the version the
tables and memstep follow) and fails on every cell that is not what python3 gives, so a table
edited by hand, or one that drifts from CPython, is caught. Cells that are memstep's own answer
rather than Python's ("Unsupported") are skipped.

The parser and lexer tables (AST dumps, token streams) are not covered here: their expected
texts are in memstep's own rendering of the tree, not a value python3 prints.

Usage: check_python_tables.py [--self-test]
"""

import math
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))

INF = float("inf")
NAN = float("nan")


# ---- reading C++ initializers ------------------------------------------------------------

TOKEN = re.compile(r'''
    \s+ | //[^\n]* |
    (?P<str>"(?:[^"\\\n]|\\.)*") |
    (?P<num>-?(?:0x[0-9a-fA-F]+|\d+\.\d*(?:[eE][-+]?\d+)?|\d+)(?:LL|ULL|ull|ll|u|U|L)?) |
    (?P<name>-?[A-Za-z_][A-Za-z_0-9:]*) |
    (?P<punct>[{},])
''', re.VERBOSE | re.DOTALL)

ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "0": "\0", "\\": "\\", '"': '"', "'": "'",
           "a": "\a", "b": "\b", "f": "\f", "v": "\v", "?": "?"}


def c_string(literal):
    """The bytes of a C string literal (without quotes), decoded as UTF-8."""
    out = bytearray()
    body = literal[1:-1]
    i = 0
    while i < len(body):
        ch = body[i]
        if ch != "\\":
            out += ch.encode("utf-8")
            i += 1
            continue
        nxt = body[i + 1]
        if nxt == "x":
            m = re.match(r"[0-9a-fA-F]+", body[i + 2:])
            out.append(int(m.group(0), 16) & 0xFF)
            i += 2 + len(m.group(0))
        elif nxt in "01234567":
            m = re.match(r"[0-7]{1,3}", body[i + 1:])
            out.append(int(m.group(0), 8) & 0xFF)
            i += 1 + len(m.group(0))
        elif nxt in ("u", "U"):
            width = 4 if nxt == "u" else 8
            out += chr(int(body[i + 2:i + 2 + width], 16)).encode("utf-8")
            i += 2 + width
        else:
            out += ESCAPES[nxt].encode("utf-8")
            i += 2
    return out.decode("utf-8", errors="surrogateescape")


CONSTANTS = {"kInf": INF, "-kInf": -INF, "kNan": "nan", "nullptr": None, "true": True,
             "false": False}


def parse_initializer(text):
    """A C++ brace initializer as nested Python lists of str, int, float and names."""
    tokens = []
    for m in TOKEN.finditer(text):
        if m.group("str") is not None:
            # Adjacent literals are one string.
            if tokens and isinstance(tokens[-1], tuple) and tokens[-1][0] == "str":
                tokens[-1] = ("str", tokens[-1][1] + c_string(m.group("str")))
            else:
                tokens.append(("str", c_string(m.group("str"))))
        elif m.group("num") is not None:
            raw = m.group("num").rstrip("LlUu")
            tokens.append(("val", float(raw) if "." in raw else int(raw, 0)))
        elif m.group("name") is not None:
            name = m.group("name")
            if name not in CONSTANTS and not name.lstrip("-").startswith("Kind::"):
                raise ValueError("unknown name in a table: " + name)
            tokens.append(("val", CONSTANTS.get(name, name.lstrip("-"))))
        elif m.group("punct") is not None:
            tokens.append(("punct", m.group("punct")))
    pos = 0

    def value():
        nonlocal pos
        kind, tok = tokens[pos]
        pos += 1
        if kind == "punct" and tok == "{":
            items = []
            while tokens[pos] != ("punct", "}"):
                items.append(value())
                if tokens[pos] == ("punct", ","):
                    pos += 1
            pos += 1
            return items
        return tok

    return value()


def read_table(path, name):
    """The rows of `const T name[] = {...};` in a C++ file."""
    with open(path, encoding="utf-8") as f:
        source = f.read()
    start = re.search(r"\b%s\[\]\s*=\s*" % re.escape(name), source)
    if not start:
        raise ValueError("%s: no table %s" % (path, name))
    depth, i = 0, start.end()
    for j in range(i, len(source)):
        if source[j] == '"':
            # Skip a string literal (braces inside it are text).
            k = j + 1
            while source[k] != '"':
                k += 2 if source[k] == "\\" else 1
            continue
        if source[j] == "{":
            depth += 1
        elif source[j] == "}":
            depth -= 1
            if depth == 0:
                return parse_initializer(source[i:j + 1])
    raise ValueError("%s: table %s not closed" % (path, name))


# ---- values as the tables spell them -----------------------------------------------------

def hex_value(cell):
    """A HexValue cell: a float.hex() text, kInf/-kInf, "nan", or "" (no value)."""
    if isinstance(cell, float):
        return cell
    if cell == "":
        return None
    return float.fromhex(cell)


def same_float(a, b):
    if a is None or b is None:
        return a is b
    if math.isnan(a) or math.isnan(b):
        return math.isnan(a) and math.isnan(b)
    return a.hex() == b.hex()


def error_text(exc):
    return "%s: %s" % (type(exc).__name__, exc)


def attempt(fn):
    """(value, "") or (None, "Type: message")."""
    try:
        return fn(), ""
    except Exception as exc:  # the table records any error python3 gives
        return None, error_text(exc)


# ---- the tables ---------------------------------------------------------------------------

def check_parse(rows):
    for text, hx, error in rows:
        value, err = attempt(lambda: float(text))
        got_hex = "" if err else value.hex()
        yield (text,), (hx, error), (got_hex, err)


def float_cells(rows, ops):
    """Rows of (a, b, then (value, error) per op): compares each op not marked Unsupported."""
    for row in rows:
        a, b = hex_value(row[0]), hex_value(row[1])
        for k, op in enumerate(ops):
            want_value, want_error = row[2 + 2 * k], row[3 + 2 * k]
            if want_error == "Unsupported" or op is None:
                continue
            value, err = attempt(lambda: op(a, b))
            ok = err == want_error and same_float(hex_value(want_value) if want_value != "" or
                                                  isinstance(want_value, float) else None,
                                                  None if err else float(value))
            yield (row[0], row[1], k), (want_value, want_error), \
                (want_value if ok else (value.hex() if value is not None else ""), err)


def check_divmod(rows):
    return float_cells(rows, [lambda a, b: a // b, lambda a, b: a % b, lambda a, b: a / b])


def check_pow(rows):
    return float_cells(rows, [lambda a, b: a ** b, None, None])


def check_round(rows):
    for value, ndigits, rounded, error in rows:
        got, err = attempt(lambda: round(hex_value(value), ndigits))
        want = hex_value(rounded) if not error else None
        ok = err == error and same_float(want, got)
        yield (value, ndigits), (rounded, error), (rounded if ok else got, err)


def check_round_to_int(rows):
    for value, rounded, error in rows:
        got, err = attempt(lambda: str(round(hex_value(value))))
        yield (value,), (rounded, error), (got or "", err)


def check_round_big_int(rows):
    for value, ndigits, rounded in rows:
        yield (value, ndigits), rounded, str(round(int(value), ndigits))


def check_float_hash(rows):
    for value, h in rows:
        yield (value,), h, hash(hex_value(value))


def check_compare(rows):
    for integer, number, order in rows:
        i, x = int(integer), hex_value(number)
        got = -1 if i < x else 0 if i == x else 1 if i > x else 2
        yield (integer[:30], number), order, got


def check_shift(rows):
    for a, count, left, right in rows:
        yield (a[:30], count), (left, right), (str(int(a) << count), str(int(a) >> count))


def check_base(rows):
    for decimal, base, digits in rows:
        # The digits must spell the number in that base (lowercase, no leading zeros).
        canonical = digits == digits.lower() and (digits.lstrip("-") == "0" or
                                                   not digits.lstrip("-").startswith("0"))
        yield (decimal[:30], base), True, canonical and int(digits, base) == int(decimal)


def check_to_double(rows):
    for value, hx in rows:
        got, err = attempt(lambda: float(int(value)).hex())
        yield (value[:30],), hx, "" if err.startswith("OverflowError") else got


def check_true_div(rows):
    for a, b, hx in rows:
        got, err = attempt(lambda: (int(a) / int(b)).hex())
        yield (a[:30], b[:30]), hx, "" if err.startswith("OverflowError") else got


def check_int_hash(rows):
    for value, h in rows:
        yield (value[:30],), h, hash(int(value))


def check_pow_mod(rows):
    for base, exponent, modulus, result in rows:
        got, err = attempt(lambda: str(pow(int(base), int(exponent), int(modulus))))
        yield (base[:30], exponent[:30], modulus[:30]), result, \
            "!" + err.split(": ", 1)[1] if err else got


def check_binary(rows):
    ops = [lambda a, b: a + b, lambda a, b: a - b, lambda a, b: a * b, lambda a, b: a // b,
           lambda a, b: a % b, lambda a, b: a & b, lambda a, b: a | b, lambda a, b: a ^ b]
    for row in rows:
        a, b = int(row[0]), int(row[1])
        got = []
        for op in ops:
            value, err = attempt(lambda: str(op(a, b)))
            got.append(err.split(":")[0] if err else value)
        got.append(-1 if a < b else 0 if a == b else 1)
        yield (row[0][:30], row[1][:30]), list(row[2:]), got


def check_repr(rows):
    for value, text in rows:
        yield (value,), text, repr(hex_value(value))


def formatted(fn):
    value, err = attempt(fn)
    return "!" + err if err else value


def check_float_format(rows):
    for value, spec, expected in rows:
        yield (value, spec), expected, formatted(lambda: format(hex_value(value), spec))


def check_int_format(rows):
    for value, spec, expected in rows:
        yield (value[:30], spec), expected, formatted(lambda: format(int(value), spec))


def check_string_format(rows):
    for value, spec, expected in rows:
        yield (value, spec), expected, formatted(lambda: format(value, spec))


def percent_argument(arg):
    kind, text, number, key = arg
    if kind == "Kind::Int":
        return key, int(text)
    if kind == "Kind::Float":
        return key, hex_value(number)
    return key, text


def check_percent(rows):
    for fmt, args, expected in rows:
        pairs = [percent_argument(a) for a in args]
        if any(key for key, _ in pairs) or (not pairs and "%(" in fmt):
            # A mapping (the driver's rows with no arguments fail in the key itself).
            operand = {key: value for key, value in pairs}
        elif len(pairs) == 1:
            operand = pairs[0][1]
        else:
            operand = tuple(value for _, value in pairs)
        yield (fmt, pairs), expected, formatted(lambda: fmt % operand)


TABLES = [
    ("number_parse_test.cpp", "kParseCases", check_parse),
    ("numeric_float_ops_test.cpp", "kDivModCases", check_divmod),
    ("numeric_float_ops_test.cpp", "kPowCases", check_pow),
    ("numeric_float_ops_test.cpp", "kRoundCases", check_round),
    ("numeric_float_ops_test.cpp", "kRoundToIntCases", check_round_to_int),
    ("numeric_float_ops_test.cpp", "kRoundIntCases", check_round_big_int),
    ("numeric_float_ops_test.cpp", "kHashCases", check_float_hash),
    ("numeric_float_ops_test.cpp", "kCompareCases", check_compare),
    ("bigint_test.cpp", "kShiftCases", check_shift),
    ("bigint_test.cpp", "kBaseCases", check_base),
    ("bigint_test.cpp", "kToDoubleCases", check_to_double),
    ("bigint_test.cpp", "kTrueDivCases", check_true_div),
    ("bigint_test.cpp", "kHashCases", check_int_hash),
    ("bigint_test.cpp", "kPowModCases", check_pow_mod),
    ("numeric_bigint_arithmetic_test.cpp", "kBinaryCases", check_binary),
    ("float_format_test.cpp", "kReprCases", check_repr),
    ("float_format_test.cpp", "kFloatFormatCases", check_float_format),
    ("float_format_test.cpp", "kIntFormatCases", check_int_format),
    ("float_format_test.cpp", "kStringFormatCases", check_string_format),
    ("numeric_percent_format_test.cpp", "kPercentCases", check_percent),
]


def check(directory):
    """Checks every table under `directory`; returns the number of wrong cells."""
    wrong = 0
    for filename, table, checker in TABLES:
        rows = read_table(os.path.join(directory, filename), table)
        count = 0
        for where, want, got in checker(rows):
            count += 1
            if want != got:
                wrong += 1
                print("WRONG %s %s %r:\n  table:   %r\n  python3: %r"
                      % (filename, table, where, want, got))
        print("%-36s %-18s %4d rows" % (filename, table, count))
    return wrong


def self_test():
    """A copy of one table with one expected cell changed must fail."""
    import shutil
    import tempfile
    with tempfile.TemporaryDirectory() as tmp:
        for filename, _, _ in TABLES:
            shutil.copy(os.path.join(HERE, filename), tmp)
        path = os.path.join(tmp, "numeric_float_ops_test.cpp")
        with open(path, encoding="utf-8") as f:
            text = f.read()
        doctored = text.replace('{"0x1.0000000000000p+61", 1LL}', '{"0x1.0000000000000p+61", 2LL}')
        assert doctored != text, "the self test's row is gone: pick another"
        with open(path, "w", encoding="utf-8") as f:
            f.write(doctored)
        wrong = check(tmp)
    print("self test: the doctored hash row gives %d wrong cell(s)" % wrong)
    return 0 if wrong == 1 else 1


def main():
    if sys.version_info[:2] != (3, 11):
        print("the tables follow CPython 3.11; this is %s" % sys.version.split()[0])
        return 1
    if "--self-test" in sys.argv[1:]:
        return self_test()
    wrong = check(HERE)
    print("%d wrong cell(s)" % wrong)
    return 1 if wrong else 0


if __name__ == "__main__":
    sys.exit(main())
