#!/usr/bin/env python3
"""Properties every step's diagram must have, read from memstep --export-layout.

Runs `memstep --export-layout - --step all PROGRAM.py` (every step of the program, one JSON
object a line, in the geometry of /work/shared/diagram-layout.md) in the default view and with
--every-object, and checks on every step:

  (a) overlap:  no two boxes overlap;
  (b) crossing: no arrow passes through the inside of a box other than the one it starts in
                and the one it points at, and once out of the box it starts in it does not
                come back into it (an arrow looping back through its own container);
  (c) shared:   no two arrows run along each other (collinear for more than SHARED_LENGTH px),
                where a reader could not tell which is which;
  (d) head:     each arrow ends on the edge of its target box (within HEAD_TOLERANCE px);
  (e) text:     every text is at least MIN_TEXT_PX px tall, readable on a projector.

Prints one line per failure (program, view, step, property, ids) and a summary, exits 1 if any
property failed. The checks are plain functions of one step's JSON (check_step), so
test_check_layout.py can show each of them failing on hand-made diagrams.

Usage: check_layout.py --memstep PATH [--view default|every-object|both] PROGRAM.py...
"""

import argparse
import json
import math
import os
import re
import subprocess
import sys

# Two boxes may touch; they overlap when they share more than this much in both directions.
OVERLAP_TOLERANCE = 0.5
# An arrow may run along a box's border (it starts and ends on borders): only the inside of the
# box shrunk by this much counts, and it must cross more than CROSSING_LENGTH px of it.
BOX_INSET = 1.0
CROSSING_LENGTH = 0.5
# Arrows closer than this, at an angle below SHARED_ANGLE degrees, run along each other;
# sharing more than SHARED_LENGTH px of such runs is a shared segment.
SHARED_DISTANCE = 1.5
SHARED_ANGLE = 10.0
SHARED_LENGTH = 8.0
HEAD_TOLERANCE = 2.0
MIN_TEXT_PX = 11
# Failures of one property printed per program and view before the rest are only counted.
MAX_PRINTED = 15
# A program's whole run, every step exported, on a loaded machine (--timeout for a big one).
RUN_TIMEOUT = 120

PROPERTIES = {
    "a": "overlap",
    "b": "crossing",
    "c": "shared",
    "d": "head",
    "e": "text",
}

BOX_ID = re.compile(r"^(f\d+|o\d+|stack-cut)")


class Failure:
    def __init__(self, prop, message):
        self.prop = prop
        self.message = message

    def __repr__(self):
        return "(%s) %s: %s" % (self.prop, PROPERTIES[self.prop], self.message)


def rect_edges(rect):
    x, y, w, h = rect
    return x, y, x + w, y + h


def clip_segment(p, q, box):
    """The part of segment p-q inside box (left, top, right, bottom), as parameters (t0, t1)
    of p + t (q - p), or None (Liang-Barsky)."""
    left, top, right, bottom = box
    if left >= right or top >= bottom:
        return None
    dx, dy = q[0] - p[0], q[1] - p[1]
    t0, t1 = 0.0, 1.0
    for denominator, numerator in ((-dx, p[0] - left), (dx, right - p[0]), (-dy, p[1] - top), (dy, bottom - p[1])):
        if denominator == 0:
            if numerator < 0:
                return None
            continue
        t = numerator / denominator
        if denominator < 0:
            t0 = max(t0, t)
        else:
            t1 = min(t1, t)
        if t0 > t1:
            return None
    return t0, t1


def inset(rect, by):
    left, top, right, bottom = rect_edges(rect)
    return left + by, top + by, right - by, bottom - by


def inside_runs(points, box):
    """Stretches of the polyline inside box, as (start, end) distances along it, merged where
    they touch."""
    runs = []
    travelled = 0.0
    for p, q in zip(points, points[1:]):
        length = math.dist(p, q)
        clipped = clip_segment(p, q, box)
        if clipped is not None:
            start, end = travelled + clipped[0] * length, travelled + clipped[1] * length
            if runs and start - runs[-1][1] < 1e-6:
                runs[-1] = (runs[-1][0], end)
            else:
                runs.append((start, end))
        travelled += length
    return runs


def source_box(arrow):
    match = BOX_ID.match(arrow["from"])
    return match.group(1) if match else None


