#!/usr/bin/env python3
"""Proves check_includes.py, check_sizes.py, check_format.py and check_translations.py can fail: each runs on a tiny fake tree under
fixtures/ and must pass on the clean one and report exactly the planted problems on the others.
"""
import os
import pathlib
import subprocess
import sys
import tempfile
import unittest

HERE = pathlib.Path(__file__).resolve().parent
FIXTURES = HERE / 'fixtures'


def run(script, *args):
    done = subprocess.run([sys.executable, str(HERE / script), *args],
                          capture_output=True, text=True, check=False)
    problems = [line for line in done.stdout.splitlines() if not line.startswith(script.split('.')[0])]
    return done.returncode, problems


class CheckIncludes(unittest.TestCase):
    def includes(self, tree):
        return run('check_includes.py', '--root', str(FIXTURES / tree))

    def test_clean_tree_passes(self):
        self.assertEqual(self.includes('clean'), (0, []))

    def test_upward_includes_fail(self):
        code, problems = self.includes('upward')
        self.assertEqual(code, 1)
        upward = [p for p in problems if p.startswith('upward:')]
        self.assertEqual(len(upward), 2, problems)
        self.assertIn('core/include/memstep/trace_json.h:2', upward[0])
        self.assertIn('"memstep/run.h"', upward[0])
        # A flat ui include is resolved by searching the ui folders.
        self.assertIn('ui/diagram/diagram_layout.h:2', upward[1])
        self.assertIn('(ui/window, layer ui-window)', upward[1])
        cycles = [p for p in problems if p.startswith('cycle:')]
        self.assertEqual(len(cycles), 2, problems)

    def test_cycle_within_a_layer_fails(self):
        code, problems = self.includes('cycle')
        self.assertEqual(code, 1)
        self.assertEqual(len(problems), 1, problems)
        self.assertTrue(problems[0].startswith('cycle: numeric <-> syntax'), problems)

    def test_unknown_file_and_unresolved_include_fail(self):
        code, problems = self.includes('unknown')
        self.assertEqual(code, 1)
        self.assertEqual(problems, [
            'no layer: core/src/extra/thing.cpp (add it to LAYERS in check_includes.py)',
            'unresolved: core/src/syntax/lexer.cpp:2 includes "no_such_header.h"'])


class CheckSizes(unittest.TestCase):
    def sizes(self, *limits):
        return run('check_sizes.py', '--root', str(FIXTURES / 'sizes'), *limits, 'core')

    def test_within_limits_passes(self):
        self.assertEqual(self.sizes(), (0, []))

    def test_long_function_fails(self):
        self.assertEqual(self.sizes('--function-lines', '8'),
                         (1, ['function: core/src/syntax/long.cpp:2 sum has 9 lines (limit 8)']))
        self.assertEqual(self.sizes('--function-lines', '9'), (0, []))

    def test_long_file_fails_but_not_a_generated_table(self):
        self.assertEqual(self.sizes('--file-lines', '9'),
                         (1, ['file: core/src/syntax/long.cpp has 10 lines (limit 9)']))

    def test_full_folder_fails(self):
        self.assertEqual(self.sizes('--folder-files', '3'),
                         (1, ['folder: core/src/syntax holds 4 source files (limit 3)']))



class CheckFormat(unittest.TestCase):
    def test_an_unformatted_file_fails_and_a_formatted_one_passes(self):
        code, problems = run('check_format.py', '--root', str(FIXTURES / 'format'))
        self.assertEqual(code, 1)
        self.assertEqual(problems, ['not formatted: core/bad.cpp'])


LUPDATE = '/usr/lib/qt6/bin/lupdate'
WINDOW_SOURCE = 'QString a() { return QObject::tr("&File"); }\nQString b() { return QObject::tr("Step %1"); }\n'
TRANSLATED = {'&File': '&Datei', 'Step %1': 'Schritt %1'}


@unittest.skipUnless(os.access(LUPDATE, os.X_OK), 'lupdate (qt6-l10n-tools) is not installed')
class CheckTranslations(unittest.TestCase):
    """A fake tree with one window source and its six .ts files, made by lupdate and filled in."""

    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()
        self.root = pathlib.Path(self.tmp.name)
        (self.root / 'ui' / 'window').mkdir(parents=True)
        (self.root / 'app').mkdir()
        self.source = self.root / 'ui' / 'window' / 'window.cpp'
        self.source.write_text(WINDOW_SOURCE)
        folder = self.root / 'resources' / 'translations'
        folder.mkdir(parents=True)
        for code in ['de', 'fr', 'es', 'pt_BR', 'zh_CN', 'fi']:
            ts = folder / f'memstep_{code}.ts'
            subprocess.run([LUPDATE, '-silent', '-locations', 'none', str(self.source), '-ts', str(ts)],
                           check=True)
            text = ts.read_text()
            for source, translation in TRANSLATED.items():
                escaped = source.replace('&', '&amp;')
                text = text.replace(f'<source>{escaped}</source>\n        <translation type="unfinished"></translation>',
                                    f'<source>{escaped}</source>\n        <translation>{translation.replace("&", "&amp;")}</translation>')
            ts.write_text(text)
        self.german = folder / 'memstep_de.ts'

    def tearDown(self):
        self.tmp.cleanup()

    def check(self):
        return run('check_translations.py', '--root', str(self.root))

    def test_complete_translations_pass(self):
        self.assertEqual(self.check(), (0, []))

    def test_planted_problems_fail(self):
        text = self.german.read_text()
        text = text.replace('<translation>&amp;Datei</translation>', '<translation>Datei</translation>')
        text = text.replace('<translation>Schritt %1</translation>', '<translation>Schritt</translation>')
        self.german.write_text(text)
        code, problems = self.check()
        self.assertEqual(code, 1)
        self.assertEqual(len(problems), 2, problems)
        self.assertIn("'&File' -> 'Datei': one & accelerator expected", problems[0] + problems[1])
        self.assertIn("'Step %1' -> 'Schritt': placeholders differ", problems[0] + problems[1])

    def test_a_new_source_text_fails_every_language(self):
        self.source.write_text(WINDOW_SOURCE + 'QString c() { return QObject::tr("Back"); }\n')
        code, problems = self.check()
        self.assertEqual(code, 1)
        self.assertEqual(len([p for p in problems if "new source text [QObject] 'Back'" in p]), 6, problems)

    def test_an_unfinished_or_missing_file_fails(self):
        self.german.write_text(self.german.read_text().replace('<translation>Schritt %1</translation>',
                                                               '<translation type="unfinished">Schritt %1</translation>'))
        (self.root / 'resources' / 'translations' / 'memstep_fi.ts').unlink()
        code, problems = self.check()
        self.assertEqual(code, 1)
        self.assertIn("resources/translations/memstep_de.ts [QObject]: 'Step %1' is unfinished", problems)
        self.assertIn('resources/translations/memstep_fi.ts is missing', problems)


if __name__ == '__main__':
    unittest.main()
