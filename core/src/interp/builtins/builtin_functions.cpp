// The builtin functions that are not about numbers: print, len, id, repr, input, min/max, sum,
// sorted, reversed, enumerate, zip, map, filter, any, all, isinstance, iter, next.
#include "interp/attributes/attribute_hooks.h"
#include "interp/attributes/class_namespace.h"
#include "interp/attributes/namespace_dict.h"
#include "interp/builtins/builtins_util.h"
#include "interp/operators/binary_operators.h"
#include "interp/tracing/tracer.h"
#include "runtime/list_capacity.h"

#include <algorithm>

namespace memstep::core::interp {

using numeric::BigInt;

namespace {

ObjRef bPrint(Interpreter& in, Object*, CallArgs& args) {
    ObjRef sep = takeKeyword(args, "sep");
    ObjRef end = takeKeyword(args, "end");
    ObjRef flush = takeKeyword(args, "flush");
    ObjRef file = takeKeyword(args, "file");
    if (!noMoreKeywords(in, args, "print"))
        return nullptr;
    // flush is a bool parameter: its truth is taken before anything is written.
    const int flushing = flush ? in.truthy(flush.get()) : 0;
    if (flushing < 0)
        return nullptr;
    std::string sepText = " ", endText = "\n";
    if (sep && sep->tag != rt::Tag::None) {
        if (!isStr(sep.get()))
            return in.raise("TypeError", "sep must be None or a string, not " +
                                             std::string(in.typeName(sep.get())));
        sepText = text(sep.get());
    }
    if (end && end->tag != rt::Tag::None) {
        if (!isStr(end.get()))
            return in.raise("TypeError", "end must be None or a string, not " +
                                             std::string(in.typeName(end.get())));
        endText = text(end.get());
    }
    // file=None is the standard output; any other file is an object whose write() gets each
    // piece, as CPython's PyFile_WriteObject does (an object without one is an AttributeError).
    ObjRef write;
    if (file && file->tag != rt::Tag::None) {
        write = in.getAttr(file.get(), "write");
        if (!write)
            return nullptr;
    }
    auto put = [&](const std::string& piece) {
        if (!write) {
            in.write(piece);
            return true;
        }
        rt::CallArgs call;
        call.positional.push_back(in.newStr(piece));
        return in.call(write.get(), call) != nullptr;
    };
    // Written piece by piece, as CPython does: a __str__ that prints (or fails) runs after
    // the arguments before it are already out.
    for (std::size_t i = 0; i < args.positional.size(); ++i) {
        if (i && !put(sepText))
            return nullptr;
        auto s = in.str(args.positional[i].get());
        if (!s || !put(*s))
            return nullptr;
    }
    if (!put(endText))
        return nullptr;
    if (write && flushing == 1) {
        ObjRef flusher = in.getAttr(file.get(), "flush");
        rt::CallArgs none;
        if (!flusher || !in.call(flusher.get(), none))
            return nullptr;
    }
    return in.none();
}

ObjRef bLen(Interpreter& in, Object*, CallArgs& args) {
    if (!noKeywords(in, args, "len") || !argCount(in, args, "len", 1, 1))
        return nullptr;
    Object* o = args.positional[0].get();
    std::int64_t n = 0;
    if (o->tag == rt::Tag::Type) {
        auto* t = static_cast<rt::TypeObject*>(o);
        if (t->meta && t->meta->len) {
            CallArgs none;
            return t->meta->len(in, t, none);
        }
    }
    if (overridesLen(in, o)) {
        auto len = in.userLen(o);
        return len ? in.heap().newInt(*len) : nullptr;
    }
    switch (o->tag) {
    case rt::Tag::Str:
        n = static_cast<rt::StrObject*>(o)->length;
        break;
    case rt::Tag::List:
    case rt::Tag::Deque:
        n = static_cast<std::int64_t>(static_cast<rt::ListObject*>(o)->items.size());
        break;
    case rt::Tag::Tuple:
        n = static_cast<std::int64_t>(static_cast<rt::TupleObject*>(o)->items.size());
        break;
    case rt::Tag::Dict:
        n = static_cast<std::int64_t>(static_cast<rt::DictObject*>(o)->used);
        break;
    case rt::Tag::Set:
    case rt::Tag::FrozenSet:
        n = static_cast<std::int64_t>(static_cast<rt::SetObject*>(o)->used);
        break;
    case rt::Tag::Range:
        n = static_cast<rt::RangeObject*>(o)->length();
        break;
    case rt::Tag::Bytes:
    case rt::Tag::ByteArray:
        n = static_cast<std::int64_t>(static_cast<rt::BytesObject*>(o)->data.size());
        break;
    case rt::Tag::DictView:
        n = static_cast<std::int64_t>(
            static_cast<rt::DictObject*>(static_cast<rt::DictViewObject*>(o)->dict.get())->used);
        break;
    default: {
        if (Object* fn = interp::ops::libraryValueMethod(o, "__len__", o->tag == rt::Tag::Int)) {
            CallArgs self;
            self.positional = {args.positional[0]};
            return in.call(fn, self);
        }
        if (!Interpreter::isUserObject(o))
            return in.raise("TypeError",
                            "object of type '" + std::string(in.typeName(o)) + "' has no len()");
        auto len = in.userLen(o);
        if (!len)
            return nullptr;
        n = *len;
    }
    }
    return in.heap().newInt(n);
}

ObjRef bId(Interpreter& in, Object*, CallArgs& args) {
    if (!noKeywords(in, args, "id") || !argCount(in, args, "id", 1, 1))
        return nullptr;
    return in.heap().newInt(static_cast<std::int64_t>(in.pyId(args.positional[0].get())));
}

ObjRef bAscii(Interpreter& in, Object*, CallArgs& args) {
    if (!noKeywords(in, args, "ascii") || !argCount(in, args, "ascii", 1, 1))
        return nullptr;
    return convertObject(in, args.positional[0].get(), 'a');
}

ObjRef bRepr(Interpreter& in, Object*, CallArgs& args) {
    if (!noKeywords(in, args, "repr") || !argCount(in, args, "repr", 1, 1))
        return nullptr;
    return convertObject(in, args.positional[0].get(), 'r');
}

ObjRef bInput(Interpreter& in, Object*, CallArgs& args) {
    if (!noKeywords(in, args, "input") || !argCount(in, args, "input", 0, 1))
        return nullptr;
    std::string prompt;
    if (!args.positional.empty()) {
        auto s = in.str(args.positional[0].get());
        if (!s)
            return nullptr;
        prompt = *s;
    }
    bool eof = false;
    auto line = in.readLine(prompt, &eof);
    if (eof || !line)
        return in.raise("EOFError", "EOF when reading a line");
    return in.newStr(std::move(*line));
}

ObjRef minMax(Interpreter& in, CallArgs& args, bool isMax) {
    const char* name = isMax ? "max" : "min";
    // CPython's min_max unpacks the positional arguments before it reads the keywords.
    if (args.positional.empty())
        return in.raise("TypeError", std::string(name) + " expected at least 1 argument, got 0");
    ObjRef key = takeKeyword(args, "key");
    ObjRef dflt = takeKeyword(args, "default");
    if (!noMoreKeywords(in, args, name))
        return nullptr;
    // One iterable is consumed an item at a time, as CPython does: max(map(f, range(10**12)))
    // must run in constant memory, and a key function's calls interleave with the iterator's.
    ObjRef it;
    if (args.positional.size() == 1) {
        it = in.iter(args.positional[0].get());
        if (!it)
            return nullptr;
    } else if (dflt) {
        return in.raise("TypeError", std::string("Cannot specify a default for ") + name +
                                         "() with multiple positional arguments");
    }
    if (key && key->tag == rt::Tag::None)
        key = nullptr;
    std::size_t given = 0;
    auto nextItem = [&]() -> ObjRef {
        if (it)
            return in.next(it.get());
        return given < args.positional.size() ? args.positional[given++] : ObjRef();
    };
    ObjRef best;
    ObjRef bestKey;
    while (ObjRef item = nextItem()) {
        ObjRef k = item;
        if (key) {
            CallArgs ka;
            ka.positional.push_back(item);
            k = in.call(key.get(), ka);
            if (!k)
                return nullptr;
        }
        if (!best) {
            best = std::move(item);
            bestKey = std::move(k);
            continue;
        }
        int better = in.compare(isMax ? syntax::CmpOperator::Gt : syntax::CmpOperator::Lt, k.get(),
                                bestKey.get());
        if (better < 0 || in.pollStop())
            return nullptr;
        if (better) {
            best = std::move(item);
            bestKey = std::move(k);
        }
    }
    if (in.hasException())
        return nullptr;
    if (best)
        return best;
    if (dflt)
        return dflt;
    return in.raise("ValueError", std::string(name) + "() arg is an empty sequence");
}

ObjRef bMin(Interpreter& in, Object*, CallArgs& args) {
    return minMax(in, args, false);
}
ObjRef bMax(Interpreter& in, Object*, CallArgs& args) {
    return minMax(in, args, true);
}

ObjRef bSum(Interpreter& in, Object*, CallArgs& args) {
    if (!keywordParserCount(in, args, "sum", 2, 2))
        return nullptr;
    if (args.positional.empty())
        return in.raise("TypeError", "sum() takes at least 1 positional argument (0 given)");
    ObjRef start = takeKeyword(args, "start");
    if (!noMoreKeywords(in, args, "sum"))
        return nullptr;
    if (args.positional.size() == 2)
        start = args.positional[1];
    if (!start)
        start = in.heap().newInt(0);
    if (start->tag == rt::Tag::Str)
        return in.raise("TypeError", "sum() can't sum strings [use ''.join(seq) instead]");
    if (start->tag == rt::Tag::Bytes)
        return in.raise("TypeError", "sum() can't sum bytes [use b''.join(seq) instead]");
    if (start->tag == rt::Tag::ByteArray)
        return in.raise("TypeError", "sum() can't sum bytearray [use b''.join(seq) instead]");
    ObjRef it = in.iter(args.positional[0].get());
    if (!it)
        return nullptr;
    ObjRef acc = start;
    while (true) {
        ObjRef x = in.next(it.get());
        if (!x)
            return in.hasException() ? nullptr : acc;
        acc = in.binary(syntax::Operator::Add, acc.get(), x.get());
        if (!acc)
            return nullptr;
    }
}

// dir(x) of an object whose class defines __dir__: that list, sorted; of the program's plain
// classes and their instances, the names of their namespaces (class_namespace.h).
ObjRef bDir(Interpreter& in, Object*, CallArgs& args) {
    if (!noKeywords(in, args, "dir"))
        return nullptr;
    if (args.positional.size() > 1)
        return in.raise("TypeError", "dir expected at most 1 argument, got " +
                                         std::to_string(args.positional.size()));
    if (args.positional.empty())
        return scopeNamesForDir(in);
    Object* o = args.positional[0].get();
    ObjRef own = Interpreter::isUserObject(o) ? in.lookupInType(in.typeOf(o), "__dir__") : ObjRef();
    if (!own || own->tag == rt::Tag::Builtin)
        return attributeNamesForDir(in, o);
    bool found = false;
    ObjRef names = in.callDunder(o, "__dir__", {}, &found);
    if (!names)
        return nullptr;
    CallArgs sortArgs; // PySequence_List, then sort: what sorted() does
    sortArgs.positional.push_back(std::move(names));
    return in.call(in.builtin("sorted").get(), sortArgs);
}

ObjRef bSorted(Interpreter& in, Object*, CallArgs& args) {
    // builtin_sorted counts its positional arguments before list.sort reads the keywords.
    if (args.positional.size() != 1)
        return in.raise("TypeError", "sorted expected 1 argument, got " +
                                         std::to_string(args.positional.size()));
    ObjRef key = takeKeyword(args, "key");
    ObjRef reverse = takeKeyword(args, "reverse");
    if (!noMoreKeywords(in, args, "sort"))
        return nullptr;
    ObjVec items;
    rt::capacity::Hint hint = rt::capacity::hintOf(args.positional[0].get());
    if (!in.collect(args.positional[0].get(), items, true))
        return nullptr;
    int rev = reverse ? in.truthy(reverse.get()) : 0;
    if (rev < 0)
        return nullptr;
    if (!sortValues(in, items, key && key->tag != rt::Tag::None ? key.get() : nullptr, rev))
        return nullptr;
    auto l = in.heap().newList(std::move(items));
    // PySequence_List: list_extend into PyList_New(0); the sort keeps the block.
    rt::capacity::clear(l->capacity);
    rt::capacity::extend(l->capacity, 0, hint, l->items.size());
    return l;
}

ObjRef lazyValues(Interpreter& in, ObjVec values, const char* typeName) {
    auto* it = in.heap().make<rt::IteratorObject>();
    ObjRef out(it);
    it->kind = rt::IteratorObject::Kind::Values;
    it->values = std::move(values);
    it->typeName = typeName;
    return out;
}

// reversed(), enumerate(), zip(), map() and filter() return lazy iterators, as in CPython:
// they take one item from their sources per next(), so a function passed to map() runs only
// when (and each time) the result is consumed, and zip() stops at the shortest source.
ObjRef bReversed(Interpreter& in, Object*, CallArgs& args) {
    // reversed is a type whose __new__ checks its count with _PyArg_CheckPositional.
    if (!noKeywords(in, args, "reversed"))
        return nullptr;
    if (args.positional.size() != 1)
        return in.raise("TypeError", "reversed expected 1 argument, got " +
                                         std::to_string(args.positional.size()));
    ObjRef src = args.positional[0];
    Object* o = src.get();
    if (o->tag == rt::Tag::List) {
        ObjRef it = in.makeLazyIterator(rt::IteratorObject::Kind::Reversed, "list_reverseiterator",
                                        src, {});
        static_cast<rt::IteratorObject*>(it.get())->pos =
            static_cast<std::int64_t>(static_cast<rt::ListObject*>(o)->items.size()) - 1;
        return it;
    }
    if (o->tag == rt::Tag::Range) {
        auto* r = static_cast<rt::RangeObject*>(o);
        auto* it = in.heap().make<rt::IteratorObject>();
        ObjRef out(it);
        it->kind = rt::IteratorObject::Kind::Range;
        it->typeName = "range_iterator";
        it->source = src;
        it->stop = r->length();
        it->cur = r->start + (it->stop - 1) * r->step;
        it->step = -r->step;
        return out;
    }
    if (o->tag == rt::Tag::Deque) {
        // A snapshot: CPython's iterator would fail on a deque changed under it instead.
        ObjVec items = static_cast<rt::DequeObject*>(o)->items;
        std::reverse(items.begin(), items.end());
        return lazyValues(in, std::move(items), "_collections._deque_reverse_iterator");
    }
    // A class's __reversed__ answers (whatever it returns); set to None it refuses.
    if (Interpreter::isUserObject(o))
        if (ObjRef meth = in.lookupInType(in.typeOf(o), "__reversed__")) {
            if (meth->tag == rt::Tag::None)
                return in.raise("TypeError",
                                "'" + std::string(in.typeName(o)) + "' object is not reversible");
            bool found = false;
            return in.callDunder(o, "__reversed__", {}, &found);
        }
    // PySequence_Check: a class's instance with __getitem__ is walked backwards by its
    // __len__ and __getitem__.
    if (Interpreter::isUserObject(o) && in.lookupInType(in.typeOf(o), "__getitem__"))
        return reversedSequence(in, o);
    // CPython's reversed() reads a bytearray live; a snapshot could differ from it.
    if (o->tag == rt::Tag::ByteArray)
        return in.abortUnsupported("reversed() of a bytearray is not supported");
    if (o->tag != rt::Tag::Tuple && o->tag != rt::Tag::Str && o->tag != rt::Tag::Dict &&
        o->tag != rt::Tag::DictView && o->tag != rt::Tag::Bytes)
        return in.raise("TypeError",
                        "'" + std::string(in.typeName(o)) + "' object is not reversible");
    // Immutable sequences: reading them now gives the same items as reading them later.
    ObjVec items;
    if (!in.collect(o, items))
        return nullptr;
    std::reverse(items.begin(), items.end());
    const char* name = o->tag == rt::Tag::Dict ? "dict_reversekeyiterator" : "reversed";
    if (o->tag == rt::Tag::DictView)
        switch (static_cast<rt::DictViewObject*>(o)->kind) {
        case rt::DictViewObject::Kind::Keys:
            name = "dict_reversekeyiterator";
            break;
        case rt::DictViewObject::Kind::Values:
            name = "dict_reversevalueiterator";
            break;
        case rt::DictViewObject::Kind::Items:
            name = "dict_reverseitemiterator";
            break;
        }
    return lazyValues(in, std::move(items), name);
}

// enumerate(iterable, start=0), checked as CPython 3.11's enum_vectorcall does: the keywords
// are taken in the order given, and its messages name the first one out of place.
std::optional<std::pair<ObjRef, ObjRef>> enumerateArgs(Interpreter& in, CallArgs& args) {
    const std::size_t nargs = args.positional.size();
    const std::size_t nkw = args.keywords.size();
    auto keywordIs = [&](std::size_t k, const char* name) {
        if (*args.keywords[k].name == name)
            return true;
        in.raise("TypeError",
                 "'" + *args.keywords[k].name + "' is an invalid keyword argument for enumerate()");
        return false;
    };
    if (nargs + nkw == 2) {
        if (nkw == 0)
            return std::pair{args.positional[0], args.positional[1]};
        if (nkw == 1)
            return keywordIs(0, "start")
                       ? std::optional(std::pair{args.positional[0], args.keywords[0].value})
                       : std::nullopt;
        if (*args.keywords[0].name == "start")
            return keywordIs(1, "iterable")
                       ? std::optional(std::pair{args.keywords[1].value, args.keywords[0].value})
                       : std::nullopt;
        if (!keywordIs(0, "iterable") || !keywordIs(1, "start"))
            return std::nullopt;
        return std::pair{args.keywords[0].value, args.keywords[1].value};
    }
    if (nargs + nkw == 1) {
        if (nkw == 1)
            return keywordIs(0, "iterable")
                       ? std::optional(std::pair{args.keywords[0].value, ObjRef()})
                       : std::nullopt;
        return std::pair{args.positional[0], ObjRef()};
    }
    if (nargs == 0)
        in.raise("TypeError", "enumerate() missing required argument 'iterable'");
    else
        in.raise("TypeError", "enumerate() takes at most 2 arguments (" +
                                  std::to_string(nargs + nkw) + " given)");
    return std::nullopt;
}

ObjRef bEnumerate(Interpreter& in, Object*, CallArgs& args) {
    auto parsed = enumerateArgs(in, args);
    if (!parsed)
        return nullptr;
    args.positional = {parsed->first};
    args.keywords.clear();
    ObjRef start = parsed->second;
    std::int64_t n = 0;
    if (start) {
        auto v = intArg(in, start.get());
        if (!v)
            return nullptr;
        n = *v;
    }
    ObjRef source = in.iter(args.positional[0].get());
    if (!source)
        return nullptr;
    ObjRef it =
        in.makeLazyIterator(rt::IteratorObject::Kind::Enumerate, "enumerate", nullptr, {source});
    static_cast<rt::IteratorObject*>(it.get())->cur = n;
    return it;
}

ObjRef bZip(Interpreter& in, Object*, CallArgs& args) {
    if (!noMoreKeywords(in, args, "zip"))
        return nullptr;
    ObjVec sources;
    for (std::size_t i = 0; i < args.positional.size(); ++i) {
        ObjRef it = in.iter(args.positional[i].get()); // its own error: "'int' object is not..."
        if (!it)
            return nullptr;
        sources.push_back(std::move(it));
    }
    return in.makeLazyIterator(rt::IteratorObject::Kind::Zip, "zip", nullptr, std::move(sources));
}

ObjRef bMap(Interpreter& in, Object*, CallArgs& args) {
    if (!noKeywords(in, args, "map"))
        return nullptr;
    if (args.positional.size() < 2)
        return in.raise("TypeError", "map() must have at least two arguments.");
    ObjVec sources;
    for (std::size_t i = 1; i < args.positional.size(); ++i) {
        ObjRef it = in.iter(args.positional[i].get());
        if (!it)
            return nullptr;
        sources.push_back(std::move(it));
    }
    return in.makeLazyIterator(rt::IteratorObject::Kind::Map, "map", args.positional[0],
                               std::move(sources));
}

ObjRef bFilter(Interpreter& in, Object*, CallArgs& args) {
    if (!noKeywords(in, args, "filter") || !argCount(in, args, "filter", 2, 2))
        return nullptr;
    ObjRef source = in.iter(args.positional[1].get());
    if (!source)
        return nullptr;
    return in.makeLazyIterator(rt::IteratorObject::Kind::Filter, "filter", args.positional[0],
                               {source});
}

ObjRef anyAll(Interpreter& in, CallArgs& args, bool isAll) {
    if (!noKeywords(in, args, isAll ? "all" : "any") ||
        !argCount(in, args, isAll ? "all" : "any", 1, 1))
        return nullptr;
    ObjRef it = in.iter(args.positional[0].get());
    if (!it)
        return nullptr;
    while (true) {
        ObjRef x = in.next(it.get());
        if (!x)
            return in.hasException() ? nullptr : in.boolean(isAll);
        int t = in.truthy(x.get());
        if (t < 0)
            return nullptr;
        if (isAll ? !t : t)
            return in.boolean(!isAll);
    }
}
ObjRef bAny(Interpreter& in, Object*, CallArgs& args) {
    return anyAll(in, args, false);
}
ObjRef bAll(Interpreter& in, Object*, CallArgs& args) {
    return anyAll(in, args, true);
}

ObjRef bIsinstance(Interpreter& in, Object*, CallArgs& args) {
    if (!noKeywords(in, args, "isinstance") || !argCount(in, args, "isinstance", 2, 2))
        return nullptr;
    Object* o = args.positional[0].get();
    // A library metaclass's __instancecheck__ (typing.Protocol's): it sees the object, not
    // only its class.
    Object* spec = args.positional[1].get();
    auto hookOf = [&](Object* t) { return instanceCheckHook(in, t); };
    if (ObjRef hook = hookOf(spec)) {
        if (in.typeOf(o) == spec) // PyObject_IsInstance answers an exact type at once
            return in.boolean(true);
        CallArgs a;
        a.positional = {args.positional[1], args.positional[0]};
        return in.call(hook.get(), a);
    }
    if (spec->tag == rt::Tag::Tuple)
        for (const ObjRef& t : static_cast<rt::TupleObject*>(spec)->items)
            if (hookOf(t.get()))
                return in.abortUnsupported(
                    "isinstance() with a tuple holding a typing.Protocol or typing.Any "
                    "is not supported");
    ObjRef r = in.subtypeOfAny(in.typeOf(o), args.positional[1].get(),
                               "isinstance() arg 2 must be a type, a tuple of types, or a union");
    return checkedIsinstance(in, o, std::move(r));
}

// iter(callable, sentinel): calls callable until it returns the sentinel (calliter_iternext).
struct CallableIterator final : rt::NativeIterState {
    ObjRef callable, sentinel; // both dropped at the end, as CPython clears them
    ObjRef next(Interpreter& in) override {
        if (!callable)
            return nullptr;
        CallArgs none;
        ObjRef r = in.call(callable.get(), none);
        if (r) {
            bool same = r.get() == sentinel.get() || in.equals(sentinel.get(), r.get());
            if (in.hasException())
                return nullptr;
            if (!same)
                return r;
        } else if (!in.aborted() && in.pendingException()->tag == rt::Tag::Exception &&
                   in.isSubtype(static_cast<rt::ExceptionObject*>(in.pendingException())->type,
                                in.exceptionType("StopIteration"))) {
            in.clearException();
        } else {
            return nullptr;
        }
        callable = nullptr;
        sentinel = nullptr;
        return nullptr;
    }
    void dropReferences() override { callable.reset(), sentinel.reset(); }
};

ObjRef bIter(Interpreter& in, Object*, CallArgs& args) {
    if (!noKeywords(in, args, "iter") || !argCount(in, args, "iter", 1, 2))
        return nullptr;
    if (args.positional.size() == 1)
        return in.iter(args.positional[0].get());
    CallArgs probe;
    probe.positional.push_back(args.positional[0]);
    ObjRef callable = in.call(in.builtin("callable").get(), probe);
    if (!callable)
        return nullptr;
    if (in.truthy(callable.get()) != 1)
        return in.raise("TypeError", "iter(v, w): v must be callable");
    auto state = std::make_unique<CallableIterator>();
    state->callable = args.positional[0];
    state->sentinel = args.positional[1];
    auto* it = in.heap().make<rt::IteratorObject>();
    ObjRef out(it);
    it->kind = rt::IteratorObject::Kind::Native;
    it->typeName = "callable_iterator";
    it->native = std::move(state);
    return out;
}

ObjRef bNext(Interpreter& in, Object*, CallArgs& args) {
    if (!noKeywords(in, args, "next") || !argCount(in, args, "next", 1, 2))
        return nullptr;
    Object* it = args.positional[0].get();
    bool userIterator = Interpreter::isUserObject(it) && in.lookupInType(in.typeOf(it), "__next__");
    if (it->tag != rt::Tag::Iterator && !userIterator)
        return in.raise("TypeError",
                        "'" + std::string(in.typeName(it)) + "' object is not an iterator");
    ObjRef endedBy;
    ObjRef v = in.nextEnding(it, endedBy);
    if (v)
        return v;
    if (in.hasException())
        return nullptr;
    ObjRef value = in.takeGeneratorReturn(it);
    if (args.positional.size() == 2)
        return args.positional[1];
    // The StopIteration a __next__ raised goes on as it is (its value with it).
    if (endedBy)
        return in.keepRaising(std::move(endedBy));
    return in.raiseStopIteration(std::move(value));
}

} // namespace

std::span<const BuiltinDef> functionBuiltins() {
    static const BuiltinDef kFunctions[] = {
        {"print", bPrint},
        {"len", bLen},
        {"id", bId},
        {"repr", bRepr},
        {"ascii", bAscii},
        {"input", bInput},
        {"min", bMin},
        {"max", bMax},
        {"sum", bSum},
        {"sorted", bSorted},
        {"dir", bDir},
        {"reversed", bReversed},
        {"enumerate", bEnumerate},
        {"zip", bZip},
        {"map", bMap},
        {"filter", bFilter},
        {"any", bAny},
        {"all", bAll},
        {"isinstance", bIsinstance},
        {"iter", bIter},
        {"next", bNext},
    };
    return kFunctions;
}

} // namespace memstep::core::interp
