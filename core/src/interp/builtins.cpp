// The builtins registry (the functions live in builtin_functions.cpp and builtin_numbers.cpp, the
// types in builtin_types.cpp) and the argument helpers they share.
#include "interp/builtins_util.h"

#include "interp/tracer.h"
#include "numeric/float_format.h"

#include <algorithm>
#include <cmath>
#include <string_view>
#include <utility>

namespace memstep::core::interp {

using numeric::BigInt;

bool noKeywords(Interpreter& in, CallArgs& args, const char* name) {
    if (args.keywords.empty()) return true;
    in.raise("TypeError", std::string(name) + "() takes no keyword arguments");
    return false;
}

bool argCount(Interpreter& in, CallArgs& args, const char* name, std::size_t min, std::size_t max) {
    std::size_t n = args.positional.size();
    if (n >= min && n <= max) return true;
    if (min == max && min == 1)
        in.raise("TypeError", std::string(name) + "() takes exactly one argument (" + std::to_string(n) + " given)");
    else if (min == max && min == 0)
        in.raise("TypeError", std::string(name) + "() takes no arguments (" + std::to_string(n) + " given)");
    else if (n < min)
        in.raise("TypeError", std::string(name) + " expected " + (min == max ? "" : "at least ") + std::to_string(min) +
                                  " argument" + (min == 1 ? "" : "s") + ", got " + std::to_string(n));
    else
        in.raise("TypeError", std::string(name) + " expected " + (min == max ? "" : "at most ") + std::to_string(max) +
                                  " argument" + (max == 1 ? "" : "s") + ", got " + std::to_string(n));
    return false;
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
    if (args.keywords.empty()) return true;
    in.raise("TypeError", "'" + *args.keywords.front().name + "' is an invalid keyword argument for " + name + "()");
    return false;
}

std::optional<std::int64_t> intArg(Interpreter& in, Object* o) {
    if (o->tag != rt::Tag::Int && o->tag != rt::Tag::Bool) {
        in.raise("TypeError", "'" + std::string(in.typeName(o)) + "' object cannot be interpreted as an integer");
        return std::nullopt;
    }
    return in.indexValue(o, "");
}

ObjRef intFromResult(Interpreter& in, numeric::Result<BigInt> r) {
    if (!r) return in.raise(r.error().type.c_str(), r.error().message);
    return in.heap().newInt(std::move(*r));
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

ObjRef formatValue(Interpreter& in, Object* value, const std::string& spec) {
    numeric::Result<std::string> r = std::string();
    switch (value->tag) {
    case rt::Tag::Int: {
        auto* i = static_cast<rt::IntObject*>(value);
        auto ps = numeric::parseFormatSpec(spec);
        if (!ps) return in.raise(ps.error().type.c_str(), ps.error().message);
        r = i->isBig() ? numeric::formatInt(*i->big, *ps) : numeric::formatInt(i->small, *ps);
        break;
    }
    case rt::Tag::Bool:
        if (spec.empty()) return in.newStr(static_cast<rt::BoolObject*>(value)->value ? "True" : "False");
        r = numeric::formatInt(BigInt::fromInt64(static_cast<rt::BoolObject*>(value)->value), spec);
        break;
    case rt::Tag::Float: r = numeric::formatFloat(static_cast<rt::FloatObject*>(value)->value, spec); break;
    case rt::Tag::Str: r = numeric::formatString(text(value), spec); break;
    default: {
        if (!spec.empty())
            return in.raise("TypeError", "unsupported format string passed to " + std::string(in.typeName(value)) + ".__format__");
        auto s = in.str(value);
        if (!s) return nullptr;
        return in.newStr(std::move(*s));
    }
    }
    if (!r) return in.raise(r.error().type.c_str(), r.error().message);
    return in.newStr(std::move(*r));
}

// CPython's list.sort for fewer than 64 items, comparison for comparison: one run found by
// count_run (reversed when strictly descending), the rest placed by binary insertion. A
// class's __lt__ is a Python call with its own steps, so the order of calls must be
// CPython's, not just the result. `reverse` reverses before and after, keeping stability.
static bool smallSort(Interpreter& in, ObjVec& items, ObjVec& keys, bool reverse) {
    std::size_t n = items.size();
    if (reverse) {
        std::reverse(items.begin(), items.end());
        std::reverse(keys.begin(), keys.end());
    }
    auto less = [&](std::size_t x, std::size_t y) { return in.compare(syntax::CmpOperator::Lt, keys[x].get(), keys[y].get()); };
    auto swapBoth = [&](std::size_t x, std::size_t y) {
        std::swap(items[x], items[y]);
        std::swap(keys[x], keys[y]);
    };
    if (n > 1) {
        // count_run
        std::size_t run = 2;
        int r = less(1, 0);
        if (r < 0) return false;
        if (r) {
            for (; run < n; ++run) {
                int c = less(run, run - 1);
                if (c < 0) return false;
                if (!c) break;
            }
            for (std::size_t lo = 0, hi = run - 1; lo < hi; ++lo, --hi) swapBoth(lo, hi);
        } else {
            for (; run < n; ++run) {
                int c = less(run, run - 1);
                if (c < 0) return false;
                if (c) break;
            }
        }
        // binarysort of [run, n) into the sorted prefix
        for (std::size_t start = run; start < n; ++start) {
            std::size_t l = 0, rgt = start;
            ObjRef pivotItem = items[start], pivotKey = keys[start];
            do {
                std::size_t p = l + ((rgt - l) >> 1);
                int c = in.compare(syntax::CmpOperator::Lt, pivotKey.get(), keys[p].get());
                if (c < 0) return false;
                if (c)
                    rgt = p;
                else
                    l = p + 1;
            } while (l < rgt);
            for (std::size_t p = start; p > l; --p) {
                items[p] = items[p - 1];
                keys[p] = keys[p - 1];
            }
            items[l] = pivotItem;
            keys[l] = pivotKey;
        }
    }
    if (reverse) {
        std::reverse(items.begin(), items.end());
        std::reverse(keys.begin(), keys.end());
    }
    return true;
}

namespace {

// Orders items by plain key values; ties keep their original order, as the stable sort does.
template <class V> void sortByValues(ObjVec& items, std::vector<std::pair<V, std::uint32_t>>& values, bool reverse) {
    std::sort(values.begin(), values.end(), [reverse](const auto& p, const auto& q) {
        if (p.first != q.first) return reverse ? q.first < p.first : p.first < q.first;
        return p.second < q.second;
    });
    ObjVec sorted;
    sorted.reserve(items.size());
    for (const auto& v : values) sorted.push_back(std::move(items[v.second]));
    items = std::move(sorted);
}

// Keys that are all machine-sized ints, or all str, compare without the interpreter (no
// error, no user code can run), so they are sorted as plain values instead of through
// compare() on objects scattered over the heap. False when the keys are anything else.
bool sortPlainKeys(ObjVec& items, const ObjVec& keys, bool reverse) {
    if (keys.empty() || keys.size() > UINT32_MAX) return false;
    if (keys[0]->tag == rt::Tag::Int) {
        std::vector<std::pair<std::int64_t, std::uint32_t>> values;
        values.reserve(keys.size());
        for (std::size_t i = 0; i < keys.size(); ++i) {
            if (keys[i]->tag != rt::Tag::Int) return false;
            auto* v = static_cast<rt::IntObject*>(keys[i].get());
            if (v->isBig()) return false;
            values.emplace_back(v->small, static_cast<std::uint32_t>(i));
        }
        sortByValues(items, values, reverse);
        return true;
    }
    if (keys[0]->tag == rt::Tag::Str) {
        // Byte order of UTF-8 is code point order, which is how compare() orders str.
        std::vector<std::pair<std::string_view, std::uint32_t>> values;
        values.reserve(keys.size());
        for (std::size_t i = 0; i < keys.size(); ++i) {
            if (keys[i]->tag != rt::Tag::Str) return false;
            values.emplace_back(static_cast<rt::StrObject*>(keys[i].get())->text, static_cast<std::uint32_t>(i));
        }
        sortByValues(items, values, reverse);
        return true;
    }
    return false;
}

} // namespace

bool sortValues(Interpreter& in, ObjVec& items, Object* key, bool reverse) {
    ObjVec keys;
    if (key) {
        keys.reserve(items.size());
        for (const ObjRef& x : items) {
            CallArgs ka;
            ka.positional.push_back(x);
            ObjRef k = in.call(key, ka);
            if (!k) return false;
            keys.push_back(std::move(k));
        }
    } else {
        keys = items;
    }
    if (items.size() < 64) return smallSort(in, items, keys, reverse);
    if (sortPlainKeys(items, keys, reverse)) return true;
    std::vector<std::size_t> order(items.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    bool failed = false;
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        if (failed) return false;
        Object* x = keys[reverse ? b : a].get();
        Object* y = keys[reverse ? a : b].get();
        int r = in.compare(syntax::CmpOperator::Lt, x, y);
        if (r < 0) {
            failed = true;
            return false;
        }
        return r == 1;
    });
    if (failed) return false;
    ObjVec sorted;
    sorted.reserve(items.size());
    for (std::size_t i : order) sorted.push_back(items[i]);
    items = std::move(sorted);
    return true;
}

bool setUpdate(Interpreter& in, rt::SetObject* s, Object* iterable) {
    if (iterable->tag == rt::Tag::Set || iterable->tag == rt::Tag::FrozenSet) {
        s->merge(*static_cast<rt::SetObject*>(iterable));
        in.setReplaced(s);
        return true;
    }
    if (iterable->tag == rt::Tag::Dict) {
        auto* d = static_cast<rt::DictObject*>(iterable);
        if ((s->fill + d->used) * 5 >= s->mask * 3) s->resize((s->used + d->used) * 2);
        for (const rt::DictEntry& e : d->entries)
            if (e.key) s->add(e.key, e.hash);
        in.setReplaced(s);
        return true;
    }
    ObjRef it = in.iter(iterable);
    if (!it) return false;
    while (true) {
        ObjRef x = in.next(it.get());
        if (!x) return !in.hasException();
        if (!in.setAdd(s, std::move(x))) return false;
    }
}

void Interpreter::registerBuiltins() {
    static const BuiltinDef kHidden[] = {{"__percent_format__", percentFormat}};
    for (auto table : {functionBuiltins(), numberBuiltins(), std::span<const BuiltinDef>(kHidden)})
        for (const BuiltinDef& d : table) m_builtins[d.name] = makeBuiltin(d.name, d.fn);
    for (rt::Tag tag : {rt::Tag::Int, rt::Tag::Bool, rt::Tag::Float, rt::Tag::Str, rt::Tag::List, rt::Tag::Tuple,
                        rt::Tag::Dict, rt::Tag::Set, rt::Tag::FrozenSet, rt::Tag::Range, rt::Tag::Type}) {
        rt::TypeObject* t = m_types[static_cast<std::size_t>(tag)];
        m_builtins[t->name] = ObjRef(t);
    }
    for (const BuiltinDef& d : typeBuiltins()) m_builtins[d.name] = makeBuiltin(d.name, d.fn);
    for (auto& [name, t] : m_exceptionTypes) m_builtins[name] = ObjRef(t);
    m_builtins["None"] = none();
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
    if (it == table.end()) return nullptr;
    return makeBuiltin(name, it->second, ObjRef(self));
}

} // namespace memstep::core::interp
