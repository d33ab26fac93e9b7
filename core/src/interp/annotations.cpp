// Annotations, as CPython 3.11 compiles them: `x: T [= v]` in a module or class body runs T
// after the assignment and stores it in __annotations__ (a bare name only), in a function
// never runs it; a def runs its parameters' and return annotations at def time, after the
// defaults, into the function's __annotations__. Under `from __future__ import annotations`
// nothing is run and the stored values are the annotations' text (the resolver's constants).
#include "interp/interpreter.h"
#include "interp/resolver/annotation_text.h"

namespace memstep::core::interp {

using namespace syntax;

namespace {

bool storesAnnotations(const Frame& f) {
    return f.code->kind == CodeInfo::Kind::Module || f.code->kind == CodeInfo::Kind::Class;
}

} // namespace

Flow Interpreter::execAnnAssign(const AnnAssign& a, bool single, Frame& f) {
    const bool stores = storesAnnotations(f);
    const bool isName = a.target->kind == ExprKind::Name;
    // Only these compile to code; `x: T` in a function compiles to nothing, not even a step.
    const bool runs = a.value || !isName || (stores && (a.simple || !futureAnnotations));
    if (!runs)
        return Flow::Normal;
    if (single && !mark(f, a.line))
        return failed(f);
    if (a.value) {
        ObjRef v = eval(*a.value, f);
        if (!v || !assign(*a.target, v, f))
            return failed(f);
    } else if (a.target->kind == ExprKind::Attribute) {
        if (!eval(*a.target->as<Attribute>().value, f))
            return failed(f);
    } else if (a.target->kind == ExprKind::Subscript) {
        auto& sub = a.target->as<Subscript>();
        if (!eval(*sub.value, f) || !eval(*sub.slice, f))
            return failed(f);
    }
    if (!stores)
        return Flow::Normal;
    if (a.simple)
        return storeAnnotation(a, f) ? Flow::Normal : failed(f);
    // A complex target's annotation is run and dropped (not at all under the future import).
    if (!futureAnnotations && !eval(*a.annotation, f))
        return failed(f);
    return Flow::Normal;
}

// `__annotations__[name] = T`, reading __annotations__ the way LOAD_NAME does.
bool Interpreter::storeAnnotation(const AnnAssign& a, Frame& f) {
    ObjRef value;
    if (futureAnnotations) {
        auto it = annotationConstants.find(a.annotation.get());
        if (it == annotationConstants.end()) {
            raise("SystemError", "unresolved annotation");
            return false;
        }
        value = it->second;
    } else {
        value = eval(*a.annotation, f);
        if (!value)
            return false;
    }
    ObjRef annotations;
    if (f.classNamespace)
        if (const ObjRef* o = f.classNamespace->find("__annotations__"))
            annotations = *o;
    if (!annotations)
        annotations = m_globals[static_cast<std::size_t>(globalSlot("__annotations__"))];
    if (!annotations) {
        raise("NameError", "name '__annotations__' is not defined");
        return false;
    }
    auto key = annotationConstants.find(a.target.get());
    if (key == annotationConstants.end()) {
        raise("SystemError", "unresolved annotation");
        return false;
    }
    return storeSubscript(annotations.get(), key->second.get(), std::move(value));
}

bool Interpreter::makeAnnotations(rt::FunctionObject* fn, const FunctionDef& d, Frame& f) {
    std::vector<NamedAnnotation> order = functionAnnotations(d);
    if (order.empty())
        return true;
    ObjRef dict = m_heap->newDict();
    for (const NamedAnnotation& n : order) {
        // Each parameter's name is a constant of the def line, its annotation runs on its
        // own line: a def over several lines steps back and forth between them. Under the
        // future import all of it is one constant of the def line.
        if (!futureAnnotations && !mark(f, d.line))
            return false;
        ObjRef value;
        if (futureAnnotations) {
            auto it = annotationConstants.find(n.annotation);
            if (it != annotationConstants.end())
                value = it->second;
        } else {
            value = eval(*n.annotation, f);
            if (!value)
                return false;
        }
        if (!value) {
            raise("SystemError", "unresolved annotation");
            return false;
        }
        if (!dictSet(static_cast<rt::DictObject*>(dict.get()), internedStr(*n.name),
                     std::move(value)))
            return false;
    }
    fn->annotations = std::move(dict);
    return futureAnnotations || mark(f, d.line);
}

} // namespace memstep::core::interp
