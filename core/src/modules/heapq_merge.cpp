// heapq.merge(*iterables, key=None, reverse=False): heapq.py's generator function, run as
// a native iterator that does what CPython's frame does, in its order.
//
// On its first next() it takes the first item of every input (iter() then next(), input by
// input, each followed by its key) into a heap of [key, order] lists (order negated for
// reverse), made with heapify (_heapify_max); each later next() first takes the following
// item of the input it yielded from last, then heapreplace, or heappop when that input is
// done. Once a single input is left, the rest of it is yielded as it comes, with no key
// called. The heap is a real list of lists sifted by heapq's own loops (heapq.h), so every
// comparison, and the program's __lt__ and __eq__ it calls, comes in CPython's order. The
// heap of more than 2500 inputs, which CPython heapifies in another order, is refused when
// a key is an object of the program's classes.
//
// The object is a LibraryGenerator named merge: paused at a yield, CPython's reference draws
// its frame with every local (the heap of lists, each input's iterator and its bound
// __next__), which memstep does not, so advancing a merge the diagram shows is refused.
#include "interp/builtins/builtins_util.h"
#include "modules/heapq.h"
#include "modules/library_generator.h"

#include <string>
#include <vector>

namespace memstep::core::modules {

using interp::CallArgs;

namespace heapq {
namespace {

// _heapqmodule.c switches to its cache-friendly heapify above this many items.
constexpr std::size_t kCacheFriendlyHeapify = 2500;

struct MergeState : LibraryGenerator {
    struct Input {
        ObjRef iterator;
        ObjRef value;
    };
    ObjVec iterables;  // not started yet: taken on the first next()
    ObjRef keyFn;      // null: no key
    ObjRef reverseArg; // read when the generator starts (`if reverse:` in its body)
    bool reverse = false;
    ObjRef heap;               // a list of [key, order] lists
    std::vector<Input> inputs; // by order: each input's iterator and current value
    bool started = false;
    bool paused = false; // yielded h[0]'s value: the next next() advances that input
    bool single = false; // one input left: its items are yielded as they come

    rt::ListObject* h() { return static_cast<rt::ListObject*>(heap.get()); }
    rt::ListObject* top() { return static_cast<rt::ListObject*>(h()->items[0].get()); }
    Input& inputOf(rt::ListObject* entry) {
        std::int64_t order = static_cast<rt::IntObject*>(entry->items[1].get())->small;
        return inputs[static_cast<std::size_t>(order < 0 ? -order : order)];
    }

    ObjRef keyOf(Interpreter& in, const ObjRef& value) {
        if (!keyFn)
            return value;
        CallArgs a;
        a.positional.push_back(value);
        return in.call(keyFn.get(), a);
    }

    bool heapify(Interpreter& in) {
        std::size_t n = h()->items.size();
        if (n > kCacheFriendlyHeapify)
            for (const ObjRef& entry : h()->items)
                if (Interpreter::isUserObject(
                        static_cast<rt::ListObject*>(entry.get())->items[0].get())) {
                    in.abortUnsupported("heapq.merge() of more than " +
                                        std::to_string(kCacheFriendlyHeapify) +
                                        " inputs whose keys are of the program's classes is "
                                        "not supported");
                    return false;
                }
        for (std::size_t i = n / 2; i-- > 0;)
            if (!siftUp(in, h(), i, reverse))
                return false;
        return true;
    }

    // The first item of each input, in order, then the heap; false on error.
    bool start(Interpreter& in) {
        started = true;
        if (reverseArg) {
            int r = in.truthy(reverseArg.get());
            if (r < 0)
                return false;
            reverse = r != 0;
        }
        heap = in.heap().newList();
        ObjVec pending = std::move(iterables);
        for (std::size_t order = 0; order < pending.size(); ++order) {
            ObjRef it = in.iter(pending[order].get());
            if (!it)
                return false;
            ObjRef v = in.next(it.get());
            inputs.push_back({it, v});
            if (!v) {
                if (in.hasException())
                    return false;
                continue;
            }
            ObjRef k = keyOf(in, v);
            if (!k)
                return false;
            auto o = static_cast<std::int64_t>(order);
            h()->items.push_back(in.heap().newList({k, in.heap().newInt(reverse ? -o : o)}));
        }
        return heapify(in);
    }

    // heappop (_heappop_max): the top goes, the last entry takes its place.
    bool pop(Interpreter& in) {
        ObjRef last = h()->items.back();
        h()->items.pop_back();
        if (h()->items.empty())
            return true;
        h()->items[0] = last;
        return siftUp(in, h(), 0, reverse);
    }

    // After a yield from the top entry: its input's next item and heapreplace, or heappop
    // when the input is done. False on error.
    bool advance(Interpreter& in) {
        rt::ListObject* s = top();
        Input& input = inputOf(s);
        ObjRef v = in.next(input.iterator.get());
        if (!v)
            return !in.hasException() && pop(in);
        ObjRef k = keyOf(in, v);
        if (!k)
            return false;
        input.value = v;
        s->items[0] = k;
        return siftUp(in, h(), 0, reverse);
    }

    ObjRef step(Interpreter& in) override {
        if (single) {
            return in.next(inputOf(top()).iterator.get());
        }
        if (!started ? !start(in) : paused && !advance(in))
            return nullptr;
        paused = false;
        if (h()->items.empty())
            return nullptr;
        // `while len(h) > 1` ends: the last input's current item, then the rest of it.
        single = h()->items.size() == 1;
        paused = !single;
        return inputOf(top()).value;
    }

    void dropReferences() override {
        iterables.clear();
        keyFn = nullptr;
        reverseArg = nullptr;
        heap = nullptr;
        inputs.clear();
    }
};

} // namespace

// merge(*iterables, key=None, reverse=False): a generator; nothing runs before its first next().
ObjRef merge(Interpreter& in, Object*, CallArgs& args) {
    auto state = std::make_unique<MergeState>();
    for (rt::KwArg& k : args.keywords) {
        if (*k.name == "key") {
            state->keyFn = k.value->tag == rt::Tag::None ? nullptr : k.value;
        } else if (*k.name == "reverse") {
            state->reverseArg = k.value;
        } else {
            return in.raise("TypeError",
                            "merge() got an unexpected keyword argument '" + *k.name + "'");
        }
    }
    state->iterables = args.positional;
    state->name = state->qualname = "merge";
    state->what = "a heapq.merge() generator";
    return newLibraryGenerator(in, std::move(state));
}

} // namespace heapq

} // namespace memstep::core::modules
