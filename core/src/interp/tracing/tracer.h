// The glue between the running interpreter and the TraceRecorder.
//
// The diagram shows only objects reachable from frames, so the tracer publishes lazily:
// during a step it logs what happened to frames and to objects the diagram already shows
// (holding strong references so nothing logged can die); at the step boundary it walks that
// log in order, allocating each newly reachable object (with its final contents, children
// before parents) just before the first event that refers to it, and then frees what became
// unreachable, garbage cycles included. Every reference the trace gains or loses (from frame
// variables, return values and visible objects) is told to a Reachability graph, which
// decides what is unreachable at a cost that follows what the step changed.
#pragma once

#include "interp/interpreter.h"
#include "interp/tracing/reachability.h"
#include "memstep/trace.h"

#include <string>
#include <vector>

namespace memstep::core::interp {

class Tracer {
public:
    Tracer(Interpreter& interp, TraceRecorder& recorder);
    ~Tracer();
    Tracer(const Tracer&) = delete;
    Tracer& operator=(const Tracer&) = delete;

    static constexpr std::uint8_t kHidden = 0;
    static constexpr std::uint8_t kVisible = 1;
    static constexpr std::uint8_t kInProgress = 2;
    static bool visible(const Object* o) { return o->traceState == kVisible; }

    // resumedGenerator: the generator whose frame, paused in `suspended`, comes back.
    void framePush(const Frame& f, Object* resumedGenerator = nullptr);
    // pausedGenerator: the frame stops at a `yield` and is kept in `suspended`, its variables
    // then reachable through that (visible) generator object.
    void framePop(const Frame& f, Object* returnValue, Object* pausedGenerator = nullptr);
    void bind(const Frame& f, const std::string& name, Object* value);
    void unbind(const Frame& f, const std::string& name);
    void output(std::string_view text);
    void raise(const std::string& type, const std::string& message, Object* exception);
    // Mutations of visible objects (the caller checks visible()).
    void mutate(Object* target, MutateOp op, std::int64_t index, Object* key, Object* value);
    // SetAttr / DelAttr of a visible instance, class or function (value null for DelAttr).
    void mutateAttr(Object* target, MutateOp op, const std::string& name, Object* value);
    // The whole contents of a visible container changed (sort, reverse, set rehash).
    void replaced(Object* target);
    // A cell's value changed: every visible function whose closure holds the cell shows it.
    void cellChanged(const rt::CellObject* cell);

    // Closes a step: publishes, frees, and hands the step to the recorder. returnValue, raising
    // and handling (see StepInfo) are roots of the heap for this step only.
    void endStep(const StepInfo& info, Object* returnValue, Object* raising = nullptr,
                 Object* handling = nullptr);

    // The objects the diagram shows right now (for tests).
    std::size_t visibleCount() const { return m_reach.liveNodes(); }
    // The references to `o` the tracer holds (a visible object's, and those of the step's
    // events not yet recorded): o->refs minus these is what the program holds, the count
    // CPython's own refcount stands for (the weakref module asks whether an object lives).
    std::uint32_t heldRefs(const Object* o) const;

    // What the contract shows of an object (ids of children are assigned as needed).
    HeapObject contents(Object* o, bool skipInProgress);
    // Calls f(child) for every object `o` points at in the heap graph.
    template <class F> static void forEachChild(Object* o, F&& f);
    // The same without the __dict__ of an object of a program's subclass of list or dict:
    // a container's items (or keys and values) alone, as a Replace event lists them.
    template <class F> static void forEachContentChild(Object* o, F&& f);

private:
    struct Pending {
        EventKind kind{};
        FrameId frame;
        std::string name;
        ObjRef obj;
        ObjRef key;
        ObjRef value;
        MutateOp op{};
        std::int64_t index = 0;
        std::string text;
        std::string message;
        ObjVec snapshot;
        bool isClassBody = false;
        ObjRef generator;  // FramePush/FramePop of a paused generator's frame
        bool cell = false; // Bind of a function's cell variable
    };

    using Node = Reachability::Node;

    void publish(Object* o);
    // Gives a hidden object its node (before its Allocate event, so a cycle can point at it).
    void enter(Object* o);
    // A reference from `from` (Reachability::kRoot for a frame, or a visible object's node).
    void refer(Node from, Object* to);
    void unrefer(Node from, ObjectId to);
    void add(Event e);
    Object* visibleObject(ObjectId id) const {
        return id.value < m_visible.size() ? m_visible[id.value] : nullptr;
    }
    void collectGarbage();
    const FrameState* frameState(FrameId id) const;
    const FrameState* suspendedState(FrameId id) const;
    void listPausedGenerators(std::vector<Pending>& pending);
    // CPython's f_locals lists a function's cell variables after its other locals, so of the
    // names new to a frame in one step a cell comes last even when bound first (by `:=` in a
    // comprehension, or `c, x = ...`): its binds move after the step's other new names'.
    void bindCellsLast(std::vector<Pending>& pending) const;
    // endStep's parts: one pending event becomes the trace's event, with the references it
    // adds and releases in the reachability graph.
    void emit(Pending p);
    void emitFramePush(Pending& p, Event& e);
    void emitFramePop(Pending& p, Event& e);
    void emitBind(Pending& p, Event& e);
    void emitUnbind(Pending& p, Event& e);
    void emitMutate(Pending& p, Event& e);
    // A mutation's references from `node`: those it adds now, and in `released` those of
    // `before` (the object as the trace last showed it) it drops once the event is recorded.
    void releaseMutated(const Pending& p, Node node, const Event& e, const HeapObject* before,
                        std::vector<ObjectId>& released);
    // MutateOp::Replace: the object's new contents (a container's as in p.snapshot), the same way.
    void replaceContents(const Pending& p, Node node, Event& e, const HeapObject* before,
                         std::vector<ObjectId>& released);
    // The step's roots (return value, exception raising, exception handled) for the step that
    // closes, in `finalInfo`; the old roots let go after the new ones are held.
    void updateStepRoots(StepInfo& finalInfo, Object* returnValue, Object* raising,
                         Object* handling);

