#!/usr/bin/env python3
"""Differential test: memstep-trace against real CPython on one program.

Runs `memstep-trace [--stdin F] PROGRAM.py` and reference_trace.py (CPython 3.11 under
sys.settrace) on the same program and checks, in this order: that memstep's events replayed
on step i-1 give step i (its own consistency), then the steps one by one (event, line, frames,
exception, stdout so far, and the heap graph up to one renaming of object ids for the whole
trace), then the final stdout and the error. Prints the first difference and exits 1; exits 0
when everything matches. Nothing is ever recorded as expected output: CPython runs every time.

Usage: compare.py --memstep PATH_OR_COMMAND [--stdin FILE] PROGRAM.py
"""

import argparse
import collections
import json
import os
import re
import shlex
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REFERENCE = os.path.join(HERE, "reference_trace.py")
TIMEOUT_SECONDS = 300
LIST_FIELDS = ("items", "entries", "attrs", "params", "defaults", "closure", "bases")
TEXT_FIELDS = ("value", "name", "class")

# The contract: /work/shared/trace-format.md plus what README.md ("Beyond trace-format.md's
# fields") lists memstep adding. A field outside it is an error, so a reader of the public
# format never meets a field nobody documented.
TOP_FIELDS = frozenset({"format", "version", "source", "steps", "stdout", "error"})
ERROR_FIELDS = frozenset({"type", "message", "line", "traceback"})
STEP_FIELDS = frozenset({"event", "line", "frames", "heap", "stdout", "events", "exception",
                         "handling", "suspended"})
STEP_EVENTS = frozenset({"line", "call", "return", "exception"})
FRAME_FIELDS = frozenset({"id", "function", "line", "vars", "return", "kind", "raising",
                          "yield"})
EXCEPTION_FIELDS = frozenset({"type", "message"})
SCALAR_FIELDS = frozenset({"type", "value"})
OBJECT_FIELDS = {
    # An object of a program's subclass of int, float or str (class Num(int)) names its class
    # and shows its __dict__, as a list's or a dict's does.
    "int": SCALAR_FIELDS | {"class", "attrs"}, "float": SCALAR_FIELDS | {"class", "attrs"},
    "str": SCALAR_FIELDS | {"class", "attrs"}, "bool": SCALAR_FIELDS,
    "NoneType": SCALAR_FIELDS, "range": SCALAR_FIELDS,
    # An object of a program's subclass of list, dict, set or tuple names its class and shows
    # its __dict__ (README.md, "Beyond trace-format.md's fields").
    "list": frozenset({"type", "items", "class", "attrs"}),
    "tuple": frozenset({"type", "items", "class", "attrs"}),
    "set": frozenset({"type", "items", "class", "attrs"}), "frozenset": frozenset({"type", "items"}),
    "dict": frozenset({"type", "entries", "class", "attrs"}),
    # An instance of a program's exception class also shows its str() and args.
    "instance": frozenset({"type", "class", "attrs", "value", "args"}),
    "class": frozenset({"type", "name", "attrs", "bases"}),
    "function": frozenset({"type", "name", "params", "defaults", "closure", "attrs"}),
    "module": frozenset({"type", "name"}),
    "builtin_function_or_method": frozenset({"type", "name"}),
    "method": frozenset({"type", "name", "attrs"}),
    "generator": frozenset({"type", "name", "frame"}),
}
# "anything else": a library container's items or entries, an exception's value and args, and
# (the CPython engine) a library object's short repr and the attributes of its __dict__.
OTHER_OBJECT_FIELDS = frozenset({"type", "value", "items", "entries", "args", "attrs"})
EVENT_FIELDS = {
    "frame_push": frozenset({"frame", "function", "is_class_body", "resume", "line"}),
    "frame_pop": frozenset({"frame", "return", "suspend"}),
    "bind": frozenset({"frame", "name", "object"}),
    "rebind": frozenset({"frame", "name", "from", "to"}),
    "unbind": frozenset({"frame", "name"}),
    "mutate": frozenset({"object", "op", "key", "index", "value", "name", "contents"}),
    "free": frozenset({"object"}),
    "output": frozenset({"text"}),
    "raise": frozenset({"type", "message", "object"}),
}


