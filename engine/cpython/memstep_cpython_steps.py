"""What memstep's CPython engine writes: the events between two steps, and the trace itself.

memstep_cpython_trace.py records the steps; this module, installed beside it, turns each step
into what the built-in engine would write. StepEvents finds the events that turn the previous
step's state into this one's by comparing the two (frames by id, names in binding order,
objects by their fields), so the tracer never has to watch a change happen. Sink writes the
steps as one JSON document, or as line records for memstep-trace, in the full or compact form.
"""

import json
import os

# The program may replace names in the builtins module; these module globals keep working.
from builtins import dict, enumerate, len, list, reversed, set, zip


class Sink:
    """Where the trace goes: a JSON document, or line records for memstep-trace. The fd is a
    private copy of the original stdout, so a program writing to fd 1 cannot corrupt it."""

    def __init__(self, fd, protocol, source, compact):
        self.fd = fd
        self.protocol = protocol
        self.compact = compact
        self.first = True
        self.last_stdout = ""
        # The compact form's key steps: the first, then whenever the events since the last
        # key step would outnumber that step's heap objects (memstep-trace's rule).
        self.events_since_key = 0
        self.key_heap = 0
        if not protocol:
            self.write('{"format": "memstep-trace", "version": 1%s, "source": %s, "steps": ['
                       % (', "compact": true' if compact else "",
                          json.dumps(source, ensure_ascii=False)))

    def write(self, text):
        data = text.encode("utf-8", "replace")
        try:
            while data:
                written = os.write(self.fd, data)
                data = data[written:]
        except OSError:
            os._exit(1)  # nobody reads the trace any more (memstep-trace ended): stop here

    def compact_step(self, step):
        events = len(step["events"])
        if self.first or self.events_since_key + events > self.key_heap:
            self.events_since_key = 0
            self.key_heap = len(step["heap"])
            keyed = {"event": step["event"], "line": step["line"]}
            keyed["key"] = True
            keyed.update((k, v) for k, v in step.items() if k not in keyed)
            return keyed
        self.events_since_key += events
        out = {"event": step["event"], "line": step["line"]}
        for field in ("exception", "handling"):
            if field in step:
                out[field] = step[field]
        inner = step["frames"][-1] if step["frames"] else {}
        if step["event"] == "return" and "return" in inner:
            out["return"] = inner["return"]
            if inner.get("yield"):
                out["yield"] = True
        if "raising" in inner:
            out["raising"] = inner["raising"]
        out["events"] = step["events"]
        return out

    def step(self, step):
        stdout = step["stdout"]
        if self.compact:
            step = self.compact_step(step)
        text = json.dumps(step, ensure_ascii=False, separators=(",", ":"))
        if self.protocol:
            head = ""
            if stdout != self.last_stdout:
                # Only what was added: output never shrinks, and a flood of it would
                # otherwise be written again at every step.
                head = "O " + json.dumps(stdout[len(self.last_stdout):], ensure_ascii=False) + "\n"
                self.last_stdout = stdout
            self.write("%sS %d %s\n" % (head, step["line"], text))
        else:
            self.write(text if self.first else "," + text)
        self.first = False

    def end(self, stdout, error):
        tail = json.dumps({"stdout": stdout, "error": error}, ensure_ascii=False)
        self.write(("E " + tail + "\n") if self.protocol else ("]," + tail[1:] + "\n"))


