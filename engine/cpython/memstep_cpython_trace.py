#!/usr/bin/env python3
"""memstep's second engine: runs a program under the system python3 and records its trace.

The trace is trace-format v1 (trace-format.md), step for step what memstep's own interpreter
records: a step at every sys.settrace event of the program's own frames (library code and
comprehension bodies take none, as C code would not), each with its frames, the heap graph
reachable from them, and the events that turned the previous step into this one. The events
come from what changed between two steps: frames pushed and popped by their ids, names bound,
objects allocated, mutated and freed; a step's description reuses what cannot have changed
(immutable scalars, suspended frames without cells).

Identity: an object keeps its id for its whole life in the trace because the tracer holds every
object it ever showed, so CPython cannot hand the same id() to another object. The cost is that
shown objects are never freed while the program runs (a __del__ of a shown object runs at exit),
but for those the program refers to weakly, let go once a step no longer shows them so that a
weakref.ref answers None when it would under plain python3 (their labels are never reused).

Limits: steps, wall time (checked every few hundred steps) and output size are enforced here
with memstep's own messages; a limit ends the run at once with os._exit, so the program cannot
catch it. memstep-trace runs this file as a child process and adds what only a parent can do:
an address-space limit (a MemoryError becomes the MemoryLimit error), a process limit, a hard
wall-clock kill, a cap on the JSON, a temporary working folder and stdin holding only the answers.

Usage: memstep_cpython_trace.py [--stdin FILE] [--filename NAME] [--max-steps N]
       [--max-seconds S] [--max-heap-mb N] [--max-output-mb N] [--protocol] PROGRAM.py
Without --protocol it prints one JSON document; with it, line records for memstep-trace:
`O <what stdout gained, as a JSON string>`, `S <line> <step JSON>` per step, then one
`E {"stdout": ..., "error": ...}`.
"""

import __future__
import builtins
import codecs
import collections
import dis
import importlib.machinery
import io
import json
import operator
import os
import subprocess
import sys
import time
import traceback
import types
import _weakref

# The program may replace names in the builtins module; the tracer's own lookups find these
# module globals first and keep working.
from builtins import (BaseException, MemoryError, RecursionError, ValueError, AttributeError,
                      bool, dict, frozenset, getattr, id, int, isinstance, len, list,
                      object, repr, reversed, set, str, tuple, type, zip)

# The events between steps and the writing of the trace are in memstep_cpython_steps.py, which
# is installed beside this file; its folder is searched first even when python3 was told not to
# put a script's folder on sys.path, and is then taken out again, as it was.
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from memstep_cpython_steps import Sink, StepEvents  # noqa: E402
del sys.path[0]

# The same defaults as memstep-trace's recording (core/include/memstep/run_options.h).
DEFAULT_MAX_STEPS = 100_000
DEFAULT_MAX_SECONDS = 30.0
DEFAULT_MAX_HEAP_MB = 1024
DEFAULT_MAX_OUTPUT_MB = 8
# The launcher's process limit (cpython_engine.cpp), only named in its message here.
DEFAULT_MAX_PROCESSES = 64
# The clock is read once per this many steps: cheap, and a run overshoots by milliseconds.
CLOCK_EVERY = 256
OUTPUT_DROPPED_NOTE = "\n[output limit reached: the rest of the output was dropped]\n"

COMPREHENSION_NAMES = frozenset({"<listcomp>", "<dictcomp>", "<setcomp>", "<genexpr>"})
CLASS_NAMESPACE_HIDDEN = frozenset({"__module__", "__qualname__", "__doc__"})
# The modules of CPython's import machinery: their objects (a SourceFileLoader) are drawn by
# their type alone, as tests/cpython/reference_trace.py and the built-in engine draw them.
IMPORT_MACHINERY_MODULES = {"_frozen_importlib", "_frozen_importlib_external", "importlib"}
CLASS_ATTRS_HIDDEN = CLASS_NAMESPACE_HIDDEN | {"__dict__", "__weakref__"}
CO_OPTIMIZED = 0x1
CO_VARARGS = 0x4
CO_VARKEYWORDS = 0x8
CO_GENERATOR = 0x20
LIBRARY_DICT_TYPES = (collections.defaultdict, collections.Counter, collections.OrderedDict)
# Types whose repr() is cheap, deterministic and runs no user code.
CHEAP_REPR_TYPES = (complex, bytes, bytearray, type(Ellipsis), type(NotImplemented),
                    __future__._Feature)
SCALAR_TYPES = frozenset({int, float, str, bool, type(None), range})
# Where the types the built-in engine knows come from: the builtins, the modules it implements
# (core/src/modules/modules.cpp) and what they are built on. Their objects are shown as that
# engine shows them, by type; a type from anywhere else (numpy, json...) is one it
# does not know, and its box also gets a short repr.
BUILTIN_ENGINE_MODULES = frozenset({
    "builtins", "types", "typing", "__future__", "abc", "_abc", "math", "random", "copy",
    "collections", "_collections", "_collections_abc", "heapq", "_heapq", "bisect", "_bisect",
    "functools", "_functools", "itertools", "operator", "_operator", "string", "doctest",
    "dataclasses", "enum", "sys", "fractions", "statistics", "numbers", "_io", "re", "cmath",
    "datetime", "time", "decimal", "array", "weakref", "_weakrefset", "pprint", "queue",
    "_queue", "threading", "_thread"})