class Mismatch(Exception):
    """The first difference found; its text is the test's failure message."""


def short(value, limit=300):
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= limit else text[:limit] + "..."


def run_json(command, what):
    try:
        proc = subprocess.run(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                              timeout=TIMEOUT_SECONDS)
    except FileNotFoundError:
        raise Mismatch("%s: cannot run %s" % (what, command[0]))
    except subprocess.TimeoutExpired:
        raise Mismatch("%s: timed out after %d s" % (what, TIMEOUT_SECONDS))
    try:
        return LazyTrace(proc.stdout.decode("utf-8"))
    except (ValueError, UnicodeDecodeError) as e:
        raise Mismatch("%s printed no JSON trace (exit code %d, %s)\n  stderr: %s\n  stdout: %s"
                       % (what, proc.returncode, e, proc.stderr.decode("utf-8", "replace")[-800:],
                          proc.stdout.decode("utf-8", "replace")[:300]))


class LazySteps:
    """The steps array of a trace, decoded one step at a time from the JSON text.

    A deep recursion's trace is hundreds of megabytes of JSON; decoded whole it takes
    gigabytes, so only the offsets of the steps are kept and each step is decoded on use."""

    def __init__(self, text, offsets):
        self.text = text
        self.offsets = offsets

    def __len__(self):
        return len(self.offsets)

    def __getitem__(self, n):
        return DECODER.raw_decode(self.text, self.offsets[n])[0]


class LazyTrace(dict):
    """A trace's top-level fields, with "steps" as LazySteps."""

    def __init__(self, text):
        super().__init__()
        i = skip_space(text, 0)
        if text[i:i + 1] != "{":
            raise ValueError("not a JSON object")
        i = skip_space(text, i + 1)
        while text[i:i + 1] != "}":
            key, i = DECODER.raw_decode(text, i)
            i = skip_space(text, i)
            if text[i:i + 1] != ":":
                raise ValueError("expected ':' at %d" % i)
            i = skip_space(text, i + 1)
            if key == "steps" and text[i:i + 1] == "[":
                offsets = []
                i = skip_space(text, i + 1)
                while text[i:i + 1] != "]":
                    offsets.append(i)
                    _, i = DECODER.raw_decode(text, i)
                    i = skip_space(text, i)
                    if text[i:i + 1] == ",":
                        i = skip_space(text, i + 1)
                    elif text[i:i + 1] != "]":
                        raise ValueError("expected ',' or ']' at %d" % i)
                self[key] = LazySteps(text, offsets)
                i += 1
            else:
                self[key], i = DECODER.raw_decode(text, i)
            i = skip_space(text, i)
            if text[i:i + 1] == ",":
                i = skip_space(text, i + 1)
            elif text[i:i + 1] != "}":
                raise ValueError("expected ',' or '}' at %d" % i)
        if text[skip_space(text, i + 1):].strip():
            raise ValueError("extra data after the trace")


DECODER = json.JSONDecoder()
SPACE = re.compile(r"[ \t\n\r]*")


def skip_space(text, i):
    return SPACE.match(text, i).end()


# ---- the contract's fields ------------------------------------------------------------------
def check_fields(what, record, allowed):
    if not isinstance(record, dict):
        raise Mismatch("%s is not a JSON object: %s" % (what, short(record)))
    unknown = sorted(set(record) - allowed)
    if unknown:
        raise Mismatch("%s has fields outside the contract (trace-format.md): %s in %s"
                       % (what, ", ".join(unknown), short(record)))


def object_fields(obj):
    return OBJECT_FIELDS.get(obj.get("type"), OTHER_OBJECT_FIELDS)


def check_trace_fields(trace):
    """The document's own fields and its error; the steps are checked one by one as they are
    decoded (check_step_fields)."""
    check_fields("the trace", trace, TOP_FIELDS)
    if trace.get("format") != "memstep-trace" or trace.get("version") != 1:
        raise Mismatch("not a memstep-trace v1 document: format %s, version %s"
                       % (short(trace.get("format")), short(trace.get("version"))))
    if trace.get("error") is not None:
        check_fields("the error", trace["error"], ERROR_FIELDS)


