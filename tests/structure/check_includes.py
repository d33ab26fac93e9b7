#!/usr/bin/env python3
"""Checks that every #include "..." in core/, ui/ and app/ runs down the layers.

Each source file belongs to a part (a folder, or a public header in core/include/memstep/ that
describes that part) and each part to a layer, from the table below. An include is allowed
within a part, and from a part to one in the same or a lower layer. The check fails listing
every include that reaches up a layer, every include it cannot resolve to a file of the tree,
every file no part claims, and every cycle of includes between parts (two parts of one layer
may use each other's files only one way round).

Includes are resolved as the compiler finds them, from the include directories the
CMakeLists give each target (see INCLUDE_DIRS): the including file's own folder first, then
the target's directories in order. ui/ has one include directory per subfolder (each its own library), so
`#include "diagram_layout.h"` is found by searching them.

    tests/structure/check_includes.py [--root DIR]
Exit status 1 when anything is wrong; the report lists each problem on a line.
"""
import argparse
import pathlib
import re
import sys

# The layers, lowest first: (layer, [(part, [paths relative to the root])]). A path is a
# folder (every file under it) or a single file; the longest matching path wins.
LAYERS = [
    ('bottom', [
        ('syntax', ['core/src/syntax']),
        ('numeric', ['core/src/numeric']),
        ('runtime', ['core/src/runtime']),
        # The trace's data (frames, heap objects, events as plain structs): what the interpreter
        # records and everything above reads; the trace/ folder (storage, JSON) sits higher.
        ('core-api', ['core/include/memstep/ids.h', 'core/include/memstep/diagnostic.h',
                      'core/include/memstep/source_text.h', 'core/include/memstep/version.h.in',
                      'core/include/memstep/trace.h', 'core/include/memstep/run_options.h']),
    ]),
    ('interp', [('interp', ['core/src/interp'])]),
    ('modules', [('modules', ['core/src/modules'])]),
    ('trace', [('trace', ['core/src/trace', 'core/include/memstep/trace_json.h',
                          'core/include/memstep/run_result.h'])]),
    ('run', [('run', ['core/src/run.cpp', 'core/include/memstep/run.h'])]),
    # Engines besides the interpreter (engine/README.md): they write the trace's JSON as core's
    # recorder does, and the command line chooses between them.
    ('engine', [('engine', ['engine/cpython'])]),
    ('ui-base', [
        ('ui/layout', ['ui/layout']),
        ('ui/run', ['ui/run']),
        ('ui/editor', ['ui/editor']),
        ('ui/i18n', ['ui/i18n']),
    ]),
    ('ui-picture', [
        ('ui/diagram', ['ui/diagram']),
        ('ui/animation', ['ui/animation']),
    ]),
    ('ui-export', [('ui/export', ['ui/export'])]),
    ('ui-window', [('ui/window', ['ui/window'])]),
    ('app', [('app', ['app'])]),
]

# Where a quoted include is looked for, after the including file's own folder, by the top
# folder of the including file (core/CMakeLists.txt, ui/CMakeLists.txt, app/CMakeLists.txt).
_UI_DIRS = ['ui/layout', 'ui/diagram', 'ui/run', 'ui/editor', 'ui/i18n', 'ui/animation', 'ui/export',
            'ui/window']
INCLUDE_DIRS = {
    'core': ['core/include', 'core/src'],
    'ui': _UI_DIRS + ['core/include', 'engine/cpython'],
    'engine': ['core/include'],
    'app': _UI_DIRS + ['core/include', 'engine/cpython'],
}

SOURCE_SUFFIXES = ('.cpp', '.h')
_INCLUDE = re.compile(r'^[ \t]*#[ \t]*include[ \t]*"([^"]+)"', re.M)


def layer_table():
    """Returns {path: (part, layer index)} for every path of the table."""
    table = {}
    for rank, (_, parts) in enumerate(LAYERS):
        for part, paths in parts:
            for path in paths:
                table[path] = (part, rank)
    return table


def part_of(rel, table):
    """The (part, rank) claiming a root-relative path, or None."""
    best = None
    for path, owner in table.items():
        if rel == path or rel.startswith(path + '/'):
            if best is None or len(path) > len(best[0]):
                best = (path, owner)
    return best[1] if best else None


def resolve(root, rel, name):
    """The root-relative path an include of `name` from file `rel` names, or None."""
    top = rel.split('/')[0]
    for folder in [str(pathlib.PurePosixPath(rel).parent)] + INCLUDE_DIRS.get(top, []):
        for candidate in (f'{folder}/{name}', f'{folder}/{name}.in'):  # .in: configure_file
            path = (root / candidate).resolve()
            if path.is_file() and path.is_relative_to(root.resolve()):
                return path.relative_to(root.resolve()).as_posix()
    return None


def sources(root):
    for top in INCLUDE_DIRS:
        base = root / top
        if base.is_dir():
            for path in sorted(base.rglob('*')):
                if path.is_file() and (path.suffix in SOURCE_SUFFIXES or path.name.endswith('.h.in')):
                    yield str(pathlib.PurePosixPath(path.relative_to(root)))


def cycles(edges):
    """Strongly connected components of more than one part (Tarjan), each sorted."""
    index, low, stack, on_stack, found = {}, {}, [], set(), []

    def visit(node):
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for nxt in sorted(edges.get(node, ())):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            component = []
            while True:
                top = stack.pop()
                on_stack.discard(top)
                component.append(top)
                if top == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(edges):
        if node not in index:
            visit(node)
    return found


def check(root):
    """Returns the list of problems found under root, one line each."""
    table = layer_table()
    problems = []
    edges = {}  # part -> {part: first include seen}
    for rel in sources(root):
        owner = part_of(rel, table)
        if owner is None:
            problems.append(f'no layer: {rel} (add it to LAYERS in check_includes.py)')
            continue
        text = (root / rel).read_text(errors='replace')
        for match in _INCLUDE.finditer(text):
            name = match.group(1)
            line = text.count('\n', 0, match.start()) + 1
            target = resolve(root, rel, name)
            if target is None:
                problems.append(f'unresolved: {rel}:{line} includes "{name}"')
                continue
            target_owner = part_of(target, table)
            if target_owner is None or target_owner[0] == owner[0]:
                continue
            if target_owner[1] > owner[1]:
                problems.append(f'upward: {rel}:{line} ({owner[0]}, layer {LAYERS[owner[1]][0]}) '
                                f'includes "{name}" ({target_owner[0]}, layer {LAYERS[target_owner[1]][0]})')
            edges.setdefault(owner[0], {}).setdefault(target_owner[0], f'{rel}:{line} "{name}"')
    for component in cycles({part: set(targets) for part, targets in edges.items()}):
        where = '; '.join(f'{a} -> {b} at {edges[a][b]}' for a in component
                          for b in component if b in edges.get(a, {}))
        problems.append(f'cycle: {" <-> ".join(component)} ({where})')
    return problems


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--root', type=pathlib.Path, default=pathlib.Path(__file__).resolve().parents[2])
    args = ap.parse_args()
    problems = check(args.root)
    for problem in problems:
        print(problem)
    print(f'check_includes: {len(problems)} problem(s) under {args.root}')
    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main())
