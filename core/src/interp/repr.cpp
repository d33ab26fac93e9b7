// str() and repr() of every value: CPython 3.11's text, the program's own __str__/__repr__
// for its classes, `[...]` for a container inside itself, and limits on depth, time and size.
#include "interp/generators/generator.h"
#include "interp/interpreter.h"
#include "interp/stand_ins.h"
#include "numeric/complex_math.h"
#include "numeric/float_format.h"
#include "runtime/module.h"

#include <cstdio>

namespace memstep::core::interp {

namespace {

// Containers nested deeper than this in repr() raise RecursionError, like CPython's limit.
constexpr int kMaxReprDepth = 900;

std::string hexAddress(std::uint64_t v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "0x%llx", static_cast<unsigned long long>(v));
    return buf;
}

// A builtin function, method or descriptor as CPython's repr shows each kind.
void builtinRepr(Interpreter& in, std::string& out, rt::BuiltinObject* b) {
    // A stand-in for a library's Python function; a method of a library's Python class
    // (PrettyPrinter.pprint) may keep its class as self to find its signature, yet read
    // from the class it is a plain function in CPython.
    if (isPythonFunctionStandIn(b))
        out += "<function " + b->python->qualname + " at " + hexAddress(in.pyId(b)) + ">";
    else if (b->kind == rt::BuiltinKind::MethodDescriptor)
        out += "<method '" + b->name + "' of '" + b->owner->name + "' objects>";
    else if (b->kind == rt::BuiltinKind::WrapperDescriptor)
        out += "<slot wrapper '" + b->name + "' of '" + b->owner->name + "' objects>";
    else if (b->kind == rt::BuiltinKind::MethodWrapper)
        out += "<method-wrapper '" + b->name + "' of " + in.typeName(b->self.get()) +
               " object at " + hexAddress(in.pyId(b->self.get())) + ">";
    else if (b->self && b->self->tag != rt::Tag::Module) // a module's function is one
        out += "<built-in method " + b->name + " of " + in.typeName(b->self.get()) + " object at " +
               hexAddress(in.pyId(b->self.get())) + ">";
    else
        out += "<built-in function " + b->name + ">";
}

// type_repr and object_repr: a class's __module__ and a dot, unless it is "builtins" (or gone, or
// not a str); a library class without one is the program's.
std::string modulePrefix(const rt::TypeObject* t) {
    const rt::ObjRef* m = t->dict.find("__module__");
    if (!m)
        return t->isLibrary ? "__main__." : "";
    if ((*m)->tag != rt::Tag::Str)
        return "";
    const std::string& text = static_cast<const rt::StrObject*>(m->get())->text;
    return text == "builtins" ? "" : text + ".";
}

// A builtin type's name in repr(): the module-qualified one when it has one
// (`random.Random`), else the bare name (`int`).
std::string builtinTypeName(const rt::TypeObject* t) {
    return t->qualname.empty() ? t->name : t->qualname;
}

} // namespace

class ReprWriter {
public:
    ReprWriter(Interpreter& in) : m_in(in) {}
    bool write(std::string& out, Object* o, bool asStr, int depth);

private:
    // After each item of a container: the repr of a list of shared lists can be gigabytes and
    // take minutes, so it stops at the time limit and at the heap limit (as if it were a str
    // object already). False with the exception set.
    bool itemWritten(const std::string& out) {
        if (m_in.pollStop())
            return false;
        if (out.size() > kCheckBytes && !m_in.heap().canAllocate(out.size())) {
            m_in.memoryLimit();
            return false;
        }
        return true;
    }
    static constexpr std::size_t kCheckBytes = std::size_t{1} << 20;
    bool seq(std::string& out, const ObjVec& items, const char* open, const char* close,
             int depth) {
        out += open;
        for (std::size_t i = 0; i < items.size(); ++i) {
            if (i)
                out += ", ";
            if (!write(out, items[i].get(), false, depth + 1) || !itemWritten(out))
                return false;
        }
        out += close;
        return true;
    }
    // Numbers, str, None and the other values whose text needs no recursion.
    bool scalar(std::string& out, Object* o, bool asStr);
    // list, tuple, dict, set, frozenset, dict views; "[...]" for one already being written.
    bool container(std::string& out, Object* o, int depth);
    bool dictItems(std::string& out, rt::DictObject* d, int depth);
    bool dictViewItems(std::string& out, rt::DictViewObject* v, int depth);
    bool set(std::string& out, rt::SetObject* s, int depth);
    // The program's own __str__/__repr__ of a user instance or exception: nullopt when its
    // class defines neither, else whether it succeeded.
    std::optional<bool> userText(std::string& out, Object* o, bool asStr);
    // The text a library type's namespace gives by its dunder `name` (a namedtuple's
    // __repr__): nullopt when it has none, else whether it succeeded.
    std::optional<bool> libraryText(std::string& out, Object* o, const char* name);
    bool instance(std::string& out, rt::InstanceObject* inst, bool asStr);
    bool exception(std::string& out, rt::ExceptionObject* e, bool asStr, int depth);
    bool method(std::string& out, rt::MethodObject* m, int depth);
    bool descriptor(std::string& out, rt::DescriptorObject* d, int depth);
    void iterator(std::string& out, rt::IteratorObject* it);