def check_step_fields(step):
    check_fields("the step", step, STEP_FIELDS)
    if step.get("event") not in STEP_EVENTS:
        raise Mismatch("unknown step event %s" % short(step.get("event")))
    for f in step.get("frames", []) + step.get("suspended", []):
        check_fields("frame %s" % f.get("function"), f, FRAME_FIELDS)
    if "exception" in step:
        check_fields("the step's exception", step["exception"], EXCEPTION_FIELDS)
    for oid, obj in step.get("heap", {}).items():
        check_fields("object %s" % oid, obj, object_fields(obj))
    for ev in step.get("events", []):
        kind = ev.get("kind")
        if kind == "allocate":
            fields = object_fields(ev) | {"object"}
        elif kind in EVENT_FIELDS:
            fields = EVENT_FIELDS[kind]
        else:
            raise Mismatch("unknown event kind: %s" % short(ev))
        check_fields("%s event" % kind, ev, fields | {"kind"})


# ---- memstep's own consistency: events replayed on step i-1 give step i ------------------
def empty_object():
    return {"type": "", "value": "", "items": [], "entries": [], "name": "", "class": "",
            "attrs": [], "params": [], "defaults": [], "closure": [], "bases": [], "frame": None}


def normal_object(fields):
    obj = empty_object()
    for key, value in fields.items():
        if key in obj:
            obj[key] = [list(x) if isinstance(x, list) else x for x in value] \
                if isinstance(value, list) else value
    return obj


def frame_kind(frame):
    # Frames say "kind": "class"; a frame_push event (whose "kind" is the event's) uses a flag.
    if frame.get("kind") == "class" or frame.get("is_class_body") or frame.get("isClassBody"):
        return "class"
    return "frame"


def normal_frame(f):
    return {"id": f.get("id"), "function": f.get("function"), "kind": frame_kind(f),
            "line": f.get("line"), "vars": [list(v) for v in f.get("vars", [])],
            "return": f.get("return")}


def normal_state(step):
    frames = [normal_frame(f) for f in step.get("frames", [])]
    suspended = [normal_frame(f) for f in step.get("suspended", [])]
    heap = {k: normal_object(v) for k, v in step.get("heap", {}).items()}
    return {"frames": frames, "suspended": suspended, "heap": heap,
            "stdout": step.get("stdout", "")}


def find_named(pairs, name):
    for i, pair in enumerate(pairs):
        if pair[0] == name:
            return i
    return -1


def apply_event(state, ev):
    """The Python twin of applyEvent in core/src/trace/apply_event.cpp."""
    kind = ev.get("kind")
    frames, heap = state["frames"], state["heap"]

    def frame_of(fid):
        for f in frames:
            if f["id"] == fid:
                return f
        raise Mismatch("event %s names unknown frame %s" % (short(ev), fid))

    suspended = state.setdefault("suspended", [])
    paused = [i for i, f in enumerate(suspended) if f["id"] == ev.get("frame")]
    if kind == "frame_push":
        if any(f["id"] == ev.get("frame") for f in frames):
            raise Mismatch("frame_push of existing frame: %s" % short(ev))
        if ev.get("resume"):
            if not paused:
                raise Mismatch("resume of a frame that is not suspended: %s" % short(ev))
            frames.append(suspended.pop(paused[0]))
        elif paused:
            raise Mismatch("frame_push of a suspended frame: %s" % short(ev))
        else:
            frames.append({"id": ev.get("frame"), "function": ev.get("function"),
                           "kind": frame_kind(ev), "line": ev.get("line", 0), "vars": [],
                           "return": None})
    elif kind == "frame_pop":
        if frames and frames[-1]["id"] == ev.get("frame"):
            frame = frames.pop()
            if ev.get("suspend"):
                frame["return"] = None
                suspended.append(frame)
        elif paused and not ev.get("suspend"):
            del suspended[paused[0]]
        else:
            raise Mismatch("frame_pop of a frame that is not the innermost: %s" % short(ev))
    elif kind == "bind":
        f = frame_of(ev.get("frame"))
        if find_named(f["vars"], ev.get("name")) >= 0:
            raise Mismatch("bind of a name already bound: %s" % short(ev))
        f["vars"].append([ev.get("name"), ev.get("object")])
    elif kind == "rebind":
        f = frame_of(ev.get("frame"))
        i = find_named(f["vars"], ev.get("name"))
        if i < 0:
            raise Mismatch("rebind of an unbound name: %s" % short(ev))
        if f["vars"][i][1] != ev.get("from"):
            raise Mismatch("rebind 'from' %s but the name refers to %s"
                           % (ev.get("from"), f["vars"][i][1]))
        f["vars"][i][1] = ev.get("to", ev.get("object"))
    elif kind == "unbind":
        f = frame_of(ev.get("frame"))
        i = find_named(f["vars"], ev.get("name"))
        if i < 0:
            raise Mismatch("unbind of an unbound name: %s" % short(ev))
        del f["vars"][i]
    elif kind == "allocate":
        oid = ev.get("object")
        if oid in heap:
            raise Mismatch("allocate of existing object: %s" % short(ev))
        heap[oid] = normal_object({k: v for k, v in ev.items() if k not in ("kind", "object")})
    elif kind == "free":
        if heap.pop(ev.get("object"), None) is None:
            raise Mismatch("free of unknown object: %s" % short(ev))
    elif kind == "mutate":
        apply_mutate(heap, ev)
    elif kind == "output":
        state["stdout"] += ev.get("text", "")
    elif kind == "raise":
        pass
    else:
        raise Mismatch("unknown event kind: %s" % short(ev))


