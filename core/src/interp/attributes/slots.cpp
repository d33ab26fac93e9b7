// __slots__: a class whose instances keep named slots, and no __dict__ when every program class
// of their MRO defines __slots__. CPython puts one member descriptor per slot on the class
// (after the namespace, in sorted order), a data descriptor that reads and writes the slot.
//
// memstep keeps the slot values in the instance's attrs, in front of its __dict__ entries
// when it has one too, each class's slots in __slots__ order as written, the bases' first:
// the diagram shows the set slots as the attributes a student reads in the class statements
// (the reference tracers draw them the same way). A slot set before one that precedes it is
// inserted in its place, which the trace gives as the instance's new contents.
#include "interp/attributes/attribute_hooks.h"
#include "interp/attributes/class_namespace.h"
#include "interp/builtins/builtins_util.h"
#include "interp/tracing/tracer.h"
#include "syntax/parser.h"

#include <algorithm>
#include <cctype>

namespace memstep::core::interp {

namespace {

bool isIdentifier(const std::string& s) {
    if (s.empty() || (s[0] >= '0' && s[0] <= '9'))
        return false;
    for (unsigned char c : s)
        if (!(c == '_' || c >= 0x80 || std::isalnum(c)))
            return false;
    return true;
}

// The names `__slots__` gives (a str alone, or the strs of a tuple or list), with CPython's
// errors; false with the exception set or the run aborted.
bool slotNamesOf(Interpreter& in, Object* spec, const std::string& className,
                 std::vector<std::string>& out) {
    ObjVec items;
    if (isStr(spec))
        items.push_back(ObjRef(spec));
    else if (spec->tag == rt::Tag::Tuple)
        items = static_cast<rt::TupleObject*>(spec)->items;
    else if (spec->tag == rt::Tag::List)
        items = static_cast<rt::ListObject*>(spec)->items;
    else
        return static_cast<bool>(in.abortUnsupported(
            "__slots__ given as a '" + std::string(in.typeName(spec)) + "' is not supported"));
    for (const ObjRef& item : items)
        if (!isStr(item.get()))
            return static_cast<bool>(
                in.raise("TypeError", "__slots__ items must be strings, not '" +
                                          std::string(in.typeName(item.get())) + "'"));
    for (const ObjRef& item : items) {
        const std::string& name = text(item.get());
        if (!isIdentifier(name))
            return static_cast<bool>(in.raise("TypeError", "__slots__ must be identifiers"));
        if (name == "__dict__" || name == "__weakref__")
            return static_cast<bool>(
                in.abortUnsupported("`" + name + "` in __slots__ is not supported"));
        // type() mangles a private slot name as the compiler mangles the class body's names.
        out.push_back(syntax::mangleName(className, name));
    }
    return true;
}

rt::InstanceObject* slottedInstance(Interpreter& in, Object* o, rt::DescriptorObject* member) {
    if (o->tag != rt::Tag::Instance || !in.isSubtype(in.typeOf(o), member->owner)) {
        in.abortUnsupported("a slot of '" + member->owner->name + "' read on a '" + in.typeName(o) +
                            "' object is not supported");
        return nullptr;
    }
    return static_cast<rt::InstanceObject*>(o);
}

} // namespace

bool makeSlots(Interpreter& in, rt::TypeObject* cls) {
    // The layout the bases give: one of them at most brings slots.
    const std::vector<std::string>* inherited = nullptr;
    bool baseHasDict = false;
    for (rt::TypeObject* b : cls->bases) {
        if (!b->isUser)
            continue;
        baseHasDict = baseHasDict || !b->noDict;
        if (b->slotOrder.empty())
            continue;
        if (inherited && *inherited != b->slotOrder)
            return static_cast<bool>(
                in.abortUnsupported("several bases with __slots__ are not supported"));
        inherited = &b->slotOrder;
    }
    if (inherited) {
        cls->slotOrder = *inherited;
        // memstep keeps a slot under its name: a class attribute of that name would hide it.
        for (const std::string& name : *inherited)
            if (cls->dict.find(name))
                return static_cast<bool>(in.abortUnsupported("a subclass naming the slot `" + name +
                                                             "` of its base is not supported"));
    }
    const ObjRef* spec = cls->dict.find("__slots__");
    if (!spec)
        return namespaceMade(cls);
    ObjRef keep = *spec;
    std::vector<std::string> names;
    if (!slotNamesOf(in, keep.get(), cls->name, names))
        return false;
    // A tuple keeps its items inline, with no room for slots after them (tp_itemsize).
    // CPython names the base it builds on: the first one that is a tuple.
    if (!names.empty() && cls->layout == in.builtinType(rt::Tag::Tuple))
        for (rt::TypeObject* b : cls->bases)
            if (in.isSubtype(b, cls->layout))
                return static_cast<bool>(
                    in.raise("TypeError",
                             "nonempty __slots__ not supported for subtype of '" + b->name + "'"));
    std::vector<std::string> seen;
    for (const std::string& name : names) {
        if (cls->dict.find(name) || std::find(seen.begin(), seen.end(), name) != seen.end())
            return static_cast<bool>(in.raise(
                "ValueError", "'" + name + "' in __slots__ conflicts with class variable"));
        if (inherited && std::find(inherited->begin(), inherited->end(), name) != inherited->end())
            return static_cast<bool>(in.abortUnsupported("a slot named again in a subclass (`" +
                                                         name + "`) is not supported"));
        seen.push_back(name);
    }
    cls->noDict = !baseHasDict;
    std::vector<std::string> sorted = names;
    std::sort(sorted.begin(), sorted.end());
    // CPython adds the slots' descriptors while it makes the type and the implicit
    // `__hash__ = None` of a class with __eq__ only once it is ready: after them.
    ObjRef addedHash = cls->addedHash ? cls->dict.erase("__hash__") : nullptr;
    for (const std::string& name : sorted) {
        auto* d = in.heap().make<rt::DescriptorObject>();
        d->kind = rt::DescriptorObject::Kind::Member;
        d->func = in.internedStr(name);
        d->owner = cls;
        cls->dict.set(name, ObjRef(d));
    }
    if (addedHash)
        cls->dict.set("__hash__", std::move(addedHash));
    cls->slotOrder.insert(cls->slotOrder.end(), names.begin(), names.end());
    return namespaceMade(cls);
}

ObjRef slotGet(Interpreter& in, Object* o, rt::DescriptorObject* member) {
    rt::InstanceObject* inst = slottedInstance(in, o, member);
    if (!inst)
        return nullptr;
    const std::string& name = text(member->func.get());
    if (const ObjRef* v = inst->attrs.find(name))
        return *v;
    return in.raise("AttributeError",
                    "'" + std::string(in.typeName(o)) + "' object has no attribute '" + name + "'");
}

bool slotSet(Interpreter& in, Object* o, rt::DescriptorObject* member, ObjRef value) {
    rt::InstanceObject* inst = slottedInstance(in, o, member);
    if (!inst)
        return false;
    const std::string& name = text(member->func.get());
    bool shown = in.tracer() && Tracer::visible(o);
    auto& items = inst->attrs.items;
    if (!value) {
        ObjRef old = inst->attrs.erase(name);
        if (!old)
            return static_cast<bool>(in.raise("AttributeError", name));
        if (shown)
            in.tracer()->mutateAttr(o, MutateOp::DelAttr, name, nullptr);
        return true;
    }
    Object* raw = value.get();
    const auto& order = inst->cls->slotOrder;
    auto rank = [&](const std::string& n) {
        return static_cast<std::size_t>(std::find(order.begin(), order.end(), n) - order.begin());
    };
    if (!inst->attrs.find(name)) {
        // After the set slots that come before it: they are all at the front, in order.
        std::size_t mine = rank(name), at = 0;
        while (at < items.size() && rank(items[at].first) < mine)
            ++at;
        if (at < items.size()) {
            items.insert(items.begin() + static_cast<std::ptrdiff_t>(at), {name, std::move(value)});
            if (shown)
                in.tracer()->replaced(o);
            return true;
        }
    }
    inst->attrs.set(name, std::move(value));
    if (shown)
        in.tracer()->mutateAttr(o, MutateOp::SetAttr, name, raw);
    return true;
}

ObjRef memberAttr(Interpreter& in, rt::DescriptorObject* member, const std::string& name) {
    if (name == "__name__")
        return member->func;
    if (name == "__objclass__")
        return ObjRef(member->owner);
    return in.abortUnsupported("`member_descriptor." + name + "` is not supported");
}

} // namespace memstep::core::interp
