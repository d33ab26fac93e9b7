#!/usr/bin/env python3
"""Reference tracer: runs a program under real CPython 3.11 and prints its memstep trace.

The differential tests judge memstep-trace against this script, so it follows the heap-graph
contract (tests/README.md) literally: steps are the sys.settrace events of the program's own
frames (module 'call' and comprehension frames left out), and each step's heap is everything
reachable from the frames' variables and return values along the contract's edges only.
Objects are kept alive once shown, so CPython can never reuse an id for a different object
and "same id" in the output means exactly `a is b` in the program; only an object the program
refers to weakly is let go once a step no longer shows it (weakref.ref must answer None when it
would under plain python3), and its label is never given to another object.

Usage: reference_trace.py [--stdin FILE] PROGRAM.py   (JSON on stdout, trace-format v1)
"""

import __future__
import argparse
import builtins
import collections
import dis
import importlib.machinery
import io
import operator
import os
import json
import subprocess
import sys
import traceback
import types
import _weakref

MAX_STEPS = 100_000
# Frames whose code has one of these names are comprehension bodies: not frames in memstep.
COMPREHENSION_NAMES = frozenset({"<listcomp>", "<dictcomp>", "<setcomp>", "<genexpr>"})
CLASS_NAMESPACE_HIDDEN = frozenset({"__module__", "__qualname__", "__doc__"})
CLASS_ATTRS_HIDDEN = CLASS_NAMESPACE_HIDDEN | {"__dict__", "__weakref__"}
CO_OPTIMIZED = 0x1
CO_VARARGS = 0x4
CO_VARKEYWORDS = 0x8
CO_GENERATOR = 0x20
# Types whose repr() is cheap, deterministic and runs no user code.
LIBRARY_DICT_TYPES = (collections.defaultdict, collections.Counter, collections.OrderedDict)
CHEAP_REPR_TYPES = (complex, bytes, bytearray, type(Ellipsis), type(NotImplemented),
                    __future__._Feature)
SCALAR_TYPES = frozenset({int, float, str, bool, type(None), range})
# A frame's 'return' event comes from one of these instructions when it really returns or
# yields; from any other, the frame is being unwound by an exception.
RETURN_VALUE = dis.opmap["RETURN_VALUE"]
YIELD_VALUE = dis.opmap["YIELD_VALUE"]


def is_struct_time(cls):
    """time.struct_time (found by name: the tracer itself does not import time's calendar).
    Its visible items are a tuple's; tm_zone and tm_gmtoff are hidden fields, not drawn."""
    attr = type.__getattribute__
    return (attr(cls, "__module__") == "time" and attr(cls, "__name__") == "struct_time"
            and tuple in attr(cls, "__mro__"))


def is_namedtuple_class(cls):
    """A class collections.namedtuple made (not a program's subclass of one)."""
    attrs = type.__getattribute__(cls, "__dict__")
    return (tuple in type.__getattribute__(cls, "__bases__") and "_field_defaults" in attrs
            and isinstance(attrs.get("_make"), classmethod))



# Digits of the ints past str()'s 4300-digit limit, by id: the trace format gives an int's
# value in full, and CPython's quadratic conversion of 100,000 digits takes most of a second,
# too long to redo at every step (the tracer keeps every object it showed alive, so ids stay).
LONG_INT_DIGITS = {}


def all_digits(value):
    try:
        return str(value)
    except ValueError:
        pass
    key = id(value)
    if key not in LONG_INT_DIGITS:
        limit = sys.get_int_max_str_digits()
        sys.set_int_max_str_digits(0)
        try:
            LONG_INT_DIGITS[key] = str(value)
        finally:
            sys.set_int_max_str_digits(limit)
    return LONG_INT_DIGITS[key]


def is_decimal_type(t):
    """decimal.Decimal, an immutable scalar drawn by its whole repr (found by name: the tracer
    itself does not import decimal)."""
    return t.__name__ == "Decimal" and type.__getattribute__(t, "__module__") == "decimal"


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


def builtin_layout(cls):
    """list, dict, set, int, float, str or tuple when a program's class extends it (class
    Stack(list), class Num(int)), else None."""
    for base in type.__getattribute__(cls, "__mro__"):
        if base in (list, dict, set, int, float, str, tuple):
            return base
    return None