def apply_mutate(heap, ev):
    obj = heap.get(ev.get("object"))
    if obj is None:
        raise Mismatch("mutate of unknown object: %s" % short(ev))
    op, items = ev.get("op"), obj["items"]
    index, key, value = ev.get("index", 0), ev.get("key"), ev.get("value")
    is_dict = obj["type"] == "dict" or key is not None
    if op == "set_item":
        if is_dict:
            i = find_named(obj["entries"], key)
            if i < 0:
                obj["entries"].append([key, value])
            else:
                obj["entries"][i][1] = value
        elif 0 <= index < len(items):
            items[index] = value
        else:
            raise Mismatch("set_item index out of range: %s" % short(ev))
    elif op == "insert":
        if not 0 <= index <= len(items):
            raise Mismatch("insert index out of range: %s" % short(ev))
        items.insert(index, value)
    elif op == "remove":
        if is_dict:
            i = find_named(obj["entries"], key)
            if i < 0:
                raise Mismatch("remove of a missing dict key: %s" % short(ev))
            del obj["entries"][i]
        elif 0 <= index < len(items):
            del items[index]
        else:
            raise Mismatch("remove index out of range: %s" % short(ev))
    elif op == "set_attr":
        i = find_named(obj["attrs"], ev.get("name"))
        if i < 0:
            obj["attrs"].append([ev.get("name"), value])
        else:
            obj["attrs"][i][1] = value
    elif op == "del_attr":
        i = find_named(obj["attrs"], ev.get("name"))
        if i < 0:
            raise Mismatch("del_attr of a missing attribute: %s" % short(ev))
        del obj["attrs"][i]
    elif op == "clear":
        obj["items"], obj["entries"], obj["attrs"] = [], [], []
    elif op == "replace":
        heap[ev.get("object")] = normal_object(ev.get("contents", {}))
    else:
        raise Mismatch("unknown mutate op: %s" % short(ev))


def check_events(trace):
    state = {"frames": [], "suspended": [], "heap": {}, "stdout": ""}
    for n, step in enumerate(trace.get("steps", [])):
        try:
            for ev in step.get("events", []):
                apply_event(state, ev)
        except Mismatch as e:
            raise Mismatch("step %d (line %s): memstep's events do not apply: %s"
                           % (n, step.get("line"), e))
        for f in state["frames"]:
            f["return"] = None
        if state["frames"]:
            state["frames"][-1]["line"] = step.get("line")
            if step.get("event") == "return":
                state["frames"][-1]["return"] = step["frames"][-1].get("return") \
                    if step.get("frames") else None
        expected = normal_state(step)
        if state != expected:
            raise Mismatch("step %d (line %s): memstep's events do not give its own state\n"
                           "  replayed: %s\n  recorded: %s"
                           % (n, step.get("line"), short(first_diff(state, expected)[0], 600),
                              short(first_diff(state, expected)[1], 600)))