# Of these modules the built-in engine knows only the types listed: a file from open() is
# io's too, but only python3 runs a program that opens one, so its box says what it is.
BUILTIN_ENGINE_TYPES_ONLY = {
    "_io": frozenset({"StringIO"}),
    "weakref": frozenset({"ReferenceType", "ProxyType", "CallableProxyType",
                          "WeakValueDictionary", "WeakKeyDictionary"}),
    "_weakrefset": frozenset({"WeakSet"}),
    # A Queue's lock and conditions, drawn by their types in a program's subclass of Queue.
    "threading": frozenset({"Condition"}),
    "_thread": frozenset({"lock"}),
}
# A repr shown for an object of a type the trace format does not name is cut to this length.
SHORT_REPR = 60
RETURN_VALUE = dis.opmap["RETURN_VALUE"]
YIELD_VALUE = dis.opmap["YIELD_VALUE"]


def is_decimal_type(t):
    """decimal.Decimal, an immutable scalar drawn by its whole repr (found by name: the tracer
    itself does not import decimal)."""
    return t.__name__ == "Decimal" and type.__getattribute__(t, "__module__") == "decimal"


def with_thousands(n):
    return "{:,}".format(n)


def seconds_text(seconds):
    number = repr(float(seconds))
    if number.endswith(".0"):
        number = number[:-2]
    return number + (" second" if number == "1" else " seconds")


def is_dunder(name):
    return len(name) > 4 and name.startswith("__") and name.endswith("__")


def is_struct_time(cls):
    """time.struct_time (found by name: the tracer itself does not import time's calendar).
    Its visible items are a tuple's; tm_zone and tm_gmtoff are hidden fields, not drawn."""
    attr = type.__getattribute__
    return (attr(cls, "__module__") == "time" and attr(cls, "__name__") == "struct_time"
            and tuple in attr(cls, "__mro__"))


def is_namedtuple_class(cls):
    attrs = type.__getattribute__(cls, "__dict__")
    return (tuple in type.__getattribute__(cls, "__bases__") and "_field_defaults" in attrs
            and isinstance(attrs.get("_make"), classmethod))


def regex_fields(obj, t):
    """The heap fields of a re.Pattern or re.Match, else None."""
    if type.__getattribute__(t, "__module__") != "re" or t.__name__ not in ("Pattern", "Match"):
        return None
    if t.__name__ == "Pattern":
        return {"type": "re.Pattern", "value": obj.pattern}
    return {"type": "re.Match", "value": "span=%r, match=%r" % (obj.span(), obj.group())}


def is_array_type(t):
    """array.array, found by name (the tracer itself does not import array)."""
    return type.__getattribute__(t, "__module__") == "array" and t.__name__ == "array"


def wrapped_functions(obj, t, ref):
    """A property's accessors that are set, or a staticmethod's or classmethod's __func__."""
    if t is property:
        return [[name, ref(f)] for name, f in (("fget", obj.fget), ("fset", obj.fset),
                                               ("fdel", obj.fdel)) if f is not None]
    return [["__func__", ref(obj.__func__)]]


def mangled_slot(cls, name):
    """The member name type() made for slot `name`: a private `__x` is `_Cls__x`."""
    owner = type.__getattribute__(cls, "__name__").lstrip("_")
    if not name.startswith("__") or name.endswith("__") or "." in name or not owner:
        return name
    return "_" + owner + name


class LimitReached(Exception):
    """A limit of the visualiser; carries the trace-format error."""

    def __init__(self, kind, message, line):
        super().__init__(message)
        self.error = {"type": kind, "message": message, "line": line,
                      "traceback": kind + ": " + message + "\n"}


class Output(io.RawIOBase):
    """The program's stdout: bytes kept up to the output limit, then a note and nothing more.
    Decoded as UTF-8 with U+FFFD for junk, so the JSON stays valid whatever is printed."""

    def __init__(self, limit):
        super().__init__()
        self.limit = limit
        self.size = 0
        self.text = ""
        self.dropped = False
        self.decoder = codecs.getincrementaldecoder("utf-8")("replace")

    def writable(self):
        return True

    def write(self, data):
        n = len(data)
        if self.dropped:
            return n
        data = bytes(data)
        if self.size + len(data) > self.limit:
            data = data[:self.limit - self.size]
            self.dropped = True
        self.size += len(data)
        self.text += self.decoder.decode(data)
        if self.dropped:
            self.text += self.decoder.decode(b"", final=True) + OUTPUT_DROPPED_NOTE
        return n


def is_dataclass_repr_wrapper(code):
    """The wrapper dataclasses' _recursive_repr puts around a dataclass's __repr__. While the
    program's own __repr__ of a field's value runs inside it, its repr_running set holds
    (id(self), thread id): two addresses that differ on every run, which no diagram can show
    the same twice. The set is drawn empty, as the built-in engine draws it."""
    return (code.co_name == "wrapper" and os.path.basename(code.co_filename) == "dataclasses.py"
            and code.co_qualname == "_recursive_repr.<locals>.wrapper")