    Interpreter& m_in;
    std::vector<Object*> m_active;

public:
    // The object whose builtin text is asked for (list.__repr__ through super()): its class's
    // __repr__ is not called for it.
    Object* m_own = nullptr;
};

// An object of a program's subclass of list or dict, or a class a program's metaclass made:
// its text is its class's __str__ or __repr__ when the class defines one.
static bool hasProgramClass(const Object* o) {
    return o->subclassed ||
           (o->tag == rt::Tag::Type && static_cast<const rt::TypeObject*>(o)->metaclass);
}

bool ReprWriter::write(std::string& out, Object* o, bool asStr, int depth) {
    if (depth > kMaxReprDepth) {
        m_in.raise("RecursionError",
                   "maximum recursion depth exceeded while getting the repr of an object");
        return false;
    }
    if (hasProgramClass(o) && o != m_own)
        if (std::optional<bool> done = userText(out, o, asStr))
            return *done;
    // str() of a namedtuple whose typing.NamedTuple class defines __str__.
    if (asStr && o != m_own && Interpreter::namedTupleType(o))
        if (std::optional<bool> done = libraryText(out, o, "__str__"))
            return *done;
    switch (o->tag) {
    case rt::Tag::None:
    case rt::Tag::Ellipsis:
    case rt::Tag::Bool:
    case rt::Tag::Int:
    case rt::Tag::Float:
    case rt::Tag::Str:
    case rt::Tag::Range:
    case rt::Tag::Bytes:
    case rt::Tag::ByteArray:
    case rt::Tag::Complex:
        return scalar(out, o, asStr);
    case rt::Tag::List:
    case rt::Tag::Deque:
    case rt::Tag::Dict:
    case rt::Tag::Set:
    case rt::Tag::FrozenSet:
    case rt::Tag::Tuple:
    case rt::Tag::DictView:
        return container(out, o, depth);
    case rt::Tag::Slice: {
        auto* s = static_cast<rt::SliceObject*>(o);
        out += "slice(";
        if (!write(out, s->start.get(), false, depth + 1))
            return false;
        out += ", ";
        if (!write(out, s->stop.get(), false, depth + 1))
            return false;
        out += ", ";
        if (!write(out, s->step.get(), false, depth + 1))
            return false;
        out += ")";
        return true;
    }
    case rt::Tag::Function: {
        auto* fn = static_cast<rt::FunctionObject*>(o);
        out += "<function " + Interpreter::functionQualname(fn) + " at " +
               hexAddress(m_in.pyId(o)) + ">";
        return true;
    }
    case rt::Tag::Instance:
        return instance(out, static_cast<rt::InstanceObject*>(o), asStr);
    case rt::Tag::Method:
        return method(out, static_cast<rt::MethodObject*>(o), depth);
    case rt::Tag::Descriptor:
        return descriptor(out, static_cast<rt::DescriptorObject*>(o), depth);
    case rt::Tag::Super: {
        auto* sp = static_cast<rt::SuperObject*>(o);
        out += "<super: <class '" + sp->start->name + "'>, <" + sp->selfType->name + " object>>";
        return true;
    }
    case rt::Tag::Builtin:
        builtinRepr(m_in, out, static_cast<rt::BuiltinObject*>(o));
        return true;
    case rt::Tag::Type: {
        auto* t = static_cast<rt::TypeObject*>(o);
        if (t->meta && std::string_view(t->meta->reprWord) != "class") {
            if (*t->meta->reprWord) // <enum 'Color'>
                out += std::string("<") + t->meta->reprWord + " '" + t->name + "'>";
            else // typing.Any
                out += t->qualname;
            return true;
        }
        // A class is named by its module, as a builtin type is (fractions.Fraction).
        out += "<class '" + (t->isUser ? modulePrefix(t) + t->qualname : builtinTypeName(t)) + "'>";
        return true;
    }
    case rt::Tag::Module:
        out += "<module '" + static_cast<rt::ModuleObject*>(o)->name + "' (built-in)>";
        return true;
    case rt::Tag::Exception:
        return exception(out, static_cast<rt::ExceptionObject*>(o), asStr, depth);
    case rt::Tag::Iterator: {
        auto* it = static_cast<rt::IteratorObject*>(o);
        if (it->native) {
            int written = it->native->repr(m_in, out);
            // A builtin one (callable_iterator) has no module's type.
            if (written == 0)
                out += std::string(it->nativeType ? "<itertools." : "<") + it->typeName +
                       " object at " + hexAddress(m_in.pyId(it)) + ">";
            return written >= 0;
        }
        iterator(out, it);
        return true;
    }
    case rt::Tag::Cell:
        out += "<cell at " + hexAddress(m_in.pyId(o)) + ">";
        return true;
    }
    out += "<object>";
    return true;
}

