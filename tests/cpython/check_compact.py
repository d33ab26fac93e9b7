#!/usr/bin/env python3
"""The compact JSON form (memstep-trace --compact) against the full form, on one program.

Runs memstep-trace on the program twice, in the full form and in the compact form, and
rebuilds every step of the compact form the way a reader of trace-format.md's "Compact form"
would: take the nearest key step before it and apply the events after it with the semantics
of core/src/trace/apply_event.cpp (compare.py's apply_event), then the step's line and return
value. Each rebuilt state must equal the full form's step. Also checked: the document's other
fields are the full form's; the first step is a key step; key steps carry frames, heap and
stdout and are marked "key": true, other steps carry none of them; a key step's state is what
the events give too; no step needs more events than its key step has objects; and the key
steps together hold at most twice as many objects as there are events (after the first), so
the form's size follows the events, not steps x heap. Prints the first difference and exits 1.

Usage: check_compact.py --memstep COMMAND [--stdin FILE] [--max-key-share F] PROGRAM.py
       check_compact.py --self-test --memstep COMMAND PROGRAM.py

--max-key-share F fails when more than that share of the steps are key steps (for a program
whose heap is big next to its events). --self-test checks the checker: it passes on
memstep's own output and must fail on doctored compact traces.
"""

import argparse
import copy
import json
import os
import shlex
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from compare import Mismatch, apply_event, first_diff, normal_state, run_json, short  # noqa: E402

STATE_FIELDS = ("frames", "heap", "stdout")
# What a step other than a key step may carry: the full form's fields that are not state, and
# the return value, yield mark and exception raised, which the full form shows on the frame.
EVENT_STEP_FIELDS = frozenset({"event", "line", "exception", "return", "yield", "raising",
                               "handling", "events"})
KEY_STEP_FIELDS = frozenset({"event", "line", "exception", "handling", "key", "events",
                             "suspended"}) | set(STATE_FIELDS)
# Fields a key step carries only when it has them.
KEY_STEP_OPTIONAL = frozenset({"exception", "handling", "suspended"})


def apply_step(state, step):
    """Applies a step of the compact form to the state before it, as a reader would. A key
    step shows its return value on the returning frame, any other step on itself."""
    for ev in step.get("events", []):
        apply_event(state, ev)
    for frame in state["frames"]:
        frame["return"] = None
    if state["frames"]:
        state["frames"][-1]["line"] = step.get("line")
        if step.get("event") == "return":
            shown = step["frames"][-1] if step.get("frames") else step
            state["frames"][-1]["return"] = shown.get("return")


def describe_difference(rebuilt, expected, what="full form"):
    got, want = first_diff(rebuilt, expected)
    return "  rebuilt:  %s\n  %-9s %s" % (short(got, 600), what + ":", short(want, 600))


def check_compact(full, compact):
    """Raises Mismatch at the first difference; returns figures about the compact form."""
    if compact.get("compact") is not True:
        raise Mismatch('the compact form lacks "compact": true')
    if "compact" in full:
        raise Mismatch('the full form says "compact": %s' % short(full["compact"]))
    for field in sorted((set(full) | set(compact)) - {"steps", "compact"}):
        if full.get(field) != compact.get(field):
            raise Mismatch("%s differs\n  compact: %s\n  full:    %s"
                           % (field, short(compact.get(field)), short(full.get(field))))
    fsteps, csteps = full["steps"], compact["steps"]
    if len(fsteps) != len(csteps):
        raise Mismatch("the compact form has %d steps, the full form %d"
                       % (len(csteps), len(fsteps)))
    state = None
    key_heap = events_since_key = 0
    key_steps = later_key_objects = total_events = 0
    for n in range(len(csteps)):
        cs, fs = csteps[n], fsteps[n]
        where = "step %d (line %s)" % (n, cs.get("line"))
        for field in ("event", "line", "exception", "events"):
            if cs.get(field) != fs.get(field):
                raise Mismatch("%s: %s differs\n  compact: %s\n  full:    %s"
                               % (where, field, short(cs.get(field)), short(fs.get(field))))
        events = len(cs.get("events", []))
        total_events += events
        key = cs.get("key", False)
        fields = set(cs)
        if key is True:
            if fields != KEY_STEP_FIELDS - (KEY_STEP_OPTIONAL - fields):
                raise Mismatch("%s: a key step has fields %s" % (where, sorted(fields)))
            if state is not None:
                try:
                    apply_step(state, cs)
                except Mismatch as e:
                    raise Mismatch("%s: the events do not apply: %s" % (where, e))
                if state != normal_state(cs):
                    raise Mismatch("%s: the key step's state is not what its events give\n%s"
                                   % (where, describe_difference(state, normal_state(cs),
                                                                 "key step")))
                later_key_objects += len(cs["heap"])
            state = normal_state(cs)
            key_heap, events_since_key = len(cs["heap"]), 0
            key_steps += 1
        elif key is False:
            if n == 0:
                raise Mismatch("step 0 is not a key step")
            if not fields <= EVENT_STEP_FIELDS:
                raise Mismatch('%s: a step without "key": true carries %s'
                               % (where, sorted(fields - EVENT_STEP_FIELDS)))
            events_since_key += events
            if events_since_key > key_heap:
                raise Mismatch("%s: a reader applies %d events to the key step before it, "
                               "which has only %d objects" % (where, events_since_key, key_heap))
            try:
                apply_step(state, cs)
            except Mismatch as e:
                raise Mismatch("%s: the events do not apply: %s" % (where, e))
        else:
            raise Mismatch('%s: "key" is %s, not true' % (where, short(key)))
        expected = normal_state(fs)
        if state != expected:
            raise Mismatch("%s: the compact form rebuilds a different state\n%s"
                           % (where, describe_difference(state, expected)))
    if later_key_objects > 2 * total_events:
        raise Mismatch("the key steps after the first hold %d objects for %d events: the "
                       "form grows with steps x heap" % (later_key_objects, total_events))
    return {"steps": len(csteps), "key_steps": key_steps, "events": total_events}


