// The mutation helpers that keep the tracer informed of every change to a list, dict or set
// the diagram may show. Dict and set insertions compare keys with the program's __eq__ where
// a key of a program class takes part (rt::KeyEquality), so they can fail. A dict that is an
// instance's __dict__ passes each change on to the instance's attributes (instance_dict.h).
#include "interp/attributes/instance_dict.h"
#include "interp/interpreter.h"
#include "interp/tracing/tracer.h"
#include "runtime/dict_table.h"
#include "runtime/list_capacity.h"

namespace memstep::core::interp {

void Interpreter::listInsert(rt::ListObject* l, std::int64_t index, ObjRef v) {
    Object* raw = v.get();
    rt::capacity::append(l->capacity, l->items.size()); // app1 and ins1 alike
    l->items.insert(l->items.begin() + index, std::move(v));
    m_heap->recharge(l, rt::kSlotBytes);
    if (m_tracer && Tracer::visible(l))
        m_tracer->mutate(l, MutateOp::Insert, index, nullptr, raw);
}

void Interpreter::listSet(rt::ListObject* l, std::int64_t index, ObjRef v) {
    Object* raw = v.get();
    ObjRef old = std::move(l->items[static_cast<std::size_t>(index)]);
    l->items[static_cast<std::size_t>(index)] = std::move(v);
    if (m_tracer && Tracer::visible(l))
        m_tracer->mutate(l, MutateOp::SetItem, index, nullptr, raw);
}

ObjRef Interpreter::listRemove(rt::ListObject* l, std::int64_t index) {
    ObjRef old = std::move(l->items[static_cast<std::size_t>(index)]);
    // list_ass_slice(a, i, i+1, NULL) (del a[i], remove, pop(i) but of the last item).
    rt::capacity::replaceSlice(l->capacity, l->items.size(), 1, 0);
    l->items.erase(l->items.begin() + index);
    m_heap->recharge(l, -static_cast<std::int64_t>(rt::kSlotBytes));
    if (m_tracer && Tracer::visible(l))
        m_tracer->mutate(l, MutateOp::Remove, index, nullptr, nullptr);
    return old;
}

void Interpreter::listReplaced(rt::ListObject* l) {
    if (m_tracer && Tracer::visible(l))
        m_tracer->replaced(l);
}

namespace {

// The trace lists a dict's entries without the holes deletions leave in `entries`, so a
// position there is the trace's position only while there are none; -1 lets the reader scan.
std::int64_t traceEntryHint(const rt::DictObject* d, std::int64_t position) {
    return d->used == d->entries.size() ? position : -1;
}

} // namespace

bool Interpreter::dictSet(rt::DictObject* d, ObjRef key, ObjRef value) {
    auto h = hash(key.get());
    if (!h)
        return false;
    return dictSetHashed(d, std::move(key), *h, std::move(value));
}

bool Interpreter::dictSetHashed(rt::DictObject* d, ObjRef key, std::int64_t hash, ObjRef value) {
    if (!instanceDictKeyAllowed(*this, d, key.get()))
        return false;
    Object* raw = value.get();
    ObjRef keep(d);
    auto [pos, isNew] = d->set(std::move(key), hash, std::move(value), *this);
    if (pos == rt::kLookupFailed)
        return false;
    dictEntrySet(d, pos, isNew, raw);
    return true;
}

void Interpreter::dictInsertNew(rt::DictObject* d, ObjRef key, std::int64_t hash, ObjRef value) {
    if (!instanceDictKeyAllowed(*this, d, key.get()))
        return;
    Object* raw = value.get();
    auto [pos, isNew] = d->insertNew(std::move(key), hash, std::move(value));
    dictEntrySet(d, pos, isNew, raw);
}

bool Interpreter::dictMerge(rt::DictObject* d, rt::DictObject* src) {
    if (src == d || src->used == 0)
        return true;
    ObjRef keepD(d), keepSrc(src);
    const rt::DictTable srcTable = src->table;
    const bool clone = rt::dicttable::merging(*d, srcTable, src->used, src->cls != nullptr);
    // An empty target takes a clean source's entries as they are (CPython clones the keys
    // table then): no key is compared.
    const std::size_t slots = src->index.size();
    if (d->used == 0 && !d->owner && src->entries.size() == src->used &&
        (slots <= 8 || (slots / 2) * 2 / 3 < src->used)) {
        for (const rt::DictEntry& e : src->entries)
            dictInsertNew(d, e.key, e.hash, e.value);
        if (clone)
            d->table = srcTable;
        return true;
    }
    const std::size_t n = src->entries.size();
    const std::uint32_t layout = src->layout;
    for (std::size_t i = 0; i < n; ++i) {
        const rt::DictEntry e = src->entries[i];
        if (!e.key)
            continue;
        if (!dictSetHashed(d, e.key, e.hash, e.value))
            return false;
        if (src->entries.size() != n || src->layout != layout) {
            raise("RuntimeError", "dict mutated during update");
            return false;
        }
    }
    if (clone)
        d->table = srcTable;
    return true;
}

void Interpreter::dictEntrySet(rt::DictObject* d, std::int64_t pos, bool isNew, Object* raw) {
    if (isNew)
        m_heap->recharge(d, 3 * rt::kSlotBytes);
    if (m_tracer && Tracer::visible(d))
        m_tracer->mutate(d, MutateOp::SetItem,
                         isNew ? static_cast<std::int64_t>(d->used) - 1 : traceEntryHint(d, pos),
                         d->entries[static_cast<std::size_t>(pos)].key.get(), raw);
    if (d->owner)
        entryChangedInInstance(*this, d, d->entries[static_cast<std::size_t>(pos)].key.get(), raw);
}

ObjRef Interpreter::dictRemoveAt(rt::DictObject* d, std::int64_t position) {
    std::int64_t hint = traceEntryHint(d, position);
    rt::DictEntry e = d->erase(position);
    m_heap->recharge(d, -3 * static_cast<std::int64_t>(rt::kSlotBytes));
    if (m_tracer && Tracer::visible(d))
        m_tracer->mutate(d, MutateOp::Remove, hint, e.key.get(), nullptr);
    if (d->owner)
        entryChangedInInstance(*this, d, e.key.get(), nullptr);
    return e.value;
}

bool Interpreter::setAdd(rt::SetObject* s, ObjRef key) {
    auto h = hash(key.get());
    return h && setAddHashed(s, std::move(key), *h) >= 0;
}

int Interpreter::setAddHashed(rt::SetObject* s, ObjRef key, std::int64_t hash) {
    Object* raw = key.get();
    ObjRef keep(s);
    bool resized = false;
    std::int64_t slot = 0;
    int added = s->add(std::move(key), hash, *this, &resized, &slot);
    if (added <= 0)
        return added;
    if (m_tracer && Tracer::visible(s)) {
        if (resized)
            m_tracer->replaced(s);
        else
            m_tracer->mutate(s, MutateOp::Insert, s->orderIndex(slot), nullptr, raw);
    }
    return 1;
}

void Interpreter::setRemoveAt(rt::SetObject* s, std::int64_t slot) {
    std::int64_t index = (m_tracer && Tracer::visible(s)) ? s->orderIndex(slot) : 0;
    ObjRef old = s->removeAt(slot);
    if (m_tracer && Tracer::visible(s))
        m_tracer->mutate(s, MutateOp::Remove, index, nullptr, nullptr);
}

void Interpreter::setReplaced(rt::SetObject* s) {
    if (m_tracer && Tracer::visible(s))
        m_tracer->replaced(s);
}

void Interpreter::containerCleared(Object* o) {
    if (m_tracer && Tracer::visible(o)) {
        // A Clear empties the attributes too: an object of a program's subclass keeps its own.
        if (o->subclassed)
            m_tracer->replaced(o);
        else
            m_tracer->mutate(o, MutateOp::Clear, 0, nullptr, nullptr);
    }
    // An instance's or the module's dict takes its owner along even when no name shows it.
    if (o->tag == rt::Tag::Dict && static_cast<rt::DictObject*>(o)->owner)
        entriesClearedInInstance(*this, static_cast<rt::DictObject*>(o));
}
} // namespace memstep::core::interp