def builtin_layout(cls):
    """list, dict, set, int, float, str or tuple when a program's class extends it (class
    Stack(list), class Num(int)), else None."""
    for base in type.__getattribute__(cls, "__mro__"):
        if base in (list, dict, set, int, float, str, tuple):
            return base
    return None


class Tracer:
    def __init__(self, filename, module_code, output, sink, limits):
        self.filename = filename
        self.module_code = module_code
        self.output = output
        self.sink = sink
        self.max_steps, self.max_seconds, self.max_heap_mb, self.max_processes = limits
        self.deadline = time.monotonic() + self.max_seconds if self.max_seconds else None
        self.step_count = 0
        self.silent = False  # a forked copy of the program records nothing
        # id(obj) -> (obj, label): the strong reference keeps ids unique for the whole run.
        self.shown = {}
        self.next_label = 1
        # Label -> id(obj) of the shown objects whose type has a weakref slot, and the heap of
        # the step before (release_weakly_referenced).
        self.weakly_held = {}
        self.last_heap = {}
        self.frame_ids = {}
        self.next_frame_id = 1
        self.var_order = {}
        self.recursion_limit = sys.getrecursionlimit()
        self.failed_frame = None
        self.frozen_frames = {}
        self.scalar_fields = {}
        self.long_int_digits = {}
        self.frame_exception = {}
        self.last_event = {}
        self.step_suspended = []
        self.step_chain = set()
        # ids of the repr_running sets of dataclasses' __repr__ wrappers, drawn empty (see
        # is_dataclass_repr_wrapper).
        self.bookkeeping_sets = set()
        # None's label is taken when an event first needs it, as every label is: on first use.
        self.events = StepEvents(lambda: self.label(None))

    # Objects.
    def label(self, obj):
        entry = self.shown.get(id(obj))
        if entry is None:
            entry = (obj, "o%d" % self.next_label)
            self.next_label += 1
            self.shown[id(obj)] = entry
            # A class is left out: every class is weakly referred to (by its bases'
            # __subclasses__), and only the collector frees one.
            t = type(obj)
            if type.__getattribute__(t, "__weakrefoffset__") and not issubclass(t, type):
                self.weakly_held[entry[1]] = id(obj)
        return entry[1]

    def release_weakly_referenced(self, heap):
        """Lets go of the objects the program refers to weakly once a step no longer shows
        them, so CPython frees them when the program does (weakref.ref then answers None, as
        under plain python3); their labels are never reused."""
        for label in self.last_heap:
            if label in heap or label not in self.weakly_held:
                continue
            key = self.weakly_held[label]
            if _weakref.getweakrefcount(self.shown[key][0]):
                del self.shown[key]
                del self.weakly_held[label]
        self.last_heap = heap

    def all_digits(self, value):
        try:
            return str(value)
        except ValueError:
            pass
        key = id(value)
        if key not in self.long_int_digits:
            limit = sys.get_int_max_str_digits()
            sys.set_int_max_str_digits(0)
            try:
                self.long_int_digits[key] = str(value)
            finally:
                sys.set_int_max_str_digits(limit)
        return self.long_int_digits[key]

    def describe(self, obj, pending):
        def ref(child):
            pending.append(child)
            return self.label(child)

        t = type(obj)
        cached = self.scalar_fields.get(id(obj)) if t in SCALAR_TYPES else None
        if cached is not None:
            return cached
        if t in SCALAR_TYPES:
            if t is int:
                fields = {"type": "int", "value": self.all_digits(obj)}
            elif t is str:
                fields = {"type": "str", "value": obj}
            else:
                fields = {"type": t.__name__, "value": repr(obj)}
            self.scalar_fields[id(obj)] = fields
            return fields
        if t is set and id(obj) in self.bookkeeping_sets:
            return {"type": "set", "items": []}
        if t in (list, tuple, set, frozenset):
            return {"type": t.__name__, "items": [ref(x) for x in list(obj)]}
        if t is dict:
            return {"type": "dict", "entries": [[ref(k), ref(v)] for k, v in list(obj.items())]}
        if t is collections.deque:
            return {"type": "deque", "items": [ref(x) for x in list(obj)]}
        # The re module's objects: a Pattern by its pattern text, a Match by its span and the
        # text it matched (found by name: the tracer itself does not import re).
        regex = regex_fields(obj, t)
        if regex is not None:
            return regex
        # An array.array holds values, not references: drawn by its repr, as a bytearray is.
        if is_array_type(t):
            return {"type": "array", "value": repr(obj)}
        if t in LIBRARY_DICT_TYPES:
            return {"type": t.__name__,
                    "entries": [[ref(k), ref(v)] for k, v in list(obj.items())]}
        if is_namedtuple_class(t) or is_struct_time(t):
            return {"type": t.__name__, "items": [ref(x) for x in tuple.__iter__(obj)]}
        if issubclass(t, type) and is_namedtuple_class(obj):
            return {"type": "class", "name": obj.__name__, "attrs": []}
        if t is types.FunctionType:
            return self.describe_function(obj, ref)
        if t is types.MethodType:
            return {"type": "method", "name": obj.__func__.__name__,
                    "attrs": [["__self__", ref(obj.__self__)], ["__func__", ref(obj.__func__)]]}
        if t is types.BuiltinFunctionType:
            return {"type": "builtin_function_or_method", "name": obj.__name__}
        if t is types.ModuleType:
            return {"type": "module", "name": obj.__name__}
        if t is types.GeneratorType:
            return self.describe_generator(obj, ref)
        if issubclass(t, type):
            fields = {"type": "class", "name": type.__getattribute__(obj, "__name__"),
                      "attrs": []}
            if self.is_program_class(obj):
                fields["attrs"] = [[k, ref(v)] for k, v in list(obj.__dict__.items())
                                   if k not in CLASS_ATTRS_HIDDEN]
                bases = type.__getattribute__(obj, "__bases__")
                if bases != (object,):
                    fields["bases"] = [b.__name__ for b in bases]
            return fields
        # An object of a program's subclass of list, dict, set, int, float, str or tuple (class
        # Stack(list), class Num(int)): drawn as the builtin object it is, with its class's
        # name and the attributes of its __dict__ (left out while it has none), read without
        # any method the class overrides.
        builtin = builtin_layout(t) if self.is_program_class(t) else None
        if builtin is not None:
            if builtin is list:
                fields = {"type": "list", "class": t.__name__,
                          "items": [ref(x) for x in list(list.__iter__(obj))]}
            elif builtin is int:
                fields = {"type": "int", "value": self.all_digits(int.__index__(obj)), "class": t.__name__}
            elif builtin is float:
                fields = {"type": "float", "value": float.__repr__(obj), "class": t.__name__}
            elif builtin is tuple:
                fields = {"type": "tuple", "class": t.__name__,
                          "items": [ref(x) for x in tuple.__iter__(obj)]}
            elif builtin is str:
                fields = {"type": "str", "value": str.__str__(obj), "class": t.__name__}
            elif builtin is set:
                fields = {"type": "set", "class": t.__name__,
                          "items": [ref(x) for x in set.__iter__(obj)]}
            else:
                fields = {"type": "dict", "class": t.__name__,
                          "entries": [[ref(k), ref(v)] for k, v in list(dict.items(obj))]}
            # A class with `__slots__ = ()` (a namedtuple's subclass) gives its objects none.
            try:
                attrs = list(object.__getattribute__(obj, "__dict__").items())
            except AttributeError:
                attrs = []
            if attrs:
                fields["attrs"] = [[k, ref(v)] for k, v in attrs]
            return fields
        if self.is_program_class(t):
            try:
                attrs = object.__getattribute__(obj, "__dict__")
            except AttributeError:
                attrs = {}
            fields = {"type": "instance", "class": t.__name__,
                      "attrs": [[k, ref(v)] for k, v in self.slot_values(obj, t)
                                + list(attrs.items())]}
            if issubclass(t, BaseException) and self.exception_text_is_plain(obj):
                fields["value"] = str(obj)
            return fields
        fields = {"type": t.__name__}
        if t in (property, staticmethod, classmethod):
            # What the decorator wrapped, so its function stays in the diagram.
            attrs = wrapped_functions(obj, t, ref)
            if attrs:
                fields["attrs"] = attrs
            return fields
        if t in CHEAP_REPR_TYPES or is_decimal_type(t):
            fields["value"] = repr(obj)
        elif issubclass(t, BaseException):
            if self.exception_text_is_plain(obj):
                fields["value"] = str(obj)
        else:
            self.describe_library_object(obj, t, fields, ref)
        return fields

    @staticmethod
    def describe_library_object(obj, t, fields, ref):
        """A type neither the trace format nor the built-in engine knows (a library's object):
        a box with its type and a short repr, when its type has a repr of its own (object's default names only
        an address, as do wrappers such as classmethod's: those get none), and the
        attributes of its __dict__ when it has one. The repr is library code: a program class
        never gets here."""
        module = getattr(t, "__module__", None)
        if type(module) is not str:
            return
        top = module.split(".")[0]
        known = BUILTIN_ENGINE_TYPES_ONLY.get(top)
        if top in BUILTIN_ENGINE_MODULES and (known is None or t.__name__ in known):
            return
        # sys's streams are the built-in engine's too (the tracer's own, set in main()).
        if any(obj is stream for stream in (sys.__stdin__, sys.__stdout__, sys.__stderr__)):
            return
        if module.split(".")[0] in IMPORT_MACHINERY_MODULES:
            return  # __main__'s __loader__ (in globals()): drawn by its type, as the reference does
        try:
            attrs = object.__getattribute__(obj, "__dict__")
        except Exception:  # no __dict__, or a property that fails
            attrs = None
        if type(attrs) is dict:
            fields["attrs"] = [[k, ref(v)] for k, v in list(attrs.items()) if type(k) is str]
        if getattr(t, "__repr__", None) is object.__repr__:
            return
        try:
            text = repr(obj)
        except Exception:  # a broken repr leaves the box without a value
            return
        if type(text) is str and " at 0x" not in text:
            fields["value"] = text if len(text) <= SHORT_REPR else text[:SHORT_REPR - 3] + "..."

    def exception_text_is_plain(self, exc):
        for cls in type(exc).__mro__:
            if self.is_program_class(cls) and "__str__" in cls.__dict__:
                return False
        return not any(self.is_program_class(type(a)) for a in exc.args)

    def describe_generator(self, gen, ref):
        fields = {"type": "generator", "name": gen.__name__}
        frame = gen.gi_frame
        if (frame is None or not gen.gi_suspended or frame.f_code.co_name in COMPREHENSION_NAMES
                or id(frame) in self.step_chain):
            return fields
        number = self.frame_number(frame)
        fields["frame"] = number
        self.step_suspended.append({
            "id": number, "function": frame.f_code.co_name, "line": frame.f_lineno,
            "vars": [[name, ref(value)] for name, value in self.frame_vars(frame, number)]})
        return fields

    def slot_values(self, obj, t):
        """A slotted instance's set slots as (name, value), in __slots__ order as written,
        the base classes' first: what a student reads in the class statements."""
        out = []
        for cls in reversed(t.__mro__):
            if not self.is_program_class(cls):
                continue
            names = type.__getattribute__(cls, "__dict__").get("__slots__", ())
            for name in [names] if isinstance(names, str) else list(names):
                name = mangled_slot(cls, name)
                try:
                    out.append((name, type.__getattribute__(cls, "__dict__")[name].__get__(obj, t)))
                except (AttributeError, KeyError):  # not set
                    pass
        return out

    @staticmethod
    def is_program_class(cls):
        try:
            return type.__getattribute__(cls, "__module__") == "__main__"
        except AttributeError:
            return False

    def describe_function(self, fn, ref):
        code = fn.__code__
        names = code.co_varnames
        argc, kwc = code.co_argcount, code.co_kwonlyargcount
        params = list(names[:argc])
        rest = argc + kwc
        if code.co_flags & CO_VARARGS:
            params.append(names[rest])
            rest += 1
        params.extend(names[argc:argc + kwc])
        if code.co_flags & CO_VARKEYWORDS:
            params.append(names[rest])
        closure = []
        for name, cell in zip(code.co_freevars, fn.__closure__ or ()):
            if name == "repr_running" and is_dataclass_repr_wrapper(code):
                self.bookkeeping_sets.add(id(cell.cell_contents))
            try:
                closure.append([name, ref(cell.cell_contents)])
            except ValueError:
                pass  # an empty cell holds nothing to draw
        fields = {"type": "function", "name": fn.__name__, "params": params,
                  "defaults": [ref(d) for d in (fn.__defaults__ or ())], "closure": closure}
        # The function's own attributes (f.calls = 0, functools.wraps's __wrapped__), drawn
        # as an instance's; left out when it has none, as memstep leaves them out.
        attrs = object.__getattribute__(fn, "__dict__")
        if attrs:
            fields["attrs"] = [[k, ref(v)] for k, v in list(attrs.items()) if type(k) is str]
        return fields

    # Frames.
    def is_program_frame(self, frame):
        code = frame.f_code
        return code.co_filename == self.filename and code.co_name not in COMPREHENSION_NAMES

    def program_frames(self, frame):
        chain = []
        while frame is not None:
            if self.is_program_frame(frame):
                chain.append(frame)
            if frame.f_code is self.module_code:
                break
            frame = frame.f_back
        chain.reverse()
        return chain

    def frame_number(self, frame):
        entry = self.frame_ids.get(id(frame))
        if entry is None or entry[0] is not frame:
            entry = (frame, self.next_frame_id)
            self.next_frame_id += 1
            self.frame_ids[id(frame)] = entry
        return entry[1]

    def frame_vars(self, frame, number):
        code = frame.f_code
        if code is self.module_code:
            scope = {k: v for k, v in frame.f_globals.items() if not is_dunder(k)}
        elif not code.co_flags & CO_OPTIMIZED:
            scope = {k: v for k, v in frame.f_locals.items() if k not in CLASS_NAMESPACE_HIDDEN}
        else:
            free = set(code.co_freevars)
            scope = {k: v for k, v in frame.f_locals.items() if k not in free}
        order = [name for name in self.var_order.get(number, []) if name in scope]
        self.var_order[number] = order
        known = set(order)
        for name in scope:
            if name not in known:
                order.append(name)
                known.add(name)
        return [(name, scope[name]) for name in order if name in scope]

    def record(self, frame, event, arg):
        chain = self.program_frames(frame)
        pending = []
        frames_json = []
        for f in chain:
            number = self.frame_number(f)
            code = f.f_code
            frozen = self.frozen_frames.get(number)
            if frozen is not None and f is not frame:
                entry, values = frozen
                pending.extend(values)
                frames_json.append(entry)
                continue
            self.frozen_frames.pop(number, None)
            values = []
            vars_json = []
            for name, value in self.frame_vars(f, number):
                values.append(value)
                vars_json.append([name, self.label(value)])
            pending.extend(values)
            entry = {"id": number, "function": code.co_name, "line": f.f_lineno,
                     "vars": vars_json}
            if code is not self.module_code and not code.co_flags & CO_OPTIMIZED:
                entry["kind"] = "class"
            if f is not frame and code.co_flags & CO_OPTIMIZED and not code.co_cellvars:
                self.frozen_frames[number] = (entry, values)
            if f is frame and event in ("return", "exception"):
                entry = dict(entry)  # a frozen entry is shared with later steps: copy it
                if event == "return":
                    self.mark_return(f, number, entry, arg, pending)
                else:
                    pending.append(arg[1])
                    entry["raising"] = self.label(arg[1])
            frames_json.append(entry)
        handling = sys.exc_info()[1]
        if handling is not None:
            pending.append(handling)
        heap = {}
        self.step_suspended = []
        self.step_chain = {id(f) for f in chain}
        stack = list(reversed(pending))
        while stack:
            obj = stack.pop()
            key = self.label(obj)
            if key in heap:
                continue
            children = []
            heap[key] = self.describe(obj, children)
            stack.extend(reversed(children))
        step = {"event": event, "line": frame.f_lineno, "frames": frames_json, "heap": heap,
                "stdout": self.output.text, "events": []}
        if self.step_suspended:
            step["suspended"] = self.step_suspended
        if event == "exception":
            step["exception"] = {"type": arg[0].__name__, "message": str(arg[1])}
        if handling is not None:
            step["handling"] = self.label(handling)
        step["events"] = self.events.events_to(step)
        self.sink.step(step)
        self.release_weakly_referenced(heap)
        if event == "return":
            caller = frame.f_back
            while caller is not None and not self.is_program_frame(caller):
                caller = caller.f_back
            if caller is not None:
                entry = self.frame_ids.get(id(caller))
                if entry is not None and entry[0] is caller:
                    self.frozen_frames.pop(entry[1], None)

    def mark_return(self, f, number, entry, arg, pending):
        pending.append(arg)
        entry["return"] = self.label(arg)
        op = f.f_code.co_code[f.f_lasti] if f.f_lasti >= 0 else RETURN_VALUE
        if self.last_event.get(number) == "exception":
            op = None  # thrown in at a yield (close(), throw()) and not caught
        if op == YIELD_VALUE:
            entry["yield"] = True
        elif op != RETURN_VALUE and self.frame_exception.get(number) is not None:
            raising = self.frame_exception[number]
            pending.append(raising)
            entry["raising"] = self.label(raising)

    # sys.settrace.
    def on_event(self, frame, event, arg):
        if self.silent:
            return None
        if event == "call":
            if self.depth(frame) > self.recursion_limit:
                return self.refuse_frame(frame)
            if frame.f_code is self.module_code:
                return self.on_event
            if not self.is_program_frame(frame):
                return None
        if event == "exception" and isinstance(arg[1], MemoryError):
            self.stop(self.memory_limit(frame.f_lineno))
        if self.step_count >= self.max_steps:
            self.stop(LimitReached(
                "StepLimit", "stopped after %s steps - the program may be in an infinite loop"
                % with_thousands(self.max_steps), frame.f_lineno))
        if self.deadline is not None and self.step_count % CLOCK_EVERY == 0 \
                and time.monotonic() > self.deadline:
            self.stop(LimitReached(
                "TimeLimit", "stopped after %s - the program may be in an infinite loop"
                % seconds_text(self.max_seconds), frame.f_lineno))
        self.step_count += 1
        if event == "exception":
            self.frame_exception[self.frame_number(frame)] = arg[1]
        elif event == "line" and sys.exc_info()[1] is not None:
            self.frame_exception[self.frame_number(frame)] = sys.exc_info()[1]
        try:
            self.record(frame, event, arg)
        except MemoryError:
            self.stop(self.memory_limit(frame.f_lineno))
        self.last_event[self.frame_number(frame)] = event
        if event == "return":
            if frame.f_code.co_flags & CO_GENERATOR:
                entry = self.frame_ids.get(id(frame))
            else:
                entry = self.frame_ids.pop(id(frame), None)
            if entry is not None:
                self.frozen_frames.pop(entry[1], None)
        return self.on_event

    def memory_limit(self, line):
        return LimitReached("MemoryLimit",
                            "the program's objects needed more than the memory limit of %s MB"
                            " - raise the limit in Settings" % with_thousands(self.max_heap_mb),
                            line)

    def process_limit(self, line):
        return LimitReached("MemoryLimit",
                            "the program started more than %s processes at once, the limit of a"
                            " run with Python 3" % with_thousands(self.max_processes), line)

    def stop(self, limit):
        """Ends the run here: nothing after this point is the program's to catch."""
        real_settrace(None)
        self.sink.end(self.output.text, limit.error)
        os._exit(0)

    def depth(self, frame):
        n = 0
        while frame is not None:
            n += 1
            if frame.f_code is self.module_code:
                return n
            frame = frame.f_back
        return 0

    def refuse_frame(self, frame):
        """CPython refuses a frame past the recursion limit before its 'call' event; the
        tracer's own frames sit below the module frame, so the real limit is raised and the
        refusal replayed here. A one-shot profile hook turns tracing back on as it unwinds."""
        self.failed_frame = frame

        def restore(_frame, _event, _arg):
            real_setprofile(None)
            real_settrace(self.on_event)

        real_setprofile(restore)
        raise RecursionError("maximum recursion depth exceeded")

    def set_program_recursion_limit(self, limit):
        """sys.setrecursionlimit as the program sees it: the depth counts its own frames. The
        argument is checked as CPython's own function checks it, before the headroom is added."""
        if type(limit) is not int:
            limit = operator.index(limit)  # "'str' object cannot be interpreted as an integer"
        if limit < 1:
            raise ValueError("recursion limit must be greater or equal than 1")
        real_set(limit + RECURSION_HEADROOM)
        self.recursion_limit = limit