bool ReprWriter::scalar(std::string& out, Object* o, bool asStr) {
    switch (o->tag) {
    case rt::Tag::None:
        out += "None";
        return true;
    case rt::Tag::Ellipsis:
        out += "Ellipsis";
        return true;
    case rt::Tag::Bool:
        out += static_cast<rt::BoolObject*>(o)->value ? "True" : "False";
        return true;
    case rt::Tag::Int: {
        auto* i = static_cast<rt::IntObject*>(o);
        if (!i->isBig()) {
            out += std::to_string(i->small);
            return true;
        }
        auto s = i->big->toDecimalString();
        if (!s) {
            m_in.raise(s.error().type.c_str(), s.error().message);
            return false;
        }
        out += *s;
        return true;
    }
    case rt::Tag::Float:
        out += numeric::floatRepr(static_cast<rt::FloatObject*>(o)->value);
        return true;
    case rt::Tag::Complex:
        out += numeric::complexRepr(static_cast<rt::ComplexObject*>(o)->value);
        return true;
    case rt::Tag::Str:
        if (asStr)
            out += static_cast<rt::StrObject*>(o)->text;
        else
            out += numeric::pyStringRepr(static_cast<rt::StrObject*>(o)->text);
        return true;
    case rt::Tag::Bytes:
        // str(b) is its repr too (CPython warns only under -b).
        out += numeric::pyBytesRepr(static_cast<rt::BytesObject*>(o)->data);
        return true;
    case rt::Tag::ByteArray:
        out += "bytearray(" + numeric::pyBytesRepr(static_cast<rt::BytesObject*>(o)->data) + ")";
        return true;
    case rt::Tag::Range: {
        auto* r = static_cast<rt::RangeObject*>(o);
        out += "range(" + std::to_string(r->start) + ", " + std::to_string(r->stop);
        if (r->step != 1)
            out += ", " + std::to_string(r->step);
        out += ")";
        return true;
    }
    default:
        return true;
    }
}

bool ReprWriter::container(std::string& out, Object* o, int depth) {
    // defaultdict(...), Counter(...), Point(x=1, y=2): the type's own __repr__.
    if (Interpreter::libraryType(o))
        if (std::optional<bool> done = libraryText(out, o, "__repr__"))
            return *done;
    for (Object* a : m_active)
        if (a == o) {
            out += o->tag == rt::Tag::List    ? "[...]"
                   : o->tag == rt::Tag::Deque ? "[...]"
                   : o->tag == rt::Tag::Dict  ? "{...}"
                                              : "...";
            return true;
        }
    m_active.push_back(o);
    bool ok = true;
    if (o->tag == rt::Tag::List) {
        ok = seq(out, static_cast<rt::ListObject*>(o)->items, "[", "]", depth);
    } else if (o->tag == rt::Tag::Deque) {
        auto* d = static_cast<rt::DequeObject*>(o);
        ok = seq(out, d->items, "deque([", "])", depth);
        if (ok && d->maxlen >= 0) {
            out.pop_back();
            out += ", maxlen=" + std::to_string(d->maxlen) + ")";
        }
    } else if (o->tag == rt::Tag::Tuple) {
        auto& items = static_cast<rt::TupleObject*>(o)->items;
        ok = seq(out, items, "(", items.size() == 1 ? ",)" : ")", depth);
    } else if (o->tag == rt::Tag::Dict) {
        out += "{";
        ok = dictItems(out, static_cast<rt::DictObject*>(o), depth);
        out += "}";
    } else if (o->tag == rt::Tag::DictView) {
        out += m_in.typeName(o);
        out += "([";
        ok = dictViewItems(out, static_cast<rt::DictViewObject*>(o), depth);
        out += "])";
    } else {
        ok = set(out, static_cast<rt::SetObject*>(o), depth);
    }
    m_active.pop_back();
    return ok;
}

