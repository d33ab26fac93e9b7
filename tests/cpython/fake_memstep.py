#!/usr/bin/env python3
"""A stand-in for memstep-trace built from the reference tracer, for compare.py's self tests.

It runs reference_trace.py, renames every object id (so compare.py must really match graphs,
not ids), optionally doctors the trace in one way (--doctor), and then derives each step's
events from the difference between consecutive states, so the doctored trace is still
self-consistent and only the comparison with CPython can catch the doctoring. With
--doctor bad-events one event is dropped after that, which only the event replay can catch.

Usage: fake_memstep.py [--doctor KIND] [--stdin FILE] PROGRAM.py
"""

import argparse
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import reference_trace  # noqa: E402

DOCTORS = ("none", "stdout", "drop-step", "line", "merge-identity", "bad-events", "value",
           "error", "reverse-sets", "swap-list", "reverse-int-sets", "reorder-vars",
           "drop-traceback", "move-caret", "drop-raise", "extra-field", "drop-value")


def only_ints(step, obj):
    return all(step["heap"][i]["type"] in ("int", "bool") for i in obj["items"])


def rename_ids(trace):
    """o1, o2, ... become m<large - n>: same graph, different names."""
    def new(oid):
        return "m%d" % (100000 - int(oid[1:]))

    for step in trace["steps"]:
        for frame in step["frames"] + step.get("suspended", []):
            frame["vars"] = [[n, new(o)] for n, o in frame["vars"]]
            for field in ("return", "raising"):
                if field in frame:
                    frame[field] = new(frame[field])
        if "handling" in step:
            step["handling"] = new(step["handling"])
        heap = {}
        for oid, obj in step["heap"].items():
            obj = dict(obj)
            for field in ("items", "defaults"):
                if field in obj:
                    obj[field] = [new(x) for x in obj[field]]
            if "entries" in obj:
                obj["entries"] = [[new(k), new(v)] for k, v in obj["entries"]]
            for field in ("attrs", "closure"):
                if field in obj:
                    obj[field] = [[n, new(x)] for n, x in obj[field]]
            heap[new(oid)] = obj
        step["heap"] = heap