RECURSION_HEADROOM = 2000
real_set = sys.setrecursionlimit
real_settrace = sys.settrace
real_setprofile = sys.setprofile
CAUSE_SEPARATOR = "\nThe above exception was the direct cause of the following exception:\n\n"
CONTEXT_SEPARATOR = "\nDuring handling of the above exception, another exception occurred:\n\n"


def error_line(tb, filename, skip_frame):
    line = 0
    while tb is not None:
        if tb.tb_frame.f_code.co_filename == filename and tb.tb_frame is not skip_frame:
            line = tb.tb_lineno
        tb = tb.tb_next
    return line


def is_text_frame(frame):
    """A frame of text the program gave exec, eval or compile, or of a function that text
    defined (not the "<string>" code a library makes for itself: a dataclass's __init__ is
    defined in dataclasses' own __create_fn__ text)."""
    code = frame.f_code
    return code.co_filename == "<string>" and not code.co_qualname.startswith("__create_fn__")


def traceback_text(exc, filename, skip_frame):
    """What `python3 PROGRAM.py` prints for the uncaught `exc`, with the program's frames only."""
    if isinstance(exc, SystemExit):
        # python3 prints no traceback for it, only a code that is neither None nor an int.
        code = exc.code
        return "" if code is None or isinstance(code, int) else "%s\n" % (code,)
    chain, separators, seen = [], [], set()
    cur = exc
    while cur is not None and id(cur) not in seen:
        seen.add(id(cur))
        chain.append(cur)
        if cur.__cause__ is not None:
            separators.append(CAUSE_SEPARATOR)
            cur = cur.__cause__
        elif cur.__context__ is not None and not cur.__suppress_context__:
            separators.append(CONTEXT_SEPARATOR)
            cur = cur.__context__
        else:
            cur = None
    parts = []
    for k in range(len(chain) - 1, -1, -1):
        e = chain[k]
        # With each instruction's full position, as python3 prints it: the ~~~^^^ markers.
        frames = [(frame, where) for frame, where
                  in traceback._walk_tb_with_full_positions(e.__traceback__)
                  if (frame.f_code.co_filename == filename or is_text_frame(frame))
                  and frame is not skip_frame]
        if frames:
            parts.append("Traceback (most recent call last):\n")
            parts.extend(
                traceback.StackSummary._extract_from_extended_frame_gen(iter(frames)).format())
        parts.extend(traceback.format_exception_only(type(e), e))
        if k > 0:
            parts.append(separators[k - 1])
    return "".join(parts)