def is_dataclass_repr_wrapper(code):
    """The wrapper dataclasses' _recursive_repr puts around a dataclass's __repr__. While the
    program's own __repr__ of a field's value runs inside it, its repr_running set holds
    (id(self), thread id): two addresses that differ on every run, which no diagram can show
    the same twice. The set is drawn empty, as memstep draws it."""
    return (code.co_name == "wrapper" and os.path.basename(code.co_filename) == "dataclasses.py"
            and code.co_qualname == "_recursive_repr.<locals>.wrapper")


def mangled_slot(cls, name):
    """The member name type() made for slot `name`: a private `__x` is `_Cls__x`."""
    owner = type.__getattribute__(cls, "__name__").lstrip("_")
    if not name.startswith("__") or name.endswith("__") or "." in name or not owner:
        return name
    return "_" + owner + name


class StepLimitReached(BaseException):
    """Raised from the trace function to stop a program that ran too long."""


def is_dunder(name):
    return len(name) > 4 and name.startswith("__") and name.endswith("__")


class Tracer:
    def __init__(self, filename, module_code, stdout_buffer):
        self.filename = filename
        self.module_code = module_code
        self.stdout = stdout_buffer
        self.steps = []
        # id(obj) -> (obj, label): the strong reference keeps ids unique for the whole run.
        self.shown = {}
        self.next_label = 1
        # Label -> id(obj) of the shown objects whose type has a weakref slot, and the heap of
        # the step before (release_weakly_referenced).
        self.weakly_held = {}
        self.last_heap = {}
        self.frame_ids = {}  # id(frame) -> (frame, number) while the frame is alive
        self.next_frame_id = 1
        self.var_order = {}  # frame number -> names in order of first appearance
        self.step_limit_line = 0
        self.recursion_limit = sys.getrecursionlimit()
        self.failed_frame = None  # frame refused for recursion depth (see refuse_frame)
        # Frame number -> its JSON entry while the frame is suspended: a suspended function
        # frame without cell variables cannot change, and deep recursion repeats it each step.
        self.frozen_frames = {}
        # id(obj) -> fields of immutable scalars, which never change once shown.
        self.scalar_fields = {}
        # Frame number -> the exception it last saw raised or handled: what it raises when a
        # 'return' event unwinds it (CPython's trace call for that hides the exception).
        self.frame_exception = {}
        self.last_event = {}  # frame number -> its previous event
        self.step_suspended = []  # the suspended frames met while describing the heap
        self.step_chain = set()  # ids of the step's own frames
        # ids of the repr_running sets of dataclasses' __repr__ wrappers, drawn empty (see
        # is_dataclass_repr_wrapper).
        self.bookkeeping_sets = set()

    # ---- objects -------------------------------------------------------------------
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

    def describe(self, obj, pending):
        """The object's JSON fields; every object it refers to is labelled and queued."""

        def ref(child):
            pending.append(child)
            return self.label(child)

        t = type(obj)
        cached = self.scalar_fields.get(id(obj)) if t in SCALAR_TYPES else None
        if cached is not None:
            return cached
        if t in SCALAR_TYPES:
            fields = self.describe_scalar(obj, t)
            self.scalar_fields[id(obj)] = fields
            return fields
        if t is set and id(obj) in self.bookkeeping_sets:
            return {"type": "set", "items": []}
        if t in (list, tuple, set, frozenset):
            return {"type": t.__name__, "items": [ref(x) for x in list(obj)]}
        if t is dict:
            return {"type": "dict", "entries": [[ref(k), ref(v)] for k, v in list(obj.items())]}
        # The collections module's containers show their contents as a list's or a dict's do,
        # under their own type name (an OrderedDict's items follow its own order).
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
        # A namedtuple's class is made by collections (its __module__ is the caller's, but
        # none of its code is the program's): a library class. Its instances are tuples
        # named by their class.
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
            attrs = []
            fields = {"type": "class", "name": obj.__name__, "attrs": attrs}
            if self.is_program_class(obj):
                attrs += [[k, ref(v)] for k, v in list(obj.__dict__.items())
                          if k not in CLASS_ATTRS_HIDDEN]
                # Names, not references: a base is text on the class's box. A lone `object`
                # is what every class written without bases has, so it is left out.
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
                fields = {"type": "int", "value": all_digits(int.__index__(obj)), "class": t.__name__}
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
        elif issubclass(t, BaseException) and self.exception_text_is_plain(obj):
            fields["value"] = str(obj)
        return fields

    def exception_text_is_plain(self, exc):
        """str(exc) is BaseException's text of its args and runs none of the program's code."""
        for cls in type(exc).__mro__:
            if self.is_program_class(cls) and "__str__" in cls.__dict__:
                return False
        return not any(self.is_program_class(type(a)) for a in exc.args)

    def describe_generator(self, gen, ref):
        """A generator; one paused at a yield also lists its frame among the step's suspended
        frames, whose variables it keeps alive (a generator expression's is no frame)."""
        fields = {"type": "generator", "name": gen.__name__}
        frame = gen.gi_frame
        # At the 'return' event of its yield the frame is already marked suspended, but it is
        # still the innermost frame of the step: it is listed there.
        if (frame is None or not gen.gi_suspended or frame.f_code.co_name in COMPREHENSION_NAMES
                or id(frame) in self.step_chain):
            return fields
        number = self.frame_number(frame)
        fields["frame"] = number
        self.step_suspended.append({
            "id": number, "function": frame.f_code.co_name, "line": frame.f_lineno,
            "vars": [[name, ref(value)] for name, value in self.frame_vars(frame, number)]})
        return fields

    @staticmethod
    def describe_scalar(obj, t):
        if t is int:
            return {"type": "int", "value": all_digits(obj)}
        if t is str:
            return {"type": "str", "value": obj}
        return {"type": t.__name__, "value": repr(obj)}

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
        return type.__getattribute__(cls, "__module__") == "__main__"

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

    # ---- frames --------------------------------------------------------------------
    def is_program_frame(self, frame):
        code = frame.f_code
        return code.co_filename == self.filename and code.co_name not in COMPREHENSION_NAMES

    def program_frames(self, frame):
        """Program frames from the module frame (first) to `frame` (last)."""
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
        elif not code.co_flags & CO_OPTIMIZED:  # class body: its namespace
            scope = {k: v for k, v in frame.f_locals.items() if k not in CLASS_NAMESPACE_HIDDEN}
        else:
            free = set(code.co_freevars)
            scope = {k: v for k, v in frame.f_locals.items() if k not in free}
        # Binding order: a name deleted and bound again goes last, as it does in a dict.
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
            entry = {"id": number,
                     "function": code.co_name,
                     "line": f.f_lineno,
                     "vars": vars_json}
            if code is not self.module_code and not code.co_flags & CO_OPTIMIZED:
                entry["kind"] = "class"
            if f is not frame and code.co_flags & CO_OPTIMIZED and not code.co_cellvars:
                self.frozen_frames[number] = (entry, values)
            if event == "return" and f is frame:
                pending.append(arg)
                entry["return"] = self.label(arg)
                op = code.co_code[f.f_lasti] if f.f_lasti >= 0 else RETURN_VALUE
                if self.last_event.get(number) == "exception":
                    op = None  # thrown in at a yield (close(), throw()) and not caught
                if op == YIELD_VALUE:
                    entry["yield"] = True
                elif op != RETURN_VALUE and self.frame_exception.get(number) is not None:
                    raising = self.frame_exception[number]
                    pending.append(raising)
                    entry["raising"] = self.label(raising)
            if event == "exception" and f is frame:
                pending.append(arg[1])
                entry["raising"] = self.label(arg[1])
            frames_json.append(entry)
        # What the program holds at this step besides its names: sys.exc_info(), the exception
        # an except/finally block handles (already set on the line of the `except` that catches
        # it).
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
        step = {"event": event,
                "line": frame.f_lineno,
                "frames": frames_json,
                "heap": heap,
                "stdout": self.stdout.getvalue(),
                "events": []}
        if self.step_suspended:
            step["suspended"] = self.step_suspended
        if event == "exception":
            value = arg[1]
            step["exception"] = {"type": arg[0].__name__, "message": str(value)}
        if handling is not None:
            step["handling"] = self.label(handling)
        self.steps.append(step)
        self.release_weakly_referenced(heap)
        if event == "return":
            # The caller runs again after this: its frozen vars may change before its next
            # event (`with m as x: return 1` stores x between two calls on one line).
            caller = frame.f_back
            while caller is not None and not self.is_program_frame(caller):
                caller = caller.f_back
            if caller is not None:
                entry = self.frame_ids.get(id(caller))
                if entry is not None and entry[0] is caller:
                    self.frozen_frames.pop(entry[1], None)

    # ---- sys.settrace --------------------------------------------------------------
    def on_event(self, frame, event, arg):
        if event == "call":
            if self.depth(frame) > self.recursion_limit:
                return self.refuse_frame(frame)
            if frame.f_code is self.module_code:
                return self.on_event
            if not self.is_program_frame(frame):
                return None
        if len(self.steps) >= MAX_STEPS:
            self.step_limit_line = frame.f_lineno
            raise StepLimitReached()
        if event == "exception":
            self.frame_exception[self.frame_number(frame)] = arg[1]
        elif event == "line" and sys.exc_info()[1] is not None:
            self.frame_exception[self.frame_number(frame)] = sys.exc_info()[1]
        self.record(frame, event, arg)
        self.last_event[self.frame_number(frame)] = event
        if event == "return":
            # A generator's frame returns at every yield and comes back later: it keeps its
            # number (the entry holds the frame, so its id cannot be reused meanwhile).
            if frame.f_code.co_flags & CO_GENERATOR:
                entry = self.frame_ids.get(id(frame))
            else:
                entry = self.frame_ids.pop(id(frame), None)
            if entry is not None:
                self.frozen_frames.pop(entry[1], None)
        return self.on_event

    def depth(self, frame):
        """Python frames from the module frame (depth 1) to `frame`, as `python3 prog.py` counts."""
        n = 0
        while frame is not None:
            n += 1
            if frame.f_code is self.module_code:
                return n
            frame = frame.f_back
        return 0

    def refuse_frame(self, frame):
        """Plain CPython refuses a frame past the recursion limit before its 'call' event.

        The tracer's own frames sit below the module frame, so the real limit is raised and
        the refusal is replayed here instead: raising from the trace function fails the new
        frame exactly as the interpreter would. CPython then turns tracing off; a one-shot
        profile hook (called as the refused frame unwinds) turns it back on, so the exception
        and return steps of every frame the error propagates through are still recorded.
        """
        self.failed_frame = frame

        def restore(_frame, _event, _arg):
            sys.setprofile(None)
            sys.settrace(self.on_event)

        sys.setprofile(restore)
        raise RecursionError("maximum recursion depth exceeded")


