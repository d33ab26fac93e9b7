#!/usr/bin/env python3
"""List functions longer than a limit in C++ sources (a heuristic, not a parser).

A function is a brace block opened at namespace level (outside any class, function or
initializer) whose opening text contains a parenthesis. Lambdas and local classes count
toward the function that holds them. Strings, chars and comments are blanked first so
their braces do not count.

    tests/structure/long_functions.py [--limit 120] DIR...
Exit status 1 when any function is over the limit.
"""
import argparse
import pathlib
import re
import sys

_TOKEN = re.compile(r'//[^\n]*|/\*.*?\*/|R"([^(]*)\(.*?\)\1"|"(?:\\.|[^"\\\n])*"|\'(?:\\.|[^\'\\\n])*\'',
                    re.S)


def blank(text):
    """Replaces comments and literals with spaces, keeping newlines so line numbers hold."""
    return _TOKEN.sub(lambda m: re.sub(r'[^\n]', ' ', m.group(0)), text)


def functions(text):
    """Yields (name, first line, line count) for each namespace-level function body."""
    code = blank(text)
    depth_kinds = []  # one entry per open brace: 'ns', 'class', 'fn', 'other'
    start = 0  # offset just after the last ; { or } at namespace level
    fn_open = None
    for i, ch in enumerate(code):
        if ch == '{':
            head = code[start:i]
            in_fn = any(k == 'fn' for k in depth_kinds)
            if in_fn:
                depth_kinds.append('other')
            elif re.search(r'\b(namespace|extern\s*$)', head.split(';')[-1]) and '(' not in head:
                depth_kinds.append('ns')
            elif re.search(r'\b(class|struct|union|enum)\b', head) and '(' not in head.split(':')[0]:
                depth_kinds.append('class')
            elif '(' in head and not re.search(r'=\s*$', head.strip() + ' ') and not head.rstrip().endswith('='):
                depth_kinds.append('fn')
                fn_open = (i, head)
            else:
                depth_kinds.append('other')
            start = i + 1
        elif ch == '}':
            kind = depth_kinds.pop() if depth_kinds else 'other'
            if kind == 'fn' and fn_open:
                open_at, head = fn_open
                first = code.count('\n', 0, open_at) + 1
                last = code.count('\n', 0, i) + 1
                name = re.findall(r'([~\w:]+(?:operator\S*)?)\s*\(', head)
                yield (name[0] if name else '?', first, last - first + 1)
                fn_open = None
            if not any(k == 'fn' for k in depth_kinds):
                start = i + 1
        elif ch == ';' and not any(k == 'fn' for k in depth_kinds):
            start = i + 1


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--limit', type=int, default=120)
    ap.add_argument('dirs', nargs='+')
    args = ap.parse_args()
    found = []
    for d in args.dirs:
        for path in sorted(pathlib.Path(d).rglob('*')):
            if path.suffix not in ('.cpp', '.h'):
                continue
            for name, line, count in functions(path.read_text(errors='replace')):
                if count > args.limit:
                    found.append((count, f'{path}:{line}', name))
    for count, where, name in sorted(found, reverse=True):
        print(f'{count:5d} {where} {name}')
    return 1 if found else 0


if __name__ == '__main__':
    sys.exit(main())