def limit_forks(tracer, filename):
    """A fork the launcher's process limit refuses (EAGAIN) ends the run with that limit, as the
    memory limit ends it: it is the visualiser's limit, not the program's error to catch. A
    copy that cannot fork just ends, silently, as everything it does is silent."""
    def limited(real):
        def fork(*args):
            try:
                return real(*args)
            except BlockingIOError:
                if tracer.silent:
                    os._exit(0)
                caller = sys._getframe(1)
                tracer.stop(tracer.process_limit(
                    caller.f_lineno if caller.f_code.co_filename == filename else 0))
        fork.__name__, fork.__qualname__, fork.__doc__ = real.__name__, real.__name__, real.__doc__
        return fork

    os.fork = limited(os.fork)
    os.forkpty = limited(os.forkpty)


def syntax_error_text(path, filename):
    """What python3 prints for a program that does not compile (its caret drawing differs
    from the traceback module's). Only compiles: nothing of the program runs."""
    proc = subprocess.run([sys.executable, "-c",
                           "import sys\nsrc = open(sys.argv[1], 'rb').read()\n"
                           "compile(src, sys.argv[2], 'exec', dont_inherit=True)",
                           path, filename], stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                          stderr=subprocess.PIPE, timeout=60)
    text = proc.stderr.decode("utf-8", "replace")
    marker = text.find('  File "%s"' % filename)
    return text[marker:] if marker > 0 else text