def error_line(tb, filename, skip_frame):
    line = 0
    while tb is not None:
        if tb.tb_frame.f_code.co_filename == filename and tb.tb_frame is not skip_frame:
            line = tb.tb_lineno
        tb = tb.tb_next
    return line


CAUSE_SEPARATOR = "\nThe above exception was the direct cause of the following exception:\n\n"
CONTEXT_SEPARATOR = "\nDuring handling of the above exception, another exception occurred:\n\n"


def is_text_frame(frame):
    """A frame of text the program gave exec, eval or compile, or of a function that text
    defined (not the "<string>" code a library makes for itself: a dataclass's __init__ is
    defined in dataclasses' own __create_fn__ text)."""
    code = frame.f_code
    return code.co_filename == "<string>" and not code.co_qualname.startswith("__create_fn__")


def traceback_text(exc, filename, skip_frame):
    """What `python3 PROGRAM.py` prints for the uncaught `exc`, chained exceptions included.

    The traceback module formats it; only the program's own frames and those of text it runs
    with exec or eval ("<string>") are kept (the tracer's frames and the frame refused for
    recursion depth are not part of a plain run).
    """
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
    if isinstance(exc, SystemExit):
        # python3 prints no traceback for it, only a code that is neither None nor an int.
        code = exc.code
        return "" if code is None or isinstance(code, int) else "%s\n" % (code,)
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


