// What the trace shows of one heap object (HeapObject): a scalar's text, a container's items,
// a function's defaults and closure, an instance's attributes, an exception's message.
#include "interp/generators/generator.h"
#include "interp/tracing/tracer.h"
#include "numeric/complex_math.h"
#include "numeric/float_format.h"
#include "runtime/module.h"

#include <algorithm>

namespace memstep::core::interp {

namespace {

// Whether str() of the exception is BaseException's own text of its args, with no code of the
// program in it (no __str__ of its class, no argument the program's class could print): only
// then does an exception object show its message as `value`.
bool exceptionTextIsPlain(const rt::ExceptionObject* e) {
    for (const rt::TypeObject* t : e->type->mro)
        if (t->isUser && t->dict.find("__str__"))
            return false;
    for (const ObjRef& a : e->args) {
        if (a->tag == rt::Tag::Instance && static_cast<rt::InstanceObject*>(a.get())->cls->isUser)
            return false;
        if (a->tag == rt::Tag::Exception &&
            static_cast<rt::ExceptionObject*>(a.get())->type->isUser)
            return false;
    }
    return true;
}

} // namespace

namespace {

ObjectId idOf(Interpreter& in, Object* o) {
    return ObjectId{in.ensureId(o)};
}

// A value drawn as its text: None, bools, numbers, str, range.
void describeValue(Object* o, HeapObject& h) {
    switch (o->tag) {
    case rt::Tag::None:
        h.type = "NoneType";
        h.value = "None";
        break;
    case rt::Tag::Bool:
        h.type = "bool";
        h.value = static_cast<rt::BoolObject*>(o)->value ? "True" : "False";
        break;
    case rt::Tag::Int: {
        h.type = "int";
        auto* i = static_cast<rt::IntObject*>(o);
        h.value = i->isBig() ? i->big->toString() : std::to_string(i->small);
        break;
    }
    case rt::Tag::Float:
        h.type = "float";
        h.value = numeric::floatRepr(static_cast<rt::FloatObject*>(o)->value);
        break;
    case rt::Tag::Str:
        h.type = "str";
        h.value = static_cast<rt::StrObject*>(o)->text;
        break;
    case rt::Tag::Complex: {
        // A scalar drawn by its repr, as the reference shows it: (1+2j), 2j.
        h.type = "complex";
        h.value = numeric::complexRepr(static_cast<rt::ComplexObject*>(o)->value);
        break;
    }
    case rt::Tag::Bytes:
    case rt::Tag::ByteArray: {
        // Drawn by its repr, as CPython's reference shows it: b'ab\x00', bytearray(b'ab').
        const std::string& data = static_cast<rt::BytesObject*>(o)->data;
        const bool array = o->tag == rt::Tag::ByteArray;
        h.type = array ? "bytearray" : "bytes";
        h.value =
            array ? "bytearray(" + numeric::pyBytesRepr(data) + ")" : numeric::pyBytesRepr(data);
        break;
    }
    case rt::Tag::Range: {
        h.type = "range";
        auto* r = static_cast<rt::RangeObject*>(o);
        h.value = "range(" + std::to_string(r->start) + ", " + std::to_string(r->stop) +
                  (r->step != 1 ? ", " + std::to_string(r->step) : std::string()) + ")";
        break;
    }
    default:
        break;
    }
}

// list, deque, tuple, set, frozenset: their items; dict: its entries.
// An object of a program's subclass of list, dict, int, float or str is drawn as the builtin
// object it is, with its class's name and its __dict__ (`class` and `attrs`, README.md). One of
// a library's class (re.RegexFlag's members) is drawn by its class's __name__ alone, as the
// reference draws a library class's objects, but for a library's tuple (time.struct_time).
void describeSubclassPart(Interpreter& in, Object* o, HeapObject& h) {
    const rt::SubclassPart* part = rt::subclassPart(o);
    if (!part)
        return;
    if (part->cls->isLibrary) {
        // A library's tuple (time.struct_time) keeps its items, as a namedtuple does; any other
        // is drawn by its type's name alone.
        if (o->tag != rt::Tag::Tuple)
            h = HeapObject();
        h.type = static_cast<rt::StrObject*>(part->cls->nameObject.get())->text;
        return;
    }
    h.className = part->cls->name;
    for (const auto& a : part->attrs.items)
        h.attrs.emplace_back(a.first, idOf(in, a.second.get()));
}

void describeContainer(Interpreter& in, Object* o, HeapObject& h) {
    if (o->tag == rt::Tag::Dict) {
        const rt::TypeObject* t = Interpreter::libraryDictType(o);
        h.type = t ? t->name.substr(t->name.rfind('.') + 1) : "dict"; // "collections.OrderedDict"
        for (const rt::DictEntry& e : static_cast<rt::DictObject*>(o)->entries)
            if (e.key)
                h.entries.emplace_back(idOf(in, e.key.get()), idOf(in, e.value.get()));
        describeSubclassPart(in, o, h);
        return;
    }
    if (const rt::TypeObject* t = Interpreter::namedTupleType(o)) {
        h.type = t->name; // a namedtuple: its class's name, and its items as a tuple's
        Tracer::forEachChild(o, [&](Object* c) { h.items.push_back(idOf(in, c)); });
        return;
    }
    h.type = o->tag == rt::Tag::List    ? "list"
             : o->tag == rt::Tag::Deque ? "deque"
             : o->tag == rt::Tag::Tuple ? "tuple"
             : o->tag == rt::Tag::Set   ? "set"
                                        : "frozenset";
    Tracer::forEachContentChild(o, [&](Object* c) { h.items.push_back(idOf(in, c)); });
    describeSubclassPart(in, o, h);
}

void describeFunction(Interpreter& in, rt::FunctionObject* fn, HeapObject& h) {
    h.type = "function";
    h.name = fn->name;
    if (fn->code)
        h.params = fn->code->signature;
    for (const ObjRef& d : fn->defaults)
        h.defaults.push_back(idOf(in, d.get()));
    if (fn->code) {
        for (std::size_t i = 0; i < fn->closure.size() && i < fn->code->freeNames.size(); ++i) {
            auto* cell = static_cast<rt::CellObject*>(fn->closure[i].get());
            if (cell->value)
                h.closure.emplace_back(fn->code->freeNames[i], idOf(in, cell->value.get()));
        }
    }
    for (const auto& a : fn->dict.items)
        h.attrs.emplace_back(a.first, idOf(in, a.second.get()));
}

void describeBuiltin(Interpreter& in, rt::BuiltinObject* b, HeapObject& h) {
    if (b->kind != rt::BuiltinKind::Function) {
        h.type = in.typeName(b); // method_descriptor...: a type name, no more
        return;
    }
    h.name = b->name;
    if (!b->python) {
        h.type = "builtin_function_or_method";
        return;
    }
    h.type = "function";
    h.params = b->python->params;
    for (const ObjRef& d : b->python->defaults)
        h.defaults.push_back(idOf(in, d.get()));
    for (const auto& [name, value] : b->python->closure)
        h.closure.emplace_back(name, idOf(in, value.get()));
    for (const auto& [name, value] : b->python->attrs)
        h.attrs.emplace_back(name, idOf(in, value.get()));
}

void describeMethod(Interpreter& in, rt::MethodObject* m, HeapObject& h) {
    h.type = "method";
    Object* fn = m->func.get();
    h.name = fn->tag == rt::Tag::Function  ? static_cast<rt::FunctionObject*>(fn)->name
             : fn->tag == rt::Tag::Builtin ? static_cast<rt::BuiltinObject*>(fn)->name
                                           : std::string();
    h.attrs.emplace_back("__self__", idOf(in, m->self.get()));
    h.attrs.emplace_back("__func__", idOf(in, fn));
}

void describeClass(Interpreter& in, rt::TypeObject* t, HeapObject& h) {
    // Builtin classes are drawn without attributes (the contract follows only the
    // program's own classes).
    h.type = "class";
    h.name = t->isUser ? t->name : t->name.substr(t->name.rfind('.') + 1); // "collections.deque"
    if (t->isLibrary && t->nameObject) // datetime.date: its __name__
        h.name = static_cast<rt::StrObject*>(t->nameObject.get())->text;
    if (t->isUser && !t->isLibrary) {
        for (const auto& a : t->dict.items)
            if (!rt::isHiddenClassAttr(a.first))
                h.attrs.emplace_back(a.first, idOf(in, a.second.get()));
        // `bases` holds `object` for a class written without bases, as __bases__ does.
        const bool onlyObject = t->bases.size() == 1 && t->bases[0] == in.objectType();
        if (!onlyObject)
            for (const rt::TypeObject* b : t->bases)
                h.bases.push_back(b->name);
    }
}

void describeInstance(Interpreter& in, rt::InstanceObject* inst, HeapObject& h) {
    if (inst->cls->isUser && !inst->cls->isLibrary) {
        h.type = "instance";
        h.className = inst->cls->name;
        for (const auto& a : inst->attrs.items)
            h.attrs.emplace_back(a.first, idOf(in, a.second.get()));
    } else {
        // object(), NotImplemented, re.Pattern; a class a module writes in C is named by its
        // __name__ (datetime.date's objects are "date", as the reference draws them).
        h.type = inst->cls->name;
        if (inst->cls->isLibrary && inst->cls->nameObject)
            h.type = static_cast<rt::StrObject*>(inst->cls->nameObject.get())->text;
        if (inst == in.notImplemented().get())
            h.value = "NotImplemented";
        else if (inst->cls->traceValue) {
            h.value = inst->cls->traceValue(inst);
            h.emptyValueShown = h.value.empty(); // re.compile('') shows its empty text
        }
    }
}

void describeException(Interpreter& in, rt::ExceptionObject* e, HeapObject& h) {
    if (exceptionTextIsPlain(e)) {
        h.value = e->message;
        h.emptyValueShown = h.value.empty();
    }
    if (!e->type->isUser) {
        h.type = e->type->name;
        return;
    }
    h.type = "instance";
    h.className = e->type->name;
    for (const auto& a : e->attrs.items)
        h.attrs.emplace_back(a.first, idOf(in, a.second.get()));
}

// A staticmethod or classmethod shows the function it wraps, a property its accessors, so the
// functions a decorator took are still in the diagram. Their repr() could run the program's own
// __repr__: never from inside the tracer.
void describeDescriptor(Interpreter& in, rt::DescriptorObject* d, HeapObject& h) {
    h.type = in.typeName(d);
    using Kind = rt::DescriptorObject::Kind;
    if (d->kind == Kind::Property) {
        const std::pair<const char*, const ObjRef*> accessors[] = {
            {"fget", &d->getter}, {"fset", &d->setter}, {"fdel", &d->deleter}};
        for (const auto& [name, a] : accessors)
            if (*a && (*a)->tag != rt::Tag::None)
                h.attrs.emplace_back(name, idOf(in, a->get()));
    } else if (d->kind != Kind::Member && d->func) {
        h.attrs.emplace_back("__func__", idOf(in, d->func.get()));
    }
}

// Builtin types not drawn in detail: their type name and repr(), unless the repr holds an
// address ("<cell at 0x...>"): CPython's differs on every run, and memstep's is its own.
void describeByRepr(Interpreter& in, Object* o, HeapObject& h) {
    h.type = in.typeName(o);
    if (auto r = in.repr(o); r && r->find(" at 0x") == std::string::npos)
        h.value = *r;
    in.clearException();
}

void describeIterator(Interpreter& in, rt::IteratorObject* it, HeapObject& h) {
    if (it->native) {
        h.type = it->typeName; // its repr could run the program's __repr__ (repeat(obj))
        // A library's generator function run natively (heapq.merge) keeps its name there.
        if (h.type == "generator" && it->source && it->source->tag == rt::Tag::Str)
            h.name = static_cast<rt::StrObject*>(it->source.get())->text;
        return;
    }
    if (it->kind != rt::IteratorObject::Kind::Generator || !it->generator) {
        describeByRepr(in, it, h);
        return;
    }
    // No repr: it holds an address, different on every run.
    auto* g = static_cast<GeneratorState*>(it->generator.get());
    h.type = "generator";
    h.name = g->expression ? "<genexpr>" : g->frame.code ? g->frame.code->name : "";
    if (g->listed)
        h.frame = g->frame.id;
}

} // namespace

HeapObject Tracer::contents(Object* o, bool) {
    HeapObject h;
    switch (o->tag) {
    case rt::Tag::None:
    case rt::Tag::Bool:
    case rt::Tag::Int:
    case rt::Tag::Float:
    case rt::Tag::Str:
    case rt::Tag::Range:
    case rt::Tag::Bytes:
    case rt::Tag::ByteArray:
    case rt::Tag::Complex:
        describeValue(o, h);
        describeSubclassPart(m_in, o, h); // class Num(int): its class and __dict__
        break;
    case rt::Tag::List:
    case rt::Tag::Deque:
    case rt::Tag::Tuple:
    case rt::Tag::Set:
    case rt::Tag::FrozenSet:
    case rt::Tag::Dict:
        describeContainer(m_in, o, h);
        break;
    case rt::Tag::Function:
        describeFunction(m_in, static_cast<rt::FunctionObject*>(o), h);
        break;
    case rt::Tag::Builtin:
        describeBuiltin(m_in, static_cast<rt::BuiltinObject*>(o), h);
        break;
    case rt::Tag::Method:
        describeMethod(m_in, static_cast<rt::MethodObject*>(o), h);
        break;
    case rt::Tag::Module:
        h.type = "module";
        h.name = static_cast<rt::ModuleObject*>(o)->name;
        break;
    case rt::Tag::Type:
        describeClass(m_in, static_cast<rt::TypeObject*>(o), h);
        break;
    case rt::Tag::Instance:
        describeInstance(m_in, static_cast<rt::InstanceObject*>(o), h);
        break;
    case rt::Tag::Exception:
        describeException(m_in, static_cast<rt::ExceptionObject*>(o), h);
        break;
    case rt::Tag::Iterator:
        describeIterator(m_in, static_cast<rt::IteratorObject*>(o), h);
        break;
    case rt::Tag::Descriptor:
        describeDescriptor(m_in, static_cast<rt::DescriptorObject*>(o), h);
        break;
    case rt::Tag::Super:
    case rt::Tag::Slice:
    case rt::Tag::DictView:
        // Their repr() could run the program's own __repr__: never from inside the tracer. A
        // dict view's would also go stale: the view changes with its dict, with no event of
        // its own.
        h.type = m_in.typeName(o);
        break;
    default:
        describeByRepr(m_in, o, h);
        break;
    }
    return h;
}

} // namespace memstep::core::interp