def first_diff(a, b):
    for key in ("frames", "suspended", "stdout"):
        if a[key] != b[key]:
            return {key: a[key]}, {key: b[key]}
    for oid in sorted(set(a["heap"]) | set(b["heap"])):
        if a["heap"].get(oid) != b["heap"].get(oid):
            return {oid: a["heap"].get(oid)}, {oid: b["heap"].get(oid)}
    return a, b


# ---- memstep against CPython ---------------------------------------------------------------
class GraphMatcher:
    """One bijection memstep id <-> CPython id for the whole trace."""

    def __init__(self):
        self.m2c = {}
        self.c2m = {}
        # (memstep id, CPython id) -> (memstep fields, CPython fields, references) as last
        # found equal; deep traces repeat the same objects step after step.
        self.memo = {}

    def bind(self, mid, cid, where):
        known_c = self.m2c.get(mid)
        known_m = self.c2m.get(cid)
        if known_c is None and known_m is None:
            self.m2c[mid] = cid
            self.c2m[cid] = mid
            return
        if known_c != cid or known_m != mid:
            raise Mismatch(
                "identity differs at %s: memstep %s is CPython %s here, but memstep %s was "
                "matched to CPython %s and CPython %s to memstep %s before (one object on one "
                "side, two on the other)" % (where, mid, cid, mid, known_c, cid, known_m))

    def compare_step(self, n, ms, cs):
        mheap, cheap = ms.get("heap", {}), cs.get("heap", {})
        # A generator's "frame" names one of the step's suspended frames (ids are each side's).
        self.msuspended = {f.get("id"): f for f in ms.get("suspended", [])}
        self.csuspended = {f.get("id"): f for f in cs.get("suspended", [])}
        todo = collections.deque()
        seen = set()

        def pair(mid, cid, where):
            if mid is None or cid is None:
                if mid != cid:
                    raise Mismatch("%s: memstep %s, CPython %s" % (where, mid, cid))
                return
            self.bind(mid, cid, where)
            if (mid, cid) not in seen:
                seen.add((mid, cid))
                todo.append((mid, cid, where))

        mframes, cframes = ms.get("frames", []), cs.get("frames", [])
        for mf, cf in zip(mframes, cframes):
            fname = "frame %s" % cf.get("function")
            mvars = dict(map(tuple, mf.get("vars", [])))
            cvars = dict(map(tuple, cf.get("vars", [])))
            if set(mvars) != set(cvars):
                raise Mismatch("%s has different names: memstep %s, CPython %s (only memstep: "
                               "%s, only CPython: %s)"
                               % (fname, sorted(mvars), sorted(cvars),
                                  sorted(set(mvars) - set(cvars)), sorted(set(cvars) - set(mvars))))
            if list(mvars) != list(cvars):
                raise Mismatch("%s binds its names in another order: memstep %s, CPython %s"
                               % (fname, list(mvars), list(cvars)))
            for name in cf.get("vars", []):
                pair(mvars[name[0]], cvars[name[0]], "%s variable '%s'" % (fname, name[0]))
            pair(mf.get("return"), cf.get("return"), "%s return value" % fname)
            pair(mf.get("raising"), cf.get("raising"), "%s exception it raises" % fname)
        pair(ms.get("handling"), cs.get("handling"), "exception being handled")

        while todo:
            mid, cid, where = todo.popleft()
            if mid not in mheap:
                raise Mismatch("%s: memstep refers to %s, which is not in its heap" % (where, mid))
            if cid not in cheap:
                raise Mismatch("%s: CPython refers to %s, which is not in its heap" % (where, cid))
            mo, co = mheap[mid], cheap[cid]
            memo = self.memo.get((mid, cid))
            if memo is not None and memo[0] == mo and memo[1] == co and "frame" not in co:
                # Both objects are as they were when last found equal: only their references
                # need pairing again (and visiting, since what they refer to may have changed).
                for m, c, suffix in memo[2]:
                    pair(m, c, where + suffix)
                continue
            children = []

            def record(m, c, w, where=where, children=children):
                children.append((m, c, w[len(where):]))
                pair(m, c, w)

            self.compare_object(mo, co, where, record, mheap, cheap)
            self.memo[(mid, cid)] = (mo, co, children)

        reached_m = {m for m, _ in seen}
        reached_c = {c for _, c in seen}
        extra_m = sorted(set(mheap) - reached_m)
        if extra_m:
            raise Mismatch("memstep's heap holds objects no frame reaches: %s"
                           % short({k: mheap[k] for k in extra_m[:5]}))
        extra_c = sorted(set(cheap) - reached_c)
        if extra_c:
            raise Mismatch("CPython's heap holds unreached objects (tracer bug?): %s"
                           % short({k: cheap[k] for k in extra_c[:5]}))

    def compare_object(self, mo, co, where, pair, mheap, cheap):
        def differ(what, mv, cv):
            raise Mismatch("%s: %s differs\n  memstep: %s\n  CPython: %s"
                           % (where, what, short(mv), short(cv)))

        mtype, ctype = mo.get("type"), co.get("type")
        if mtype != ctype:
            differ("type", mo, co)
        for field in TEXT_FIELDS:
            if (field in mo) != (field in co):
                differ("presence of " + field, mo, co)
            if mo.get(field) != co.get(field):
                differ(field, mo, co)
        for field in ("params", "bases"):
            mv, cv = mo.get(field, []), co.get(field, [])
            if mv != cv:
                differ(field, mv, cv)
        fixed_order = all(hash_is_fixed(c, cheap) for c in co.get("items", []))
        if ctype in ("set", "frozenset") and fixed_order:
            # No str (nor anything hashed by address) inside: CPython's order is the same on
            # every run, and memstep reproduces setobject.c.
            self.pair_list(mo.get("items", []), co.get("items", []), "set item", where, pair,
                           differ)
        elif ctype in ("set", "frozenset"):
            self.pair_unordered(mo.get("items", []), co.get("items", []), where, pair,
                                mheap, cheap, differ)
        else:
            self.pair_list(mo.get("items", []), co.get("items", []), "item", where, pair, differ)
        for field in ("defaults",):
            self.pair_list(mo.get(field, []), co.get(field, []), field, where, pair, differ)
        ment, cent = mo.get("entries", []), co.get("entries", [])
        if len(ment) != len(cent):
            differ("number of entries", mo, co)
        for i, (me, ce) in enumerate(zip(ment, cent)):
            pair(me[0], ce[0], "%s key %d" % (where, i))
            pair(me[1], ce[1], "%s value %d" % (where, i))
        if ("frame" in mo) != ("frame" in co):
            differ("suspended frame", mo, co)
        if "frame" in co:
            mf, cf = self.msuspended.get(mo["frame"]), self.csuspended.get(co["frame"])
            if mf is None or cf is None:
                differ("suspended frame (not in the step's suspended list)", mo, co)
            if (mf.get("function"), mf.get("line")) != (cf.get("function"), cf.get("line")):
                differ("suspended frame (function, line)", mf, cf)
            mvars = dict(map(tuple, mf.get("vars", [])))
            cvars = dict(map(tuple, cf.get("vars", [])))
            if list(mvars) != list(cvars):
                differ("suspended frame's names (in binding order)", list(mvars), list(cvars))
            for name, _ in cf.get("vars", []):
                pair(mvars[name], cvars[name], "%s suspended variable '%s'" % (where, name))
        for field in ("attrs", "closure"):
            mnamed, cnamed = mo.get(field, []), co.get(field, [])
            if [x[0] for x in mnamed] != [x[0] for x in cnamed]:
                differ(field + " names", [x[0] for x in mnamed], [x[0] for x in cnamed])
            for me, ce in zip(mnamed, cnamed):
                pair(me[1], ce[1], "%s.%s" % (where, ce[0]))

    @staticmethod
    def pair_list(mitems, citems, what, where, pair, differ):
        if len(mitems) != len(citems):
            differ("number of %ss" % what, mitems, citems)
        for i, (m, c) in enumerate(zip(mitems, citems)):
            pair(m, c, "%s %s %d" % (where, what, i))

    def pair_unordered(self, mitems, citems, where, pair, mheap, cheap, differ):
        if len(mitems) != len(citems):
            differ("number of set items", mitems, citems)
        left = list(citems)
        unmatched = []
        for m in mitems:
            c = self.m2c.get(m)
            if c is not None and c in left:
                left.remove(c)
                pair(m, c, "%s item" % where)
            else:
                unmatched.append(m)
        by_key = {}
        for c in left:
            by_key.setdefault(structure_key(c, cheap), []).append(c)
        for m in unmatched:
            bucket = by_key.get(structure_key(m, mheap))
            if not bucket:
                differ("set items", [short(mheap.get(x)) for x in mitems],
                       [short(cheap.get(x)) for x in citems])
            pair(m, bucket.pop(0), "%s item" % where)


