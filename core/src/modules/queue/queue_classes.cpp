// queue.Queue, LifoQueue and PriorityQueue as Lib/queue.py writes them, and the module
// itself (queue.h). Every method reaches the object through its attributes and its class
// (self.maxsize, self._qsize(), self._put(item)), as the Python methods do, so a program's
// subclass or a rebound attribute changes what they do exactly as in CPython.
#include "interp/attributes/library_class.h"
#include "interp/builtins/builtins_util.h"
#include "modules/collections.h"
#include "modules/queue/queue.h"
#include "modules/user_collections/user_collections.h"

#include <string>

namespace memstep::core::modules {

using rt::CallArgs;

namespace queue {
namespace {

using user_collections::bindArgs;
using user_collections::Signature;
using Cmp = syntax::CmpOperator;

// The hidden names under which Queue's class keeps what Lib/queue.py's functions find as
// globals, so that rebinding queue.Full or heapq.heappush changes nothing they do.
constexpr const char* kFull = " Full";
constexpr const char* kEmpty = " Empty";
constexpr const char* kLock = " lock";
constexpr const char* kCondition = " Condition";
constexpr const char* kHeappush = " heappush";
constexpr const char* kHeappop = " heappop";

// What the class defining a method keeps under `name` (its own dict, then its bases').
Object* hidden(Interpreter& in, Object* cls, const char* name) {
    ObjRef found = in.lookupInType(static_cast<rt::TypeObject*>(cls), name);
    return found.get(); // kept alive by the class
}

ObjRef zero(Interpreter& in) {
    return in.heap().newInt(0);
}

// a OP b as the Python expression gives it: 1, 0, or -1 with the error set.
int test(Interpreter& in, Cmp op, Object* a, Object* b) {
    ObjRef keepA(a), keepB(b);
    return in.compare(op, a, b);
}

// self._qsize()
ObjRef qsize(Interpreter& in, Object* self) {
    return callMethod(in, self, "_qsize", {});
}

// `self._qsize() >= self.maxsize` (full) or `not self._qsize()` (empty): 1, 0 or -1.
int blocked(Interpreter& in, Object* self, Object* maxsize) {
    ObjRef n = qsize(in, self);
    if (!n)
        return -1;
    if (maxsize)
        return test(in, Cmp::GtE, n.get(), maxsize);
    int t = in.truthy(n.get());
    return t < 0 ? -1 : !t;
}

// The wait of put() or get() given a timeout, after `timeout < 0` was checked: CPython takes
// `time() + timeout`, then waits until it has passed and looks once more (at once when the
// timeout is not positive). No other thread can have changed the queue: the second look
// finds what the first found, and the call raises `error`.
ObjRef timedOut(Interpreter& in, Object* self, Object* maxsize, Object* timeout, Object* error) {
    if (!in.binary(syntax::Operator::Add, in.heap().newFloat(0.0).get(), timeout))
        return nullptr;
    int isBlocked = blocked(in, self, maxsize);
    if (isBlocked <= 0)
        return isBlocked < 0 ? nullptr : in.none();
    int waits = test(in, Cmp::Gt, timeout, zero(in).get());
    if (waits < 0)
        return nullptr;
    if (waits && blocked(in, self, maxsize) < 0)
        return nullptr;
    return raiseBare(in, static_cast<rt::TypeObject*>(error));
}

ObjRef negativeTimeout(Interpreter& in) {
    return in.raise("ValueError", "'timeout' must be a non-negative number");
}

std::string className(Interpreter& in, Object* self) {
    return in.typeOf(self)->name;
}

// __init__(self, maxsize=0). Bound to Queue's class.
ObjRef init(Interpreter& in, Object* queueClass, CallArgs& args) {
    ObjVec a;
    if (!bindArgs(in, args, Signature{"Queue.__init__", {"self", "maxsize"}, 1}, a))
        return nullptr;
    Object* self = a[0].get();
    ObjRef maxsize = a[1] ? a[1] : zero(in);
    if (!in.setAttr(self, "maxsize", maxsize) || !callMethod(in, self, "_init", {maxsize}))
        return nullptr;
    // One lock shared by the three conditions, as in CPython: drawn by their types alone.
    ObjRef made;
    auto* lockType = static_cast<rt::TypeObject*>(hidden(in, queueClass, kLock));
    auto* conditionType = static_cast<rt::TypeObject*>(hidden(in, queueClass, kCondition));
    newNativeInstance(in, lockType, made);
    if (!in.setAttr(self, "mutex", made))
        return nullptr;
    for (const char* name : {"not_empty", "not_full", "all_tasks_done"}) {
        newNativeInstance(in, conditionType, made);
        if (!in.setAttr(self, name, made))
            return nullptr;
    }
    return in.setAttr(self, "unfinished_tasks", zero(in)) ? in.none() : nullptr;
}

// The storage methods, bound to the str naming their class ("Queue", "LifoQueue",
// "PriorityQueue"); PriorityQueue's to its class, which keeps heapq's functions.
bool isFifo(Object* owner) {
    return owner->tag == rt::Tag::Str && interp::text(owner) == "Queue";
}
std::string ownerName(Object* owner) {
    return owner->tag == rt::Tag::Str ? interp::text(owner)
                                      : static_cast<rt::TypeObject*>(owner)->name;
}

ObjRef initStorage(Interpreter& in, Object* owner, CallArgs& args) {
    ObjVec a;
    std::string q = ownerName(owner) + "._init";
    if (!bindArgs(in, args, Signature{q.c_str(), {"self", "maxsize"}, 2}, a))
        return nullptr;
    CallArgs none;
    ObjRef storage = isFifo(owner) ? in.call(dequeType(in), none) : ObjRef(in.heap().newList());
    return storage && in.setAttr(a[0].get(), "queue", storage) ? in.none() : nullptr;
}

// The arguments of the storage method `method` (self, and the item when it takes one)
// bound, and self.queue read; false with the exception set.
bool bindStorage(Interpreter& in, Object* owner, CallArgs& args, const char* method, bool takesItem,
                 ObjVec& a, ObjRef& storage) {
    std::string q = ownerName(owner) + "." + method;
    Signature sig{q.c_str(), {"self"}, 1};
    if (takesItem)
        sig.params.push_back("item");
    sig.required = sig.params.size();
    if (!bindArgs(in, args, sig, a))
        return false;
    storage = in.getAttr(a[0].get(), "queue");
    return static_cast<bool>(storage);
}

ObjRef qsizeStorage(Interpreter& in, Object* owner, CallArgs& args) {
    ObjVec a;
    ObjRef storage;
    if (!bindStorage(in, owner, args, "_qsize", false, a, storage))
        return nullptr;
    CallArgs len;
    len.positional.push_back(storage);
    return in.call(in.builtin("len").get(), len);
}

// heapq's function kept under `name` called with self.queue (and the item).
ObjRef heapCall(Interpreter& in, Object* owner, const char* name, ObjVec args) {
    CallArgs c;
    c.positional = std::move(args);
    return in.call(hidden(in, owner, name), c);
}

ObjRef putStorage(Interpreter& in, Object* owner, CallArgs& args) {
    ObjVec a;
    ObjRef storage;
    if (!bindStorage(in, owner, args, "_put", true, a, storage))
        return nullptr;
    if (owner->tag != rt::Tag::Str)
        return heapCall(in, owner, kHeappush, {storage, a[1]});
    return callMethod(in, storage.get(), "append", {a[1]}) ? in.none() : nullptr;
}

ObjRef getStorage(Interpreter& in, Object* owner, CallArgs& args) {
    ObjVec a;
    ObjRef storage;
    if (!bindStorage(in, owner, args, "_get", false, a, storage))
        return nullptr;
    if (owner->tag != rt::Tag::Str)
        return heapCall(in, owner, kHeappop, {storage});
    return callMethod(in, storage.get(), isFifo(owner) ? "popleft" : "pop", {});
}

ObjRef qsizeFn(Interpreter& in, Object*, CallArgs& args) {
    ObjVec a;
    if (!bindArgs(in, args, Signature{"Queue.qsize", {"self"}, 1}, a))
        return nullptr;
    return qsize(in, a[0].get());
}

ObjRef emptyFn(Interpreter& in, Object*, CallArgs& args) {
    ObjVec a;
    if (!bindArgs(in, args, Signature{"Queue.empty", {"self"}, 1}, a))
        return nullptr;
    int isEmpty = blocked(in, a[0].get(), nullptr);
    return isEmpty < 0 ? nullptr : in.boolean(isEmpty != 0);
}

// full(): 0 < self.maxsize <= self._qsize()
ObjRef fullFn(Interpreter& in, Object*, CallArgs& args) {
    ObjVec a;
    if (!bindArgs(in, args, Signature{"Queue.full", {"self"}, 1}, a))
        return nullptr;
    ObjRef maxsize = in.getAttr(a[0].get(), "maxsize");
    if (!maxsize)
        return nullptr;
    int bounded = test(in, Cmp::Lt, zero(in).get(), maxsize.get());
    if (bounded <= 0)
        return bounded < 0 ? nullptr : in.boolean(false);
    int isFull = blocked(in, a[0].get(), maxsize.get());
    return isFull < 0 ? nullptr : in.boolean(isFull != 0);
}

// The wait that starts put() (`maxsize` given: until the queue is not full) and get() (until
// it is not empty), given their block and timeout arguments (null: not given). False with the
// exception raised or the run stopped.
bool awaitTurn(Interpreter& in, Object* queueClass, Object* self, Object* maxsize,
               const ObjRef& blockArg, const ObjRef& timeoutArg) {
    const bool putting = maxsize != nullptr;
    Object* error = hidden(in, queueClass, putting ? kFull : kEmpty);
    int block = blockArg ? in.truthy(blockArg.get()) : 1;
    Object* timeout = timeoutArg && timeoutArg->tag != rt::Tag::None ? timeoutArg.get() : nullptr;
    if (block < 0)
        return false;
    if (!block || !timeout) {
        int stuck = blocked(in, self, maxsize);
        if (stuck <= 0)
            return stuck == 0;
        if (!block)
            raiseBare(in, static_cast<rt::TypeObject*>(error));
        else
            waitsForever(in, className(in, self) + (putting ? ".put()" : ".get()"),
                         putting ? "on a full queue with no timeout"
                                 : "on an empty queue with no timeout");
        return false;
    }
    int negative = test(in, Cmp::Lt, timeout, zero(in).get());
    if (negative) {
        if (negative > 0)
            negativeTimeout(in);
        return false;
    }
    return static_cast<bool>(timedOut(in, self, maxsize, timeout, error));
}

// put(self, item, block=True, timeout=None). Bound to Queue's class.
ObjRef putFn(Interpreter& in, Object* queueClass, CallArgs& args) {
    ObjVec a;
    if (!bindArgs(in, args, Signature{"Queue.put", {"self", "item", "block", "timeout"}, 2}, a))
        return nullptr;
    Object* self = a[0].get();
    ObjRef maxsize = in.getAttr(self, "maxsize");
    int bounded = maxsize ? test(in, Cmp::Gt, maxsize.get(), zero(in).get()) : -1;
    if (bounded < 0 || (bounded && !awaitTurn(in, queueClass, self, maxsize.get(), a[2], a[3])))
        return nullptr;
    if (!callMethod(in, self, "_put", {a[1]}))
        return nullptr;
    ObjRef unfinished = in.getAttr(self, "unfinished_tasks");
    ObjRef more = unfinished ? in.binary(syntax::Operator::Add, unfinished.get(),
                                         in.heap().newInt(1).get(), true)
                             : nullptr;
    return more && in.setAttr(self, "unfinished_tasks", more) ? in.none() : nullptr;
}

// get(self, block=True, timeout=None). Bound to Queue's class.
ObjRef getFn(Interpreter& in, Object* queueClass, CallArgs& args) {
    ObjVec a;
    if (!bindArgs(in, args, Signature{"Queue.get", {"self", "block", "timeout"}, 1}, a))
        return nullptr;
    if (!awaitTurn(in, queueClass, a[0].get(), nullptr, a[1], a[2]))
        return nullptr;
    return callMethod(in, a[0].get(), "_get", {});
}

// self.put(item, block=False) and self.get(block=False).
ObjRef nowait(Interpreter& in, Object* self, const char* method, ObjVec args) {
    static const std::string kBlock = "block";
    ObjRef fn = in.getAttr(self, method);
    if (!fn)
        return nullptr;
    CallArgs c;
    c.positional = std::move(args);
    c.keywords.push_back(rt::KwArg{&kBlock, in.boolean(false), nullptr});
    return in.call(fn.get(), c);
}

ObjRef putNowait(Interpreter& in, Object*, CallArgs& args) {
    ObjVec a;
    if (!bindArgs(in, args, Signature{"Queue.put_nowait", {"self", "item"}, 2}, a))
        return nullptr;
    return nowait(in, a[0].get(), "put", {a[1]});
}

ObjRef getNowait(Interpreter& in, Object*, CallArgs& args) {
    ObjVec a;
    if (!bindArgs(in, args, Signature{"Queue.get_nowait", {"self"}, 1}, a))
        return nullptr;
    return nowait(in, a[0].get(), "get", {});
}

ObjRef taskDone(Interpreter& in, Object*, CallArgs& args) {
    ObjVec a;
    if (!bindArgs(in, args, Signature{"Queue.task_done", {"self"}, 1}, a))
        return nullptr;
    ObjRef unfinished = in.getAttr(a[0].get(), "unfinished_tasks");
    ObjRef less =
        unfinished ? in.binary(syntax::Operator::Sub, unfinished.get(), in.heap().newInt(1).get())
                   : nullptr;
    int done = less ? test(in, Cmp::LtE, less.get(), zero(in).get()) : -1;
    if (done < 0)
        return nullptr;
    if (done) {
        int tooMany = test(in, Cmp::Lt, less.get(), zero(in).get());
        if (tooMany)
            return tooMany < 0 ? nullptr
                               : in.raise("ValueError", "task_done() called too many times");
    }
    return in.setAttr(a[0].get(), "unfinished_tasks", less) ? in.none() : nullptr;
}

ObjRef join(Interpreter& in, Object*, CallArgs& args) {
    ObjVec a;
    if (!bindArgs(in, args, Signature{"Queue.join", {"self"}, 1}, a))
        return nullptr;
    ObjRef unfinished = in.getAttr(a[0].get(), "unfinished_tasks");
    int waits = unfinished ? in.truthy(unfinished.get()) : -1;
    if (waits <= 0)
        return waits < 0 ? nullptr : in.none();
    return waitsForever(in, className(in, a[0].get()) + ".join()",
                        "with tasks not yet marked done by task_done()");
}

// A class of Lib/queue.py: a library class found and called as the program's are.
rt::TypeObject* queueClass(Interpreter& in, const char* name, rt::TypeObject* base) {
    rt::TypeObject* t = makeNativeClass(in, "queue", name, nullptr);
    t->name = name; // a class of Python: its tp_name is its __name__
    t->reprInstance = libraryObjectRepr;
    if (base) {
        t->bases = {base};
        t->base = base;
        t->mro = {t, base, in.objectType()};
    }
    return t;
}

void method(Interpreter& in, rt::TypeObject* t, const char* name, rt::NativeFn fn,
            std::vector<std::string> params, ObjRef self = nullptr, ObjVec defaults = {}) {
    user_collections::addMethod(in, t, t->name.c_str(), name, fn, std::move(params),
                                std::move(self), std::move(defaults));
}

// _init, _qsize, _put and _get of one class, bound to `owner`.
void storageMethods(Interpreter& in, rt::TypeObject* t, const ObjRef& owner) {
    method(in, t, "_init", initStorage, {"self", "maxsize"}, owner);
    method(in, t, "_qsize", qsizeStorage, {"self"}, owner);
    method(in, t, "_put", putStorage, {"self", "item"}, owner);
    method(in, t, "_get", getStorage, {"self"}, owner);
}

// The types of the objects a Queue keeps for its threads: _thread.lock and
// threading.Condition, drawn by their names. memstep runs no thread, so their methods are
// refused by name.
void threadTypes(Interpreter& in, rt::TypeObject* queue) {
    rt::TypeObject* lock = makeNativeClass(in, "_thread", "lock", nullptr);
    for (const char* name : {"acquire", "release", "locked", "__enter__", "__exit__"})
        addRefusedMethod(in, lock, name);
    rt::TypeObject* condition = makeNativeClass(in, "threading", "Condition", nullptr);
    condition->name = "Condition";
    for (const char* name : {"acquire", "release", "wait", "wait_for", "notify", "notify_all",
                             "__enter__", "__exit__"})
        addRefusedMethod(in, condition, name);
    queue->dict.set(kLock, ObjRef(lock));
    queue->dict.set(kCondition, ObjRef(condition));
}

} // namespace

ObjRef raiseBare(Interpreter& in, rt::TypeObject* type) {
    auto* e = in.heap().make<rt::ExceptionObject>();
    ObjRef exc(e);
    e->type = type;
    return in.raiseObject(exc);
}

ObjRef waitsForever(Interpreter& in, const std::string& call, const std::string& because) {
    return in.abortUnsupported(call + " " + because +
                               ", which waits forever in python3: only another thread could "
                               "end the wait, and memstep runs none");
}

} // namespace queue

void fillQueue(Interpreter& in, rt::ModuleObject& m) {
    using namespace queue;
    rt::TypeObject* empty =
        newLibraryException(in, "_queue", "Empty", in.exceptionType("Exception"));
    rt::TypeObject* full = newLibraryException(in, "queue", "Full", in.exceptionType("Exception"));
    rt::TypeObject* fifo = queueClass(in, "Queue", nullptr);
    fifo->dict.set(kFull, ObjRef(full));
    fifo->dict.set(kEmpty, ObjRef(empty));
    threadTypes(in, fifo);
    ObjRef self(fifo);
    // Queue.py's defaults: maxsize=0, block=True, timeout=None.
    auto zero = [&] { return in.heap().newInt(std::int64_t{0}); };
    method(in, fifo, "__init__", init, {"self", "maxsize"}, self, {zero()});
    method(in, fifo, "task_done", taskDone, {"self"});
    method(in, fifo, "join", join, {"self"});
    method(in, fifo, "qsize", qsizeFn, {"self"});
    method(in, fifo, "empty", emptyFn, {"self"});
    method(in, fifo, "full", fullFn, {"self"});
    method(in, fifo, "put", putFn, {"self", "item", "block", "timeout"}, self,
           {in.boolean(true), in.none()});
    method(in, fifo, "get", getFn, {"self", "block", "timeout"}, self,
           {in.boolean(true), in.none()});
    method(in, fifo, "put_nowait", putNowait, {"self", "item"});
    method(in, fifo, "get_nowait", getNowait, {"self"});
    storageMethods(in, fifo, in.newStr("Queue"));

    rt::TypeObject* priority = queueClass(in, "PriorityQueue", fifo);
    ObjRef heapq = in.importModule("heapq");
    if (!heapq)
        return;
    for (const auto& [name, key] : {std::pair{"heappush", kHeappush}, {"heappop", kHeappop}})
        priority->dict.set(key, in.getAttr(heapq.get(), name));
    storageMethods(in, priority, ObjRef(priority));
    rt::TypeObject* lifo = queueClass(in, "LifoQueue", fifo);
    storageMethods(in, lifo, in.newStr("LifoQueue"));

    m.set("Empty", ObjRef(empty));
    m.set("Full", ObjRef(full));
    m.set("Queue", self);
    m.set("PriorityQueue", ObjRef(priority));
    m.set("LifoQueue", ObjRef(lifo));
    m.set("SimpleQueue", ObjRef(makeSimpleQueue(in, empty)));
    ObjVec all;
    for (const std::string& name : queueAll())
        all.push_back(in.internedStr(name));
    m.set("__all__", in.heap().newList(std::move(all)));
}

std::vector<std::string> queueAll() {
    return {"Empty", "Full", "Queue", "PriorityQueue", "LifoQueue", "SimpleQueue"};
}

bool isMissingQueueAttribute(std::string_view name) {
    return isModuleDunder(ModuleOrigin::Source, name) || name == "_PySimpleQueue" ||
           name == "deque" || name == "heappop" || name == "heappush" || name == "threading" ||
           name == "time" || name == "types";
}

} // namespace memstep::core::modules
