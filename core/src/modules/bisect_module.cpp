// The bisect module: CPython 3.11's _bisect functions, with lo, hi and key.
//
// The search follows _bisectmodule.c step for step (the same midpoints, `x < a[mid]` for the
// right variants and `a[mid] < x` for the left ones, the key called on a[mid] each time), so
// a program's own __lt__ or key function is called exactly when CPython calls it. The
// sequence is read through subscripting and len(), so tuples, strs and the program's own
// sequences work as in CPython; insort inserts with list.insert (any other sequence: its
// `insert` method).
#include "interp/builtins/builtins_util.h"
#include "modules/modules.h"
#include "runtime/list_capacity.h"

namespace memstep::core::modules {

using interp::CallArgs;
using rt::Object;

namespace bisect {
namespace {

struct Bounds {
    ObjRef a, x;
    std::int64_t lo = 0;
    std::int64_t hi = -1; // -1: len(a)
    ObjRef key;           // null: no key
};

// (a, x, lo=0, hi=None, *, key=None) as _bisect's argument clinic parses it.
bool parseArgs(Interpreter& in, CallArgs& args, const char* name, Bounds& b) {
    static const char* const kNames[] = {"a", "x", "lo", "hi"};
    ObjRef slots[4];
    if (args.positional.size() > 4) {
        in.raise("TypeError", std::string(name) + "() takes at most 4 positional arguments (" +
                                  std::to_string(args.positional.size()) + " given)");
        return false;
    }
    for (std::size_t i = 0; i < args.positional.size(); ++i)
        slots[i] = args.positional[i];
    ObjRef key;
    for (rt::KwArg& k : args.keywords) {
        if (*k.name == "key") {
            key = k.value;
            continue;
        }
        bool known = false;
        for (std::size_t i = 0; i < 4; ++i) {
            if (*k.name != kNames[i])
                continue;
            known = true;
            if (slots[i]) {
                in.raise("TypeError", std::string("argument for ") + name + "() given by name ('" +
                                          kNames[i] + "') and position (" + std::to_string(i + 1) +
                                          ")");
                return false;
            }
            slots[i] = k.value;
        }
        if (!known) {
            in.raise("TypeError",
                     std::string(name) + "() got an unexpected keyword argument '" + *k.name + "'");
            return false;
        }
    }
    for (std::size_t i = 0; i < 2; ++i) {
        if (!slots[i]) {
            in.raise("TypeError", std::string(name) + "() missing required argument '" + kNames[i] +
                                      "' (pos " + std::to_string(i + 1) + ")");
            return false;
        }
    }
    b.a = slots[0];
    b.x = slots[1];
    if (slots[2]) {
        auto lo = interp::intArg(in, slots[2].get());
        if (!lo)
            return false;
        b.lo = *lo;
    }
    if (slots[3] && slots[3]->tag != rt::Tag::None) {
        auto hi = interp::intArg(in, slots[3].get());
        if (!hi)
            return false;
        b.hi = *hi;
    }
    if (key && key->tag != rt::Tag::None)
        b.key = key;
    return true;
}

ObjRef callKey(Interpreter& in, Object* key, ObjRef x) {
    CallArgs a;
    a.positional.push_back(std::move(x));
    return in.call(key, a);
}

// internal_bisect_right / _left; -1 with the exception set.
std::int64_t search(Interpreter& in, const Bounds& b, Object* x, bool right) {
    if (b.lo < 0) {
        in.raise("ValueError", "lo must be non-negative");
        return -1;
    }
    std::int64_t lo = b.lo, hi = b.hi;
    if (hi == -1) {
        CallArgs a;
        a.positional.push_back(b.a);
        ObjRef n = in.call(in.builtin("len").get(), a);
        if (!n)
            return -1;
        hi = static_cast<rt::IntObject*>(n.get())->small;
    }
    while (lo < hi) {
        if (in.pollStop())
            return -1;
        std::int64_t mid = static_cast<std::int64_t>(
            (static_cast<std::uint64_t>(lo) + static_cast<std::uint64_t>(hi)) / 2);
        ObjRef item;
        // PySequence_GetItem: a program's subclass of list may define __getitem__.
        if (b.a->tag == rt::Tag::List && !b.a->subclassed) {
            auto* l = static_cast<rt::ListObject*>(b.a.get());
            if (static_cast<std::size_t>(mid) >= l->items.size())
                return in.raise("IndexError", "list index out of range"), -1;
            item = l->items[static_cast<std::size_t>(mid)];
        } else {
            item = in.subscript(b.a.get(), in.heap().newInt(mid).get());
        }
        if (!item)
            return -1;
        if (b.key) {
            item = callKey(in, b.key.get(), std::move(item));
            if (!item)
                return -1;
        }
        int cmp = right ? in.compare(syntax::CmpOperator::Lt, x, item.get())
                        : in.compare(syntax::CmpOperator::Lt, item.get(), x);
        if (cmp < 0)
            return -1;
        if (right == (cmp == 1))
            hi = mid;
        else
            lo = mid + 1;
    }
    return lo;
}

ObjRef bisectAny(Interpreter& in, CallArgs& args, const char* name, bool right) {
    Bounds b;
    if (!parseArgs(in, args, name, b))
        return nullptr;
    std::int64_t at = search(in, b, b.x.get(), right);
    if (at < 0)
        return nullptr;
    return in.heap().newInt(at);
}

ObjRef insortAny(Interpreter& in, CallArgs& args, const char* name, bool right) {
    Bounds b;
    if (!parseArgs(in, args, name, b))
        return nullptr;
    ObjRef probe = b.x;
    if (b.key) {
        probe = callKey(in, b.key.get(), b.x);
        if (!probe)
            return nullptr;
    }
    std::int64_t at = search(in, b, probe.get(), right);
    if (at < 0)
        return nullptr;
    // Only an exact list is inserted into directly: a subclass's insert (its own, maybe) is called.
    if (b.a->tag == rt::Tag::List && !b.a->subclassed) {
        auto* l = static_cast<rt::ListObject*>(b.a.get());
        at = std::min<std::int64_t>(at, static_cast<std::int64_t>(l->items.size()));
        rt::ListCapacity before = l->capacity;
        in.listInsert(l, at, b.x);
        rt::capacity::inserted(*l, before); // PyList_Insert
        return in.none();
    }
    ObjRef insert = in.getAttr(b.a.get(), "insert");
    if (!insert)
        return nullptr;
    CallArgs a;
    a.positional = {in.heap().newInt(at), b.x};
    if (!in.call(insert.get(), a))
        return nullptr;
    return in.none();
}

ObjRef bisectLeft(Interpreter& in, Object*, CallArgs& args) {
    return bisectAny(in, args, "bisect_left", false);
}
ObjRef bisectRight(Interpreter& in, Object*, CallArgs& args) {
    return bisectAny(in, args, "bisect_right", true);
}
ObjRef insortLeft(Interpreter& in, Object*, CallArgs& args) {
    return insortAny(in, args, "insort_left", false);
}
ObjRef insortRight(Interpreter& in, Object*, CallArgs& args) {
    return insortAny(in, args, "insort_right", true);
}

} // namespace
} // namespace bisect

void fillBisect(Interpreter& in, rt::ModuleObject& m) {
    // bisect.py binds bisect and insort to the very same functions as the _right variants.
    addFunction(in, m, "insort_right", bisect::insortRight);
    addFunction(in, m, "bisect_right", bisect::bisectRight);
    addFunction(in, m, "insort_left", bisect::insortLeft);
    addFunction(in, m, "bisect_left", bisect::bisectLeft);
    m.set("bisect", ObjRef(m.find("bisect_right")));
    m.set("insort", ObjRef(m.find("insort_right")));
}

} // namespace memstep::core::modules