def hash_is_fixed(oid, heap, depth=0):
    """hash() of the object is the same in every CPython 3.11 run: ints, bools, floats but NaN
    (hashed by address since 3.10) and tuples/frozensets of those; str and bytes hashes are
    randomized, None and instances are hashed by address."""
    obj = heap.get(oid, {})
    kind = obj.get("type")
    if kind in ("int", "bool"):
        return True
    if kind == "float":
        return obj.get("value") != "nan"
    if kind in ("tuple", "frozenset") and depth < 8:
        return all(hash_is_fixed(i, heap, depth + 1) for i in obj.get("items", []))
    return False


def structure_key(oid, heap, depth=0):
    """A description of a set element by value, to pair set items that are not matched yet."""
    obj = heap.get(oid, {})
    if depth > 8:
        return obj.get("type")
    if obj.get("type") in ("tuple", "frozenset"):
        keys = [structure_key(i, heap, depth + 1) for i in obj.get("items", [])]
        if obj.get("type") == "frozenset":
            keys = sorted(keys, key=repr)
        return (obj.get("type"), tuple(keys))
    return (obj.get("type"), obj.get("value", ""), obj.get("name", ""))


def compare_traces(mtrace, ctrace):
    msteps, csteps = mtrace.get("steps", []), ctrace.get("steps", [])
    matcher = GraphMatcher()
    previous = None
    for n in range(max(len(msteps), len(csteps))):
        if n >= len(msteps) or n >= len(csteps):
            side, extra = ("memstep", msteps[n]) if n < len(msteps) else ("CPython", csteps[n])
            raise Mismatch("step %d: only %s has it: %s line %s (memstep has %d steps, CPython "
                           "%d)\n  memstep error: %s\n  CPython error: %s"
                           % (n, side, extra.get("event"), extra.get("line"), len(msteps),
                              len(csteps), short(mtrace.get("error")), short(ctrace.get("error"))))
        ms, cs = msteps[n], csteps[n]
        try:
            check_step_fields(ms)
            compare_step_shape(ms, cs)
            matcher.compare_step(n, ms, cs)
            compare_raise_events(ms, cs, previous)
        except Mismatch as e:
            raise Mismatch("step %d (%s, CPython line %s): %s"
                           % (n, cs.get("event"), cs.get("line"), e))
        previous = cs
    if mtrace.get("stdout") != ctrace.get("stdout"):
        raise Mismatch("stdout differs\n  memstep: %s\n  CPython: %s"
                       % (short(mtrace.get("stdout")), short(ctrace.get("stdout"))))
    merr, cerr = mtrace.get("error"), ctrace.get("error")
    norm = (lambda e: None if e is None else
            {"type": e.get("type"), "message": e.get("message"), "line": e.get("line")})
    if norm(merr) != norm(cerr):
        raise Mismatch("error differs\n  memstep: %s\n  CPython: %s"
                       % (short(norm(merr)), short(norm(cerr))))
    mtb, ctb = (merr or {}).get("traceback"), (cerr or {}).get("traceback")
    if (mtb is None) != (ctb is None):
        raise Mismatch("traceback: %s gives one, %s none\n  memstep: %s\n  CPython: %s"
                       % ("memstep" if ctb is None else "CPython",
                          "CPython" if ctb is None else "memstep", short(mtb), short(ctb)))
    if ctb is not None and traceback_lines(mtb) != traceback_lines(ctb):
        raise Mismatch("traceback text differs\n  memstep:\n%s\n  CPython:\n%s" % (mtb, ctb))