def main_module_names(filename):
    return {"__name__": "__main__", "__doc__": None, "__package__": None,
            "__loader__": importlib.machinery.SourceFileLoader("__main__", filename),
            "__spec__": None, "__annotations__": {}, "__builtins__": builtins,
            "__file__": filename, "__cached__": None}


def parse_args(argv):
    import argparse
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--stdin", help="file that input() reads from (default: stdin)")
    parser.add_argument("--filename", help="the program's name in tracebacks "
                        "(default: its path made absolute, as python3 names it)")
    parser.add_argument("--max-steps", type=int, default=DEFAULT_MAX_STEPS)
    parser.add_argument("--max-seconds", type=float, default=DEFAULT_MAX_SECONDS)
    parser.add_argument("--max-heap-mb", type=int, default=DEFAULT_MAX_HEAP_MB,
                        help="only named in the MemoryLimit message; the parent sets RLIMIT_AS")
    parser.add_argument("--max-output-mb", type=int, default=DEFAULT_MAX_OUTPUT_MB)
    parser.add_argument("--max-processes", type=int, default=DEFAULT_MAX_PROCESSES,
                        help="only named in the message; the parent sets the process limit")
    parser.add_argument("--universal-newlines", action="store_true",
                        help="stdin's lines may also end in \\r\\n or \\r (memstep-trace --stdin)")
    parser.add_argument("--compact", action="store_true", help="the compact JSON form")
    parser.add_argument("--protocol", action="store_true",
                        help="line records for memstep-trace instead of one JSON document")
    parser.add_argument("program")
    return parser.parse_args(argv)


