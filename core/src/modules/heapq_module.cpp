// The heapq module: CPython 3.11's _heapq functions on a list, and heapq.py's nlargest and
// nsmallest.
//
// The sift loops follow _heapqmodule.c comparison for comparison (only `<`, the list
// re-read after each comparison, "list changed size during iteration" when a comparison
// changed its length), because a class's own __lt__ is a step of the program: the steps
// and the list between them must be CPython's. Every move is a listSet, so the diagram sees
// the list as CPython has it at each of those steps. heapify of more than 2500 items takes a
// different (cache-friendly) order of comparisons in CPython; it is refused when a
// comparison could run the program's code. nlargest and nsmallest give heapq.py's results
// (a stable choice of the n items); their heap-based path compares keys in an order memstep
// does not reproduce, so keys of the program's classes are refused there. merge, a generator
// function in heapq.py, is in heapq_merge.cpp.
#include "interp/builtins/builtins_util.h"
#include "modules/heapq.h"

namespace memstep::core::modules {

using interp::CallArgs;
using rt::Object;

namespace heapq {
namespace {

// _heapqmodule.c switches to its cache-friendly heapify above this many items.
constexpr std::size_t kCacheFriendlyHeapify = 2500;

rt::ListObject* heapArg(Interpreter& in, Object* o, const char* function, bool several) {
    if (o->tag == rt::Tag::List)
        return static_cast<rt::ListObject*>(o);
    in.raise("TypeError", std::string(function) + "() argument " + (several ? "1 " : "") +
                              "must be list, not " + in.typeName(o));
    return nullptr;
}

// Argument-clinic style positional-only checks of _heapq.
bool exactArgs(Interpreter& in, CallArgs& args, const char* name, std::size_t n) {
    if (!args.keywords.empty()) {
        in.raise("TypeError", std::string(name) + "() takes no keyword arguments");
        return false;
    }
    if (args.positional.size() == n)
        return true;
    if (n == 1)
        in.raise("TypeError", std::string("_heapq.") + name + "() takes exactly one argument (" +
                                  std::to_string(args.positional.size()) + " given)");
    else
        in.raise("TypeError", std::string(name) + " expected " + std::to_string(n) +
                                  " arguments, got " + std::to_string(args.positional.size()));
    return false;
}

} // namespace

// `a < b` as PyObject_RichCompareBool; then the size check. -1 on error.
int lessThan(Interpreter& in, rt::ListObject* heap, Object* a, Object* b) {
    ObjRef keepA(a), keepB(b);
    std::size_t size = heap->items.size();
    int cmp = in.compare(syntax::CmpOperator::Lt, a, b);
    if (cmp < 0)
        return -1;
    if (size != heap->items.size()) {
        in.raise("RuntimeError", "list changed size during iteration");
        return -1;
    }
    return cmp;
}

void swap(Interpreter& in, rt::ListObject* heap, std::size_t i, std::size_t j) {
    ObjRef a = heap->items[i];
    ObjRef b = heap->items[j];
    in.listSet(heap, static_cast<std::int64_t>(i), b);
    in.listSet(heap, static_cast<std::int64_t>(j), a);
}

// _siftdown: the item at pos moves up past every parent it is less than (max: every parent
// less than it).
bool siftDown(Interpreter& in, rt::ListObject* heap, std::size_t start, std::size_t pos, bool max) {
    if (pos >= heap->items.size()) {
        in.raise("IndexError", "index out of range");
        return false;
    }
    while (pos > start) {
        std::size_t parent = (pos - 1) >> 1;
        Object* item = heap->items[pos].get();
        Object* above = heap->items[parent].get();
        int cmp = max ? lessThan(in, heap, above, item) : lessThan(in, heap, item, above);
        if (cmp < 0)
            return false;
        if (cmp == 0)
            break;
        swap(in, heap, parent, pos);
        pos = parent;
    }
    return true;
}

// _siftup: the smaller child (max: the larger) moves up until pos is a leaf, then the item
// is sifted down from there. The right child is taken unless the left is less than it (max:
// unless it is less than the left).
bool siftUp(Interpreter& in, rt::ListObject* heap, std::size_t pos, bool max) {
    std::size_t end = heap->items.size();
    std::size_t start = pos;
    if (pos >= end) {
        in.raise("IndexError", "index out of range");
        return false;
    }
    std::size_t limit = end >> 1;
    while (pos < limit) {
        std::size_t child = 2 * pos + 1;
        if (child + 1 < end) {
            Object* left = heap->items[child].get();
            Object* right = heap->items[child + 1].get();
            int cmp = max ? lessThan(in, heap, right, left) : lessThan(in, heap, left, right);
            if (cmp < 0)
                return false;
            child += cmp ? 0 : 1;
        }
        swap(in, heap, child, pos);
        pos = child;
    }
    return siftDown(in, heap, start, pos, max);
}

namespace {

ObjRef heappush(Interpreter& in, Object*, CallArgs& args) {
    if (!exactArgs(in, args, "heappush", 2))
        return nullptr;
    rt::ListObject* heap = heapArg(in, args.positional[0].get(), "heappush", true);
    if (!heap)
        return nullptr;
    in.listInsert(heap, static_cast<std::int64_t>(heap->items.size()), args.positional[1]);
    if (!siftDown(in, heap, 0, heap->items.size() - 1))
        return nullptr;
    return in.none();
}

// heappop and _heappop_max: the top goes, the last item takes its place.
ObjRef popAs(Interpreter& in, CallArgs& args, const char* name, bool max) {
    if (!exactArgs(in, args, name, 1))
        return nullptr;
    rt::ListObject* heap = heapArg(in, args.positional[0].get(), name, false);
    if (!heap)
        return nullptr;
    if (heap->items.empty())
        return in.raise("IndexError", "index out of range");
    ObjRef last = in.listRemove(heap, static_cast<std::int64_t>(heap->items.size() - 1));
    if (heap->items.empty())
        return last;
    ObjRef top = heap->items[0];
    in.listSet(heap, 0, std::move(last));
    if (!siftUp(in, heap, 0, max))
        return nullptr;
    return top;
}

ObjRef heappop(Interpreter& in, Object*, CallArgs& args) {
    return popAs(in, args, "heappop", false);
}

// heapreplace and _heapreplace_max: the top is returned, the item sifted from the top.
ObjRef replaceAs(Interpreter& in, CallArgs& args, const char* name, bool max) {
    if (!exactArgs(in, args, name, 2))
        return nullptr;
    rt::ListObject* heap = heapArg(in, args.positional[0].get(), name, true);
    if (!heap)
        return nullptr;
    if (heap->items.empty())
        return in.raise("IndexError", "index out of range");
    ObjRef top = heap->items[0];
    in.listSet(heap, 0, args.positional[1]);
    if (!siftUp(in, heap, 0, max))
        return nullptr;
    return top;
}

ObjRef heapreplace(Interpreter& in, Object*, CallArgs& args) {
    return replaceAs(in, args, "heapreplace", false);
}

ObjRef heappushpop(Interpreter& in, Object*, CallArgs& args) {
    if (!exactArgs(in, args, "heappushpop", 2))
        return nullptr;
    rt::ListObject* heap = heapArg(in, args.positional[0].get(), "heappushpop", true);
    if (!heap)
        return nullptr;
    ObjRef item = args.positional[1];
    if (heap->items.empty())
        return item;
    ObjRef top = heap->items[0];
    int cmp = in.compare(syntax::CmpOperator::Lt, top.get(), item.get());
    if (cmp < 0)
        return nullptr;
    if (cmp == 0)
        return item;
    if (heap->items.empty())
        return in.raise("IndexError", "index out of range");
    top = heap->items[0];
    in.listSet(heap, 0, std::move(item));
    if (!siftUp(in, heap, 0))
        return nullptr;
    return top;
}

bool holdsUserObjects(const ObjVec& items) {
    for (const ObjRef& x : items)
        if (Interpreter::isUserObject(x.get()))
            return true;
    return false;
}

// heapify and _heapify_max: each parent sifted, the last first.
ObjRef heapifyAs(Interpreter& in, CallArgs& args, const char* name, bool max) {
    if (!exactArgs(in, args, name, 1))
        return nullptr;
    rt::ListObject* heap = heapArg(in, args.positional[0].get(), name, false);
    if (!heap)
        return nullptr;
    std::size_t n = heap->items.size();
    if (n > kCacheFriendlyHeapify && holdsUserObjects(heap->items)) {
        return in.abortUnsupported("heapq." + std::string(name) + "() of more than " +
                                   std::to_string(kCacheFriendlyHeapify) +
                                   " objects of the program's classes is not supported");
    }
    for (std::size_t i = n / 2; i-- > 0;) {
        if (in.pollStop())
            return nullptr;
        if (!siftUp(in, heap, i, max))
            return nullptr;
    }
    return in.none();
}

ObjRef heapify(Interpreter& in, Object*, CallArgs& args) {
    return heapifyAs(in, args, "heapify", false);
}

ObjRef heapifyMax(Interpreter& in, Object*, CallArgs& args) {
    return heapifyAs(in, args, "_heapify_max", true);
}

ObjRef heappopMax(Interpreter& in, Object*, CallArgs& args) {
    return popAs(in, args, "_heappop_max", true);
}

ObjRef heapreplaceMax(Interpreter& in, Object*, CallArgs& args) {
    return replaceAs(in, args, "_heapreplace_max", true);
}

// heapq.py's nsmallest / nlargest (n, iterable, key=None): the n items heapq.py returns,
// in its order. Ties keep the iterable's order, as its decorated heap and sorted() do.
ObjRef chooseN(Interpreter& in, CallArgs& args, const char* name, bool largest) {
    ObjRef key = interp::takeKeyword(args, "key");
    ObjRef n = interp::takeKeyword(args, "n");
    ObjRef iterable = interp::takeKeyword(args, "iterable");
    std::string qualified = std::string(name);
    if (!args.keywords.empty())
        return in.raise("TypeError", qualified + "() got an unexpected keyword argument '" +
                                         *args.keywords.front().name + "'");
    ObjRef* slots[] = {&n, &iterable, &key};
    if (args.positional.size() > 3)
        return in.raise("TypeError", qualified + "() takes from 2 to 3 positional arguments but " +
                                         std::to_string(args.positional.size()) + " were given");
    for (std::size_t i = 0; i < args.positional.size(); ++i) {
        if (*slots[i])
            return in.raise("TypeError", qualified + "() got multiple values for argument '" +
                                             (i == 0   ? "n"
                                              : i == 1 ? "iterable"
                                                       : "key") +
                                             "'");
        *slots[i] = args.positional[i];
    }
    if (!n || !iterable) {
        bool both = !n && !iterable;
        std::string missing = both ? "2 required positional arguments: 'n' and 'iterable'"
                              : !n ? "1 required positional argument: 'n'"
                                   : "1 required positional argument: 'iterable'";
        return in.raise("TypeError", qualified + "() missing " + missing);
    }
    Object* keyFn = key && key->tag != rt::Tag::None ? key.get() : nullptr;
    auto count = interp::intArg(in, n.get());
    if (!count)
        return nullptr;
    // heapq.py takes nothing from the iterable for n <= 0 (zip(range(n), it) is empty).
    if (*count <= 0)
        return in.heap().newList();
    ObjVec items;
    if (!in.collect(iterable.get(), items))
        return nullptr;
    ObjVec keys;
    for (const ObjRef& x : items) {
        if (!keyFn) {
            keys.push_back(x);
            continue;
        }
        CallArgs a;
        a.positional.push_back(x);
        ObjRef k = in.call(keyFn, a);
        if (!k)
            return nullptr;
        keys.push_back(std::move(k));
    }
    if (holdsUserObjects(keys))
        return in.abortUnsupported(
            qualified + "() comparing objects of the program's classes is not supported");
    // Decorate each key with its position (negated for nlargest, as heapq.py does), so the
    // sort compares only builtin values and keeps ties in the iterable's order.
    ObjVec decorated;
    for (std::size_t i = 0; i < keys.size(); ++i) {
        auto pos = static_cast<std::int64_t>(i);
        decorated.push_back(in.heap().newTuple({keys[i], in.heap().newInt(largest ? -pos : pos)}));
    }
    if (!interp::sortValues(in, decorated, nullptr, largest))
        return nullptr;
    ObjVec chosen;
    for (std::size_t i = 0;
         *count > 0 && i < decorated.size() && static_cast<std::int64_t>(i) < *count; ++i) {
        const ObjVec& pair = static_cast<rt::TupleObject*>(decorated[i].get())->items;
        std::int64_t pos = static_cast<rt::IntObject*>(pair[1].get())->small;
        chosen.push_back(items[static_cast<std::size_t>(largest ? -pos : pos)]);
    }
    return in.heap().newList(std::move(chosen));
}

ObjRef nlargest(Interpreter& in, Object*, CallArgs& args) {
    return chooseN(in, args, "nlargest", true);
}
ObjRef nsmallest(Interpreter& in, Object*, CallArgs& args) {
    return chooseN(in, args, "nsmallest", false);
}

} // namespace
} // namespace heapq

void fillHeapq(Interpreter& in, rt::ModuleObject& m) {
    addFunction(in, m, "heappush", heapq::heappush);
    addFunction(in, m, "heappop", heapq::heappop);
    addFunction(in, m, "heapify", heapq::heapify);
    addFunction(in, m, "heapreplace", heapq::heapreplace);
    addFunction(in, m, "heappushpop", heapq::heappushpop);
    addFunction(in, m, "_heapify_max", heapq::heapifyMax);
    addFunction(in, m, "_heappop_max", heapq::heappopMax);
    addFunction(in, m, "_heapreplace_max", heapq::heapreplaceMax);
    ObjRef none = in.none();
    // heapq.py's own functions, drawn as CPython draws them (merge's defaults are keyword-only).
    addPythonFunction(in, m, "merge", heapq::merge, {"iterables", "key", "reverse"}, {});
    addPythonFunction(in, m, "nsmallest", heapq::nsmallest, {"n", "iterable", "key"}, {none});
    addPythonFunction(in, m, "nlargest", heapq::nlargest, {"n", "iterable", "key"}, {none});
}

} // namespace memstep::core::modules