def traces(memstep, stdin, program):
    stdin_args = ["--stdin", stdin] if stdin else []
    command = shlex.split(memstep) + stdin_args
    full = run_json(command + [program], "memstep-trace")
    compact = run_json(command + ["--compact", program], "memstep-trace --compact")
    return full, compact


def check_program(args):
    try:
        full, compact = traces(args.memstep, args.stdin, args.program)
        figures = check_compact(full, compact)
        share = figures["key_steps"] / max(1, figures["steps"])
        if args.max_key_share is not None and share > args.max_key_share:
            raise Mismatch("%d of %d steps are key steps (%.1f%%), more than %.1f%%"
                           % (figures["key_steps"], figures["steps"], 100 * share,
                              100 * args.max_key_share))
    except Mismatch as e:
        print("MISMATCH %s\n%s" % (args.program, e))
        return 1
    print("ok %s (%d steps, %d key steps, %d events)"
          % (args.program, figures["steps"], figures["key_steps"], figures["events"]))
    return 0


def key_step_numbers(steps):
    return [n for n, step in enumerate(steps) if step.get("key")]


def doctored(full, compact, doctor):
    """A copy of the compact trace with one thing wrong, or None when the program has no place
    for that doctoring."""
    steps = [copy.deepcopy(compact["steps"][n]) for n in range(len(compact["steps"]))]
    keys = key_step_numbers(steps)
    plain = [n for n, step in enumerate(steps) if not step.get("key") and step.get("events")]
    if doctor == "drop-event" and plain:
        del steps[plain[0]]["events"][0]
    elif doctor == "drop-event-in-both" and plain:
        # The events still match the full form's; only the rebuilt state can tell.
        del steps[plain[0]]["events"][0]
        full_steps = [full["steps"][n] for n in range(len(steps))]
        del full_steps[plain[0]]["events"][0]
        full["steps"] = full_steps
    elif doctor == "unmarked-key" and len(keys) > 1:
        del steps[keys[1]]["key"]
    elif doctor == "key-state-left-out" and len(keys) > 1:
        for field in ("key",) + STATE_FIELDS:
            del steps[keys[1]][field]
    elif doctor == "wrong-key-heap":
        values = [(n, oid) for n in keys[1:] for oid in sorted(steps[n]["heap"])
                  if "value" in steps[n]["heap"][oid]]
        if not values:
            return None
        n, oid = values[0]
        steps[n]["heap"][oid]["value"] += "0"
    elif doctor == "wrong-return":
        returns = [n for n in range(len(steps))
                   if steps[n]["event"] == "return" and not steps[n].get("key")]
        if not returns:
            return None
        steps[returns[0]]["return"] = None
    elif doctor == "every-step-key":
        steps = [dict(full["steps"][n], key=True) for n in range(len(steps))]
    elif doctor == "not-compact":
        del compact["compact"]
    elif doctor != "none":
        return None
    result = {k: v for k, v in compact.items() if k != "steps"}
    result["steps"] = steps
    return result


# doctor -> does check_compact pass?
SELF_TEST_CASES = {
    "none": True,
    "drop-event": False,
    "drop-event-in-both": False,
    "unmarked-key": False,
    "key-state-left-out": False,
    "wrong-key-heap": False,
    "wrong-return": False,
    "every-step-key": False,
    "not-compact": False,
}


def self_test(args):
    full, compact = traces(args.memstep, args.stdin, args.program)
    failures = 0
    for doctor, passes in SELF_TEST_CASES.items():
        reference = dict(full)
        trace = doctored(reference, dict(compact), doctor)
        if trace is None:
            print("FAIL %s: %s has no place for this doctoring" % (doctor, args.program))
            failures += 1
            continue
        try:
            check_compact(reference, trace)
            outcome, message = True, "passes"
        except Mismatch as e:
            outcome, message = False, str(e)
        ok = outcome == passes
        failures += not ok
        print("%s %s: %s\n    %s" % ("PASS" if ok else "FAIL", doctor,
                                      "passes" if outcome else "fails",
                                      message.replace("\n", "\n    ")[:600]))
    return 1 if failures else 0


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--memstep", required=True,
                        help="memstep-trace executable (or a command line, split like a shell)")
    parser.add_argument("--stdin", help="file that input() reads from")
    parser.add_argument("--max-key-share", type=float,
                        help="fail when more than this share of the steps are key steps")
    parser.add_argument("--self-test", action="store_true",
                        help="check that doctored compact traces fail")
    parser.add_argument("program")
    args = parser.parse_args()
    return self_test(args) if args.self_test else check_program(args)


if __name__ == "__main__":
    sys.exit(main())
