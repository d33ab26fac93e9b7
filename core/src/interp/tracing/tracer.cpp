#include "interp/tracing/tracer.h"

#include "interp/generators/generator.h"
#include "numeric/float_format.h"
#include "runtime/module.h"

#include <algorithm>

namespace memstep::core::interp {

Tracer::Tracer(Interpreter& interp, TraceRecorder& recorder) : m_in(interp), m_recorder(recorder) {}

Tracer::~Tracer() {
    m_pending.clear();
    std::vector<Object*> held;
    for (Object* o : m_visible)
        if (o)
            held.push_back(o);
    m_visible.clear();
    for (Object* o : held) {
        o->traceState = kHidden;
        o->traceNode = 0;
        ObjRef drop(o);
        --o->refs; // the reference taken in publish()
    }
}

void Tracer::framePush(const Frame& f, Object* resumedGenerator) {
    Pending p;
    p.kind = EventKind::FramePush;
    p.frame = f.id;
    p.name = f.code->name;
    p.isClassBody = f.code->kind == CodeInfo::Kind::Class;
    p.generator = ObjRef(resumedGenerator);
    m_pending.push_back(std::move(p));
}

void Tracer::framePop(const Frame& f, Object* returnValue, Object* pausedGenerator) {
    Pending p;
    p.kind = EventKind::FramePop;
    p.frame = f.id;
    p.obj = ObjRef(returnValue);
    p.generator = ObjRef(pausedGenerator);
    m_pending.push_back(std::move(p));
}

void Tracer::bind(const Frame& f, const std::string& name, Object* value) {
    Pending p;
    p.kind = EventKind::Bind;
    p.frame = f.id;
    p.name = name;
    p.obj = ObjRef(value);
    const auto& names = f.code->slotNames;
    auto slot = std::find(names.begin(), names.end(), name);
    // A parameter keeps its place among co_varnames even when it is a cell.
    const auto index = static_cast<std::size_t>(slot - names.begin());
    p.cell = slot != names.end() && f.code->slotIsCell[index] && index >= f.code->paramSlots;
    m_pending.push_back(std::move(p));
}

void Tracer::unbind(const Frame& f, const std::string& name) {
    Pending p;
    p.kind = EventKind::Unbind;
    p.frame = f.id;
    p.name = name;
    m_pending.push_back(std::move(p));
}

void Tracer::output(std::string_view text) {
    if (!m_pending.empty() && m_pending.back().kind == EventKind::Output) {
        m_pending.back().text += text;
        return;
    }
    Pending p;
    p.kind = EventKind::Output;
    p.text = std::string(text);
    m_pending.push_back(std::move(p));
}

void Tracer::raise(const std::string& type, const std::string& message, Object* exception) {
    Pending p;
    p.kind = EventKind::Raise;
    p.text = type;
    p.message = message;
    p.obj = ObjRef(exception);
    m_pending.push_back(std::move(p));
}

void Tracer::mutate(Object* target, MutateOp op, std::int64_t index, Object* key, Object* value) {
    Pending p;
    p.kind = EventKind::Mutate;
    p.obj = ObjRef(target);
    p.op = op;
    p.index = index;
    p.key = ObjRef(key);
    p.value = ObjRef(value);
    m_pending.push_back(std::move(p));
}

void Tracer::mutateAttr(Object* target, MutateOp op, const std::string& name, Object* value) {
    Pending p;
    p.kind = EventKind::Mutate;
    p.obj = ObjRef(target);
    p.op = op;
    p.name = name;
    p.value = ObjRef(value);
    m_pending.push_back(std::move(p));
}

void Tracer::replaced(Object* target) {
    Pending p;
    p.kind = EventKind::Mutate;
    p.op = MutateOp::Replace;
    p.obj = ObjRef(target);
    forEachContentChild(target, [&](Object* c) { p.snapshot.push_back(ObjRef(c)); });
    m_pending.push_back(std::move(p));
}

void Tracer::cellChanged(const rt::CellObject* cell) {
    for (rt::FunctionObject* fn : m_closures)
        for (const ObjRef& c : fn->closure)
            if (c.get() == cell) {
                replaced(fn);
                break;
            }
}

void Tracer::add(Event e) {
    m_recorder.addEvent(std::move(e));
}

void Tracer::enter(Object* o) {
    o->traceState = kInProgress;
    o->traceNode = m_reach.addNode();
    if (m_nodeObject.size() <= o->traceNode)
        m_nodeObject.resize(o->traceNode + 1);
    m_nodeObject[o->traceNode] = o;
}

void Tracer::refer(Node from, Object* to) {
    m_reach.addEdge(from, to->traceNode);
}

void Tracer::unrefer(Node from, ObjectId to) {
    if (Object* o = visibleObject(to))
        m_reach.removeEdge(from, o->traceNode);
}

void Tracer::publish(Object* root) {
    if (root->traceState != kHidden)
        return;
    // Iterative post-order walk: children are allocated before their parents; a child that
    // is still in progress closes a cycle and is referred to by id (allowed by applyEvent).
    struct Item {
        Object* o;
        bool expanded;
    };
    std::vector<Item> stack{{root, false}};
    enter(root);
    while (!stack.empty()) {
        Item& top = stack.back();
        if (!top.expanded) {
            top.expanded = true;
            Object* o = top.o;
            std::size_t before = stack.size();
            forEachChild(o, [&](Object* c) {
                if (c->traceState == kHidden) {
                    enter(c);
                    stack.push_back({c, false});
                }
            });
            std::reverse(stack.begin() + static_cast<std::ptrdiff_t>(before), stack.end());
            continue;
        }
        Object* o = top.o;
        stack.pop_back();
        Event e;
        e.kind = EventKind::Allocate;
        e.object = ObjectId{m_in.ensureId(o)};
        e.contents = contents(o, false);
        o->traceState = kVisible;
        ++o->refs; // held while visible
        if (m_visible.size() <= o->id)
            m_visible.resize(std::size_t{o->id} * 2 + 16, nullptr);
        m_visible[o->id] = o;
        if (o->tag == rt::Tag::Function && !static_cast<rt::FunctionObject*>(o)->closure.empty())
            m_closures.push_back(static_cast<rt::FunctionObject*>(o));
        if (o->tag == rt::Tag::Iterator && static_cast<rt::IteratorObject*>(o)->generator)
            m_shownGenerators.push_back(o);
        forEachChild(o, [&](Object* c) { refer(o->traceNode, c); });
        add(std::move(e));
    }
}

const FrameState* Tracer::frameState(FrameId id) const {
    for (const FrameState& f : m_recorder.current().frames)
        if (f.id == id)
            return &f;
    return nullptr;
}

void Tracer::listPausedGenerators(std::vector<Pending>& pending) {
    // A generator first shown while it is paused at a yield (one generator's variable holding
    // another, in a pipeline) gets its frame listed in `suspended`: pushed, its variables
    // bound, then paused, all at the end of this step's events.
    std::vector<Object*> shown;
    shown.swap(m_shownGenerators);
    for (Object* o : shown) {
        auto* g =
            static_cast<GeneratorState*>(static_cast<rt::IteratorObject*>(o)->generator.get());
        if (!visible(o) || g->listed || g->expression ||
            g->status != GeneratorState::Status::Suspended || !g->frame.code ||
            g->frame.traced != &g->frame)
            continue;
        const CodeInfo* code = g->frame.code;
        Pending push;
        push.kind = EventKind::FramePush;
        push.frame = g->frame.id;
        push.name = code->name;
        push.index = g->frame.line;
        pending.push_back(std::move(push));
        for (std::size_t i = 0; i < code->slotNames.size() && i < g->frame.locals.size(); ++i) {
            Object* v = g->frame.locals[i].get();
            if (v && code->slotIsCell[i])
                v = static_cast<rt::CellObject*>(v)->value.get();
            if (!v)
                continue;
            Pending bind;
            bind.kind = EventKind::Bind;
            bind.frame = g->frame.id;
            bind.name = code->slotNames[i];
            bind.obj = ObjRef(v);
            pending.push_back(std::move(bind));
        }
        Pending pop;
        pop.kind = EventKind::FramePop;
        pop.frame = g->frame.id;
        pop.generator = ObjRef(o);
        pending.push_back(std::move(pop));
        g->listed = true;
        Pending redraw;
        redraw.kind = EventKind::Mutate;
        redraw.op = MutateOp::Replace;
        redraw.obj = ObjRef(o);
        pending.push_back(std::move(redraw));
    }
}

void Tracer::bindCellsLast(std::vector<Pending>& pending) const {
    auto isNew = [&](const Pending& p) {
        const FrameState* fs = frameState(p.frame);
        return !fs || std::none_of(fs->vars.begin(), fs->vars.end(),
                                   [&](const NamedRef& v) { return v.first == p.name; });
    };
    auto sameName = [](const Pending& a, const Pending& b) {
        return (b.kind == EventKind::Bind || b.kind == EventKind::Unbind) && b.frame == a.frame &&
               b.name == a.name;
    };
    for (std::size_t i = 0; i < pending.size(); ++i) {
        const Pending& p = pending[i];
        if (p.kind != EventKind::Bind || !p.cell || !isNew(p))
            continue;
        std::size_t last = i;
        for (std::size_t j = i + 1; j < pending.size(); ++j) {
            const Pending& q = pending[j];
            if (q.kind == EventKind::FramePop && q.frame == p.frame)
                break;
            if (q.kind == EventKind::Bind && q.frame == p.frame && !q.cell && isNew(q))
                last = j;
        }
        if (last == i)
            continue;
        auto first = pending.begin() + static_cast<std::ptrdiff_t>(i);
        auto end = pending.begin() + static_cast<std::ptrdiff_t>(last) + 1;
        Pending key = p;
        std::stable_partition(first, end, [&](const Pending& q) { return !sameName(key, q); });
        --i;
    }
}

const FrameState* Tracer::suspendedState(FrameId id) const {
    for (const FrameState& f : m_recorder.current().suspended)
        if (f.id == id)
            return &f;
    return nullptr;
}

void Tracer::endStep(const StepInfo& info, Object* returnValue, Object* raising, Object* handling) {
    std::vector<Pending> pending;
    pending.swap(m_pending);
    bindCellsLast(pending);
    // Index-based: a generator shown while paused appends the events that list its frame.
    for (std::size_t next = 0;; ++next) {
        if (next == pending.size())
            listPausedGenerators(pending);
        if (next == pending.size())
            break;
        emit(std::move(pending[next]));
    }
    StepInfo finalInfo = info;
    updateStepRoots(finalInfo, returnValue, raising, handling);
    collectGarbage();
    m_recorder.endStep(finalInfo);
}

void Tracer::emit(Pending p) {
    Event e;
    e.kind = p.kind;
    e.frame = p.frame;
    switch (p.kind) {
    case EventKind::FramePush:
        emitFramePush(p, e);
        break;
    case EventKind::FramePop:
        emitFramePop(p, e);
        break;
    case EventKind::Bind:
        emitBind(p, e);
        break;
    case EventKind::Unbind:
        emitUnbind(p, e);
        break;
    case EventKind::Mutate:
        emitMutate(p, e);
        break;
    case EventKind::Output:
        e.text = std::move(p.text);
        add(std::move(e));
        break;
    case EventKind::Raise:
        e.text = std::move(p.text);
        e.message = std::move(p.message);
        // Named by id even when no frame shows it yet: the step's `raising` root does.
        if (p.obj)
            e.object = ObjectId{m_in.ensureId(p.obj.get())};
        add(std::move(e));
        break;
    default:
        break;
    }
}

void Tracer::emitFramePush(Pending& p, Event& e) {
    e.function = p.name;
    e.isClassBody = p.isClassBody;
    e.index = p.index;
    std::vector<ObjectId> held;
    if (p.generator) {
        // The paused frame's variables are the frame's own again, not the generator's.
        e.suspended = true;
        if (const FrameState* fs = suspendedState(p.frame))
            for (const NamedRef& v : fs->vars)
                held.push_back(v.second);
        for (ObjectId id : held)
            if (Object* o = visibleObject(id))
                refer(Reachability::kRoot, o);
    }
    add(std::move(e));
    for (ObjectId id : held)
        unrefer(p.generator->traceNode, id);
}

void Tracer::emitFramePop(Pending& p, Event& e) {
    if (p.obj) {
        publish(p.obj.get());
        e.object = ObjectId{m_in.ensureId(p.obj.get())};
    }
    std::vector<ObjectId> released;
    if (const FrameState* fs = frameState(p.frame))
        for (const NamedRef& v : fs->vars)
            released.push_back(v.second);
    if (p.generator) {
        // Paused at a yield: what its variables hold stays, through the generator.
        e.suspended = true;
        for (ObjectId id : released)
            if (Object* o = visibleObject(id))
                refer(p.generator->traceNode, o);
    }
    add(std::move(e));
    for (ObjectId id : released)
        unrefer(Reachability::kRoot, id);
}

void Tracer::emitBind(Pending& p, Event& e) {
    publish(p.obj.get());
    e.object = ObjectId{m_in.ensureId(p.obj.get())};
    e.name = std::move(p.name);
    ObjectId from;
    if (const FrameState* fs = frameState(p.frame)) {
        for (const NamedRef& v : fs->vars)
            if (v.first == e.name) {
                from = v.second;
                e.kind = EventKind::Rebind;
                e.from = from;
                break;
            }
    }
    refer(Reachability::kRoot, p.obj.get());
    add(std::move(e));
    if (from.valid())
        unrefer(Reachability::kRoot, from);
}

void Tracer::emitUnbind(Pending& p, Event& e) {
    e.name = std::move(p.name);
    ObjectId old;
    if (const FrameState* fs = frameState(p.frame))
        for (const NamedRef& v : fs->vars)
            if (v.first == e.name)
                old = v.second;
    add(std::move(e));
    if (old.valid())
        unrefer(Reachability::kRoot, old);
}

void Tracer::emitMutate(Pending& p, Event& e) {
    Object* target = p.obj.get();
    Node node = target->traceNode;
    e.object = ObjectId{m_in.ensureId(target)};
    e.op = p.op;
    e.index = p.index;
    e.name = std::move(p.name);
    std::vector<ObjectId> released;
    const HeapObject* before = nullptr;
    auto found = m_recorder.current().heap.find(e.object);
    if (found != m_recorder.current().heap.end())
        before = &found->second;
    if (p.key) {
        publish(p.key.get());
        e.key = ObjectId{m_in.ensureId(p.key.get())};
    }
    if (p.value) {
        publish(p.value.get());
        e.value = ObjectId{m_in.ensureId(p.value.get())};
    }
    if (p.op == MutateOp::Replace)
        replaceContents(p, node, e, before, released);
    else
        releaseMutated(p, node, e, before, released);
    add(std::move(e));
    for (ObjectId id : released)
        unrefer(node, id);
}

void Tracer::releaseMutated(const Pending& p, Node node, const Event& e, const HeapObject* before,
                            std::vector<ObjectId>& released) {
    Object* target = p.obj.get();
    auto inc = [&](Object* child) { refer(node, child); };
    bool isDict = target->tag == rt::Tag::Dict;
    switch (p.op) {
    case MutateOp::SetItem:
        if (before) {
            if (isDict) {
                std::ptrdiff_t at = findEntry(*before, e.key, e.index);
                if (at >= 0)
                    released.push_back(before->entries[static_cast<std::size_t>(at)].second);
                else
                    inc(p.key.get());
            } else if (p.index >= 0 && static_cast<std::size_t>(p.index) < before->items.size()) {
                released.push_back(before->items[static_cast<std::size_t>(p.index)]);
            }
        }
        inc(p.value.get());
        break;
    case MutateOp::Insert:
        inc(p.value.get());
        break;
    case MutateOp::SetAttr:
    case MutateOp::DelAttr:
        if (before)
            for (const auto& a : before->attrs)
                if (a.first == e.name)
                    released.push_back(a.second);
        if (p.op == MutateOp::SetAttr)
            inc(p.value.get());
        break;
    case MutateOp::Remove:
        if (before) {
            if (isDict) {
                std::ptrdiff_t at = findEntry(*before, e.key, e.index);
                if (at >= 0) {
                    released.push_back(before->entries[static_cast<std::size_t>(at)].first);
                    released.push_back(before->entries[static_cast<std::size_t>(at)].second);
                }
            } else if (p.index >= 0 && static_cast<std::size_t>(p.index) < before->items.size()) {
                released.push_back(before->items[static_cast<std::size_t>(p.index)]);
            }
        }
        break;
    case MutateOp::Clear:
        if (before) {
            for (ObjectId id : before->items)
                released.push_back(id);
            for (const auto& [k, v] : before->entries) {
                released.push_back(k);
                released.push_back(v);
            }
            for (const auto& a : before->attrs)
                released.push_back(a.second);
        }
        break;
    default:
        break;
    }
}

void Tracer::replaceContents(const Pending& p, Node node, Event& e, const HeapObject* before,
                             std::vector<ObjectId>& released) {
    Object* target = p.obj.get();
    auto inc = [&](Object* child) { refer(node, child); };
    bool isDict = target->tag == rt::Tag::Dict;
    if (target->tag == rt::Tag::Function || target->tag == rt::Tag::Exception ||
        target->tag == rt::Tag::Iterator || target->tag == rt::Tag::Instance ||
        target->tag == rt::Tag::Type) {
        // A closure cell changed, an exception's message, a generator's frame, a slot set
        // before the slots that follow it, an Enum class made member by member: the object as
        // it is now (its defaults, cells and
        // attributes are not containers later events of this step could reorder).
        if (before) {
            for (ObjectId id : before->defaults)
                released.push_back(id);
            for (const auto& named : before->closure)
                released.push_back(named.second);
            for (const auto& named : before->attrs)
                released.push_back(named.second);
        }
        forEachChild(target, [&](Object* c) { publish(c); });
        e.contents = contents(target, false);
        forEachChild(target, [&](Object* c) { inc(c); });
        return;
    }
    for (const ObjRef& c : p.snapshot)
        publish(c.get());
    if (target->tag == rt::Tag::Function) {
        // A closure cell was filled (a method's __class__): redraw the function.
        if (before) {
            for (ObjectId id : before->defaults)
                released.push_back(id);
            for (const auto& c : before->closure)
                released.push_back(c.second);
        }
        e.contents = contents(target, false);
        for (const ObjRef& c : p.snapshot)
            inc(c.get());
        return;
    }
    if (before) {
        for (ObjectId id : before->items)
            released.push_back(id);
        for (const auto& [k, v] : before->entries) {
            released.push_back(k);
            released.push_back(v);
        }
    }
    e.contents = contents(target, false);
    // The snapshot, not the final contents: later events of this step follow.
    e.contents.items.clear();
    e.contents.entries.clear();
    if (isDict) {
        for (std::size_t i = 0; i + 1 < p.snapshot.size(); i += 2)
            e.contents.entries.emplace_back(ObjectId{m_in.ensureId(p.snapshot[i].get())},
                                            ObjectId{m_in.ensureId(p.snapshot[i + 1].get())});
    } else {
        for (const ObjRef& c : p.snapshot)
            e.contents.items.push_back(ObjectId{m_in.ensureId(c.get())});
    }
    for (const ObjRef& c : p.snapshot)
        inc(c.get());
}

void Tracer::updateStepRoots(StepInfo& finalInfo, Object* returnValue, Object* raising,
                             Object* handling) {
    if (m_returnRoot.valid())
        unrefer(Reachability::kRoot, m_returnRoot);
    m_returnRoot = ObjectId{};
    if (returnValue) {
        publish(returnValue);
        finalInfo.returnValue = ObjectId{m_in.ensureId(returnValue)};
        m_returnRoot = *finalInfo.returnValue;
        refer(Reachability::kRoot, returnValue);
    }
    // The new roots are referred to before the old ones let go, so an exception that stays in
    // flight from one step to the next is never freed in between.
    ObjectId oldRaising = m_raisingRoot;
    ObjectId oldHandling = m_handlingRoot;
    m_raisingRoot = ObjectId{};
    m_handlingRoot = ObjectId{};
    if (raising) {
        publish(raising);
        finalInfo.raising = ObjectId{m_in.ensureId(raising)};
        m_raisingRoot = *finalInfo.raising;
        refer(Reachability::kRoot, raising);
    }
    if (handling) {
        publish(handling);
        finalInfo.handling = ObjectId{m_in.ensureId(handling)};
        m_handlingRoot = *finalInfo.handling;
        refer(Reachability::kRoot, handling);
    }
    if (oldRaising.valid())
        unrefer(Reachability::kRoot, oldRaising);
    if (oldHandling.valid())
        unrefer(Reachability::kRoot, oldHandling);
}

std::uint32_t Tracer::heldRefs(const Object* o) const {
    std::uint32_t n = visible(o) ? 1 : 0;
    for (const Pending& p : m_pending) {
        n += (p.obj.get() == o) + (p.key.get() == o) + (p.value.get() == o) +
             (p.generator.get() == o);
        for (const ObjRef& r : p.snapshot)
            n += r.get() == o;
    }
    return n;
}

void Tracer::collectGarbage() {
    // What each node refers to, read from the trace's own state: the references the graph was
    // told about are exactly the ones the events put there.
    const auto& heap = m_recorder.current().heap;
    auto forEachOut = [&](Node n, auto&& f) {
        Object* o = m_nodeObject[n];
        auto found = heap.find(ObjectId{o->id});
        if (found == heap.end())
            return;
        forEachReference(found->second, [&](ObjectId id) {
            if (Object* child = visibleObject(id))
                f(child->traceNode);
        });
        // A paused generator holds what its suspended frame's variables hold.
        if (found->second.frame.valid())
            if (const FrameState* fs = suspendedState(found->second.frame))
                for (const NamedRef& v : fs->vars)
                    if (Object* child = visibleObject(v.second))
                        f(child->traceNode);
    };
    std::vector<Node> garbage;
    m_reach.collect(forEachOut, &garbage);
    if (garbage.empty())
        return;
    std::vector<Object*> freed;
    freed.reserve(garbage.size());
    for (Node n : garbage) {
        freed.push_back(m_nodeObject[n]);
        m_nodeObject[n] = nullptr;
    }
    std::sort(freed.begin(), freed.end(), [](Object* a, Object* b) { return a->id < b->id; });
    // A paused generator that goes takes its suspended frame with it, before the objects.
    for (Object* o : freed) {
        auto found = heap.find(ObjectId{o->id});
        if (found == heap.end() || !found->second.frame.valid() ||
            !suspendedState(found->second.frame))
            continue;
        Event e;
        e.kind = EventKind::FramePop;
        e.frame = found->second.frame;
        add(std::move(e));
        if (o->tag == rt::Tag::Iterator) {
            auto* it = static_cast<rt::IteratorObject*>(o);
            if (it->generator)
                static_cast<GeneratorState*>(it->generator.get())->listed = false;
        }
    }
    for (Object* o : freed) {
        Event e;
        e.kind = EventKind::Free;
        e.object = ObjectId{o->id};
        add(std::move(e));
    }
    for (Object* o : freed) {
        o->traceState = kHidden;
        o->traceNode = 0;
        m_visible[o->id] = nullptr;
        if (o->tag == rt::Tag::Function) {
            auto it = std::find(m_closures.begin(), m_closures.end(), o);
            if (it != m_closures.end()) {
                *it = m_closures.back();
                m_closures.pop_back();
            }
        }
    }
    for (Object* o : freed) {
        ObjRef drop(o);
        --o->refs; // the reference taken in publish()
    }
}

} // namespace memstep::core::interp
