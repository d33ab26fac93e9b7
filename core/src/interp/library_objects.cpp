// What the interpreter does with the objects of a library module's own types (collections,
// functools, typing...): their builtin dunders and their attributes, both read from the type's
// namespace.
#include "interp/attributes/attribute_hooks.h"
#include "interp/interpreter.h"

namespace memstep::core::interp {

ObjRef Interpreter::callLibraryDunder(Object* self, std::string_view name, rt::ObjVec args,
                                      bool* found) {
    rt::TypeObject* t = typeOf(self);
    const ObjRef* v = t->isUser ? nullptr : t->dict.find(name);
    // A typing.NamedTuple class's own __repr__, written in the program: called as a method.
    const bool program = v && (*v)->tag == rt::Tag::Function && isNamedTupleClass(*this, t);
    *found = v && ((*v)->tag == rt::Tag::Builtin || program);
    if (!*found)
        return nullptr;
    rt::CallArgs call;
    call.positional = std::move(args);
    if (program) {
        ObjRef fn = *v; // held: the call may rebind the class's name
        call.positional.insert(call.positional.begin(), ObjRef(self));
        return this->call(fn.get(), call);
    }
    return static_cast<rt::BuiltinObject*>(v->get())->fn(*this, self, call);
}

ObjRef Interpreter::libraryAttr(Object* o, const std::string& name) {
    rt::TypeObject* t = typeOf(o);
    if (t->isUser || t == o)
        return nullptr;
    const ObjRef* found = t->dict.find(name);
    if (!found)
        return nullptr;
    Object* v = found->get();
    if (v->tag == rt::Tag::Builtin)
        return makeBuiltin(name, static_cast<rt::BuiltinObject*>(v)->fn, ObjRef(o));
    if (v->tag == rt::Tag::Descriptor) {
        auto* d = static_cast<rt::DescriptorObject*>(v);
        if (d->kind == rt::DescriptorObject::Kind::Property && d->getter) {
            rt::CallArgs args;
            args.positional.emplace_back(o);
            return call(d->getter.get(), args);
        }
        if (d->kind == rt::DescriptorObject::Kind::ClassMethod && d->func->tag == rt::Tag::Builtin)
            return makeBuiltin(name, static_cast<rt::BuiltinObject*>(d->func.get())->fn, ObjRef(t));
    }
    // A typing.NamedTuple class's methods, classmethods and staticmethods from the program.
    if ((v->tag == rt::Tag::Function || v->tag == rt::Tag::Descriptor) &&
        isNamedTupleClass(*this, t))
        return bindFound(*this, ObjRef(v), o, t);
    return ObjRef(v);
}

} // namespace memstep::core::interp