    Interpreter& m_in;
    TraceRecorder& m_recorder;
    std::vector<Pending> m_pending;
    // Visible objects by id (ids are handed out in order, so a vector): strong references.
    std::vector<Object*> m_visible;
    Reachability m_reach;
    std::vector<Object*> m_nodeObject; // by node; null for free nodes
    // The return value shown on the step just closed: a root until the next step closes.
    ObjectId m_returnRoot;
    // The exceptions in flight and being handled shown on the step just closed: roots too.
    ObjectId m_raisingRoot;
    ObjectId m_handlingRoot;
    // Visible functions with a closure: a store into a cell must redraw each that holds it,
    // and cells do not know their functions.
    std::vector<rt::FunctionObject*> m_closures;
    // Generators published since the last look (see listPausedGenerators).
    std::vector<Object*> m_shownGenerators;
};

template <class F> void Tracer::forEachChild(Object* o, F&& f) {
    forEachContentChild(o, f);
    if (const rt::SubclassPart* part = rt::subclassPart(o); part && !part->cls->isLibrary)
        for (const auto& a : part->attrs.items)
            f(a.second.get());
}

template <class F> void Tracer::forEachContentChild(Object* o, F&& f) {
    switch (o->tag) {
    case rt::Tag::List:
    case rt::Tag::Deque:
        for (const ObjRef& c : static_cast<rt::ListObject*>(o)->items)
            f(c.get());
        break;
    case rt::Tag::Tuple:
        for (const ObjRef& c : static_cast<rt::TupleObject*>(o)->items)
            f(c.get());
        break;
    case rt::Tag::Set:
    case rt::Tag::FrozenSet:
        for (const rt::SetEntry& e : static_cast<rt::SetObject*>(o)->table)
            if (e.key)
                f(e.key.get());
        break;
    case rt::Tag::Dict:
        for (const rt::DictEntry& e : static_cast<rt::DictObject*>(o)->entries) {
            if (!e.key)
                continue;
            f(e.key.get());
            f(e.value.get());
        }
        break;
    case rt::Tag::Function: {
        auto* fn = static_cast<rt::FunctionObject*>(o);
        for (const ObjRef& d : fn->defaults)
            f(d.get());
        for (const ObjRef& c : fn->closure) {
            auto* cell = static_cast<rt::CellObject*>(c.get());
            if (cell->value)
                f(cell->value.get());
        }
        for (const auto& a : fn->dict.items) // its __dict__, drawn as an instance's
            f(a.second.get());
        break;
    }
    // The class system: an instance's __dict__, a class's namespace (not its bases), a bound
    // method's __self__ and __func__. Never an instance's class.
    case rt::Tag::Instance: {
        auto* inst = static_cast<rt::InstanceObject*>(o);
        if (inst->cls && inst->cls->isUser && !inst->cls->isLibrary)
            for (const auto& a : inst->attrs.items)
                f(a.second.get());
        break;
    }
    case rt::Tag::Exception: {
        auto* e = static_cast<rt::ExceptionObject*>(o);
        if (e->type && e->type->isUser)
            for (const auto& a : e->attrs.items)
                f(a.second.get());
        break;
    }
    case rt::Tag::Type: {
        auto* t = static_cast<rt::TypeObject*>(o);
        if (t->isUser && !t->isLibrary)
            for (const auto& a : t->dict.items)
                if (!rt::isHiddenClassAttr(a.first))
                    f(a.second.get());
        break;
    }
    case rt::Tag::Method: {
        auto* m = static_cast<rt::MethodObject*>(o);
        f(m->self.get());
        f(m->func.get());
        break;
    }
    // What a decorator wrapped: a staticmethod's or classmethod's __func__, a property's
    // accessors (in the order descriptorAttrs names them).
    case rt::Tag::Descriptor: {
        auto* d = static_cast<rt::DescriptorObject*>(o);
        if (d->kind == rt::DescriptorObject::Kind::Property) {
            for (const ObjRef* a : {&d->getter, &d->setter, &d->deleter})
                if (*a && (*a)->tag != rt::Tag::None)
                    f(a->get());
        } else if (d->kind != rt::DescriptorObject::Kind::Member && d->func) {
            f(d->func.get());
        }
        break;
    }
    case rt::Tag::Builtin: {
        auto* b = static_cast<rt::BuiltinObject*>(o);
        if (b->python) {
            for (const ObjRef& d : b->python->defaults)
                f(d.get());
            for (const auto& c : b->python->closure)
                f(c.second.get());
            for (const auto& a : b->python->attrs)
                f(a.second.get());
        }
        break;
    }
    default:
        break;
    }
}

} // namespace memstep::core::interp