def main_module_names(path):
    """The names `python3 PATH` puts in __main__ before the program runs, in its order:
    __file__ is the path made absolute by prefixing the working directory (not normalised),
    and __annotations__ is there even when the program has no annotation."""
    filename = path if os.path.isabs(path) else os.path.join(os.getcwd(), path)
    return {"__name__": "__main__", "__doc__": None, "__package__": None,
            "__loader__": importlib.machinery.SourceFileLoader("__main__", filename),
            "__spec__": None, "__annotations__": {}, "__builtins__": builtins,
            "__file__": filename, "__cached__": None}


def syntax_error_text(path):
    """What `python3 PATH` prints for a program that does not compile, taken from python3
    itself: its C printer draws the caret (the column) differently from the traceback module
    (one ^ where traceback.format_exception_only draws ^^^^^). Nothing of the program runs."""
    proc = subprocess.run([sys.executable, path], stdin=subprocess.DEVNULL,
                          stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, timeout=60)
    return proc.stderr.decode("utf-8", "replace")


# The real recursion limit is the program's plus this, for the tracer's own frames.
TRACER_DEPTH = 2000
REAL_RECURSION_LIMIT_FUNCTIONS = sys.getrecursionlimit, sys.setrecursionlimit


class ProgramStdout:
    """sys.stdout as `python3 PROGRAM.py` has it, an io.TextIOWrapper, kept in memory."""

    def __init__(self):
        self.raw = io.BytesIO()
        self.stream = io.TextIOWrapper(self.raw, encoding="utf-8", errors="surrogatepass",
                                       write_through=True)

    def getvalue(self):
        return self.raw.getvalue().decode("utf-8", errors="surrogatepass")


