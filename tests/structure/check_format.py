#!/usr/bin/env python3
"""Checks that the C++ sources are formatted as .clang-format says.

Runs `clang-format --dry-run --Werror` over every .h, .cpp and .h.in of core/, ui/, app/,
tests/ and bench/ (the fixtures of the structure checks excepted: fake trees, not code), and
fails listing each file clang-format would change. To format them:

    tests/structure/check_format.py --fix

    tests/structure/check_format.py [--root DIR] [--clang-format PATH] [--fix]
"""
import argparse
import pathlib
import shutil
import subprocess
import sys

FOLDERS = ('core', 'ui', 'app', 'tests', 'bench')
SKIP = ('tests/structure/fixtures',)
BATCH = 64


def sources(root):
    for folder in FOLDERS:
        for path in sorted((root / folder).rglob('*')):
            rel = path.relative_to(root).as_posix()
            if any(rel.startswith(s + '/') for s in SKIP) or not path.is_file():
                continue
            if path.suffix in ('.h', '.cpp') or path.name.endswith('.h.in'):
                yield path


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--root', default=pathlib.Path(__file__).resolve().parents[2], type=pathlib.Path)
    ap.add_argument('--clang-format', default=None)
    ap.add_argument('--fix', action='store_true', help='format the files in place')
    args = ap.parse_args()
    tool = args.clang_format or shutil.which('clang-format') or shutil.which('clang-format-14')
    if tool is None:
        print('check_format: clang-format not found (Debian: apt install clang-format)')
        return 1
    files = [str(p) for p in sources(args.root)]
    bad = []
    for i in range(0, len(files), BATCH):
        batch = files[i:i + BATCH]
        if args.fix:
            subprocess.run([tool, '-i', '--style=file'] + batch, check=True, cwd=args.root)
            continue
        done = subprocess.run([tool, '--dry-run', '--Werror', '--style=file'] + batch,
                              cwd=args.root, capture_output=True, text=True)
        if done.returncode != 0:
            for line in done.stderr.splitlines():
                if ': error: ' in line:
                    name = line.split(':', 1)[0]
                    if name not in bad:
                        bad.append(name)
            if not bad:
                print(done.stderr)
                return 1
    for name in bad:
        print(f'not formatted: {pathlib.Path(name).resolve().relative_to(args.root.resolve())}')
    print(f'check_format: {len(bad)} of {len(files)} file(s) not formatted'
          + (' (fix: tests/structure/check_format.py --fix)' if bad else ''))
    return 1 if bad else 0


if __name__ == '__main__':
    sys.exit(main())