def check_overlaps(boxes):
    failures = []
    for i, a in enumerate(boxes):
        al, at, ar, ab = rect_edges(a["rect"])
        for b in boxes[i + 1:]:
            bl, bt, br, bb = rect_edges(b["rect"])
            width = min(ar, br) - max(al, bl)
            height = min(ab, bb) - max(at, bt)
            if width > OVERLAP_TOLERANCE and height > OVERLAP_TOLERANCE:
                failures.append(Failure("a", "%s and %s overlap by %.0fx%.0f px" % (a["id"], b["id"], width, height)))
    return failures


def check_crossings(boxes, arrows):
    failures = []
    for arrow in arrows:
        points = arrow["points"]
        start = source_box(arrow)
        name = "%s -> %s" % (arrow["from"], arrow["to"])
        for box in boxes:
            if box["id"] in (start, arrow["to"]):
                continue
            crossed = sum(end - begin for begin, end in inside_runs(points, inset(box["rect"], BOX_INSET)))
            if crossed > CROSSING_LENGTH:
                failures.append(Failure("b", "arrow %s passes through %s (%.0f px inside)" % (name, box["id"], crossed)))
        own = next((box for box in boxes if box["id"] == start), None)
        # An arrow from a box to itself (a list that holds itself) must come back in.
        if own is None or start == arrow["to"]:
            continue
        runs = [run for run in inside_runs(points, inset(own["rect"], BOX_INSET)) if run[1] - run[0] > CROSSING_LENGTH]
        if len(runs) > 1:
            failures.append(Failure("b", "arrow %s leaves %s and comes back into it (%.0f px)"
                                    % (name, start, sum(end - begin for begin, end in runs[1:]))))
    return failures


def segments(points):
    return [(p, q) for p, q in zip(points, points[1:]) if math.dist(p, q) > 1e-9]


def bounds(points, margin):
    xs = [p[0] for p in points]
    ys = [p[1] for p in points]
    return min(xs) - margin, min(ys) - margin, max(xs) + margin, max(ys) + margin


def boxes_meet(a, b):
    return a[0] <= b[2] and b[0] <= a[2] and a[1] <= b[3] and b[1] <= a[3]


def point_line_distance(point, p, q):
    dx, dy = q[0] - p[0], q[1] - p[1]
    return abs(dx * (point[1] - p[1]) - dy * (point[0] - p[0])) / math.hypot(dx, dy)


def collinear_overlap(s, t):
    """How long segments s and t run along each other: 0 unless nearly parallel and close."""
    (p, q), (u, v) = s, t
    length = math.dist(p, q)
    ux, uy = (q[0] - p[0]) / length, (q[1] - p[1]) / length
    other = math.dist(u, v)
    vx, vy = (v[0] - u[0]) / other, (v[1] - u[1]) / other
    if abs(ux * vy - uy * vx) > math.sin(math.radians(SHARED_ANGLE)):
        return 0.0
    if point_line_distance(u, p, q) > SHARED_DISTANCE or point_line_distance(v, p, q) > SHARED_DISTANCE:
        return 0.0
    a = (u[0] - p[0]) * ux + (u[1] - p[1]) * uy
    b = (v[0] - p[0]) * ux + (v[1] - p[1]) * uy
    return max(0.0, min(length, max(a, b)) - max(0.0, min(a, b)))


def check_shared(arrows):
    failures = []
    prepared = []
    for arrow in arrows:
        segs = segments(arrow["points"])
        if segs:
            prepared.append((arrow, segs, [bounds(s, SHARED_DISTANCE) for s in segs], bounds(arrow["points"], SHARED_DISTANCE)))
    for i, (a, a_segs, a_boxes, a_bounds) in enumerate(prepared):
        for b, b_segs, b_boxes, b_bounds in prepared[i + 1:]:
            if not boxes_meet(a_bounds, b_bounds):
                continue
            shared = 0.0
            for s, s_box in zip(a_segs, a_boxes):
                if not boxes_meet(s_box, b_bounds):
                    continue
                for t, t_box in zip(b_segs, b_boxes):
                    if boxes_meet(s_box, t_box):
                        shared += collinear_overlap(s, t)
            if shared > SHARED_LENGTH:
                failures.append(Failure("c", "arrows %s -> %s and %s -> %s share %.0f px"
                                        % (a["from"], a["to"], b["from"], b["to"], shared)))
    return failures


