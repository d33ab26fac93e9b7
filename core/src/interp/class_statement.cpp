// The `class` statement: decorators, bases, the body run as a frame of its own, then the
// class object (layout, C3 MRO) made from what the body stored, as CPython 3.11 orders it.
#include "interp/attributes/attribute_hooks.h"
#include "interp/attributes/class_body_dict.h"
#include "interp/attributes/metaclass.h"
#include "interp/interpreter.h"
#include "interp/tracing/tracer.h"

#include <algorithm>
#include <iterator>
#include <string_view>

namespace memstep::core::interp {

using namespace syntax;
using rt::CallArgs;
using rt::TypeObject;

namespace {

bool isFrameHidden(std::string_view name) {
    return name == "__module__" || name == "__qualname__" || name == "__doc__";
}

// C3 linearisation of a new class from its bases' MROs; false when none exists.
bool c3Merge(std::vector<std::vector<TypeObject*>> seqs, std::vector<TypeObject*>& out) {
    while (true) {
        seqs.erase(
            std::remove_if(seqs.begin(), seqs.end(), [](const auto& s) { return s.empty(); }),
            seqs.end());
        if (seqs.empty())
            return true;
        TypeObject* head = nullptr;
        for (const auto& s : seqs) {
            TypeObject* candidate = s.front();
            bool inTail = false;
            for (const auto& other : seqs)
                if (std::find(other.begin() + 1, other.end(), candidate) != other.end())
                    inTail = true;
            if (!inTail) {
                head = candidate;
                break;
            }
        }
        if (!head)
            return false;
        out.push_back(head);
        for (auto& s : seqs)
            if (!s.empty() && s.front() == head)
                s.erase(s.begin());
    }
}

// `library`: a class made with a library's metaclass (an Enum, an ABC) or an exception class,
// whose instances memstep makes its own way: the attribute hooks and __new__ stay refused.
bool isRefusedDunder(std::string_view name, bool library) {
    static const char* const kRefused[] = {
        "__del__",   "__class_getitem__", "__complex__", "__missing__", "__await__",
        "__aiter__", "__anext__",         "__aenter__",  "__aexit__",
    };
    static const char* const kRefusedInLibrary[] = {
        "__new__", "__getattr__", "__getattribute__", "__setattr__", "__delattr__",       "__get__",
        "__set__", "__delete__",  "__set_name__",     "__slots__",   "__init_subclass__",
    };
    for (const char* r : kRefused)
        if (name == r)
            return true;
    if (library)
        for (const char* r : kRefusedInLibrary)
            if (name == r)
                return true;
    return false;
}

// Class keywords besides `metaclass=` with a metaclass other than type, which would get them
// too (its __prepare__, __new__ and __init__): refused, true after the abort.
bool keywordsRefused(Interpreter& in, const CallArgs& keywords, Object* meta,
                     TypeObject* libraryMetaType, const ObjVec& baseObjects) {
    bool libraryBase = std::any_of(baseObjects.begin(), baseObjects.end(), [](const ObjRef& b) {
        return b->tag == rt::Tag::Type && static_cast<TypeObject*>(b.get())->meta;
    });
    if (keywords.keywords.empty() ||
        (meta == in.builtinType(rt::Tag::Type) && !libraryMetaType && !libraryBase))
        return false;
    in.abortUnsupported("class keywords other than `metaclass=` (`" +
                        *keywords.keywords.front().name +
                        "`) with a metaclass other than type are not supported yet");
    return true;
}

// A program's metaclass's __prepare__(name, bases): the dict it returns, its str keys put in
// `ns` first; null with the exception set, or an Unsupported abort for another mapping.
ObjRef prepareNamespace(Interpreter& in, const ClassDef& d, Object* meta, const ObjRef& bases,
                        rt::AttrDict& ns) {
    ObjRef fn = in.getAttr(meta, "__prepare__");
    if (!fn)
        return nullptr;
    CallArgs args;
    auto n = in.classNames.find(&d);
    args.positional = {n != in.classNames.end() ? n->second : in.newStr(d.name), bases};
    ObjRef out = in.call(fn.get(), args);
    if (!out)
        return nullptr;
    const rt::Tag t = out->tag;
    if (t == rt::Tag::Int || t == rt::Tag::Float || t == rt::Tag::Bool || t == rt::Tag::None ||
        t == rt::Tag::Set || t == rt::Tag::Function)
        return in.raise("TypeError", static_cast<TypeObject*>(meta)->name +
                                         ".__prepare__() must return a mapping, not " +
                                         in.typeName(out.get()));
    if (t != rt::Tag::Dict || out->subclassed)
        return in.abortUnsupported("a metaclass's `__prepare__` returning a '" +
                                   std::string(in.typeName(out.get())) +
                                   "' rather than a dict is not supported yet");
    for (const rt::DictEntry& e : static_cast<rt::DictObject*>(out.get())->entries) {
        if (!e.key)
            continue;
        if (e.key->tag != rt::Tag::Str)
            return in.abortUnsupported("a metaclass's `__prepare__` giving a key that is not a "
                                       "str is not supported yet");
        ns.set(static_cast<rt::StrObject*>(e.key.get())->text, e.value);
    }
    return out;
}

} // namespace

// A special method of a program's subclass of list or dict that memstep would not call where
// CPython does: every builtin operation on its instances runs the builtin's own code, so the
// class may only add methods, override the named ones (never called by the builtin's own
// methods in CPython either) and define the special methods below, which memstep calls.
bool isRefusedInSubclass(std::string_view name, rt::Tag base) {
    static const char* const kAllowed[] = {
        "__module__",      "__qualname__", "__doc__",     "__classcell__",
        "__annotations__", "__init__",     "__repr__",    "__str__",
        "__getitem__",     "__setitem__",  "__delitem__", "__orig_bases__",
    };
    if (!(name.size() > 4 && name.starts_with("__") && name.ends_with("__")))
        return false;
    for (const char* a : kAllowed)
        if (name == a)
            return false;
    // len(), truth and the length hint of list(), tuple(), sorted() and `*` ask a list's class
    // for __len__ (overridesLen); the list's own methods read its size.
    if (base == rt::Tag::List && name == "__len__")
        return false;
    // int, float, str and tuple objects are made by their type's __new__, which the class may
    // override (super().__new__(cls, value)).
    const bool value = base == rt::Tag::Int || base == rt::Tag::Float || base == rt::Tag::Str ||
                       base == rt::Tag::Tuple;
    // A tuple's subclass may say `__slots__ = ()` (a namedtuple's subclass often does): its
    // objects then have no __dict__ (slots.cpp refuses any slot, as CPython does).
    return !(base == rt::Tag::Dict && name == "__missing__") && !(value && name == "__new__") &&
           !(base == rt::Tag::Tuple && name == "__slots__");
}

// A special method of a program's metaclass that memstep's own operations on its classes
// would not call (__getattr__, __instancecheck__, __getitem__...): refused by name.
bool isRefusedInMetaclass(std::string_view name) {
    static const char* const kAllowed[] = {
        "__module__", "__qualname__", "__doc__",  "__classcell__", "__annotations__", "__init__",
        "__new__",    "__call__",     "__repr__", "__str__",       "__orig_bases__",  "__prepare__",
    };
    if (!(name.size() > 4 && name.starts_with("__") && name.ends_with("__")))
        return false;
    return std::none_of(std::begin(kAllowed), std::end(kAllowed),
                        [&](const char* a) { return name == a; });
}

void Interpreter::classStore(Frame& f, const std::string& name, ObjRef value, bool fromDict) {
    if (m_tracer && f.traced == &f && !isFrameHidden(name)) {
        if (value)
            m_tracer->bind(f, name, value.get());
        else
            m_tracer->unbind(f, name);
    }
    if (f.classLocals && !fromDict) {
        auto* d = static_cast<rt::DictObject*>(f.classLocals.get());
        ObjRef key = internedStr(name);
        if (value) {
            dictSet(d, std::move(key), value); // a str key: cannot fail
        } else if (auto h = hash(key.get()); h) {
            if (std::int64_t pos = d->findBuiltin(key.get(), *h); pos >= 0)
                dictRemoveAt(d, pos);
        }
    }
    if (value)
        f.classNamespace->set(name, std::move(value));
    else
        ObjRef old = f.classNamespace->erase(name);
}

bool Interpreter::evalDecorators(const ExprList& decorators, Frame& f,
                                 std::vector<ObjRef>& evaluated) {
    for (const ExprPtr& e : decorators) {
        if (!mark(f, e->line))
            return false;
        ObjRef v = eval(*e, f);
        if (!v)
            return false;
        evaluated.push_back(std::move(v));
    }
    return true;
}

ObjRef Interpreter::applyDecorators(const ExprList& decorators, std::vector<ObjRef>& evaluated,
                                    ObjRef target, Frame& f) {
    // The innermost (last written) decorator is applied first, each call on its own line.
    for (std::size_t i = evaluated.size(); i-- > 0;) {
        if (!mark(f, decorators[i]->line))
            return nullptr;
        CallArgs args;
        args.positional.push_back(std::move(target));
        target = call(evaluated[i].get(), args);
        if (!target) {
            f.failAt(*decorators[i]); // the decorator's call is at the decorator
            return nullptr;
        }
    }
    return target;
}

// Why memstep refuses a class with namespace `ns`: a special method it would silently ignore,
// refused rather than show a run that CPython would not make. Empty when it makes the class.
std::string refusedInClass(Interpreter& in, const rt::AttrDict& ns, TypeObject* layout,
                           const std::vector<TypeObject*>& mro, bool library) {
    // typing.NamedTuple's metaclass makes a namedtuple class of its own from the body's names,
    // and checks them itself (modules/typing): this class is never used.
    if (std::any_of(mro.begin(), mro.end(), [](TypeObject* c) {
            return !c->isUser && c->meta && c->name == "_NamedTuple";
        }))
        return {};
    library = library || std::any_of(mro.begin(), mro.end(), [](TypeObject* c) { return c->meta; });
    // An exception class may define __new__ (BaseException.__new__ makes its instance); a
    // class made by a library's metaclass may not.
    const bool newAllowed = !library;
    library = library || layout->isException;
    // A subclass of list or dict, or a metaclass: what its body and the program's classes it
    // inherits from (a mixin's __len__) define.
    const bool meta = layout == in.builtinType(rt::Tag::Type);
    if (isBuiltinLayout(in, layout) || meta) {
        std::vector<const rt::AttrDict*> namespaces{&ns};
        for (TypeObject* c : mro)
            if (c->isUser)
                namespaces.push_back(&c->dict);
        for (const rt::AttrDict* space : namespaces)
            for (const auto& [name, value] : space->items) {
                if (meta && isRefusedInMetaclass(name))
                    return "a metaclass defining `" + name + "` is not supported yet";
                if (!meta && isRefusedInSubclass(name, layout->instanceTag))
                    return "a subclass of " + layout->name + " defining `" + name +
                           "` is not supported yet";
            }
    }
    // collections.UserDict's __getitem__ asks the class for __missing__, as dict's does.
    const bool missingAsked =
        isBuiltinLayout(in, layout) || std::any_of(mro.begin(), mro.end(), [](TypeObject* c) {
            return c->userCollection == TypeObject::UserCollection::Dict;
        });
    for (const auto& [name, value] : ns.items)
        if (isRefusedDunder(name, library) && !(name == "__missing__" && missingAsked) &&
            !(name == "__new__" && newAllowed)) {
            std::string what = isRefusedDunder(name, false) ? "classes"
                               : layout->isException        ? "exception classes"
                                                     : "classes made by a library's metaclass";
            return what + " defining `" + name + "` are not supported yet";
        }
    // Such a class's own making (EnumType.__new__, an exception's) would call a base's
    // __init_subclass__ at a moment memstep does not place.
    if (library)
        for (TypeObject* c : mro)
            if (c->isUser && c->dict.find("__init_subclass__"))
                return "a class made by a library's metaclass or an exception class whose base "
                       "defines `__init_subclass__` is not supported yet";
    return {};
}

namespace {

// What a library's metaclass makes of the class a statement just made (`made`): its own
// `created` hook's result, or null with the exception set. One that makes another class
// (typing.NamedTuple's) never sets the body's __class__ cell, which __build_class__ checks.
ObjRef libraryMetaCreated(Interpreter& in, const rt::Metaclass& meta, ObjRef made,
                          const ObjRef& classCell, const std::string& name) {
    ObjRef cls = meta.created(in, static_cast<TypeObject*>(made.get()));
    if (!cls || !classCell || cls == made)
        return cls;
    auto* cell = static_cast<rt::CellObject*>(classCell.get());
    cell->value = nullptr;
    if (in.tracer())
        in.tracer()->cellChanged(cell);
    auto nameText = in.repr(in.newStr(name).get());
    auto classText = nameText ? in.repr(cls.get()) : std::nullopt;
    if (classText)
        in.raise("RuntimeError", "__class__ not set defining " + *nameText + " as " + *classText +
                                     ". Was __classcell__ propagated to type.__new__?");
    return nullptr;
}

} // namespace

Flow Interpreter::execClassDef(const ClassDef& d, Frame& f) {
    std::vector<ObjRef> decorators;
    if (!evalDecorators(d.decorators, f, decorators))
        return failed(f);
    if (!mark(f, d.line))
        return failed(f);
    // Bases are evaluated before the body runs; CPython checks them (layout, MRO) only when
    // the class object is made, after the body.
    ObjVec baseObjects, origBases;
    if (Flow flow = evalClassBases(d, f, baseObjects, origBases); flow != Flow::Normal)
        return flow;
    // The keywords after the bases: `metaclass=`, and the others for __init_subclass__.
    ObjRef metaclass;
    CallArgs keywords;
    for (const Keyword& k : d.keywords) {
        ObjRef v = eval(*k.value, f);
        if (!v)
            return failed(f);
        if (k.arg == "metaclass")
            metaclass = std::move(v);
        else
            keywords.keywords.push_back(rt::KwArg{
                &k.arg, std::move(v), k.nameSlot ? constantPool[k.nameSlot - 1] : nullptr});
    }
    ObjRef meta = classMetaclass(*this, metaclass, baseObjects);
    if (!meta)
        return m_abort ? Flow::Raise : failed(f);
    // A library's metaclass (EnumType, ABCMeta) makes the class as the bases' hooks say, or
    // the hooks it `makes` when given by name (metaclass=ABCMeta, as if the class derived
    // from ABC).
    const rt::Metaclass* libraryMeta = nullptr;
    TypeObject* libraryMetaType = nullptr;
    if (meta->tag == rt::Tag::Type && !isProgramMetaclass(*this, meta.get()) &&
        meta.get() != builtinType(rt::Tag::Type) &&
        (!metaclass || static_cast<TypeObject*>(meta.get())->makes)) {
        libraryMetaType = static_cast<TypeObject*>(meta.get());
        libraryMeta = metaclass ? libraryMetaType->makes : nullptr;
        meta = ObjRef(builtinType(rt::Tag::Type));
        for (const ObjRef& b : baseObjects) {
            auto* t = b->tag == rt::Tag::Type ? static_cast<TypeObject*>(b.get()) : nullptr;
            if (metaclass && t && t->meta && t->meta != libraryMeta) {
                abortUnsupported("`metaclass=` with a base made by another library's "
                                 "metaclass is not supported yet");
                return Flow::Raise;
            }
            // A base of typing's (Protocol): its metaclass, memstep does not name.
            if (t && t->meta && !t->metaclass)
                libraryMetaType = nullptr;
        }
    }
    if (meta.get() != builtinType(rt::Tag::Type) && !isProgramMetaclass(*this, meta.get()) &&
        meta->tag == rt::Tag::Type) {
        abortUnsupported("the metaclass `" + static_cast<TypeObject*>(meta.get())->name +
                         "` given by `metaclass=` is not supported yet");
        return Flow::Raise;
    }

    auto it = functionCodes.find(&d.body);
    if (it == functionCodes.end()) {
        raise("SystemError", "unresolved class");
        return failed(f);
    }
    const CodeInfo* code = it->second;
    if (recursionTooDeep())
        return failed(f);
    if (keywordsRefused(*this, keywords, meta.get(), libraryMetaType, baseObjects))
        return Flow::Raise;
    if (meta.get() != builtinType(rt::Tag::Type))
        return classByMetaclass(d, f, code, meta, baseObjects, origBases, decorators);

    // The body runs as a frame; its names go to `ns`, which becomes the class's __dict__.
    rt::AttrDict ns;
    Frame cf;
    for (const ObjRef& b : baseObjects)
        if (b->tag == rt::Tag::Type && !libraryMeta)
            libraryMeta = static_cast<TypeObject*>(b.get())->meta;
    if (libraryMeta && libraryMeta->prepare &&
        !libraryMeta->prepare(*this, d.name, baseObjects, ns))
        return failed(f);
    cf.classMeta = libraryMeta;
    if (Flow flow = runClassBody(d, code, ns, cf, f); flow != Flow::Normal)
        return flow;
    // __build_class__ stores the bases as written once the body has run (in the namespace
    // dict locals() gave too).
    if (!origBases.empty()) {
        ns.set("__orig_bases__", m_heap->newTuple(origBases));
        if (cf.classLocals && !dictSet(static_cast<rt::DictObject*>(cf.classLocals.get()),
                                       internedStr("__orig_bases__"), *ns.find("__orig_bases__")))
            return failed(f);
    }

    std::vector<TypeObject*> bases;
    TypeObject* layout = nullptr;
    std::vector<TypeObject*> mro;
    if (!classBasesLayoutMro(baseObjects, bases, layout, mro))
        return m_abort ? Flow::Raise : failed(f);
    if (std::string refused = refusedInClass(*this, ns, layout, mro, libraryMeta);
        !refused.empty()) {
        abortUnsupported(refused);
        return Flow::Raise;
    }

    auto n = classNames.find(&d);
    ObjRef cls = makeClass(d.name, n != classNames.end() ? n->second : nullptr, code->qualname, ns,
                           cf.classCell, bases, layout, mro);
    if (!makeSlots(*this, static_cast<TypeObject*>(cls.get())) ||
        !callSetNames(*this, static_cast<TypeObject*>(cls.get())))
        return failed(f);
    // type_new's init_subclass: a library's metaclass makes its classes its own way.
    if (!libraryMeta && !initSubclass(*this, static_cast<TypeObject*>(cls.get()), keywords))
        return failed(f);
    if (libraryMeta && !static_cast<TypeObject*>(cls.get())->meta)
        static_cast<TypeObject*>(cls.get())->meta = libraryMeta;
    static_cast<TypeObject*>(cls.get())->metaclass = libraryMetaType;
    if (libraryMeta && libraryMeta->created &&
        !(cls = libraryMetaCreated(*this, *libraryMeta, std::move(cls), cf.classCell, d.name)))
        return failed(f);
    return bindClass(d, f, decorators, std::move(cls));
}

Flow Interpreter::bindClass(const ClassDef& d, Frame& f, std::vector<ObjRef>& decorators,
                            ObjRef cls) {
    if (!decorators.empty()) {
        cls = applyDecorators(d.decorators, decorators, std::move(cls), f);
        if (!cls)
            return failed(f);
        if (!mark(f, d.line))
            return failed(f);
    }
    return bindDefinition(f, d.boundName, std::move(cls)) ? Flow::Normal : failed(f);
}

Flow Interpreter::classByMetaclass(const ClassDef& d, Frame& f, const CodeInfo* code, ObjRef meta,
                                   const ObjVec& baseObjects, const ObjVec& origBases,
                                   std::vector<ObjRef>& decorators) {
    // One tuple of the bases for __prepare__ and the metaclass, as __build_class__ has.
    ObjRef basesTuple = m_heap->newTuple(baseObjects);
    rt::AttrDict ns;
    // The dict __prepare__ returns: the body's namespace, handed to the metaclass filled.
    ObjRef prepared;
    if (meta->tag == rt::Tag::Type &&
        lookupInType(static_cast<TypeObject*>(meta.get()), "__prepare__")) {
        prepared = prepareNamespace(*this, d, meta.get(), basesTuple, ns);
        if (!prepared)
            return m_abort ? Flow::Raise : failed(f);
    }
    Frame cf;
    cf.classPrepared = prepared != nullptr;
    if (Flow flow = runClassBody(d, code, ns, cf, f); flow != Flow::Normal)
        return flow;
    if (!origBases.empty())
        ns.set("__orig_bases__", m_heap->newTuple(origBases));
    // CPython's class body fills a dict, which the metaclass is called with: meta(name, bases,
    // namespace), its __classcell__ last; the body's locals() answered that dict.
    ObjRef dict = prepared ? prepared : cf.classLocals ? cf.classLocals : ObjRef(m_heap->newDict());
    static_cast<rt::DictObject*>(dict.get())->clear();
    for (const auto& [name, value] : ns.items)
        if (!dictSet(static_cast<rt::DictObject*>(dict.get()), internedStr(name), value))
            return failed(f);
    if (cf.classCell && !dictSet(static_cast<rt::DictObject*>(dict.get()),
                                 internedStr("__classcell__"), cf.classCell))
        return failed(f);
    auto n = classNames.find(&d);
    CallArgs args;
    args.positional = {n != classNames.end() ? n->second : newStr(d.name), basesTuple, dict};
    if (m_tracer && prepared && Tracer::visible(prepared.get()))
        m_tracer->replaced(prepared.get());
    ObjRef cls = call(meta.get(), args);
    if (!cls)
        return m_abort ? Flow::Raise : failed(f);
    return bindClass(d, f, decorators, std::move(cls));
}

Flow Interpreter::evalClassBases(const ClassDef& d, Frame& f, ObjVec& baseObjects,
                                 ObjVec& origBases) {
    for (const ExprPtr& b : d.bases) {
        if (b->kind == ExprKind::Starred) {
            abort(kUnsupported, "`*` in a class's bases is not supported yet (line " +
                                    std::to_string(d.line) + ")");
            return Flow::Raise;
        }
        ObjRef v = eval(*b, f);
        if (!v)
            return failed(f);
        baseObjects.push_back(v);
    }
    // A library object standing for a class (typing.Generic[T]): its __mro_entries__.
    ObjVec written = baseObjects;
    baseObjects.clear();
    for (const ObjRef& v : written) {
        bool found = false;
        ObjRef entries =
            v->tag == rt::Tag::Instance
                ? callLibraryDunder(v.get(), "__mro_entries__", {m_heap->newTuple(written)}, &found)
                : nullptr;
        // A library function bound to a library class with a metaclass stands for that class
        // (typing.NamedTuple, whose __mro_entries__ gives typing._NamedTuple).
        if (v->tag == rt::Tag::Builtin) {
            auto* fn = static_cast<rt::BuiltinObject*>(v.get());
            if (fn->python && fn->self && fn->self->tag == rt::Tag::Type &&
                static_cast<TypeObject*>(fn->self.get())->meta &&
                !static_cast<TypeObject*>(fn->self.get())->isUser) {
                found = true;
                entries = m_heap->newTuple({fn->self});
            }
        }
        if (found) {
            if (!entries)
                return failed(f);
            for (const ObjRef& e : static_cast<rt::TupleObject*>(entries.get())->items)
                baseObjects.push_back(e);
            origBases = written;
            continue;
        }
        if (v->tag == rt::Tag::Type) {
            auto* t = static_cast<TypeObject*>(v.get());
            TypeObject* l = (t->isUser || t->meta) && t->layout ? t->layout : t;
            if (l != m_objectType && !l->isException && !isBuiltinLayout(*this, l) &&
                l != builtinType(rt::Tag::Type) && !isNamedTupleClass(*this, l)) {
                abort(kUnsupported, "subclassing the built-in type '" + l->name +
                                        "' is not supported yet (line " + std::to_string(d.line) +
                                        ")");
                return Flow::Raise;
            }
        }
        baseObjects.push_back(v);
    }
    // class Color(int, Enum): a library's metaclass makes its instances of the mixed-in type, a
    // way of making int, float, str or tuple objects memstep has only for an Enum's members.
    const TypeObject* value = nullptr;
    bool meta = false;
    for (const ObjRef& b : baseObjects)
        if (b->tag == rt::Tag::Type) {
            auto* t = static_cast<TypeObject*>(b.get());
            // EnumType (repr word "enum", "flag" for a Flag) makes members of a mixed-in int or
            // str itself.
            meta = meta || (t->meta && std::string_view(t->meta->reprWord) != "enum" &&
                            std::string_view(t->meta->reprWord) != "flag");
            if (const TypeObject* l = t->isUser && t->layout ? t->layout : t;
                isValueLayout(*this, l))
                value = l;
        }
    if (value && meta) {
        abort(kUnsupported, "a class with the base '" + value->name +
                                "' and a library's metaclass (an Enum, an ABC) is not supported "
                                "yet (line " +
                                std::to_string(d.line) + ")");
        return Flow::Raise;
    }
    return Flow::Normal;
}

Flow Interpreter::runClassBody(const ClassDef& d, const CodeInfo* code, rt::AttrDict& ns, Frame& cf,
                               Frame& f) {
    // LOAD_NAME __name__: the module's own str object, unless the program rebound it; with the
    // name gone (globals().clear()), the builtins module's.
    ObjRef moduleName = m_globals[static_cast<std::size_t>(globalSlot("__name__"))];
    ns.set("__module__", moduleName ? moduleName : builtinsModuleAttr("__name__"));
    // The compiler's constant, one object with the class's name when they are equal.
    auto n = classNames.find(&d);
    ns.set("__qualname__",
           n != classNames.end() && code->qualname == d.name ? n->second : newStr(code->qualname));
    cf.code = code;
    cf.id = FrameId{++m_nextFrame};
    // A class statement of a doctest example: no steps, and its frame is not drawn.
    const bool traced = code->textFile.empty();
    cf.traced = traced ? &cf : nullptr;
    cf.classNamespace = &ns;
    // The variables of the function around it that the body or its methods read: cells of
    // that function's frame (its own, or its closure's).
    for (std::size_t i = 0; i < code->freeNames.size(); ++i) {
        if (code->freeSourceSlots[i] < 0) {
            abortUnsupported("this class body's use of an enclosing variable is not supported "
                             "yet (line " +
                             std::to_string(code->firstLine) + ")");
            return Flow::Raise;
        }
        const auto src = static_cast<std::size_t>(code->freeSourceSlots[i]);
        cf.cells.push_back(code->freeSourceIsFree[i] ? f.cells[src] : f.locals[src]);
    }
    if (code->needsClassCell)
        cf.classCell = ObjRef(m_heap->make<rt::CellObject>());
    m_frames.push_back(&cf);
    ++m_depth;
    if (m_tracer && traced) {
        m_tracer->framePush(cf);
        // Names a metaclass's __prepare__ put in the namespace (Metaclass::prepare).
        for (const auto& [name, value] : ns.items)
            if (!isFrameHidden(name))
                m_tracer->bind(cf, name, value.get());
    }
    Flow flow = Flow::Raise;
    if ((traced ? step(cf, StepKind::Call, code->firstLine) : !m_abort) &&
        mark(cf, code->firstLine)) {
        // SETUP_ANNOTATIONS, on the class line after __qualname__.
        if (code->setupAnnotations)
            classStore(cf, "__annotations__", m_heap->newDict());
        // The docstring is the body's first store, before any name of the body.
        if (!d.body.empty() && d.body.front()->kind == StmtKind::ExprStmt) {
            const Expr& doc = *d.body.front()->as<ExprStmt>().value;
            if (doc.kind == ExprKind::Constant &&
                doc.as<syntax::Constant>().constKind == ConstantKind::Str) {
                auto c = constants.find(&doc);
                if (c != constants.end())
                    ns.set("__doc__", c->second);
            }
        }
        flow = execBlock(d.body, cf);
        // CPython's class body ends by storing its __class__ cell and returning it.
        if (flow == Flow::Normal && cf.classCell)
            classStore(cf, "__classcell__", cf.classCell);
    } else if (!m_abort && !m_exception) {
        // mark() refused the first line (memory limit): the exception is pending.
    }
    if (!m_abort && traced) {
        Object* shown = flow == Flow::Normal && cf.classCell ? cf.classCell.get() : none().get();
        step(cf, StepKind::Return, cf.line, shown);
        if (m_tracer)
            m_tracer->framePop(cf, shown);
    }
    m_frames.pop_back();
    --m_depth;
    classBodyEnded(cf);
    if (cf.readByGenexp) // a generator expression made in the body lives on
        keepReadByGenexps(cf);
    if (m_abort)
        return Flow::Raise;
    if (flow != Flow::Normal)
        return failed(f);
    return Flow::Normal;
}

namespace {

// The builtin exceptions whose objects hold fields of their own beyond their base's (CPython's
// tp_basicsize grows there): the solid bases of the exception hierarchy.
constexpr std::string_view kExceptionsWithFields[] = {"BaseException",
                                                      "BaseExceptionGroup",
                                                      "ExceptionGroup",
                                                      "AttributeError",
                                                      "ImportError",
                                                      "NameError",
                                                      "OSError",
                                                      "StopIteration",
                                                      "SyntaxError",
                                                      "SystemExit",
                                                      "UnicodeDecodeError",
                                                      "UnicodeEncodeError",
                                                      "UnicodeTranslateError"};

// CPython's solid_base of the builtin type `t`: the exception class in its chain whose objects
// add fields; any other builtin type (int, list) is its own.
TypeObject* solidBase(TypeObject* t) {
    if (!t->isException)
        return t;
    for (TypeObject* c = t; c; c = c->base)
        if (!c->isUser &&
            std::find(std::begin(kExceptionsWithFields), std::end(kExceptionsWithFields),
                      c->name) != std::end(kExceptionsWithFields))
            return c;
    return t;
}

} // namespace

bool Interpreter::classBasesLayoutMro(const ObjVec& baseObjects, std::vector<TypeObject*>& bases,
                                      TypeObject*& layout, std::vector<TypeObject*>& mro) {
    for (const ObjRef& v : baseObjects) {
        // CPython builds such a class with the base's own type (map, filter and zip are
        // types there, functions here; an instance's class is called with the new class's
        // name): nothing memstep models.
        if (v->tag != rt::Tag::Type) {
            std::string what = v->tag == rt::Tag::Builtin
                                   ? "`" + static_cast<rt::BuiltinObject*>(v.get())->name + "`"
                                   : "an object of type `" + std::string(typeName(v.get())) + "`";
            abortUnsupported("a class base that is not a class here (" + what +
                             ") is not supported");
            return false;
        }
        auto* t = static_cast<TypeObject*>(v.get());
        if (std::find(bases.begin(), bases.end(), t) != bases.end()) {
            raise("TypeError", "duplicate base class " + t->name);
            return false;
        }
        bases.push_back(t);
    }
    if (bases.empty())
        bases.push_back(m_objectType);

    // Which builtin instance layout the class extends. As CPython's best_base, two bases
    // conflict only when neither's solid base (the nearest class adding fields) extends the
    // other's: ValueError adds none to BaseException, so (OSError, ValueError) is OSError's.
    layout = m_objectType;
    TypeObject* solid = m_objectType;
    for (TypeObject* b : bases) {
        TypeObject* l = (b->isUser || b->meta) && b->layout ? b->layout : b;
        if (isNamedTupleClass(*this, l)) // its objects are tuples
            l = builtinType(rt::Tag::Tuple);
        if (l == m_objectType)
            continue;
        TypeObject* s = solidBase(l);
        if (layout == m_objectType || isSubtype(l, layout) || (s != solid && isSubtype(s, solid))) {
            layout = l;
            solid = s;
        } else if (!isSubtype(solid, s)) {
            raise("TypeError", "multiple bases have instance lay-out conflict");
            return false;
        }
    }
    std::vector<std::vector<TypeObject*>> seqs;
    for (TypeObject* b : bases)
        seqs.push_back(mroOf(b));
    seqs.push_back(bases);
    if (!c3Merge(seqs, mro)) {
        std::string names;
        for (std::size_t i = 0; i < bases.size(); ++i)
            names += (i ? ", " : "") + bases[i]->name;
        raise("TypeError",
              "Cannot create a consistent method resolution\norder (MRO) for bases " + names);
        return false;
    }
    return true;
}

ObjRef Interpreter::makeClass(const std::string& name, ObjRef nameObject,
                              const std::string& qualname, rt::AttrDict& ns, ObjRef classCell,
                              const std::vector<TypeObject*>& bases, TypeObject* layout,
                              const std::vector<TypeObject*>& mro) {
    auto* t = m_heap->make<TypeObject>();
    ObjRef cls(t);
    m_keepAlive.push_back(cls);
    t->name = name;
    t->qualname = qualname;
    t->nameObject = std::move(nameObject);
    t->isUser = true;
    t->instanceTag = layout == m_objectType                 ? rt::Tag::Instance
                     : layout == builtinType(rt::Tag::Type) ? rt::Tag::Type
                     : isBuiltinLayout(*this, layout)       ? layout->instanceTag
                                                            : rt::Tag::Exception;
    t->bases = bases;
    // A namedtuple class is a heap object the statement may hold alone (class
    // P(namedtuple("P", "x y"))): its subclass keeps it, as CPython's __bases__ does.
    for (TypeObject* b : bases)
        if (isNamedTupleClass(*this, b))
            m_keepAlive.emplace_back(b);
    t->base = bases.front();
    t->layout = layout;
    t->isException = layout->isException;
    t->mro.push_back(t);
    t->mro.insert(t->mro.end(), mro.begin(), mro.end());
    for (TypeObject* c : mro)
        if (!t->meta)
            t->meta = c->meta;
    for (auto& [name, value] : ns.items) {
        if (name == "__classcell__")
            continue;
        // type_new makes a plain function __new__ a staticmethod, __init_subclass__ a
        // classmethod.
        if ((name == "__new__" || name == "__init_subclass__") && value->tag == rt::Tag::Function) {
            auto* s = m_heap->make<rt::DescriptorObject>();
            s->kind = name == "__new__" ? rt::DescriptorObject::Kind::StaticMethod
                                        : rt::DescriptorObject::Kind::ClassMethod;
            s->func = value;
            t->dict.set(name, ObjRef(s));
            continue;
        }
        t->dict.set(name, value);
    }
    // A class that defines __eq__ but not __hash__ is unhashable: CPython stores None.
    if (t->dict.find("__eq__") && !t->dict.find("__hash__")) {
        t->dict.set("__hash__", none());
        t->addedHash = true;
    }
    if (classCell) {
        static_cast<rt::CellObject*>(classCell.get())->value = cls;
        // Methods already on the diagram now show the class in their closure, also those a
        // classmethod, staticmethod or property holds.
        if (m_tracer)
            m_tracer->cellChanged(static_cast<rt::CellObject*>(classCell.get()));
    }
    return cls;
}

} // namespace memstep::core::interp
