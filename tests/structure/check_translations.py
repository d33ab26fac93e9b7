#!/usr/bin/env python3
"""Checks resources/translations/<part>_<code>.ts against the sources (issue #19).

For every part present (memstep: the window, captions: the step captions) and every shipped
language: the file exists; every message has a translation (not empty, not unfinished, vanished
or obsolete; each plural form too); a translation has the placeholders %1..%9 and %n of its
source and an `&` accelerator exactly when the source has one; and the file is up to date with
the sources: lupdate run on a temporary copy finds no source text that the file lacks and
keeps none that the sources no longer have. Exit status 1 lists every problem.

Usage: check_translations.py [--root DIR] [--lupdate PATH]
"""
import argparse
import glob
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

LANGUAGES = ["de", "fr", "es", "pt_BR", "zh_CN", "fi"]
PLACEHOLDER = re.compile(r"%(?:[1-9]|n)")
# An accelerator is an & before anything but another & (&& is a literal ampersand) or a space.
ACCELERATOR = re.compile(r"&(?![&\s])")


def part_sources(root, part):
    """The files whose texts belong to a part: the captions are ui/animation/step_caption*,
    the window everything else in ui/ and app/."""
    ui = sorted(glob.glob(os.path.join(root, "ui", "*", "*.cpp")) +
                glob.glob(os.path.join(root, "ui", "*", "*.h")))
    captions = [f for f in ui if os.path.basename(f).startswith("step_caption")
                and os.path.basename(os.path.dirname(f)) == "animation"]
    if part == "captions":
        return captions
    app = sorted(glob.glob(os.path.join(root, "app", "*.cpp")))
    return [f for f in ui if f not in captions] + app


def messages(path):
    """(context, source) -> the <message> element, for every message of a .ts file."""
    found = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            found[(name, message.findtext("source") or "")] = message
    return found


def accelerators(text):
    return len(ACCELERATOR.findall(text))


def check_message(where, source, message):
    problems = []
    translation = message.find("translation")
    kind = translation.get("type") if translation is not None else "missing"
    if kind in ("unfinished", "vanished", "obsolete", "missing"):
        return [f"{where}: {source!r} is {kind}"]
    if message.get("numerus") == "yes":
        texts = [form.text or "" for form in translation.findall("numerusform")]
        if not texts:
            texts = [""]
    else:
        texts = [translation.text or ""]
    for text in texts:
        if not text.strip():
            problems.append(f"{where}: {source!r} has an empty translation")
            continue
        if sorted(set(PLACEHOLDER.findall(text))) != sorted(set(PLACEHOLDER.findall(source))):
            problems.append(f"{where}: {source!r} -> {text!r}: placeholders differ")
        want = min(accelerators(source), 1)
        if accelerators(text) != want:
            problems.append(f"{where}: {source!r} -> {text!r}: "
                            f"{'one & accelerator' if want else 'no & accelerator'} expected")
    return problems


def stale_texts(ts_path, sources, lupdate):
    """Source texts lupdate would add to or drop from the file, as two sorted lists."""
    with tempfile.TemporaryDirectory() as tmp:
        copy = os.path.join(tmp, os.path.basename(ts_path))
        shutil.copy(ts_path, copy)
        subprocess.run([lupdate, "-silent", "-locations", "none", "-no-obsolete", *sources,
                        "-ts", copy], check=True, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL)
        before = set(messages(ts_path))
        after = set(messages(copy))
    return sorted(after - before), sorted(before - after)


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    parser = argparse.ArgumentParser()
    parser.add_argument("--root", default=os.path.dirname(os.path.dirname(here)))
    parser.add_argument("--lupdate", default="/usr/lib/qt6/bin/lupdate")
    args = parser.parse_args()
    folder = os.path.join(args.root, "resources", "translations")
    parts = sorted({os.path.basename(p).split("_", 1)[0]
                    for p in glob.glob(os.path.join(folder, "*_*.ts"))})
    if not parts:
        print(f"no translations in {folder}")
        return 1
    if not os.access(args.lupdate, os.X_OK):
        print(f"{args.lupdate} not found: install qt6-l10n-tools (packaging/install-deps.sh)")
        return 1
    problems = []
    for part in parts:
        sources = part_sources(args.root, part)
        for code in LANGUAGES:
            path = os.path.join(folder, f"{part}_{code}.ts")
            where = os.path.relpath(path, args.root)
            if not os.path.exists(path):
                problems.append(f"{where} is missing")
                continue
            for (context, source), message in messages(path).items():
                problems += check_message(f"{where} [{context}]", source, message)
            new, gone = stale_texts(path, sources, args.lupdate)
            problems += [f"{where}: not up to date: new source text [{c}] {s!r}" for c, s in new]
            problems += [f"{where}: not up to date: [{c}] {s!r} is gone from the sources"
                         for c, s in gone]
    for problem in problems:
        print(problem)
    if problems:
        print(f"check_translations: {len(problems)} problem(s); refresh with lupdate -locations none -no-obsolete "
              "(see resources/translations) and translate every message")
        return 1
    print(f"check_translations: complete and up to date: parts {', '.join(parts)}, "
          f"languages {', '.join(LANGUAGES)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