def distance_to_edge(point, rect):
    left, top, right, bottom = rect_edges(rect)
    x, y = point
    if left <= x <= right and top <= y <= bottom:
        return min(x - left, right - x, y - top, bottom - y)
    dx = max(left - x, 0.0, x - right)
    dy = max(top - y, 0.0, y - bottom)
    return math.hypot(dx, dy)


def check_heads(boxes, arrows):
    failures = []
    by_id = {box["id"]: box for box in boxes}
    for arrow in arrows:
        name = "%s -> %s" % (arrow["from"], arrow["to"])
        target = by_id.get(arrow["to"])
        if target is None:
            failures.append(Failure("d", "arrow %s points at %s, which is not a box" % (name, arrow["to"])))
            continue
        if not arrow["points"]:
            failures.append(Failure("d", "arrow %s has no points" % name))
            continue
        tip = arrow["points"][-1]
        off = distance_to_edge(tip, target["rect"])
        if off > HEAD_TOLERANCE:
            failures.append(Failure("d", "arrow %s ends at (%.1f, %.1f), %.1f px from the edge of %s"
                                    % (name, tip[0], tip[1], off, arrow["to"])))
    return failures


def check_texts(texts):
    return [Failure("e", "text %r is %g px" % (text["text"], text["px"]))
            for text in texts if text["px"] < MIN_TEXT_PX]


def check_step(layout):
    """Every failure of one step's diagram (a dict shaped as diagram-layout.md says)."""
    boxes, arrows = layout["boxes"], layout["arrows"]
    return (check_overlaps(boxes) + check_crossings(boxes, arrows) + check_shared(arrows) +
            check_heads(boxes, arrows) + check_texts(layout["texts"]))


def export_steps(memstep, program, every_object, timeout=RUN_TIMEOUT):
    """Every step of program as exported by memstep, in order."""
    command = [memstep, "--export-layout", "-", "--step", "all"]
    if every_object:
        command.append("--every-object")
    command.append(program)
    environment = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(command, capture_output=True, text=True, timeout=timeout, env=environment,
                          stdin=subprocess.DEVNULL)
    if done.returncode != 0:
        raise RuntimeError("%s exited %d: %s" % (" ".join(command), done.returncode, done.stderr.strip()))
    steps = [json.loads(line) for line in done.stdout.splitlines() if line.strip()]
    for number, layout in enumerate(steps, start=1):
        if layout.get("format") != "memstep-layout" or layout.get("version") != 1 or layout.get("step") != number:
            raise RuntimeError("line %d of %s's output is not step %d of a memstep-layout v1" % (number, program, number))
    if not steps:
        raise RuntimeError("%s wrote no steps" % " ".join(command))
    return steps


def main(argv):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--memstep", required=True, help="the memstep executable")
    parser.add_argument("--view", choices=("default", "every-object", "both"), default="both")
    parser.add_argument("--timeout", type=float, default=RUN_TIMEOUT,
                        help="seconds for one view's export of every step (default %(default)s)")
    parser.add_argument("programs", nargs="+")
    args = parser.parse_args(argv)

    views = {"default": [False], "every-object": [True], "both": [False, True]}[args.view]
    failed = False
    summary = []
    for program in args.programs:
        name = os.path.basename(program)
        for every_object in views:
            view = "every-object" if every_object else "default"
            try:
                steps = export_steps(args.memstep, program, every_object, args.timeout)
            except (RuntimeError, subprocess.TimeoutExpired, json.JSONDecodeError) as error:
                print("ERROR %s [%s]: %s" % (name, view, error))
                failed = True
                continue
            counts = {}
            first_step = {}
            for layout in steps:
                for failure in check_step(layout):
                    counts[failure.prop] = counts.get(failure.prop, 0) + 1
                    first_step.setdefault(failure.prop, layout["step"])
                    if counts[failure.prop] <= MAX_PRINTED:
                        print("FAIL %s [%s] step %d %r" % (name, view, layout["step"], failure))
            for prop in sorted(counts):
                if counts[prop] > MAX_PRINTED:
                    print("FAIL %s [%s] (%s) %s: %d more failures not shown"
                          % (name, view, prop, PROPERTIES[prop], counts[prop] - MAX_PRINTED))
            failed = failed or bool(counts)
            summary.append("%s [%s]: %d steps, %s" % (
                name, view, len(steps),
                ", ".join("(%s) %s %d times from step %d" % (p, PROPERTIES[p], counts[p], first_step[p])
                          for p in sorted(counts)) or "all properties hold"))
    print("\n".join(summary))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
