// A class body's locals() dict, kept equal to its namespace while the body runs
// (class_body_dict.h).
#include "interp/attributes/class_body_dict.h"

#include "interp/builtins/builtins_util.h"
#include "runtime/callable.h"

namespace memstep::core::interp {

namespace {

// The running class body whose namespace d is: the innermost such frame.
Frame* bodyOf(Interpreter& in, const rt::DictObject* d) {
    const std::vector<Frame*>& frames = in.frames();
    for (auto it = frames.rbegin(); it != frames.rend(); ++it)
        if ((*it)->classLocals.get() == d)
            return *it;
    return nullptr;
}

} // namespace

ObjRef classBodyDict(Interpreter& in, Frame& f) {
    if (f.classLocals)
        return f.classLocals;
    // An Enum's body fills enum's own mapping (_EnumDict); ABCMeta's and typing's metaclasses
    // take type's plain dict, as here.
    if ((f.classMeta && (f.classMeta->prepare || f.classMeta->store)) || f.classPrepared)
        return in.abortUnsupported("locals() in the body of a class whose namespace its "
                                   "metaclass made (its `__prepare__`, an Enum's) is not "
                                   "supported");
    rt::Ref<rt::DictObject> d = in.heap().newDict();
    for (const auto& [name, value] : f.classNamespace->items)
        if (!in.dictSet(d.get(), in.internedStr(name), value))
            return nullptr;
    d->owner = d.get();
    f.classLocals = d;
    return f.classLocals;
}

bool isClassBodyDict(const rt::DictObject* d) {
    return d->owner == d;
}

void entryChangedInClassBody(Interpreter& in, rt::DictObject* d, Object* key, Object* value) {
    Frame* f = bodyOf(in, d);
    if (!f)
        return;
    const std::string& name = text(key);
    const ObjRef* now = f->classNamespace->find(name);
    if (value ? now && now->get() == value : !now)
        return;
    in.classStore(*f, name, ObjRef(value), true);
}

bool classBodyKeyAllowed(Interpreter& in, const Object* key) {
    if (isStr(key))
        return true;
    in.abortUnsupported("a key that is not a str in a class body's `locals()` is not supported");
    return false;
}

void entriesClearedInClassBody(Interpreter& in) {
    in.abortUnsupported("clearing a class body's `locals()` is not supported");
}

void classBodyEnded(Frame& f) {
    if (f.classLocals)
        static_cast<rt::DictObject*>(f.classLocals.get())->owner = nullptr;
}

} // namespace memstep::core::interp
