#!/usr/bin/env python3
"""The baseline memstep's recorder is measured against: CPython recording a program the way
classroom visualisers do it.

At every sys.settrace event of the program's own frames (line, call, return, exception) it
takes a full snapshot: each frame's variables copied, every object reachable from them walked
and encoded (scalars as their str/repr, containers as lists of ids), the output so far, all
stored as one dict per step in a list. That is the straightforward design memstep's
event-plus-checkpoint trace is meant to beat, so it is written plainly, without tricks that a
visualiser would not use either.

    python3 bench/cpython_snapshot_tracer.py PROGRAM.py [--max-steps N] [--tracemalloc]

prints one JSON line on stdout: {"seconds", "cpu_seconds", "steps", "rss_delta_bytes", "peak_rss_bytes",
"tracemalloc_peak_bytes"}. The program's own output is captured, not printed. seconds (wall clock)
and cpu_seconds (this process's CPU time) cover the traced run only (compile and interpreter
start-up excluded). Memory is the growth of the peak
resident set over the run (ru_maxrss); --tracemalloc also reports tracemalloc's peak, which is
exact but makes the run several times slower, so its seconds are then not comparable.
"""

import argparse
import io
import json
import resource
import sys
import time
import types

SCALARS = (int, float, str, bool, type(None))
SKIPPED_CODE = {"<listcomp>", "<dictcomp>", "<setcomp>", "<genexpr>"}


def peak_rss_bytes():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024


class SnapshotTracer:
    def __init__(self, filename, max_steps):
        self.filename = filename
        self.max_steps = max_steps
        self.steps = []
        self.ids = {}
        self.keep_alive = []  # ids must not be reused by CPython while the trace exists
        self.output = io.StringIO()
        self.module_frame = None

    def object_id(self, obj):
        key = id(obj)
        found = self.ids.get(key)
        if found is None:
            found = "o%d" % (len(self.ids) + 1)
            self.ids[key] = found
            self.keep_alive.append(obj)
        return found

    def encode(self, obj, heap, pending):
        if isinstance(obj, SCALARS):
            value = str(obj) if type(obj) in (int, str) else repr(obj)
            return {"type": type(obj).__name__, "value": value}
        if isinstance(obj, (list, tuple, set, frozenset)):
            pending.extend(obj)
            return {"type": type(obj).__name__, "items": [self.object_id(x) for x in obj]}
        if isinstance(obj, dict):
            entries = []
            for key, value in obj.items():
                pending.append(key)
                pending.append(value)
                entries.append([self.object_id(key), self.object_id(value)])
            return {"type": "dict", "entries": entries}
        if isinstance(obj, range):
            return {"type": "range", "value": repr(obj)}
        if isinstance(obj, types.FunctionType):
            defaults = list(obj.__defaults__ or ())
            pending.extend(defaults)
            return {"type": "function", "name": obj.__name__,
                    "defaults": [self.object_id(x) for x in defaults]}
        if isinstance(obj, type):
            attrs = [(k, v) for k, v in vars(obj).items()
                     if k not in ("__module__", "__qualname__", "__doc__", "__dict__", "__weakref__")]
            pending.extend(v for _, v in attrs)
            return {"type": "class", "name": obj.__name__,
                    "attrs": [[k, self.object_id(v)] for k, v in attrs]}
        if isinstance(obj, types.MethodType):
            pending.append(obj.__self__)
            pending.append(obj.__func__)
            return {"type": "method", "name": obj.__func__.__name__,
                    "attrs": [["__self__", self.object_id(obj.__self__)],
                              ["__func__", self.object_id(obj.__func__)]]}
        if isinstance(obj, types.ModuleType):
            return {"type": "module", "name": obj.__name__}
        attrs = getattr(obj, "__dict__", None)
        if isinstance(attrs, dict):
            pending.extend(attrs.values())
            return {"type": "instance", "class": type(obj).__name__,
                    "attrs": [[k, self.object_id(v)] for k, v in attrs.items()]}
        return {"type": type(obj).__name__}

    def frames_of(self, frame):
        chain = []
        while frame is not None:
            code = frame.f_code
            if code.co_filename == self.filename and code.co_name not in SKIPPED_CODE:
                chain.append(frame)
            frame = frame.f_back
        chain.reverse()
        return chain

    def snapshot(self, frame, event, arg):
        heap = {}
        pending = []
        frames = []
        for f in self.frames_of(frame):
            names = f.f_globals if f is self.module_frame else f.f_locals
            variables = []
            for name, value in list(names.items()):
                if f is self.module_frame and name.startswith("__") and name.endswith("__"):
                    continue
                variables.append([name, self.object_id(value)])
                pending.append(value)
            entry = {"function": f.f_code.co_name, "line": f.f_lineno, "vars": variables}
            if f is frame and event == "return":
                entry["return"] = self.object_id(arg)
                pending.append(arg)
            frames.append(entry)
        while pending:
            obj = pending.pop()
            oid = self.object_id(obj)
            if oid not in heap:
                heap[oid] = self.encode(obj, heap, pending)
        step = {"event": event, "line": frame.f_lineno, "frames": frames, "heap": heap,
                "stdout": self.output.getvalue()}
        if event == "exception":
            step["exception"] = {"type": arg[0].__name__, "message": str(arg[1])}
        self.steps.append(step)
        if len(self.steps) >= self.max_steps:
            raise RuntimeError("step limit")

    def trace(self, frame, event, arg):
        code = frame.f_code
        if code.co_filename != self.filename or code.co_name in SKIPPED_CODE:
            return self.trace
        if self.module_frame is None:
            self.module_frame = frame
            return self.trace  # the module's own 'call' is not a step
        self.snapshot(frame, event, arg)
        return self.trace


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("program")
    parser.add_argument("--max-steps", type=int, default=10_000_000)
    parser.add_argument("--tracemalloc", action="store_true")
    args = parser.parse_args()

    with open(args.program, encoding="utf-8") as f:
        source = f.read()
    filename = "<memstep-bench>"
    code = compile(source, filename, "exec")
    tracer = SnapshotTracer(filename, args.max_steps)
    namespace = {"__name__": "__main__", "__builtins__": __builtins__}

    if args.tracemalloc:
        import tracemalloc
        tracemalloc.start()
    rss_before = peak_rss_bytes()
    real_stdout = sys.stdout
    error = None
    sys.stdout = tracer.output
    start = time.perf_counter()
    start_cpu = time.process_time()
    sys.settrace(tracer.trace)
    try:
        exec(code, namespace)
    except BaseException as exc:  # the program's own error ends the run like in a visualiser
        error = "%s: %s" % (type(exc).__name__, exc)
    finally:
        sys.settrace(None)
        seconds = time.perf_counter() - start
        cpu_seconds = time.process_time() - start_cpu
        sys.stdout = real_stdout
    rss_after = peak_rss_bytes()
    result = {
        "seconds": seconds,
        "cpu_seconds": cpu_seconds,
        "steps": len(tracer.steps),
        "rss_delta_bytes": rss_after - rss_before,
        "peak_rss_bytes": rss_after,
        "tracemalloc_peak_bytes": None,
        "error": error,
    }
    if args.tracemalloc:
        import tracemalloc
        result["tracemalloc_peak_bytes"] = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
    print(json.dumps(result))


if __name__ == "__main__":
    main()