def doctor(trace, kind):
    steps = trace["steps"]
    if kind == "stdout":
        trace["stdout"] += "!"
    elif kind == "drop-step":
        del steps[len(steps) // 2]
    elif kind == "line":
        step = steps[len(steps) // 2]
        step["line"] += 1
        step["frames"][-1]["line"] += 1
    elif kind in ("reverse-sets", "reverse-int-sets"):
        # The order of a set holding a str varies between runs (string hashes are randomized):
        # still a match. A set of ints has CPython's one order: a mismatch.
        for step in steps:
            for obj in step["heap"].values():
                if obj["type"] in ("set", "frozenset") and \
                        only_ints(step, obj) == (kind == "reverse-int-sets"):
                    obj["items"] = obj["items"][::-1]
    elif kind == "reorder-vars":
        for step in steps:
            step["frames"][0]["vars"].reverse()
    elif kind == "drop-traceback":
        del trace["error"]["traceback"]
    elif kind == "move-caret":
        lines = trace["error"]["traceback"].split("\n")
        lines = [" " + line if line.strip() == "^" else line for line in lines]
        trace["error"]["traceback"] = "\n".join(lines)
    elif kind == "extra-field":
        for step in steps:
            for obj in step["heap"].values():
                obj["colour"] = "red"
    elif kind == "drop-value":
        for step in steps:
            for obj in step["heap"].values():
                if obj["type"] == "ValueError":
                    del obj["value"]
    elif kind == "swap-list":
        # List order is: reversing a list of two different items must be caught.
        for step in steps:
            for obj in step["heap"].values():
                if obj["type"] == "list" and len(set(obj["items"])) > 1:
                    obj["items"] = obj["items"][::-1]
                    return
        raise SystemExit("doctor swap-list: no list with two different items")
    elif kind == "error":
        trace["error"] = {"type": "NameError", "message": "name 'x' is not defined", "line": 1}
    elif kind == "value":
        for step in steps:
            for obj in step["heap"].values():
                if obj["type"] == "int":
                    obj["value"] = str(int(obj["value"]) + 1)
                    return
        raise SystemExit("doctor value: no int in the trace")
    elif kind == "merge-identity":
        # The first step where two names hold distinct but equal objects: point both at one.
        for step in steps:
            for frame in step["frames"]:
                by_content = {}
                for var in frame["vars"]:
                    key = json.dumps(step["heap"][var[1]], sort_keys=True)
                    other = by_content.setdefault(key, var[1])
                    if other != var[1]:
                        var[1] = other
                        prune(step)
                        return
        raise SystemExit("doctor merge-identity: no two equal distinct objects in the trace")


def prune(step):
    """Drops heap objects no frame reaches any more (after doctoring a reference)."""
    heap, seen = step["heap"], set()
    todo = [v[1] for f in step["frames"] for v in f["vars"]]
    todo += [f[k] for f in step["frames"] for k in ("return", "raising") if k in f]
    todo += [step["handling"]] if "handling" in step else []
    while todo:
        oid = todo.pop()
        if oid in seen:
            continue
        seen.add(oid)
        obj = heap[oid]
        todo += obj.get("items", []) + obj.get("defaults", [])
        todo += [x for e in obj.get("entries", []) for x in e]
        todo += [x[1] for x in obj.get("attrs", []) + obj.get("closure", [])]
    step["heap"] = {k: v for k, v in heap.items() if k in seen}


def derive_events(trace):
    prev = {"frames": [], "heap": {}, "stdout": ""}
    for step in trace["steps"]:
        events = []
        old_frames = {f["id"]: f for f in prev["frames"]}
        new_ids = [f["id"] for f in step["frames"]]
        for f in reversed(prev["frames"]):
            if f["id"] not in new_ids:
                events.append({"kind": "frame_pop", "frame": f["id"]})
        for oid, obj in step["heap"].items():
            if oid not in prev["heap"]:
                events.append(dict({"kind": "allocate", "object": oid}, **obj))
            elif prev["heap"][oid] != obj:
                events.append({"kind": "mutate", "object": oid, "op": "replace", "contents": obj})
        for f in step["frames"]:
            old = old_frames.get(f["id"])
            if old is None:
                push = {"kind": "frame_push", "frame": f["id"], "function": f["function"]}
                if f.get("kind") == "class":
                    push["is_class_body"] = True
                events.append(push)
                old_vars = []
            else:
                old_vars = old["vars"]
            events += var_events(f["id"], old_vars, f["vars"])
        for oid in prev["heap"]:
            if oid not in step["heap"]:
                events.append({"kind": "free", "object": oid})
        if step["stdout"] != prev["stdout"]:
            events.append({"kind": "output", "text": step["stdout"][len(prev["stdout"]):]})
        if starts_exception(prev, step):
            events.append(dict({"kind": "raise"}, object=step["frames"][-1]["raising"],
                               **step["exception"]))
        step["events"] = events
        prev = step


def starts_exception(prev, step):
    """An exception step that is not the exception of the frame the step before unwound."""
    if step["event"] != "exception":
        return False
    if prev.get("event") != "return":
        return True
    before, now = prev["frames"], step["frames"]
    return not (len(before) == len(now) + 1 and
                before[-1].get("raising") == now[-1].get("raising"))


def var_events(frame, old, new):
    old_names = [n for n, _ in old]
    kept = [n for n, _ in new if n in old_names]
    if kept != [n for n in old_names if n in dict(new)]:
        return ([{"kind": "unbind", "frame": frame, "name": n} for n in old_names] +
                [{"kind": "bind", "frame": frame, "name": n, "object": o} for n, o in new])
    events = []
    old_map, new_map = dict(old), dict(new)
    for n in old_names:
        if n not in new_map:
            events.append({"kind": "unbind", "frame": frame, "name": n})
    # Names that are new but sit before kept names would break binding order: rebind all.
    order = [n for n in old_names if n in new_map] + [n for n, _ in new if n not in old_map]
    if order != [n for n, _ in new]:
        return ([{"kind": "unbind", "frame": frame, "name": n} for n in old_names] +
                [{"kind": "bind", "frame": frame, "name": n, "object": o} for n, o in new])
    for n, o in new:
        if n not in old_map:
            events.append({"kind": "bind", "frame": frame, "name": n, "object": o})
        elif old_map[n] != o:
            events.append({"kind": "rebind", "frame": frame, "name": n, "from": old_map[n],
                           "to": o})
    return events


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--doctor", choices=DOCTORS, default="none")
    parser.add_argument("--stdin")
    parser.add_argument("program")
    args = parser.parse_args()
    trace = reference_trace.run(args.program, args.stdin)
    rename_ids(trace)
    doctor(trace, args.doctor)
    derive_events(trace)
    if args.doctor == "drop-raise":
        for step in trace["steps"]:
            step["events"] = [e for e in step["events"] if e["kind"] != "raise"]
    if args.doctor == "bad-events":
        for step in trace["steps"]:
            if any(e["kind"] == "bind" for e in step["events"]):
                step["events"] = [e for e in step["events"] if e["kind"] != "bind"]
                break
    sys.stdout.write(json.dumps(trace, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