def compare_raise_events(ms, cs, previous):
    """A `raise` event marks where an exception starts: an `exception` step of CPython that is
    not the same object arriving from the frame the step before unwound. There the memstep step
    has exactly one `raise` event, naming the step's exception and the object its innermost
    frame raises; everywhere else it has none."""
    raises = [ev for ev in ms.get("events", []) if ev.get("kind") == "raise"]
    expected = cs.get("event") == "exception"
    if expected and previous is not None and previous.get("event") == "return":
        before, now = previous.get("frames", []), cs.get("frames", [])
        expected = not (len(before) == len(now) + 1 and now
                        and before[-1].get("raising") == now[-1].get("raising"))
    if not expected:
        if raises:
            raise Mismatch("memstep has a raise event where CPython raises nothing new: %s"
                           % short(raises))
        return
    if len(raises) != 1:
        raise Mismatch("CPython raises %s here; memstep's raise events: %s"
                       % (short(cs.get("exception")), short(raises)))
    ev, exc = raises[0], cs.get("exception", {})
    if (ev.get("type"), ev.get("message")) != (exc.get("type"), exc.get("message")):
        raise Mismatch("raise event differs: memstep %s, CPython %s" % (short(ev), short(exc)))
    frames = ms.get("frames", [])
    if not frames or ev.get("object") != frames[-1].get("raising"):
        raise Mismatch("raise event's object %s is not what the frame raises (%s)"
                       % (ev.get("object"), frames[-1].get("raising") if frames else None))


