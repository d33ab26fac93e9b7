// The builtins registry (the functions live in builtin_functions.cpp and builtin_numbers.cpp, the
// types in builtin_types.cpp) and the argument helpers they share.
#include "interp/builtins/builtins_util.h"
#include "interp/builtins/timsort.h"
#include "interp/tracing/tracer.h"
#include "numeric/float_format.h"

#include <algorithm>
#include <cmath>
#include <optional>
#include <string_view>
#include <utility>

namespace memstep::core::interp {

using numeric::BigInt;

std::string joinNames(const std::vector<std::string>& names) {
    std::string out;
    for (std::size_t i = 0; i < names.size(); ++i) {
        if (i > 0)
            out += names.size() == 2 ? " and " : (i + 1 == names.size() ? ", and " : ", ");
        out += "'" + names[i] + "'";
    }
    return out;
}

bool noKeywords(Interpreter& in, CallArgs& args, const char* name) {
    if (args.keywords.empty())
        return true;
    in.raise("TypeError", std::string(name) + "() takes no keyword arguments");
    return false;
}

bool argCount(Interpreter& in, CallArgs& args, const char* name, std::size_t min, std::size_t max) {
    std::size_t n = args.positional.size();
    if (n >= min && n <= max)
        return true;
    if (min == max && min == 1)
        in.raise("TypeError", std::string(name) + "() takes exactly one argument (" +
                                  std::to_string(n) + " given)");
    else if (min == max && min == 0)
        in.raise("TypeError",
                 std::string(name) + "() takes no arguments (" + std::to_string(n) + " given)");
    else if (n < min)
        in.raise("TypeError", std::string(name) + " expected " + (min == max ? "" : "at least ") +
                                  std::to_string(min) + " argument" + (min == 1 ? "" : "s") +
                                  ", got " + std::to_string(n));
    else
        in.raise("TypeError", std::string(name) + " expected " + (min == max ? "" : "at most ") +
                                  std::to_string(max) + " argument" + (max == 1 ? "" : "s") +
                                  ", got " + std::to_string(n));
    return false;
}

bool noArguments(Interpreter& in, CallArgs& args, const char* name) {
    return noKeywords(in, args, name) && argCount(in, args, name, 0, 0);
}

std::string methodName(Interpreter& in, const Object* self, std::string_view name) {
    // bool's methods are int's own (True.bit_length is int.bit_length); a classmethod's self
    // is its type (dict.fromkeys).
    std::string type = self->tag == rt::Tag::Bool   ? "int"
                       : self->tag == rt::Tag::Type ? static_cast<const rt::TypeObject*>(self)->name
                                                    : in.typeName(self);
    return type + "." + std::string(name);
}

bool noKeywords(Interpreter& in, CallArgs& args, const Object* self, const char* name) {
    return noKeywords(in, args, methodName(in, self, name).c_str());
}

bool argCount(Interpreter& in, CallArgs& args, const Object* self, const char* name,
              std::size_t min, std::size_t max) {
    if (min == max && min <= 1)
        return argCount(in, args, methodName(in, self, name).c_str(), min, max);
    return argCount(in, args, name, min, max);
}

bool varargsNoKeywords(Interpreter& in, CallArgs& args, const char* name) {
    return noKeywords(in, args, name);
}

bool parseTupleCount(Interpreter& in, CallArgs& args, const char* name, std::size_t min,
                     std::size_t max) {
    std::size_t n = args.positional.size();
    if (n >= min && n <= max)
        return true;
    std::size_t bound = n < min ? min : max;
    in.raise("TypeError", std::string(name) + "() takes " +
                              (min == max ? "exactly"
                               : n < min  ? "at least"
                                          : "at most") +
                              " " + std::to_string(bound) + " argument" + (bound == 1 ? "" : "s") +
                              " (" + std::to_string(n) + " given)");
    return false;
}

bool keywordParserCount(Interpreter& in, const CallArgs& args, const char* name,
                        std::size_t maxPositional, std::size_t maxTotal) {
    std::size_t n = args.positional.size(), given = n + args.keywords.size();
    auto plural = [](std::size_t k) { return k == 1 ? "" : "s"; };
    if (given > maxTotal) {
        // CPython says "keyword" when none is positional (bpo-31229).
        in.raise("TypeError", std::string(name) + "() takes at most " + std::to_string(maxTotal) +
                                  (n == 0 ? " keyword" : "") + " argument" + plural(maxTotal) +
                                  " (" + std::to_string(given) + " given)");
        return false;
    }
    if (n > maxPositional) {
        in.raise("TypeError", maxPositional == 0
                                  ? std::string(name) + "() takes no positional arguments"
                                  : std::string(name) + "() takes at most " +
                                        std::to_string(maxPositional) + " positional argument" +
                                        plural(maxPositional) + " (" + std::to_string(n) +
                                        " given)");
        return false;
    }
    return true;
}

bool clinicArgs(Interpreter& in, CallArgs& args, const char* name,
                std::initializer_list<const char*> names, std::size_t required) {
    if (!keywordParserCount(in, args, name, names.size(), names.size()))
        return false;
    const std::vector<const char*> params(names);
    const std::size_t n = args.positional.size();
    ObjVec given(params.size());
    for (std::size_t i = n; i < params.size(); ++i) {
        given[i] = takeKeyword(args, params[i]);
        if (!given[i] && i < required) {
            in.raise("TypeError", std::string(name) + "() missing required argument '" + params[i] +
                                      "' (pos " + std::to_string(i + 1) + ")");
            return false;
        }
    }
    for (std::size_t i = 0; i < n; ++i)
        for (const rt::KwArg& k : args.keywords)
            if (*k.name == params[i]) {
                in.raise("TypeError", std::string("argument for ") + name + "() given by name ('" +
                                          params[i] + "') and position (" + std::to_string(i + 1) +
                                          ")");
                return false;
            }
    if (!noMoreKeywords(in, args, name))
        return false;
    // Up to the last one given: one left out before it (`search(s, endpos=3)`) is a null.
    std::size_t last = params.size();
    while (last > n && !given[last - 1])
        --last;
    for (std::size_t i = n; i < last; ++i)
        args.positional.push_back(std::move(given[i]));
    return true;
}

bool clinicStrArg(Interpreter& in, const char* function, const char* parameter, Object* v) {
    if (!v || isStr(v))
        return true;
    in.raise("TypeError", std::string(function) + "() argument '" + parameter +
                              "' must be str, not " + in.typeName(v));
    return false;
}

std::optional<std::int64_t> sliceIndexArg(Interpreter& in, Object* o, bool noneAllowed) {
    if (o->tag == rt::Tag::Int && static_cast<rt::IntObject*>(o)->isBig())
        return static_cast<rt::IntObject*>(o)->big->isNegative() ? INT64_MIN / 2 : INT64_MAX / 2;
    if (o->tag != rt::Tag::Int && o->tag != rt::Tag::Bool) {
        in.raise("TypeError", noneAllowed ? "slice indices must be integers or None or have an "
                                            "__index__ method"
                                          : "slice indices must be integers or have an "
                                            "__index__ method");
        return std::nullopt;
    }
    return in.indexValue(o, "");
}

ObjRef takeKeyword(CallArgs& args, std::string_view name) {
    for (auto it = args.keywords.begin(); it != args.keywords.end(); ++it) {
        if (*it->name == name) {
            ObjRef v = std::move(it->value);
            args.keywords.erase(it);
            return v;
        }
    }
    return nullptr;
}

bool noMoreKeywords(Interpreter& in, CallArgs& args, const char* name) {
    if (args.keywords.empty())
        return true;
    in.raise("TypeError", "'" + *args.keywords.front().name +
                              "' is an invalid keyword argument for " + name + "()");
    return false;
}

std::optional<std::int64_t> intArg(Interpreter& in, Object* o) {
    ObjRef hold;
    if (!indexKey(in, o, hold))
        return std::nullopt;
    if (o->tag != rt::Tag::Int && o->tag != rt::Tag::Bool) {
        in.raise("TypeError", "'" + std::string(in.typeName(o)) +
                                  "' object cannot be interpreted as an integer");
        return std::nullopt;
    }
    return in.indexValue(o, "");
}

ObjRef intFromResult(Interpreter& in, numeric::Result<BigInt> r) {
    if (!r)
        return in.raise(r.error().type.c_str(), r.error().message);
    return in.heap().newInt(std::move(*r));
}

ObjRef intPowMod(Interpreter& in, Object* base, Object* exp, Object* mod) {
    auto big = [](Object* o) {
        return o->tag == rt::Tag::Bool ? BigInt::fromInt64(static_cast<rt::BoolObject*>(o)->value)
                                       : static_cast<rt::IntObject*>(o)->toBig();
    };
    return intFromResult(in, big(base).powMod(big(exp), big(mod), &in));
}

bool toDouble(Interpreter& in, Object* o, double& d) {
    if (o->tag == rt::Tag::Float) {
        d = static_cast<rt::FloatObject*>(o)->value;
        return true;
    }
    if (o->tag == rt::Tag::Bool) {
        d = static_cast<rt::BoolObject*>(o)->value ? 1.0 : 0.0;
        return true;
    }
    if (o->tag == rt::Tag::Int) {
        auto* i = static_cast<rt::IntObject*>(o);
        if (!i->isBig()) {
            d = static_cast<double>(i->small);
            return true;
        }
        auto r = i->big->toDouble();
        if (!r) {
            in.raise(r.error().type.c_str(), r.error().message);
            return false;
        }
        d = *r;
        return true;
    }
    in.raise("TypeError", "must be real number, not " + std::string(in.typeName(o)));
    return false;
}

ObjRef checkNumberResult(Interpreter& in, ObjRef r, const char* dunder, rt::Tag want,
                         Object* self) {
    if (!r || r->tag == want)
        return r;
    const bool wantFloat = want == rt::Tag::Float;
    // An int's strict subclass (bool) passes with a DeprecationWarning in CPython 3.11, which
    // memstep does not print.
    if (!wantFloat && r->tag == rt::Tag::Bool)
        return in.abortUnsupported(std::string("`") + dunder +
                                   "` returning a bool (a DeprecationWarning in CPython 3.11) is "
                                   "not supported");
    // CPython names the class for __float__ only (float_subtype_new vs PyNumber_Long).
    std::string owner = wantFloat ? std::string(in.typeName(self)) + "." : std::string();
    return in.raise("TypeError", owner + dunder + " returned non-" + (wantFloat ? "float" : "int") +
                                     " (type " + in.typeName(r.get()) + ")");
}

bool indexKey(Interpreter& in, Object*& key, ObjRef& hold) {
    if (!in.hasUserIndex(key))
        return true;
    hold = in.userIndex(key);
    if (!hold)
        return false;
    key = hold.get();
    return true;
}

std::optional<std::int64_t> sizedIndexKey(Interpreter& in, Object* key) {
    ObjRef hold;
    if (!indexKey(in, key, hold))
        return std::nullopt;
    if (key->tag == rt::Tag::Int && static_cast<rt::IntObject*>(key)->isBig()) {
        in.raise("IndexError",
                 std::string("cannot fit '") + in.typeName(key) + "' into an index-sized integer");
        return std::nullopt;
    }
    return intArg(in, key);
}

bool floatArg(Interpreter& in, Object* o, double& d) {
    if (!Interpreter::isUserObject(o))
        return toDouble(in, o, d);
    ObjRef keep(o);
    bool found = false;
    ObjRef r = in.callDunder(o, "__float__", {}, &found);
    if (found)
        r = checkNumberResult(in, std::move(r), "__float__", rt::Tag::Float, o);
    else if (in.hasUserIndex(o))
        r = in.userIndex(o);
    else
        return toDouble(in, o, d); // "must be real number, not A"
    return r && toDouble(in, r.get(), d);
}

ObjRef convertedText(Interpreter& in, const Object* of, std::string text) {
    if (of->tag == rt::Tag::Int)
        return ObjRef(in.heap().freshStr(std::move(text)));
    return in.newStr(std::move(text));
}

ObjRef convertObject(Interpreter& in, Object* o, char conversion) {
    if (conversion == 's' && o->tag == rt::Tag::Str && !o->subclassed)
        return ObjRef(o);
    bool handled = false;
    if (ObjRef own = in.ownText(o, conversion == 's', &handled); handled) {
        if (!own || conversion != 'a')
            return own;
        // PyObject_ASCII hands back an all-ASCII repr as it is; the str knows if it is one.
        if (static_cast<rt::StrObject*>(own.get())->ascii)
            return own;
        return in.newStr(asciiEscape(text(own.get())));
    }
    auto t = conversion == 's' ? in.str(o) : in.repr(o);
    if (!t)
        return nullptr;
    return convertedText(in, o, conversion == 'a' ? asciiEscape(*t) : std::move(*t));
}

ObjRef formatValue(Interpreter& in, Object* value, const std::string& spec) {
    // format(Num(3)), f"{Name('a')}": int/float/str.__format__ with no spec give str(value),
    // which is the class's __str__ or __repr__ if it has one (format_obj, PyObject_Str).
    if (value->subclassed && spec.empty()) {
        rt::CallArgs one;
        one.positional.push_back(ObjRef(value));
        return in.call(in.builtin("str").get(), one);
    }
    // An enum member mixing in int or str: its class's __format__ (Enum's, or the int.__format__
    // an IntEnum keeps), the only library one such a class can hold.
    if (value->subclassed)
        if (ObjRef f = in.lookupInType(in.typeOf(value), "__format__");
            f && f->tag == rt::Tag::Builtin) {
            CallArgs args;
            args.positional = {ObjRef(value), in.newStr(spec)};
            return in.call(f.get(), args);
        }
    numeric::Result<std::string> r = std::string();
    switch (value->tag) {
    case rt::Tag::Int: {
        auto* i = static_cast<rt::IntObject*>(value);
        if (spec.empty()) // PyObject_Format's shortcut: str(value)
            return convertedText(in, value,
                                 i->isBig() ? i->big->toString(10) : std::to_string(i->small));
        auto ps = numeric::parseFormatSpec(spec);
        if (!ps)
            return in.raise(ps.error().type.c_str(), ps.error().message);
        r = i->isBig() ? numeric::formatInt(*i->big, *ps) : numeric::formatInt(i->small, *ps);
        break;
    }
    case rt::Tag::Bool:
        if (spec.empty())
            return in.newStr(static_cast<rt::BoolObject*>(value)->value ? "True" : "False");
        r = numeric::formatInt(BigInt::fromInt64(static_cast<rt::BoolObject*>(value)->value), spec);
        break;
    case rt::Tag::Float:
        r = numeric::formatFloat(static_cast<rt::FloatObject*>(value)->value, spec);
        break;
    case rt::Tag::Complex:
        return formatComplexValue(in, value, spec);
    case rt::Tag::Str:
        r = numeric::formatString(text(value), spec);
        // Neither padded nor cut: str.__format__ hands back the string itself.
        if (r && *r == text(value))
            return ObjRef(value);
        break;
    default: {
        // A class's own __format__ (PyObject_Format): called with the spec, must give a str.
        // (A library class's stand-in, Enum's, is called below.)
        ObjRef own = Interpreter::isUserObject(value)
                         ? in.lookupInType(in.typeOf(value), "__format__")
                         : ObjRef();
        if (own && own->tag != rt::Tag::Builtin) {
            ObjRef keep(value);
            bool found = false;
            ObjRef r =
                in.callDunder(value, "__format__",
                              {spec.empty() ? in.heap().emptyStr() : in.newStr(spec)}, &found);
            if (found) {
                if (r && !isStr(r.get()))
                    return in.raise("TypeError", "__format__ must return a str, not " +
                                                     std::string(in.typeName(r.get())));
                return r;
            }
        }
        // A library class's own __format__ (Enum's), found through a program's subclass.
        if (value->tag == rt::Tag::Instance && static_cast<rt::InstanceObject*>(value)->cls->meta)
            if (ObjRef f =
                    in.lookupInType(static_cast<rt::InstanceObject*>(value)->cls, "__format__");
                f && f->tag == rt::Tag::Builtin) {
                CallArgs args;
                args.positional = {ObjRef(value), in.newStr(spec)};
                return in.call(f.get(), args);
            }
        if (!spec.empty())
            return in.raise("TypeError", "unsupported format string passed to " +
                                             std::string(in.typeName(value)) + ".__format__");
        return convertObject(in, value, 's');
    }
    }
    if (!r)
        return in.raise(r.error().type.c_str(), r.error().message);
    return in.newStr(std::move(*r));
}

// `items` put in the order `order` gives (indexes into items as they were).
static void applyOrder(ObjVec& items, const std::vector<std::size_t>& order) {
    ObjVec sorted;
    sorted.reserve(items.size());
    for (std::size_t i : order)
        sorted.push_back(std::move(items[i]));
    items = std::move(sorted);
}

namespace {

// timSort with `less` reporting its work to pollStop(): sorting ten million items is seconds
// inside one step, so a stopped run fails the comparison in progress.
template <class T, class Less> bool pollingSort(Interpreter& in, std::vector<T>& v, Less less) {
    return timSort(v, [&in, &less](const T& x, const T& y) {
        if (in.pollStop())
            return -1;
        return less(x, y);
    });
}

// Orders items by plain key values; ties keep their original order, as the stable sort does.
// False when the run was stopped.
template <class V>
bool sortByValues(Interpreter& in, ObjVec& items, std::vector<std::pair<V, std::uint32_t>>& values,
                  bool reverse) {
    bool ok = pollingSort(in, values, [reverse](const auto& p, const auto& q) {
        if (p.first != q.first)
            return int(reverse ? q.first < p.first : p.first < q.first);
        return int(p.second < q.second);
    });
    if (!ok)
        return false;
    ObjVec sorted;
    sorted.reserve(items.size());
    for (const auto& v : values)
        sorted.push_back(std::move(items[v.second]));
    items = std::move(sorted);
    return true;
}

// Keys that are all machine-sized ints, or all str, compare without the interpreter (no
// error, no user code can run), so they are sorted as plain values instead of through
// compare() on objects scattered over the heap. nullopt when the keys are anything else,
// false when the run was stopped.
std::optional<bool> sortPlainKeys(Interpreter& in, ObjVec& items, const ObjVec& keys,
                                  bool reverse) {
    if (keys.empty() || keys.size() > UINT32_MAX)
        return std::nullopt;
    if (keys[0]->tag == rt::Tag::Int) {
        std::vector<std::pair<std::int64_t, std::uint32_t>> values;
        values.reserve(keys.size());
        for (std::size_t i = 0; i < keys.size(); ++i) {
            if (keys[i]->tag != rt::Tag::Int)
                return std::nullopt;
            auto* v = static_cast<rt::IntObject*>(keys[i].get());
            if (v->isBig())
                return std::nullopt;
            values.emplace_back(v->small, static_cast<std::uint32_t>(i));
        }
        return sortByValues(in, items, values, reverse);
    }
    if (keys[0]->tag == rt::Tag::Str) {
        // Byte order of UTF-8 is code point order, which is how compare() orders str.
        std::vector<std::pair<std::string_view, std::uint32_t>> values;
        values.reserve(keys.size());
        for (std::size_t i = 0; i < keys.size(); ++i) {
            if (keys[i]->tag != rt::Tag::Str)
                return std::nullopt;
            values.emplace_back(static_cast<rt::StrObject*>(keys[i].get())->text,
                                static_cast<std::uint32_t>(i));
        }
        return sortByValues(in, items, values, reverse);
    }
    return std::nullopt;
}

// How list.sort's pre-check (3.11's list_sort_impl) has it compare the keys: every key of one
// class of the program's, or every key a non-empty tuple (not a namedtuple) whose first items
// are all of one such class, use unsafe_object_compare (directLess) for those objects.
enum class KeyCompare { Full, Direct, DirectFirstItem };

const ObjVec* tupleItems(const ObjRef& k) {
    if (k->tag != rt::Tag::Tuple || static_cast<rt::TupleObject*>(k.get())->cls)
        return nullptr;
    const ObjVec& items = static_cast<rt::TupleObject*>(k.get())->items;
    return items.empty() ? nullptr : &items;
}

KeyCompare keyCompare(Interpreter& in, const ObjVec& keys) {
    if (keys.size() < 2)
        return KeyCompare::Full;
    const bool inTuples = tupleItems(keys[0]) != nullptr;
    auto representative = [&](const ObjRef& k) -> Object* {
        if (!inTuples)
            return k.get();
        const ObjVec* items = tupleItems(k);
        return items ? (*items)[0].get() : nullptr;
    };
    Object* first = representative(keys[0]);
    if (!Interpreter::isUserObject(first))
        return KeyCompare::Full;
    rt::TypeObject* t = in.typeOf(first);
    for (const ObjRef& k : keys) {
        Object* o = representative(k);
        if (!o || in.typeOf(o) != t)
            return KeyCompare::Full;
    }
    return inTuples ? KeyCompare::DirectFirstItem : KeyCompare::Direct;
}

// unsafe_object_compare: the class's __lt__ asked directly; only when it answers
// NotImplemented does the full comparison follow, which asks __lt__ a second time and then the
// reflected __gt__. 1, 0, or -1 with the exception set.
int directLess(Interpreter& in, Object* a, Object* b) {
    bool found = false;
    ObjRef r = in.callDunder(a, "__lt__", {ObjRef(b)}, &found);
    if (found && !r)
        return -1;
    if (!found || r.get() == in.notImplemented().get())
        return in.compare(syntax::CmpOperator::Lt, a, b);
    return in.truthy(r.get());
}

// unsafe_tuple_compare: the first items that are not equal decide, the first ones through
// directLess. 1, 0, or -1 with the exception set.
int tupleDirectLess(Interpreter& in, Object* a, Object* b) {
    const ObjVec& x = static_cast<rt::TupleObject*>(a)->items;
    const ObjVec& y = static_cast<rt::TupleObject*>(b)->items;
    const std::size_t n = std::min(x.size(), y.size());
    std::size_t i = 0;
    for (; i < n; ++i) {
        bool same = x[i].get() == y[i].get() || in.equals(x[i].get(), y[i].get());
        if (in.hasException() || in.aborted())
            return -1;
        if (!same)
            break;
    }
    if (i == n)
        return x.size() < y.size();
    ObjRef xi = x[i], yi = y[i];
    return i == 0 ? directLess(in, xi.get(), yi.get())
                  : in.compare(syntax::CmpOperator::Lt, xi.get(), yi.get());
}

} // namespace

bool sortValues(Interpreter& in, ObjVec& items, Object* key, bool reverse) {
    // Without a key function the items are their own keys: no copy, so a stopped sort of
    // ten million items has that many fewer references to drop before the run ends.
    ObjVec ownKeys;
    if (key) {
        ownKeys.reserve(items.size());
        for (const ObjRef& x : items) {
            CallArgs ka;
            ka.positional.push_back(x);
            ObjRef k = in.call(key, ka);
            if (!k || in.pollStop())
                return false;
            ownKeys.push_back(std::move(k));
        }
    }
    const ObjVec& keys = key ? ownKeys : items;
    if (auto plain = sortPlainKeys(in, items, keys, reverse))
        return *plain;
    // list.sort reverses before and after sorting, which keeps equal items in their order.
    std::vector<std::size_t> order(items.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    if (reverse)
        std::reverse(order.begin(), order.end());
    const KeyCompare how = keyCompare(in, keys);
    bool ok = pollingSort(in, order, [&](std::size_t a, std::size_t b) {
        Object *x = keys[a].get(), *y = keys[b].get();
        switch (how) {
        case KeyCompare::Direct:
            return directLess(in, x, y);
        case KeyCompare::DirectFirstItem:
            return tupleDirectLess(in, x, y);
        default:
            return in.compare(syntax::CmpOperator::Lt, x, y);
        }
    });
    if (reverse)
        std::reverse(order.begin(), order.end());
    // A failed comparison leaves the items as far as the merges got, as CPython does.
    applyOrder(items, order);
    return ok;
}

bool sortOrder(Interpreter& in, std::vector<std::size_t>& order,
               const std::function<int(std::size_t, std::size_t)>& less) {
    return pollingSort(in, order, less);
}

bool setUpdate(Interpreter& in, rt::SetObject* s, Object* iterable) {
    if (iterable->tag == rt::Tag::Set || iterable->tag == rt::Tag::FrozenSet) {
        ObjRef keep(iterable);
        bool merged = s->merge(*static_cast<rt::SetObject*>(iterable), in);
        in.setReplaced(s);
        return merged;
    }
    if (iterable->tag == rt::Tag::Dict) {
        ObjRef keep(iterable);
        auto* d = static_cast<rt::DictObject*>(iterable);
        if ((s->fill + d->used) * 5 >= s->mask * 3)
            s->resize((s->used + d->used) * 2);
        // A program's __eq__ may change the dict meanwhile: its entries are read afresh.
        bool ok = true;
        for (std::size_t i = 0; ok && i < d->entries.size(); ++i)
            if (ObjRef key = d->entries[i].key)
                ok = s->add(key, d->entries[i].hash, in) >= 0;
        in.setReplaced(s);
        return ok;
    }
    ObjRef it = in.iter(iterable);
    if (!it)
        return false;
    while (true) {
        ObjRef x = in.next(it.get());
        if (!x)
            return !in.hasException();
        if (!in.setAdd(s, std::move(x)))
            return false;
    }
}

void Interpreter::registerBuiltins() {
    static const BuiltinDef kHidden[] = {{"__percent_format__", percentFormat}};
    for (auto table : {functionBuiltins(), numberBuiltins(), execBuiltins(),
                       std::span<const BuiltinDef>(kHidden)})
        for (const BuiltinDef& d : table)
            m_builtins[d.name] = makeBuiltin(d.name, d.fn);
    for (rt::Tag tag :
         {rt::Tag::Int, rt::Tag::Bool, rt::Tag::Float, rt::Tag::Str, rt::Tag::List, rt::Tag::Tuple,
          rt::Tag::Dict, rt::Tag::Set, rt::Tag::FrozenSet, rt::Tag::Range, rt::Tag::Slice,
          rt::Tag::Type, rt::Tag::Bytes, rt::Tag::ByteArray, rt::Tag::Complex}) {
        rt::TypeObject* t = m_types[static_cast<std::size_t>(tag)];
        m_builtins[t->name] = ObjRef(t);
    }
    for (const BuiltinDef& d : typeBuiltins())
        m_builtins[d.name] = makeBuiltin(d.name, d.fn);
    for (auto& [name, t] : m_exceptionTypes)
        m_builtins[name] = ObjRef(t);
    // Older names of OSError, the same class.
    m_builtins["IOError"] = ObjRef(m_exceptionTypes.at("OSError"));
    m_builtins["EnvironmentError"] = ObjRef(m_exceptionTypes.at("OSError"));
    // What `__debug__` reads without -O; the compiler refuses to bind the name
    // (syntax/checks.cpp).
    m_builtins["__debug__"] = boolean(true);
    m_builtins["None"] = none();
    m_builtins["Ellipsis"] = m_heap->ellipsis();
    m_builtins["True"] = boolean(true);
    m_builtins["False"] = boolean(false);
    registerMethods(m_methods);
    registerGeneratorMethods();
}

ObjRef Interpreter::builtin(const std::string& name) const {
    auto it = m_builtins.find(name);
    return it == m_builtins.end() ? nullptr : it->second;
}

ObjRef Interpreter::makeBuiltin(std::string name, rt::NativeFn fn, ObjRef self) {
    auto* b = m_heap->make<rt::BuiltinObject>();
    b->name = std::move(name);
    b->fn = fn;
    b->self = std::move(self);
    return ObjRef(b);
}

ObjRef Interpreter::method(Object* self, const std::string& name) {
    auto& table = m_methods[static_cast<std::size_t>(self->tag)];
    auto it = table.find(name);
    if (it == table.end())
        return nullptr;
    if (self->tag == rt::Tag::Str && name == "maketrans")
        return typeMethod(builtinType(rt::Tag::Str), name); // a staticmethod: one object
    if (isClassMethod(self->tag, name))
        return makeBuiltin(name, it->second, ObjRef(typeOf(self)));
    ObjRef m = makeBuiltin(name, it->second, ObjRef(self));
    if (isSlotWrapper(self->tag, name))
        static_cast<rt::BuiltinObject*>(m.get())->kind = rt::BuiltinKind::MethodWrapper;
    return m;
}

} // namespace memstep::core::interp