def main(argv):
    args = parse_args(argv)
    path = args.program
    filename = args.filename or (path if os.path.isabs(path) else os.path.join(os.getcwd(), path))
    with open(path, "rb") as f:
        raw = f.read()
    source = raw.decode("utf-8", errors="replace")
    # The trace goes to a private copy of stdout; fd 1 and 2 then lead nowhere, so neither a
    # program writing to them nor a library's warning can break the JSON.
    sink_fd = os.dup(1)
    SINK_FD.append(sink_fd)
    null = os.open(os.devnull, os.O_WRONLY)
    os.dup2(null, 1)
    os.dup2(null, 2)
    sink = Sink(sink_fd, args.protocol, source, args.compact)
    try:
        code = compile(raw, filename, "exec", dont_inherit=True)
    except (SyntaxError, ValueError) as e:
        line = getattr(e, "lineno", 0) or 0
        sink.end("", {"type": type(e).__name__, "message": getattr(e, "msg", str(e)),
                      "line": line, "traceback": syntax_error_text(path, filename)})
        return
    output = Output(args.max_output_mb << 20)
    stdout = io.TextIOWrapper(output, encoding="utf-8", errors="strict", newline="\n",
                              write_through=True)
    if args.stdin:
        stdin = open(args.stdin, encoding="utf-8")
    else:
        stdin = io.TextIOWrapper(io.FileIO(0, "r", closefd=False), encoding="utf-8",
                                 newline=None if args.universal_newlines else "\n")
    limits = (args.max_steps or 10 ** 18, args.max_seconds, args.max_heap_mb, args.max_processes)
    tracer = Tracer(filename, code, output, sink, limits)
    main_module = types.ModuleType("__main__")
    namespace = main_module.__dict__
    namespace.clear()
    namespace.update(main_module_names(filename))
    # The program's builtins are a copy: `builtins.str = None` changes what the program sees,
    # as in python3, but not what the tracer and the libraries it uses (json) see.
    program_builtins = types.ModuleType("builtins")
    program_builtins.__dict__.update(builtins.__dict__)
    namespace["__builtins__"] = program_builtins
    sys.modules["builtins"] = program_builtins
    sys.modules["__main__"] = main_module
    sys.stdout = sys.__stdout__ = stdout
    sys.stdin = sys.__stdin__ = stdin
    sys.stderr = sys.__stderr__ = io.TextIOWrapper(io.FileIO(1, "w", closefd=False),
                                                   encoding="utf-8", errors="replace")
    sys.argv = [path]
    real_set(tracer.recursion_limit + RECURSION_HEADROOM)
    sys.setrecursionlimit = tracer.set_program_recursion_limit
    sys.getrecursionlimit = lambda: tracer.recursion_limit
    # A program that sets its own trace or profile function would end the recording.
    sys.settrace = sys.setprofile = lambda function: None

    def silence():
        # A copy neither records nor holds the trace's pipe open: the launcher reads until its
        # parent's end record, and a copy that outlives the run is killed with the run.
        tracer.silent = True
        os.close(sink_fd)

    os.register_at_fork(after_in_child=silence)
    limit_forks(tracer, filename)
    error = None
    pid = os.getpid()
    try:
        real_settrace(tracer.on_event)
        exec(code, namespace)
    except MemoryError:
        error = tracer.memory_limit(0).error
    except BaseException as e:  # the program's uncaught error is data
        error = {"type": type(e).__name__, "message": str(e),
                 "line": error_line(e.__traceback__, filename, tracer.failed_frame)}
        text = traceback_text(e, filename, tracer.failed_frame)
        if text:  # an uncaught SystemExit prints nothing, and the built-in engine's trace has none
            error["traceback"] = text
    finally:
        real_settrace(None)
        real_setprofile(None)
    if os.getpid() != pid or tracer.silent:
        os._exit(0)  # a forked copy of the program: its parent writes the trace
    try:
        stdout.flush()
    except Exception:  # the program may have closed or replaced its stdout
        pass
    sink.end(output.text, error)
    os._exit(0)


def run_guarded(argv):
    """A fault of the tracer itself still ends in a trace, with an InternalError."""
    try:
        main(argv)
    except SystemExit:
        raise
    except BaseException as e:
        text = traceback.format_exc()
        record = json.dumps({"stdout": "", "error": {"type": "InternalError", "message": str(e),
                                                     "line": 0, "traceback": text}})
        os.write(SINK_FD[0] if SINK_FD else 1, ("E " + record + "\n").encode("utf-8"))
        os._exit(3)


SINK_FD = []

if __name__ == "__main__":
    run_guarded(sys.argv[1:])