bool ReprWriter::dictItems(std::string& out, rt::DictObject* d, int depth) {
    bool first = true;
    for (const rt::DictEntry& e : d->entries) {
        if (!e.key)
            continue;
        if (!first)
            out += ", ";
        first = false;
        if (!write(out, e.key.get(), false, depth + 1))
            return false;
        out += ": ";
        if (!write(out, e.value.get(), false, depth + 1) || !itemWritten(out))
            return false;
    }
    return true;
}

bool ReprWriter::dictViewItems(std::string& out, rt::DictViewObject* v, int depth) {
    bool first = true;
    for (const rt::DictEntry& e : static_cast<rt::DictObject*>(v->dict.get())->entries) {
        if (!e.key)
            continue;
        if (!first)
            out += ", ";
        first = false;
        if (v->kind == rt::DictViewObject::Kind::Items)
            out += "(";
        if (v->kind != rt::DictViewObject::Kind::Values &&
            !write(out, e.key.get(), false, depth + 1))
            return false;
        if (v->kind == rt::DictViewObject::Kind::Items)
            out += ", ";
        if ((v->kind != rt::DictViewObject::Kind::Keys &&
             !write(out, e.value.get(), false, depth + 1)) ||
            !itemWritten(out))
            return false;
        if (v->kind == rt::DictViewObject::Kind::Items)
            out += ")";
    }
    return true;
}

bool ReprWriter::set(std::string& out, rt::SetObject* s, int depth) {
    bool frozen = s->tag == rt::Tag::FrozenSet;
    // An object of a program's subclass shows its class's name around the items: Tags({1}).
    const std::string named = s->subclassed ? m_in.typeName(s) : "";
    if (s->used == 0) {
        out += !named.empty() ? named + "()" : frozen ? "frozenset()" : "set()";
        return true;
    }
    out += !named.empty() ? named + "({" : frozen ? "frozenset({" : "{";
    bool ok = true;
    bool first = true;
    for (const rt::SetEntry& e : s->table) {
        if (!e.key)
            continue;
        if (!first)
            out += ", ";
        first = false;
        if (!write(out, e.key.get(), false, depth + 1) || !itemWritten(out)) {
            ok = false;
            break;
        }
    }
    out += frozen || !named.empty() ? "})" : "}";
    return ok;
}

std::optional<bool> ReprWriter::userText(std::string& out, Object* o, bool asStr) {
    bool handled = false;
    ObjRef text = m_in.userText(o, asStr, &handled);
    if (!handled)
        return std::nullopt;
    if (!text)
        return false;
    out += static_cast<rt::StrObject*>(text.get())->text;
    return true;
}

// The str a library type's namespace gives by its dunder `name`, checked to be a str: a
// typing.NamedTuple class's own __str__ is written in the program. *found false when none.
static ObjRef libraryTextObject(Interpreter& in, Object* o, const char* name, bool* found) {
    ObjRef text = in.callLibraryDunder(o, name, {}, found);
    if (!text || text->tag == rt::Tag::Str)
        return text;
    return in.raise("TypeError", std::string(name) + " returned non-string (type " +
                                     in.typeName(text.get()) + ")");
}

std::optional<bool> ReprWriter::libraryText(std::string& out, Object* o, const char* name) {
    bool found = false;
    ObjRef text = libraryTextObject(m_in, o, name, &found);
    if (!found)
        return std::nullopt;
    if (!text)
        return false;
    out += static_cast<rt::StrObject*>(text.get())->text;
    return true;
}

bool ReprWriter::instance(std::string& out, rt::InstanceObject* inst, bool asStr) {
    if (inst == m_in.notImplemented().get()) {
        out += "NotImplemented";
        return true;
    }
    if (m_in.isGenericAlias(inst) || m_in.isUnion(inst))
        return m_in.aliasRepr(inst, out);
    if (inst->cls->isUser && inst != m_own)
        if (std::optional<bool> done = userText(out, inst, asStr))
            return *done;
    if (rt::NativeFn fn = inst->cls->reprInstance; fn && inst != m_own) {
        rt::CallArgs none;
        ObjRef text = fn(m_in, inst, none);
        if (!text)
            return false;
        out += static_cast<rt::StrObject*>(text.get())->text;
        return true;
    }
    out += "<" +
           (inst->cls->isUser ? modulePrefix(inst->cls) + inst->cls->qualname
                              : builtinTypeName(inst->cls)) +
           " object at " + hexAddress(m_in.pyId(inst)) + ">";
    return true;
}

