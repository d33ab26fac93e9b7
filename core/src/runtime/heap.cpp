#include "runtime/heap.h"

#include "runtime/callable.h"
#include "runtime/instance.h"
#include "runtime/module.h"

#include <cstring>
#include <new>

namespace memstep::core::rt {

InstanceObject::~InstanceObject() {
    if (dict)
        static_cast<DictObject*>(dict.get())->owner = nullptr;
}

SubclassPart::~SubclassPart() {
    if (dict)
        static_cast<DictObject*>(dict.get())->owner = nullptr;
}

FunctionObject::~FunctionObject() {
    if (dictObject)
        static_cast<DictObject*>(dictObject.get())->owner = nullptr;
}

void releaseObject(Object* object) {
    if (object->heap)
        object->heap->destroy(object);
    else
        delete object;
}

std::int64_t RangeObject::length() const {
    if (step > 0 && start < stop)
        return static_cast<std::int64_t>((static_cast<unsigned __int128>(stop - start) - 1) / step +
                                         1);
    if (step < 0 && start > stop)
        return static_cast<std::int64_t>((static_cast<unsigned __int128>(start - stop) - 1) /
                                             static_cast<unsigned __int128>(-(__int128)step) +
                                         1);
    return 0;
}

std::int64_t utf8Length(std::string_view text, bool* ascii) {
    std::int64_t n = 0;
    bool allAscii = true;
    for (unsigned char c : text) {
        if (c >= 0x80)
            allAscii = false;
        if ((c & 0xC0) != 0x80)
            ++n;
    }
    if (ascii)
        *ascii = allAscii;
    return n;
}

void initStr(StrObject& s) {
    s.length = utf8Length(s.text, &s.ascii);
    s.offsets.clear();
    if (!s.ascii) {
        s.offsets.reserve(static_cast<std::size_t>(s.length) + 1);
        for (std::uint32_t i = 0; i < s.text.size(); ++i)
            if ((static_cast<unsigned char>(s.text[i]) & 0xC0) != 0x80)
                s.offsets.push_back(i);
        s.offsets.push_back(static_cast<std::uint32_t>(s.text.size()));
    }
}

Heap::Heap(std::uint64_t maxBytes) : m_maxBytes(maxBytes) {
    auto immortal = [](Object* o) {
        o->immortal = true;
        return ObjRef(o);
    };
    m_none = immortal(make<NoneObject>());
    auto* t = make<BoolObject>();
    t->value = true;
    m_true = immortal(t);
    m_false = immortal(make<BoolObject>());
    m_ellipsis = immortal(make<EllipsisObject>());
    m_emptyTuple = immortal(make<TupleObject>());
    m_emptyStr = immortal(make<StrObject>());
    for (int i = 0; i < 262; ++i) {
        auto* o = make<IntObject>();
        o->small = i - 5;
        m_smallInts[static_cast<std::size_t>(i)] = immortal(o);
    }
    for (int c = 0; c < 256; ++c) {
        auto* s = make<StrObject>();
        if (c < 0x80) {
            s->text.assign(1, static_cast<char>(c));
        } else {
            s->text.push_back(static_cast<char>(0xC0 | (c >> 6)));
            s->text.push_back(static_cast<char>(0x80 | (c & 0x3F)));
        }
        initStr(*s);
        m_latin1[static_cast<std::size_t>(c)] = immortal(s);
    }
}

Heap::~Heap() {
    releaseAll();
    for (IntObject* i : m_spareInts)
        delete i;
    for (FloatObject* f : m_spareFloats)
        delete f;
    for (TupleObject* t : m_spareTuples)
        delete t;
}

namespace {

// Drops every reference `o` holds to other objects. Only called while all live objects are
// pinned, so nothing is freed here and no object is touched after its deletion.
// A __dict__ made for an object's attributes stops mirroring them and lives on as a plain dict
// wherever the program still holds it.
void letDictGo(ObjRef& dict) {
    if (dict)
        static_cast<DictObject*>(dict.get())->owner = nullptr;
    dict.reset();
}

void clearReferences(Object* o) {
    if (SubclassPart* part = subclassPart(o)) {
        part->attrs.clear();
        letDictGo(part->dict);
    }
    switch (o->tag) {
    case Tag::List:
    case Tag::Deque:
        static_cast<ListObject*>(o)->items.clear();
        break;
    case Tag::Tuple:
        static_cast<TupleObject*>(o)->items.clear();
        static_cast<TupleObject*>(o)->cls.reset();
        break;
    case Tag::Dict: {
        static_cast<DictObject*>(o)->clear();
        static_cast<DictObject*>(o)->factory.reset();
        break;
    }
    case Tag::Set:
    case Tag::FrozenSet: {
        auto* s = static_cast<SetObject*>(o);
        s->table.clear();
        s->used = s->fill = 0;
        break;
    }
    case Tag::Slice: {
        auto* s = static_cast<SliceObject*>(o);
        s->start.reset();
        s->stop.reset();
        s->step.reset();
        break;
    }
    case Tag::Cell:
        static_cast<CellObject*>(o)->value.reset();
        break;
    case Tag::Function: {
        auto* f = static_cast<FunctionObject*>(o);
        f->defaults.clear();
        f->kwDefaults.clear();
        f->closure.clear();
        f->annotations.reset();
        f->nameObject.reset();
        f->qualnameObject.reset();
        f->docObject.reset();
        f->moduleObject.reset();
        f->dict.clear();
        letDictGo(f->dictObject);
        // A function made by text run with its own globals holds that namespace, which holds
        // the function: a cycle through a non-object that only this breaks.
        f->textGlobals.reset();
        break;
    }
    case Tag::Builtin:
        static_cast<BuiltinObject*>(o)->self.reset();
        if (auto& py = static_cast<BuiltinObject*>(o)->python) {
            py->defaults.clear();
            py->closure.clear();
            py->attrs.clear();
        }
        break;
    case Tag::Exception: {
        auto* e = static_cast<ExceptionObject*>(o);
        e->args.clear();
        e->attrs.clear();
        // missingFrom may hold the exception itself.
        for (ObjRef* r : {&e->cause, &e->context, &e->missingFrom, &e->osErrno, &e->osStrerror,
                          &e->osFilename, &e->osFilename2})
            r->reset();
        break;
    }
    case Tag::Type:
        static_cast<TypeObject*>(o)->dict.clear();
        static_cast<TypeObject*>(o)->nameObject.reset();
        static_cast<TypeObject*>(o)->dictDescriptor.reset();
        static_cast<TypeObject*>(o)->weakrefDescriptor.reset();
        break;
    case Tag::Instance: {
        auto* inst = static_cast<InstanceObject*>(o);
        inst->attrs.clear();
        letDictGo(inst->dict);
        break;
    }
    case Tag::Method: {
        auto* m = static_cast<MethodObject*>(o);
        m->self.reset();
        m->func.reset();
        break;
    }
    case Tag::Descriptor: {
        auto* d = static_cast<DescriptorObject*>(o);
        d->func.reset();
        d->getter.reset();
        d->setter.reset();
        d->deleter.reset();
        break;
    }
    case Tag::Super:
        static_cast<SuperObject*>(o)->self.reset();
        break;
    case Tag::Iterator: {
        auto* it = static_cast<IteratorObject*>(o);
        it->source.reset();
        it->values.clear();
        if (it->generator)
            it->generator->dropReferences();
        if (it->native)
            it->native->dropReferences();
        break;
    }
    case Tag::DictView:
        static_cast<DictViewObject*>(o)->dict.reset();
        break;
    case Tag::Module:
        static_cast<ModuleObject*>(o)->clear();
        break;
    default:
        break; // no references to other objects
    }
}

} // namespace

void Heap::releaseAll() {
    m_none.reset();
    m_true.reset();
    m_false.reset();
    m_ellipsis.reset();
    m_emptyTuple.reset();
    m_emptyStr.reset();
    for (auto& r : m_smallInts)
        r.reset();
    for (auto& r : m_latin1)
        r.reset();
    m_emptyBytes.reset();
    for (auto& r : m_byteChars)
        r.reset();

    // Whatever is still alive now is kept alive only by cycles (or by a Ref that outlives
    // the heap). Pin it all, break every reference, then unpin: each object dies as soon as
    // its last pin goes, and objects later in `alive` are still pinned, so never freed early.
    std::vector<Object*> alive;
    for (Object* o = m_first; o; o = o->heapNext)
        alive.push_back(o);
    for (Object* o : alive)
        ++o->refs;
    for (Object* o : alive)
        clearReferences(o);
    for (Object* o : alive)
        if (--o->refs == 0)
            destroy(o);

    // Still referenced from outside: cannot be freed safely now; detach them so a later
    // release deletes them directly instead of calling into this dead heap.
    std::uint64_t leaked = 0;
    while (m_first) {
        Object* o = m_first;
        unlink(o);
        o->heap = nullptr;
        ++leaked;
    }
    if (m_report) {
        m_report->cyclic = alive.size();
        m_report->leaked = leaked;
    }
}

void Heap::link(Object* o) {
    o->heapPrev = nullptr;
    o->heapNext = m_first;
    if (m_first)
        m_first->heapPrev = o;
    m_first = o;
}

void Heap::unlink(Object* o) {
    if (o->heapPrev)
        o->heapPrev->heapNext = o->heapNext;
    else
        m_first = o->heapNext;
    if (o->heapNext)
        o->heapNext->heapPrev = o->heapPrev;
    o->heapPrev = o->heapNext = nullptr;
}

void Heap::destroy(Object* o) {
    if (m_draining) {
        m_doomed.push_back(o);
        return;
    }
    m_draining = true;
    // The first object needs no trip through the queue: most frees free nothing else.
    Object* d = o;
    while (d) {
        m_bytes -= d->charged;
        --m_liveObjects;
        unlink(d);
        if (d->weak & Object::kWeaklyReferenced)
            clearWeakRefsTo(d);
        bool kept = false;
        if (d->tag == Tag::Int && !d->subclassed && !static_cast<IntObject*>(d)->isBig())
            kept = keepSpare(d, m_spareInts);
        else if (d->tag == Tag::Float && !d->subclassed)
            kept = keepSpare(d, m_spareFloats);
        else if (d->tag == Tag::Tuple && !d->subclassed)
            kept = keepSpare(d, m_spareTuples);
        if (!kept)
            delete d; // may push more onto m_doomed
        d = nullptr;
        if (!m_doomed.empty()) {
            d = m_doomed.back();
            m_doomed.pop_back();
        }
    }
    m_draining = false;
}

void Heap::addWeakRef(Object* ref, Object* referent) {
    ref->weak |= Object::kWeakRef;
    referent->weak |= Object::kWeaklyReferenced;
    m_weakReferent[ref] = referent;
    m_weakRefsTo[referent].push_back(ref);
}

Object* Heap::weakReferent(const Object* ref) const {
    auto found = m_weakReferent.find(ref);
    return found == m_weakReferent.end() ? nullptr : found->second;
}

const std::vector<Object*>* Heap::weakRefsTo(const Object* referent) const {
    auto found = m_weakRefsTo.find(referent);
    return found == m_weakRefsTo.end() ? nullptr : &found->second;
}

void Heap::forgetWeakRef(Object* ref) {
    auto found = m_weakReferent.find(ref);
    if (found == m_weakReferent.end())
        return;
    if (Object* referent = found->second) {
        auto refs = m_weakRefsTo.find(referent);
        if (refs != m_weakRefsTo.end()) {
            std::erase(refs->second, ref);
            if (refs->second.empty()) {
                m_weakRefsTo.erase(refs);
                referent->weak &= static_cast<std::uint8_t>(~Object::kWeaklyReferenced);
            }
        }
    }
    m_weakReferent.erase(found);
}

void Heap::clearWeakRefsTo(Object* referent) {
    auto refs = m_weakRefsTo.find(referent);
    if (refs == m_weakRefsTo.end())
        return;
    for (Object* ref : refs->second)
        m_weakReferent[ref] = nullptr;
    m_weakRefsTo.erase(refs);
}

ObjRef Heap::newInt(std::int64_t v) {
    if (v >= -5 && v <= 256)
        return m_smallInts[static_cast<std::size_t>(v + 5)];
    IntObject* o = spareOrMake(m_spareInts);
    o->small = v;
    return ObjRef(o);
}

ObjRef Heap::newInt(numeric::BigInt v) {
    if (v.fitsInt64())
        return newInt(v.toInt64());
    auto* o = make<IntObject>(static_cast<std::uint32_t>(v.limbCount() * 4));
    o->big = std::make_unique<numeric::BigInt>(std::move(v));
    return ObjRef(o);
}

ObjRef Heap::newFloat(double v) {
    auto* o = spareOrMake(m_spareFloats);
    o->value = v;
    return ObjRef(o);
}

ObjRef Heap::newComplex(double real, double imag) {
    auto* o = make<ComplexObject>();
    o->value = {real, imag};
    return ObjRef(o);
}

ObjRef Heap::newStr(std::string text) {
    if (text.empty())
        return m_emptyStr;
    if (text.size() == 1 && static_cast<unsigned char>(text[0]) < 0x80)
        return m_latin1[static_cast<unsigned char>(text[0])];
    if (text.size() == 2 && (static_cast<unsigned char>(text[0]) & 0xFE) == 0xC2 &&
        (static_cast<unsigned char>(text[1]) & 0xC0) == 0x80) {
        int c = ((static_cast<unsigned char>(text[0]) & 0x1F) << 6) |
                (static_cast<unsigned char>(text[1]) & 0x3F);
        return m_latin1[static_cast<std::size_t>(c)];
    }
    return freshStr(std::move(text));
}

Ref<StrObject> Heap::freshStr(std::string text) {
    auto* s = make<StrObject>(static_cast<std::uint32_t>(text.size()));
    s->text = std::move(text);
    initStr(*s);
    return Ref<StrObject>(s);
}

ObjRef Heap::newBytes(std::string data) {
    if (data.size() > 1)
        return freshBytes(std::move(data));
    ObjRef& slot = data.empty() ? m_emptyBytes : m_byteChars[static_cast<unsigned char>(data[0])];
    if (!slot) {
        slot = freshBytes(std::move(data));
        slot->immortal = true;
    }
    return slot;
}

Ref<BytesObject> Heap::freshBytes(std::string data) {
    auto* b = make<BytesObject>(static_cast<std::uint32_t>(data.size()));
    b->data = std::move(data);
    return Ref<BytesObject>(b);
}

Ref<BytesObject> Heap::newByteArray(std::string data) {
    auto* b = make<BytesObject>(static_cast<std::uint32_t>(data.size()));
    b->tag = Tag::ByteArray;
    b->data = std::move(data);
    return Ref<BytesObject>(b);
}

Ref<ListObject> Heap::newList(ObjVec items) {
    auto* l = make<ListObject>(static_cast<std::uint32_t>(items.size() * kSlotBytes));
    l->items = std::move(items);
    return Ref<ListObject>(l);
}

ObjRef Heap::newTuple(ObjVec items) {
    if (items.empty())
        return m_emptyTuple;
    auto* t = spareOrMake(m_spareTuples, static_cast<std::uint32_t>(items.size() * kSlotBytes));
    t->items = std::move(items);
    return ObjRef(t);
}

Ref<DictObject> Heap::newDict() {
    return Ref<DictObject>(make<DictObject>());
}

Ref<SetObject> Heap::newSet(bool frozen) {
    auto* s = new SetObject(frozen);
    s->heap = this;
    s->charged = kObjectBytes + 8 * 16;
    m_bytes += s->charged;
    ++m_liveObjects;
    link(s);
    return Ref<SetObject>(s);
}

} // namespace memstep::core::rt