def program_argv0(path):
    """sys.argv[0] as memstep gives it: the program's file name, as `python3 PROGRAM.py` run
    from the program's folder gives it."""
    return "-" if path == "-" else os.path.basename(path)


def recursion_limit_functions(tracer):
    """sys.getrecursionlimit and setrecursionlimit for the program: the limit it sees and sets
    is the tracer's (refuse_frame), the real one stays TRACER_DEPTH above it."""
    real_set = REAL_RECURSION_LIMIT_FUNCTIONS[1]

    def getrecursionlimit():
        return tracer.recursion_limit

    def setrecursionlimit(new_limit, /):
        n = operator.index(new_limit)
        if n < 1:
            raise ValueError("recursion limit must be greater or equal than 1")
        real_set(n + TRACER_DEPTH)
        tracer.recursion_limit = n

    return getrecursionlimit, setrecursionlimit


def run(path, stdin_path):
    with open(path, "rb") as f:
        raw = f.read()
    source = raw.decode("utf-8", errors="replace")
    result = {"format": "memstep-trace", "version": 1, "source": source,
              "steps": [], "stdout": "", "error": None}
    try:
        code = compile(raw, path, "exec", dont_inherit=True)
    except SyntaxError as e:
        result["error"] = {"type": type(e).__name__, "message": e.msg, "line": e.lineno or 0,
                           "traceback": syntax_error_text(path)}
        return result

    buffer = ProgramStdout()
    stdin = open(stdin_path, encoding="utf-8") if stdin_path else io.StringIO("")
    tracer = Tracer(path, code, buffer)
    # A program run before in this process (check_corpus.py runs them all in one) may have
    # changed decimal's current context: each starts with a fresh one, as under python3.
    decimal = sys.modules.get("decimal")
    if decimal is not None:
        decimal.setcontext(decimal.Context())
    # The program's namespace is the dict of a module registered as __main__, as under
    # `python3 PROGRAM.py`, so what looks the program up there (doctest.testmod()) finds it.
    main_module = types.ModuleType("__main__")
    module = main_module.__dict__
    module.clear()
    module.update(main_module_names(path))
    old_main = sys.modules.get("__main__")
    sys.modules["__main__"] = main_module
    old = sys.stdout, sys.stdin, sys.getrecursionlimit()
    sys.stdout, sys.stdin = buffer.stream, stdin
    sys.setrecursionlimit(old[2] + TRACER_DEPTH)
    old_argv = sys.argv
    sys.argv = [program_argv0(path)]
    sys.getrecursionlimit, sys.setrecursionlimit = recursion_limit_functions(tracer)
    error = None
    try:
        sys.settrace(tracer.on_event)
        exec(code, module)
    except StepLimitReached:
        error = {"type": "StepLimit",
                 "message": "stopped after %d steps" % MAX_STEPS,
                 "line": tracer.step_limit_line}
    except BaseException as e:  # the program's uncaught error is data
        error = {"type": type(e).__name__, "message": str(e),
                 "line": error_line(e.__traceback__, path, tracer.failed_frame)}
        text = traceback_text(e, path, tracer.failed_frame)
        if text:  # an uncaught SystemExit prints nothing, as memstep's trace leaves it out
            error["traceback"] = text
    finally:
        sys.settrace(None)
        sys.setprofile(None)
        sys.modules["__main__"] = old_main
        sys.stdout, sys.stdin = old[0], old[1]
        sys.getrecursionlimit, sys.setrecursionlimit = REAL_RECURSION_LIMIT_FUNCTIONS
        sys.setrecursionlimit(old[2])
        sys.argv = old_argv
        stdin.close()
    result["steps"] = tracer.steps
    result["stdout"] = buffer.getvalue()
    result["error"] = error
    return result


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--stdin", help="file that input() reads from")
    parser.add_argument("program")
    args = parser.parse_args()
    result = run(args.program, args.stdin)
    out = sys.stdout.buffer
    out.write(json.dumps(result, ensure_ascii=False).encode("utf-8"))
    out.write(b"\n")
    out.flush()


if __name__ == "__main__":
    main()