bool ReprWriter::exception(std::string& out, rt::ExceptionObject* e, bool asStr, int depth) {
    // BaseException's own text (`own`) is past the class's __repr__: super().__repr__().
    if (e->type->isUser && e != m_own)
        if (std::optional<bool> done = userText(out, e, asStr))
            return *done;
    if (asStr) {
        out += e->message;
        return true;
    }
    out += e->type->name;
    if (e->args.size() == 1) {
        out += "(";
        if (!write(out, e->args[0].get(), false, depth + 1))
            return false;
        out += ")";
        return true;
    }
    return seq(out, e->args, "(", ")", depth);
}

bool ReprWriter::method(std::string& out, rt::MethodObject* m, int depth) {
    Object* fn = m->func.get();
    std::string name = fn->tag == rt::Tag::Function
                           ? Interpreter::functionQualname(static_cast<rt::FunctionObject*>(fn))
                       : fn->tag == rt::Tag::Builtin && static_cast<rt::BuiltinObject*>(fn)->python
                           ? static_cast<rt::BuiltinObject*>(fn)->python->qualname
                           : "?";
    out += "<bound method " + name + " of ";
    if (!write(out, m->self.get(), false, depth + 1))
        return false;
    out += ">";
    return true;
}

bool ReprWriter::descriptor(std::string& out, rt::DescriptorObject* d, int depth) {
    if (d->kind == rt::DescriptorObject::Kind::Property) {
        out += "<property object at " + hexAddress(m_in.pyId(d)) + ">";
        return true;
    }
    if (d->kind == rt::DescriptorObject::Kind::Member) {
        out += "<member '" + static_cast<rt::StrObject*>(d->func.get())->text + "' of '" +
               d->owner->name + "' objects>";
        return true;
    }
    out += "<" + std::string(m_in.typeName(d)) + "(";
    if (!write(out, d->func.get(), false, depth + 1))
        return false;
    out += ")>";
    return true;
}

void ReprWriter::iterator(std::string& out, rt::IteratorObject* it) {
    if (it->kind == rt::IteratorObject::Kind::Generator && it->generator) {
        auto* g = static_cast<GeneratorState*>(it->generator.get());
        std::string name = g->expression ? "<genexpr>" : g->frame.code->qualname;
        out += "<generator object " + name + " at " + hexAddress(m_in.pyId(it)) + ">";
    } else if (it->typeName == "generator")
        out += "<generator object <genexpr> at " + hexAddress(m_in.pyId(it)) + ">";
    else
        out += "<" + it->typeName + " object at " + hexAddress(m_in.pyId(it)) + ">";
}

std::optional<std::string> Interpreter::str(Object* o) {
    // A str of a program's subclass may have its own __str__ (an enum's, Enum.__str__).
    if (o->tag == rt::Tag::Str && !o->subclassed)
        return static_cast<rt::StrObject*>(o)->text;
    std::string out;
    ReprWriter w(*this);
    if (!w.write(out, o, true, 0))
        return std::nullopt;
    return out;
}

// What PyObject_Str/PyObject_Repr hand back when the program's own __str__/__repr__ answers
// for `o`: the very object it returned (`str(a) is a.s`, a str subclass's object included).
// *handled is false when no program code writes o's text. The same choices as
// ReprWriter::write, instance and exception make before their own text.
ObjRef Interpreter::ownText(Object* o, bool asStr, bool* handled) {
    *handled = false;
    if (hasProgramClass(o))
        if (ObjRef r = userText(o, asStr, handled); *handled)
            return r;
    if (asStr && namedTupleType(o))
        if (ObjRef r = libraryTextObject(*this, o, "__str__", handled); *handled)
            return r;
    const bool program =
        (o->tag == rt::Tag::Instance && o != m_notImplemented.get() && !isGenericAlias(o) &&
         !isUnion(o) && static_cast<rt::InstanceObject*>(o)->cls->isUser) ||
        (o->tag == rt::Tag::Exception && static_cast<rt::ExceptionObject*>(o)->type->isUser);
    if (!program)
        return nullptr;
    return userText(o, asStr, handled);
}

std::optional<std::string> Interpreter::repr(Object* o, bool own) {
    std::string out;
    ReprWriter w(*this);
    w.m_own = own ? o : nullptr;
    if (!w.write(out, o, false, 0))
        return std::nullopt;
    return out;
}

} // namespace memstep::core::interp
