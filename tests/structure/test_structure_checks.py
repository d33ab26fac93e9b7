#!/usr/bin/env python3
"""Proves check_includes.py, check_sizes.py and check_format.py can fail: each runs on a tiny fake tree under
fixtures/ and must pass on the clean one and report exactly the planted problems on the others.
"""
import pathlib
import subprocess
import sys
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

if __name__ == '__main__':
    unittest.main()
