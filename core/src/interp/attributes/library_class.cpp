// The type objects of classes written in C (library_class.h).
#include "interp/attributes/library_class.h"

namespace memstep::core::interp {

void initLibraryClass(Interpreter& in, rt::TypeObject* t, std::string tpName, const char* module,
                      const char* name) {
    in.keepAlive(ObjRef(t));
    t->name = std::move(tpName);
    t->qualname = name;
    t->nameObject = in.newStr(name);
    t->isUser = true;
    t->isLibrary = true;
    t->instanceTag = rt::Tag::Instance;
    t->bases = {in.objectType()};
    t->base = in.objectType();
    t->layout = in.objectType();
    t->mro = {t, in.objectType()};
    t->dict.set("__module__", in.newStr(module));
}

rt::TypeObject* newLibraryException(Interpreter& in, const char* module, const char* name,
                                    rt::TypeObject* base) {
    auto* t = in.heap().make<rt::TypeObject>();
    in.keepAlive(ObjRef(t));
    t->name = name;
    t->qualname = std::string(module) + "." + name;
    t->instanceTag = rt::Tag::Exception;
    t->isException = true;
    t->base = base;
    t->construct = base->construct;
    return t;
}

void addMethodDescriptor(Interpreter& in, rt::TypeObject* t, const char* name, rt::NativeFn fn) {
    ObjRef d = in.makeBuiltin(name, fn);
    auto* b = static_cast<rt::BuiltinObject*>(d.get());
    b->kind = rt::BuiltinKind::MethodDescriptor;
    b->owner = t;
    t->dict.set(name, std::move(d));
}

} // namespace memstep::core::interp
