// The builtin types: their constructors (int("12"), list(range(3)), dict(a=1), ...) and the
// type objects, exception hierarchy included, that the interpreter creates at start.
#include "interp/attributes/attribute_hooks.h"
#include "interp/attributes/metaclass.h"
#include "interp/attributes/value_subclass.h"
#include "interp/builtins/builtins_util.h"
#include "interp/builtins/bytes_util.h"
#include "numeric/float_format.h"
#include "runtime/dict_table.h"
#include "runtime/list_capacity.h"

#include <algorithm>
#include <cmath>

namespace memstep::core::interp {

using numeric::BigInt;

namespace {

// int(x) / float(x) of a program's object: the first of `dunders` its class defines, whose
// result must have the tag `want` ("__int__ returned non-int (type str)"). Null with no
// exception when the class defines none of them.
ObjRef userNumber(Interpreter& in, Object* x, std::initializer_list<const char*> dunders,
                  rt::Tag want) {
    for (const char* name : dunders) {
        bool found = false;
        ObjRef r = in.callDunder(x, name, {}, &found);
        if (found)
            return checkNumberResult(in, std::move(r), name, want, x);
    }
    return nullptr;
}

// The text int() and float() parse out of a bytes or bytearray, which must be ASCII (CPython
// reads its bytes as ASCII digits): nullopt when a byte is not, which no literal accepts.
std::optional<std::string> asciiText(const Object* o) {
    const std::string& data = bytesData(o);
    for (char c : data)
        if (static_cast<unsigned char>(c) >= 0x80)
            return std::nullopt;
    return data;
}

// repr() of a bytes or bytearray, for float()'s "could not convert" message (int()'s shows a
// bytearray's contents as a bytes).
std::string bytesRepr(const Object* o) {
    std::string r = numeric::pyBytesRepr(bytesData(o));
    return o->tag == rt::Tag::ByteArray ? "bytearray(" + r + ")" : r;
}

// int(b) and int(b, base): the bytes parsed as ASCII text.
ObjRef intFromBytes(Interpreter& in, Object* x, int base) {
    auto t = asciiText(x);
    auto r = t ? BigInt::parse(*t, base) : BigInt::parse("\x01", base);
    if (!r && r.error().type == "ValueError" && r.error().message.starts_with("invalid literal"))
        return in.raise("ValueError", "invalid literal for int() with base " +
                                          std::to_string(base) + ": " +
                                          numeric::pyBytesRepr(bytesData(x)));
    return intFromResult(in, std::move(r));
}

ObjRef tInt(Interpreter& in, Object*, CallArgs& args) {
    if (!keywordParserCount(in, args, "int", 2, 2))
        return nullptr;
    ObjRef base = takeKeyword(args, "base");
    if (!noMoreKeywords(in, args, "int") || !argCount(in, args, "int", 0, 2))
        return nullptr;
    if (args.positional.size() == 2)
        base = args.positional[1];
    if (args.positional.empty()) {
        if (base)
            return in.raise("TypeError", "int() missing string argument");
        return in.heap().newInt(0);
    }
    Object* x = args.positional[0].get();
    if (base) {
        if (!isStr(x) && !isBytesLike(x))
            return in.raise("TypeError", "int() can't convert non-string with explicit base");
        auto b = intArg(in, base.get());
        if (!b)
            return nullptr;
        if (isBytesLike(x) && (*b == 0 || (*b >= 2 && *b <= 36)))
            return intFromBytes(in, x, static_cast<int>(*b));
        return intFromResult(in, BigInt::parse(isStr(x) ? text(x) : "", static_cast<int>(*b)));
    }
    switch (x->tag) {
    case rt::Tag::Int:
        return exactValue(in, args.positional[0]); // int(Num(3)) is a plain int
    case rt::Tag::Bool:
        return in.heap().newInt(static_cast<rt::BoolObject*>(x)->value ? 1 : 0);
    case rt::Tag::Float:
        return intFromResult(in, numeric::floatToInt(static_cast<rt::FloatObject*>(x)->value));
    case rt::Tag::Str:
        return intFromResult(in, BigInt::parse(text(x), 10));
    case rt::Tag::Bytes:
    case rt::Tag::ByteArray:
        return intFromBytes(in, x, 10);
    default:
        // Another buffer (a memoryview, an array) is read as the bytes it holds, as
        // PyNumber_Long copies it into a bytes.
        if (const std::string* buffer = bufferOf(x)) {
            ObjRef copy = in.heap().newBytes(*buffer);
            return intFromBytes(in, copy.get(), 10);
        }
        if (Interpreter::isUserObject(x))
            if (ObjRef r = userNumber(in, x, {"__int__", "__index__"}, rt::Tag::Int);
                r || in.hasException() || in.aborted())
                return r;
        // CPython 3.11 still falls back on __trunc__, with a DeprecationWarning.
        if (Interpreter::isUserObject(x) && in.lookupInType(in.typeOf(x), "__trunc__"))
            return in.abortUnsupported("int() of an object with `__trunc__` only (a "
                                       "DeprecationWarning in CPython 3.11) is not supported");
        return in.raise(
            "TypeError",
            "int() argument must be a string, a bytes-like object or a real number, not '" +
                std::string(in.typeName(x)) + "'");
    }
}

ObjRef tFloat(Interpreter& in, Object*, CallArgs& args) {
    if (!noKeywords(in, args, "float") || !argCount(in, args, "float", 0, 1))
        return nullptr;
    if (args.positional.empty())
        return in.heap().newFloat(0.0);
    Object* x = args.positional[0].get();
    if (x->tag == rt::Tag::Float)
        return exactValue(in, args.positional[0]);
    if (x->tag == rt::Tag::Str) {
        auto r = numeric::parseFloat(text(x));
        if (!r)
            return in.raise(r.error().type.c_str(), r.error().message);
        return in.heap().newFloat(*r);
    }
    if (const std::string* buffer = bufferOf(x)) { // bytes, bytearray, memoryview, array
        ObjRef copy = in.heap().newBytes(*buffer);
        auto t = asciiText(copy.get());
        auto r = numeric::parseFloat(t ? *t : "\x01");
        if (!r && r.error().type == "ValueError") {
            auto shown = in.repr(x); // the object given, not its bytes
            return shown ? in.raise("ValueError", "could not convert string to float: " + *shown)
                         : nullptr;
        }
        if (!r)
            return in.raise(r.error().type.c_str(), r.error().message);
        return in.heap().newFloat(*r);
    }
    if (x->tag == rt::Tag::Int || x->tag == rt::Tag::Bool) {
        double d = 0;
        if (!toDouble(in, x, d))
            return nullptr;
        return in.heap().newFloat(d);
    }
    if (Interpreter::isUserObject(x)) {
        if (ObjRef r = userNumber(in, x, {"__float__"}, rt::Tag::Float))
            return r;
        if (in.hasException() || in.aborted())
            return nullptr;
        if (ObjRef r = userNumber(in, x, {"__index__"}, rt::Tag::Int)) {
            double d = 0;
            return toDouble(in, r.get(), d) ? in.heap().newFloat(d) : nullptr;
        }
        if (in.hasException() || in.aborted())
            return nullptr;
    }
    return in.raise("TypeError", "float() argument must be a string or a real number, not '" +
                                     std::string(in.typeName(x)) + "'");
}

ObjRef tStr(Interpreter& in, Object*, CallArgs& args) {
    if (!keywordParserCount(in, args, "str", 3, 3))
        return nullptr;
    ObjRef object = takeKeyword(args, "object");
    ObjRef encoding = takeKeyword(args, "encoding");
    ObjRef errors = takeKeyword(args, "errors");
    if (!noMoreKeywords(in, args, "str"))
        return nullptr;
    if (args.positional.size() > 3)
        return in.raise("TypeError", "str() takes at most 3 arguments (" +
                                         std::to_string(args.positional.size()) + " given)");
    ObjRef* slots[] = {&object, &encoding, &errors};
    for (std::size_t i = 0; i < args.positional.size(); ++i)
        *slots[i] = args.positional[i];
    if (!clinicStrArg(in, "str", "encoding", encoding.get()) ||
        !clinicStrArg(in, "str", "errors", errors.get()))
        return nullptr;
    if (!object)
        return in.heap().emptyStr();
    Object* o = object.get();
    if (encoding || errors) {
        // str(b, encoding, errors) decodes, as b.decode(encoding, errors) does.
        if (isBytesLike(o))
            return decodeBytes(in, bytesData(o), encoding.get(), errors.get());
        if (refusedBuffer(in, o, "str() decoding"))
            return nullptr;
        if (isStr(o))
            return in.raise("TypeError", "decoding str is not supported");
        return in.raise("TypeError", "decoding to str: need a bytes-like object, " +
                                         std::string(in.typeName(o)) + " found");
    }
    // str(Name("a")): a plain copy, unless the class's own __str__ answers.
    if (isStr(o) && !(o->subclassed && in.lookupInType(in.typeOf(o), "__str__")))
        return exactValue(in, object);
    return convertObject(in, o, 's');
}

ObjRef tBool(Interpreter& in, Object*, CallArgs& args) {
    if (!noKeywords(in, args, "bool") || !argCount(in, args, "bool", 0, 1))
        return nullptr;
    if (args.positional.empty())
        return in.boolean(false);
    int t = in.truthy(args.positional[0].get());
    if (t < 0)
        return nullptr;
    return in.boolean(t);
}

ObjRef tList(Interpreter& in, Object*, CallArgs& args) {
    if (!noKeywords(in, args, "list") || !argCount(in, args, "list", 0, 1))
        return nullptr;
    ObjVec items;
    rt::capacity::Hint hint = rt::capacity::Hint::Exact;
    if (!args.positional.empty()) {
        hint = rt::capacity::hintOf(args.positional[0].get());
        if (!in.collect(args.positional[0].get(), items, true))
            return nullptr;
    }
    auto l = in.heap().newList(std::move(items));
    // list___init__ on a new list: list_extend into an empty list with no block.
    rt::capacity::clear(l->capacity);
    rt::capacity::extend(l->capacity, 0, hint, l->items.size());
    return l;
}

ObjRef tTuple(Interpreter& in, Object*, CallArgs& args) {
    if (!noKeywords(in, args, "tuple") || !argCount(in, args, "tuple", 0, 1))
        return nullptr;
    if (args.positional.empty())
        return in.heap().emptyTuple();
    if (args.positional[0]->tag == rt::Tag::Tuple &&
        !Interpreter::namedTupleType(args.positional[0].get()))
        return exactValue(in, args.positional[0]); // tuple(Point(...)) is a plain tuple
    ObjVec items;
    if (!in.collect(args.positional[0].get(), items, true))
        return nullptr;
    return in.heap().newTuple(std::move(items));
}

ObjRef tDict(Interpreter& in, Object*, CallArgs& args) {
    if (!argCount(in, args, "dict", 0, 1))
        return nullptr;
    auto d = in.heap().newDict();
    rt::dicttable::fresh(d->table);
    if (!args.positional.empty() && !dictUpdateFrom(in, d.get(), args.positional[0].get()))
        return nullptr;
    for (rt::KwArg& k : args.keywords)
        if (!in.dictSet(d.get(), k.key ? k.key : in.newStr(*k.name), k.value))
            return nullptr;
    return d;
}

ObjRef makeSet(Interpreter& in, CallArgs& args, bool frozen) {
    const char* name = frozen ? "frozenset" : "set";
    if (!noKeywords(in, args, name) || !argCount(in, args, name, 0, 1))
        return nullptr;
    if (frozen && !args.positional.empty() && args.positional[0]->tag == rt::Tag::FrozenSet)
        return args.positional[0];
    auto s = in.heap().newSet(frozen);
    if (!args.positional.empty() && !setUpdate(in, s.get(), args.positional[0].get()))
        return nullptr;
    return s;
}
ObjRef tSet(Interpreter& in, Object*, CallArgs& args) {
    return makeSet(in, args, false);
}
ObjRef tFrozenSet(Interpreter& in, Object*, CallArgs& args) {
    return makeSet(in, args, true);
}

ObjRef tRange(Interpreter& in, Object*, CallArgs& args) {
    if (!noKeywords(in, args, "range"))
        return nullptr;
    std::size_t n = args.positional.size();
    if (n == 0)
        return in.raise("TypeError", "range expected at least 1 argument, got 0");
    if (n > 3)
        return in.raise("TypeError",
                        "range expected at most 3 arguments, got " + std::to_string(n));
    std::int64_t v[3] = {0, 0, 1};
    for (std::size_t i = 0; i < n; ++i) {
        Object* o = args.positional[i].get();
        // range(obj) keeps the int that obj's __index__ returned.
        ObjRef hold;
        if (!indexKey(in, o, hold))
            return nullptr;
        if (hold)
            args.positional[i] = hold;
        if (o->tag != rt::Tag::Int && o->tag != rt::Tag::Bool)
            return in.raise("TypeError", "'" + std::string(in.typeName(o)) +
                                             "' object cannot be interpreted as an integer");
        if (o->tag == rt::Tag::Int && static_cast<rt::IntObject*>(o)->isBig())
            return in.abortUnsupported("ranges beyond 64-bit integers are not supported yet");
        v[i] = o->tag == rt::Tag::Bool ? static_cast<rt::BoolObject*>(o)->value
                                       : static_cast<rt::IntObject*>(o)->small;
    }
    auto* r = in.heap().make<rt::RangeObject>();
    ObjRef out(r);
    // PyNumber_Index keeps an int argument itself; a bool becomes an int.
    auto held = [&](std::size_t i) {
        Object* o = args.positional[i].get();
        return o->tag == rt::Tag::Int ? ObjRef(o) : ObjRef();
    };
    if (n == 1) {
        r->stop = v[0];
        r->stopObject = held(0);
    } else {
        r->start = v[0];
        r->stop = v[1];
        r->startObject = held(0);
        r->stopObject = held(1);
        if (n == 3) {
            if (v[2] == 0)
                return in.raise("ValueError", "range() arg 3 must not be zero");
            r->step = v[2];
            r->stepObject = held(2);
        }
    }
    return out;
}

// type(name, bases, dict): type_call runs the __init__ of the class's metaclass, a program's
// that a base brought (type.__new__ takes the most derived one).
ObjRef typeCallThree(Interpreter& in, CallArgs& args) {
    ObjRef cls = typeNewClass(in, in.builtinType(rt::Tag::Type), args);
    rt::TypeObject* meta = cls ? static_cast<rt::TypeObject*>(cls.get())->metaclass : nullptr;
    ObjRef init = meta && meta->isUser ? in.lookupInType(meta, "__init__") : nullptr;
    if (!init)
        return cls;
    ObjRef bound = bindFound(in, std::move(init), cls.get(), meta);
    ObjRef result = bound ? in.call(bound.get(), args) : nullptr;
    if (!result)
        return nullptr;
    if (result->tag != rt::Tag::None)
        return in.raise("TypeError", "__init__() should return None, not '" +
                                         std::string(in.typeName(result.get())) + "'");
    return cls;
}

ObjRef tType(Interpreter& in, Object*, CallArgs& args) {
    if (args.positional.size() != 1) {
        if (args.positional.size() == 3)
            return typeCallThree(in, args);
        return in.raise("TypeError", "type() takes 1 or 3 arguments");
    }
    Object* o = args.positional[0].get();
    if (o->tag == rt::Tag::Type && static_cast<rt::TypeObject*>(o)->meta &&
        !static_cast<rt::TypeObject*>(o)->metaclass)
        return in.abortUnsupported("the metaclass of '" + static_cast<rt::TypeObject*>(o)->name +
                                   "' (type() of it) is not supported");
    return ObjRef(in.typeOf(o));
}

ObjRef tObject(Interpreter& in, Object*, CallArgs&) {
    return in.abortUnsupported("object() is not supported yet");
}

} // namespace

std::span<const BuiltinDef> typeBuiltins() {
    static const BuiltinDef kFunctions[] = {
        {"object", tObject},
    };
    return kFunctions;
}

void Interpreter::setupTypes() {
    m_types.assign(rt::kTagCount, nullptr);
    m_methods.assign(rt::kTagCount, {});
    auto set = [&](rt::Tag tag, const char* name, rt::NativeFn ctor) {
        m_types[static_cast<std::size_t>(tag)] = addType(name, tag, ctor);
    };
    set(rt::Tag::None, "NoneType", nullptr);
    set(rt::Tag::Int, "int", tInt);
    set(rt::Tag::Bool, "bool", tBool);
    m_types[static_cast<std::size_t>(rt::Tag::Bool)]->base =
        m_types[static_cast<std::size_t>(rt::Tag::Int)];
    set(rt::Tag::Float, "float", tFloat);
    set(rt::Tag::Str, "str", tStr);
    set(rt::Tag::List, "list", tList);
    set(rt::Tag::Tuple, "tuple", tTuple);
    set(rt::Tag::Dict, "dict", tDict);
    set(rt::Tag::Set, "set", tSet);
    set(rt::Tag::FrozenSet, "frozenset", tFrozenSet);
    set(rt::Tag::Range, "range", tRange);
    set(rt::Tag::Function, "function", nullptr);
    set(rt::Tag::Builtin, "builtin_function_or_method", nullptr);
    set(rt::Tag::Type, "type", tType);
    set(rt::Tag::Exception, "BaseException", nullptr);
    set(rt::Tag::Cell, "cell", nullptr);
    set(rt::Tag::Iterator, "iterator", nullptr);
    set(rt::Tag::Slice, "slice", tSlice);
    set(rt::Tag::DictView, "dict_keys", nullptr);
    set(rt::Tag::Module, "module", nullptr);
    set(rt::Tag::Ellipsis, "ellipsis", nullptr);
    // Not a builtin name: the collections module binds it and gives it its constructor and
    // methods (modules/collections_deque.cpp) when first imported.
    set(rt::Tag::Deque, "collections.deque", nullptr);
    set(rt::Tag::Bytes, "bytes", bytesConstruct);
    set(rt::Tag::ByteArray, "bytearray", bytearrayConstruct);
    set(rt::Tag::Complex, "complex", complexConstruct);
    rt::TypeObject* base = m_types[static_cast<std::size_t>(rt::Tag::Exception)];
    base->isException = true;
    m_exceptionTypes["BaseException"] = base;
    auto exc = [&](const char* name, const char* parent) {
        m_exceptionTypes[name] =
            addType(name, rt::Tag::Exception, nullptr, m_exceptionTypes.at(parent), true);
    };
    exc("Exception", "BaseException");
    exc("KeyboardInterrupt", "BaseException");
    exc("SystemExit", "BaseException");
    exc("ArithmeticError", "Exception");
    exc("ZeroDivisionError", "ArithmeticError");
    exc("OverflowError", "ArithmeticError");
    exc("LookupError", "Exception");
    exc("IndexError", "LookupError");
    exc("KeyError", "LookupError");
    exc("NameError", "Exception");
    exc("UnboundLocalError", "NameError");
    exc("TypeError", "Exception");
    exc("ValueError", "Exception");
    exc("UnicodeError", "ValueError");
    exc("UnicodeEncodeError", "UnicodeError");
    exc("UnicodeDecodeError", "UnicodeError");
    exc("AttributeError", "Exception");
    exc("RuntimeError", "Exception");
    exc("RecursionError", "RuntimeError");
    exc("NotImplementedError", "RuntimeError");
    exc("MemoryError", "Exception");
    exc("ReferenceError", "Exception");
    exc("BufferError", "Exception");
    exc("EOFError", "Exception");
    exc("AssertionError", "Exception");
    exc("StopIteration", "Exception");
    exc("GeneratorExit", "BaseException");
    exc("ImportError", "Exception");
    exc("ModuleNotFoundError", "ImportError");
    exc("SyntaxError", "Exception");
    exc("IndentationError", "SyntaxError");
    exc("TabError", "IndentationError");
    exc("SystemError", "Exception");
    exc("OSError", "Exception");
    // OSError's subclasses, which OSError(errno, ...) makes (interp/errors/exception_args.cpp).
    exc("BlockingIOError", "OSError");
    exc("ChildProcessError", "OSError");
    exc("ConnectionError", "OSError");
    exc("BrokenPipeError", "ConnectionError");
    exc("ConnectionAbortedError", "ConnectionError");
    exc("ConnectionRefusedError", "ConnectionError");
    exc("ConnectionResetError", "ConnectionError");
    exc("FileExistsError", "OSError");
    exc("FileNotFoundError", "OSError");
    exc("InterruptedError", "OSError");
    exc("IsADirectoryError", "OSError");
    exc("NotADirectoryError", "OSError");
    exc("PermissionError", "OSError");
    exc("ProcessLookupError", "OSError");
    exc("TimeoutError", "OSError");
}

} // namespace memstep::core::interp
