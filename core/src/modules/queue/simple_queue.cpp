// _queue.SimpleQueue (queue.h): the C half of the queue module. A
// SimpleQueue keeps its items in a list of its own, which no attribute shows: it is drawn by
// its type alone, as CPython's reference draws it.
#include "interp/builtins/builtins_util.h"
#include "modules/queue/queue.h"

#include <cmath>

namespace memstep::core::modules {

using rt::CallArgs;

namespace queue {
namespace {

constexpr const char* kItems = "items";
constexpr const char* kEmptyType = " Empty";

rt::ListObject* items(Object* self) {
    return static_cast<rt::ListObject*>(nativeState(self, kItems));
}

ObjRef simpleQueueCall(Interpreter& in, Object* cls, CallArgs& args) {
    if (!args.positional.empty())
        return in.raise("TypeError", "SimpleQueue() takes no positional arguments");
    if (!args.keywords.empty())
        return in.raise("TypeError", "SimpleQueue() takes no keyword arguments");
    ObjRef out;
    rt::InstanceObject* q = newNativeInstance(in, static_cast<rt::TypeObject*>(cls), out);
    setNativeState(q, kItems, in.heap().newList());
    return out;
}

// A class statement deriving from SimpleQueue: refused (its objects' items are kept where
// the diagram of a program's object would show them as an attribute).
ObjRef simpleQueueCreated(Interpreter& in, rt::TypeObject*) {
    return in.abortUnsupported("a subclass of queue.SimpleQueue is not supported");
}

const rt::Metaclass kSimpleQueueMeta = [] {
    rt::Metaclass m;
    m.call = simpleQueueCall;
    m.created = simpleQueueCreated;
    return m;
}();

// The argument at `i` of what clinicArgs left, or null when not given.
Object* given(const CallArgs& args, std::size_t i) {
    return i < args.positional.size() ? args.positional[i].get() : nullptr;
}

ObjRef put(Interpreter& in, Object* self, CallArgs& args) {
    if (!interp::clinicArgs(in, args, "put", {"item", "block", "timeout"}, 1))
        return nullptr;
    // SimpleQueue is unbounded: put() never blocks, and reads neither block nor timeout.
    in.listInsert(items(self), static_cast<std::int64_t>(items(self)->items.size()),
                  args.positional[0]);
    return in.none();
}

ObjRef putNowait(Interpreter& in, Object* self, CallArgs& args) {
    if (!interp::clinicArgs(in, args, "put_nowait", {"item"}, 1))
        return nullptr;
    in.listInsert(items(self), static_cast<std::int64_t>(items(self)->items.size()),
                  args.positional[0]);
    return in.none();
}

// _PyTime_FromSecondsObject's checks of a timeout: a float (not NaN) or an int; then
// CPython's "'timeout' must be a non-negative number". Sets *waits when it is positive.
bool checkTimeout(Interpreter& in, Object* timeout, bool* waits) {
    if (timeout->tag == rt::Tag::Float) {
        double d = static_cast<rt::FloatObject*>(timeout)->value;
        if (std::isnan(d)) {
            in.raise("ValueError", "Invalid value NaN (not a number)");
            return false;
        }
        *waits = d > 0;
        if (d >= 0)
            return true;
    } else {
        std::optional<std::int64_t> n = interp::intArg(in, timeout);
        if (!n)
            return false;
        *waits = *n > 0;
        if (*n >= 0)
            return true;
    }
    in.raise("ValueError", "'timeout' must be a non-negative number");
    return false;
}

ObjRef take(Interpreter& in, Object* self) {
    rt::ListObject* list = items(self);
    if (list->items.empty())
        return raiseBare(
            in, static_cast<rt::TypeObject*>(in.lookupInType(in.typeOf(self), kEmptyType).get()));
    return in.listRemove(list, 0);
}

ObjRef get(Interpreter& in, Object* self, CallArgs& args) {
    if (!interp::clinicArgs(in, args, "get", {"block", "timeout"}, 0))
        return nullptr;
    int block = given(args, 0) ? in.truthy(given(args, 0)) : 1;
    if (block < 0)
        return nullptr;
    Object* timeout = given(args, 1);
    if (block && (!timeout || timeout->tag == rt::Tag::None) && items(self)->items.empty())
        return waitsForever(in, "SimpleQueue.get()", "on an empty queue with no timeout");
    bool waits = false;
    if (block && timeout && timeout->tag != rt::Tag::None && !checkTimeout(in, timeout, &waits))
        return nullptr;
    return take(in, self);
}

ObjRef getNowait(Interpreter& in, Object* self, CallArgs& args) {
    if (!interp::clinicArgs(in, args, "get_nowait", {}, 0))
        return nullptr;
    return take(in, self);
}

ObjRef empty(Interpreter& in, Object* self, CallArgs& args) {
    if (!interp::noArguments(in, args, "SimpleQueue.empty"))
        return nullptr;
    return in.boolean(items(self)->items.empty());
}

ObjRef qsize(Interpreter& in, Object* self, CallArgs& args) {
    if (!interp::noArguments(in, args, "SimpleQueue.qsize"))
        return nullptr;
    return in.heap().newInt(static_cast<std::int64_t>(items(self)->items.size()));
}

} // namespace

rt::TypeObject* makeSimpleQueue(Interpreter& in, rt::TypeObject* emptyType) {
    rt::TypeObject* t = makeNativeClass(in, "_queue", "SimpleQueue", &kSimpleQueueMeta);
    t->dict.set(kEmptyType, ObjRef(emptyType));
    addNativeMethod(in, t, "put", put);
    addNativeMethod(in, t, "put_nowait", putNowait);
    addNativeMethod(in, t, "get", get);
    addNativeMethod(in, t, "get_nowait", getNowait);
    addNativeMethod(in, t, "empty", empty);
    addNativeMethod(in, t, "qsize", qsize);
    return t;
}

} // namespace queue
} // namespace memstep::core::modules