FILE_LINE = re.compile(r'^(  File )"([^"]*)"')


def traceback_lines(text):
    """A traceback's lines as compared, CPython 3.11's ~~~^^^ position markers included: each
    file named by its base name (the two sides name the program by different paths)."""
    out = []
    for line in text.splitlines():
        out.append(FILE_LINE.sub(lambda m: '%s"%s"' % (m.group(1), os.path.basename(m.group(2))), line))
    return out


def compare_step_shape(ms, cs):
    for field in ("event", "line"):
        if ms.get(field) != cs.get(field):
            raise Mismatch("%s differs: memstep %s, CPython %s"
                           % (field, short(ms.get(field)), short(cs.get(field))))
    shape = lambda step: [(f.get("function"), f.get("line"), frame_kind(f), bool(f.get("yield")))
                          for f in step.get("frames", [])]
    if shape(ms) != shape(cs):
        raise Mismatch("frames (function, line, kind, yield) differ\n  memstep: %s\n  CPython: %s"
                       % (short(shape(ms)), short(shape(cs))))
    if len(ms.get("suspended", [])) != len(cs.get("suspended", [])):
        raise Mismatch("suspended frames differ\n  memstep: %s\n  CPython: %s"
                       % (short(ms.get("suspended", [])), short(cs.get("suspended", []))))
    mex, cex = ms.get("exception"), cs.get("exception")
    if cex is not None or mex is not None:
        norm = lambda e: None if e is None else (e.get("type"), e.get("message"))
        if norm(mex) != norm(cex):
            raise Mismatch("exception differs: memstep %s, CPython %s" % (short(mex), short(cex)))
    if ms.get("stdout") != cs.get("stdout"):
        raise Mismatch("stdout so far differs\n  memstep: %s\n  CPython: %s"
                       % (short(ms.get("stdout")), short(cs.get("stdout"))))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--memstep", required=True,
                        help="memstep-trace executable (or a command line, split like a shell)")
    parser.add_argument("--reference", default=REFERENCE, help="the CPython reference tracer")
    parser.add_argument("--stdin", help="file that input() reads from")
    parser.add_argument("--no-event-check", action="store_true",
                        help="skip the replay of memstep's events")
    parser.add_argument("program")
    args = parser.parse_args()

    stdin_args = ["--stdin", args.stdin] if args.stdin else []
    mcommand = shlex.split(args.memstep) + stdin_args + [args.program]
    ccommand = [sys.executable, args.reference] + stdin_args + [args.program]
    try:
        ctrace = run_json(ccommand, "reference_trace.py")
        mtrace = run_json(mcommand, "memstep-trace")
        check_trace_fields(mtrace)
        if not args.no_event_check:
            check_events(mtrace)
        compare_traces(mtrace, ctrace)
    except Mismatch as e:
        print("MISMATCH %s\n%s" % (args.program, e))
        return 1
    print("ok %s (%d steps)" % (args.program, len(ctrace.get("steps", []))))
    return 0


if __name__ == "__main__":
    sys.exit(main())