class StepEvents:
    """The state the events so far have built (frames, suspended frames, heap, stdout) and the
    events from it to the next step. `none_label()` names None, the value a frame returns when
    it is popped without one."""

    def __init__(self, none_label):
        self.none_label = none_label
        self.prev_step = None
        self.prev_frames = []
        self.prev_suspended = []
        self.prev_heap = {}
        self.prev_stdout = ""

    def events_to(self, step):
        events = []
        stdout = step["stdout"]
        if stdout != self.prev_stdout:
            events.append({"kind": "output", "text": stdout[len(self.prev_stdout):]})
            self.prev_stdout = stdout
        old_frames, new_frames = self.prev_frames, step["frames"]
        new_suspended = step.get("suspended", [])
        suspended_ids = {f["id"] for f in new_suspended}
        keep = 0
        while (keep < len(old_frames) and keep < len(new_frames)
               and old_frames[keep]["id"] == new_frames[keep]["id"]):
            keep += 1
        # sim_suspended: the suspended frames as the events leave them, as (id, entry) pairs.
        sim_suspended = list(self.prev_suspended)
        for f in reversed(old_frames[keep:]):
            pop = {"kind": "frame_pop", "frame": f["id"],
                   "return": f.get("return") or self.none_label()}
            if f["id"] in suspended_ids:
                pop["suspend"] = True
                sim_suspended.append(self.plain_frame(f, f["vars"]))
            events.append(pop)
        heap_old, heap_new = self.prev_heap, step["heap"]
        for key, fields in heap_new.items():
            if key not in heap_old:
                ev = {"kind": "allocate", "object": key}
                ev.update(fields)
                events.append(ev)
        for i, f in enumerate(new_frames):
            if i < keep:
                sim_vars = old_frames[i]["vars"]
            else:
                paused = [j for j, s in enumerate(sim_suspended) if s["id"] == f["id"]]
                if paused:
                    events.append({"kind": "frame_push", "frame": f["id"],
                                   "function": f["function"], "resume": True})
                    sim_vars = sim_suspended.pop(paused[0])["vars"]
                else:
                    push = {"kind": "frame_push", "frame": f["id"], "function": f["function"],
                            "line": f["line"]}
                    if f.get("kind") == "class":
                        push["is_class_body"] = True
                    events.append(push)
                    sim_vars = []
            if sim_vars is not f["vars"]:
                self.var_events(f["id"], sim_vars, f["vars"], events)
        self.suspended_events(sim_suspended, new_suspended, events)
        for key, fields in heap_new.items():
            old = heap_old.get(key)
            if old is not None and old is not fields and old != fields:
                self.mutate_events(key, old, fields, events)
        for key in heap_old:
            if key not in heap_new:
                events.append({"kind": "free", "object": key})
        if step["event"] == "exception" and self.is_new_raise(step):
            exc = step["exception"]
            events.append({"kind": "raise", "type": exc["type"], "message": exc["message"],
                           "object": new_frames[-1].get("raising")})
        self.prev_step = step
        self.prev_frames = new_frames
        self.prev_suspended = [self.plain_frame(f, f["vars"]) for f in new_suspended]
        self.prev_heap = heap_new
        return events

    @staticmethod
    def plain_frame(f, vars_):
        return {"id": f["id"], "function": f["function"], "line": f["line"], "vars": vars_}

    def is_new_raise(self, step):
        prev = self.prev_step
        if prev is None or prev["event"] != "return":
            return True
        before, now = prev["frames"], step["frames"]
        return not (len(before) == len(now) + 1 and now
                    and before[-1].get("raising") == now[-1].get("raising"))

    @staticmethod
    def var_events(frame_id, old, new, events):
        """Names in binding order: the longest run of names both lists start with stays
        (rebinding what changed); the rest of the old names are unbound, the new bound."""
        new_names = {name for name, _ in new}
        survivors = [pair for pair in old if pair[0] in new_names]
        for name, _ in old:
            if name not in new_names:
                events.append({"kind": "unbind", "frame": frame_id, "name": name})
        same = 0
        while (same < len(survivors) and same < len(new)
               and survivors[same][0] == new[same][0]):
            if survivors[same][1] != new[same][1]:
                events.append({"kind": "rebind", "frame": frame_id, "name": new[same][0],
                               "from": survivors[same][1], "to": new[same][1]})
            same += 1
        for name, _ in survivors[same:]:
            events.append({"kind": "unbind", "frame": frame_id, "name": name})
        for name, obj in new[same:]:
            events.append({"kind": "bind", "frame": frame_id, "name": name, "object": obj})

    def suspended_events(self, sim, new, events):
        same = 0
        while (same < len(sim) and same < len(new) and sim[same]["id"] == new[same]["id"]
               and sim[same]["line"] == new[same]["line"]
               and sim[same]["vars"] == new[same]["vars"]):
            same += 1
        for f in sim[same:]:
            events.append({"kind": "frame_pop", "frame": f["id"], "return": self.none_label()})
        for f in new[same:]:
            events.append({"kind": "frame_push", "frame": f["id"], "function": f["function"],
                           "line": f["line"]})
            self.var_events(f["id"], [], f["vars"], events)
            events.append({"kind": "frame_pop", "frame": f["id"], "return": self.none_label(),
                           "suspend": True})

    @staticmethod
    def mutate_events(key, old, new, events):
        """The smallest edits a student would see (an append, one item set, one attribute
        set), or the whole object replaced when the change is anything else."""
        lists = ("items", "entries", "attrs")
        # A function's attrs are left out while it has none: an empty list, for the edits.
        if set(old) - {"attrs"} == set(new) - {"attrs"} and \
                all(old[k] == new[k] for k in old if k not in lists):
            edits = []
            if StepEvents.list_edits(old.get("items"), new.get("items"), edits) and \
                    StepEvents.pair_edits(old.get("entries"), new.get("entries"), "key", edits) and \
                    StepEvents.pair_edits(old.get("attrs", []), new.get("attrs", []), "name",
                                          edits):
                for ev in edits:
                    ev["object"] = key
                    events.append(ev)
                return
        contents = dict(new)
        events.append({"kind": "mutate", "object": key, "op": "replace", "contents": contents})

    @staticmethod
    def list_edits(old, new, edits):
        if old == new:
            return True
        if len(new) >= len(old) and new[:len(old)] == old:
            for i in range(len(old), len(new)):
                edits.append({"kind": "mutate", "op": "insert", "index": i, "value": new[i]})
            return True
        if len(new) < len(old) and old[:len(new)] == new:
            for i in range(len(old) - 1, len(new) - 1, -1):
                edits.append({"kind": "mutate", "op": "remove", "index": i})
            return True
        if len(new) == len(old):
            for i, (a, b) in enumerate(zip(old, new)):
                if a != b:
                    edits.append({"kind": "mutate", "op": "set_item", "index": i, "value": b})
            return True
        return False

    @staticmethod
    def pair_edits(old, new, field, edits):
        """dict entries (by key id) or attributes (by name): values set in place, new ones
        added at the end, removed ones taken out; any other reordering is not an edit."""
        if old == new:
            return True
        new_keys = [k for k, _ in new]
        kept = [pair for pair in old if pair[0] in set(new_keys)]
        if [k for k, _ in kept] != new_keys[:len(kept)]:
            return False
        set_op, del_op = ("set_item", "remove") if field == "key" else ("set_attr", "del_attr")
        for k, _ in old:
            if k not in set(new_keys):
                edits.append({"kind": "mutate", "op": del_op, field: k})
        for (k, v), (_, was) in zip(new, kept):
            if v != was:
                edits.append({"kind": "mutate", "op": set_op, field: k, "value": v})
        for k, v in new[len(kept):]:
            edits.append({"kind": "mutate", "op": set_op, field: k, "value": v})
        return True
