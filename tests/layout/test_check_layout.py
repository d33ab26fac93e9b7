#!/usr/bin/env python3
"""check_layout.py's checks on hand-made diagrams: each property passes on a clean one and
fails on one broken just for it, so a checker that stopped looking would be caught."""

import copy
import os
import sys
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from check_layout import check_step  # noqa: E402


def clean_diagram():
    """A frame whose variable points at a list, whose cell points at another list: the
    shape of the contract's own example, with every property holding."""
    return {
        "format": "memstep-layout",
        "version": 1,
        "step": 1,
        "size": [600, 300],
        "boxes": [
            {"id": "f1", "kind": "frame", "rect": [24, 24, 170, 120]},
            {"id": "o7", "kind": "object", "type": "list", "rect": [260, 30, 180, 44]},
            {"id": "o9", "kind": "object", "type": "list", "rect": [260, 200, 180, 44]},
        ],
        "arrows": [
            {"from": "f1:a", "to": "o7", "points": [[180, 60], [220, 60], [260, 52]]},
            {"from": "o7[1]", "to": "o9", "points": [[330, 60], [340, 130], [350, 200]]},
        ],
        "texts": [
            {"text": "Global frame", "px": 15, "rect": [32, 28, 110, 20]},
            {"text": "list", "px": 11, "rect": [270, 32, 20, 12]},
        ],
    }


def properties(layout):
    return sorted({failure.prop for failure in check_step(layout)})


class CheckLayoutTest(unittest.TestCase):
    def test_clean_diagram_passes(self):
        self.assertEqual(check_step(clean_diagram()), [])

    def test_overlapping_boxes_fail_a(self):
        layout = clean_diagram()
        layout["boxes"][2]["rect"] = [300, 60, 180, 44]  # o9 slides up over o7
        layout["arrows"] = []
        self.assertEqual(properties(layout), ["a"])
        self.assertIn("o7 and o9", repr(check_step(layout)[0]))

    def test_touching_boxes_pass(self):
        layout = clean_diagram()
        layout["boxes"][2]["rect"] = [260, 74, 180, 44]  # o9's top on o7's bottom
        layout["arrows"] = []
        self.assertEqual(check_step(layout), [])

    def test_arrow_through_another_box_fails_b(self):
        layout = clean_diagram()
        # f1:a now goes to o9 through a box standing in its way.
        layout["boxes"].append({"id": "o5", "kind": "object", "type": "int", "rect": [200, 100, 40, 40]})
        layout["arrows"][0] = {"from": "f1:a", "to": "o9", "points": [[180, 60], [220, 120], [260, 210]]}
        failures = check_step(layout)
        self.assertEqual(properties(layout), ["b"])
        self.assertIn("passes through o5", repr(failures[0]))

    def test_arrow_along_a_box_edge_passes(self):
        layout = clean_diagram()
        layout["boxes"].append({"id": "o5", "kind": "object", "type": "int", "rect": [200, 100, 40, 40]})
        layout["arrows"][0] = {"from": "f1:a", "to": "o9", "points": [[180, 60], [200, 60], [200, 220], [260, 220]]}
        self.assertEqual(check_step(layout), [])

    def test_arrow_back_through_its_own_box_fails_b(self):
        layout = clean_diagram()
        # o7[1] leaves o7 downwards, turns and comes back up through o7 before going to o9.
        layout["arrows"][1]["points"] = [[330, 60], [330, 90], [400, 90], [400, 50], [450, 50], [450, 150],
                                         [350, 150], [350, 200]]
        failures = check_step(layout)
        self.assertEqual(properties(layout), ["b"])
        self.assertIn("comes back into it", repr(failures[0]))

    def test_arrow_to_its_own_box_may_come_back(self):
        layout = clean_diagram()
        # A list holding itself: the arrow must come back into the box it starts in.
        layout["arrows"][1] = {"from": "o7[1]", "to": "o7", "points": [[330, 60], [330, 90], [460, 90],
                                                                    [460, 52], [440, 52]]}
        self.assertEqual(check_step(layout), [])

    def test_arrows_along_each_other_fail_c(self):
        layout = clean_diagram()
        layout["arrows"].append({"from": "f1:b", "to": "o9", "points": [[180, 100], [220, 100], [220, 170],
                                                                        [330, 170], [330, 200]]})
        layout["arrows"].append({"from": "f1:c", "to": "o9", "points": [[180, 120], [230, 120], [230, 170.5],
                                                                        [400, 170.5], [400, 200]]})
        failures = check_step(layout)
        self.assertEqual(properties(layout), ["c"])
        self.assertIn("f1:b -> o9 and f1:c -> o9 share 100 px", repr(failures[0]))

    def test_arrows_crossing_pass(self):
        layout = clean_diagram()
        layout["arrows"].append({"from": "f1:b", "to": "o9", "points": [[180, 100], [250, 100], [250, 170],
                                                                        [400, 170], [400, 200]]})
        layout["arrows"].append({"from": "f1:c", "to": "o9", "points": [[180, 120], [230, 180], [300, 200]]})
        self.assertEqual(check_step(layout), [])

    def test_head_off_the_edge_fails_d(self):
        layout = clean_diagram()
        layout["arrows"][1]["points"][-1] = [350, 195]  # stops 5 px short of o9
        failures = check_step(layout)
        self.assertEqual(properties(layout), ["d"])
        self.assertIn("5.0 px from the edge of o9", repr(failures[0]))

    def test_head_inside_the_target_fails_d(self):
        layout = clean_diagram()
        layout["arrows"][1]["points"][-1] = [350, 220]  # 20 px into o9
        self.assertEqual(properties(layout), ["d"])

    def test_arrow_to_a_missing_box_fails_d(self):
        layout = clean_diagram()
        layout["arrows"][1]["to"] = "o99"
        self.assertEqual(properties(layout), ["d"])

    def test_small_text_fails_e(self):
        layout = clean_diagram()
        layout["texts"].append({"text": "0", "px": 9, "rect": [270, 50, 6, 9]})
        failures = check_step(layout)
        self.assertEqual(properties(layout), ["e"])
        self.assertIn("'0' is 9 px", repr(failures[0]))

    def test_each_failure_names_its_property(self):
        layout = copy.deepcopy(clean_diagram())
        layout["texts"][0]["px"] = 10
        self.assertTrue(repr(check_step(layout)[0]).startswith("(e) text:"))


if __name__ == "__main__":
    unittest.main()
