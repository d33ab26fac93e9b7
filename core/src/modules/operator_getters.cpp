// operator.itemgetter, operator.attrgetter and operator.methodcaller: native types of the
// operator module (modules.h) whose instances remember what to fetch and fetch it from the
// one object they are called with, through the interpreter's own subscript, attribute and
// call, so a class's __getitem__ or property runs as a step of the program.
#include "interp/builtins/builtins_util.h"
#include "modules/modules.h"

namespace memstep::core::modules {

using interp::CallArgs;

namespace operator_ {
namespace {

const ObjVec& stateItems(Object* self) {
    return static_cast<rt::TupleObject*>(nativeState(self, "items"))->items;
}

// The getters are called with exactly one object.
bool oneObject(Interpreter& in, CallArgs& args, const char* name) {
    if (!args.keywords.empty()) {
        in.raise("TypeError", std::string(name) + "() takes no keyword arguments");
        return false;
    }
    if (args.positional.size() == 1)
        return true;
    in.raise("TypeError", std::string(name) + " expected 1 argument, got " +
                              std::to_string(args.positional.size()));
    return false;
}

// A getter's repr: "operator.NAME(" + the reprs of `parts` + ")".
ObjRef reprOf(Interpreter& in, const char* name, const ObjVec& parts, std::string tail = "") {
    std::string out = std::string("operator.") + name + "(";
    for (std::size_t i = 0; i < parts.size(); ++i) {
        auto r = in.repr(parts[i].get());
        if (!r)
            return nullptr;
        out += (i ? ", " : "") + *r;
    }
    return in.newStr(out + tail + ")");
}

// Makes a getter of type `type` remembering `items` (a tuple).
ObjRef makeGetter(Interpreter& in, Object* type, ObjVec items) {
    ObjRef out;
    rt::InstanceObject* g = newNativeInstance(in, static_cast<rt::TypeObject*>(type), out);
    setNativeState(g, "items", in.heap().newTuple(std::move(items)));
    return out;
}

ObjRef itemgetterNew(Interpreter& in, Object* type, CallArgs& args) {
    if (!args.keywords.empty())
        return in.raise("TypeError", "itemgetter() takes no keyword arguments");
    if (args.positional.empty())
        return in.raise("TypeError", "itemgetter expected 1 argument, got 0");
    return makeGetter(in, type, args.positional);
}

ObjRef itemgetterCall(Interpreter& in, Object* self, CallArgs& args) {
    if (!oneObject(in, args, "itemgetter"))
        return nullptr;
    const ObjVec& items = stateItems(self);
    Object* obj = args.positional[0].get();
    if (items.size() == 1)
        return in.subscript(obj, items[0].get());
    ObjVec out;
    for (const ObjRef& key : items) {
        ObjRef v = in.subscript(obj, key.get());
        if (!v)
            return nullptr;
        out.push_back(std::move(v));
    }
    return in.heap().newTuple(std::move(out));
}

ObjRef itemgetterRepr(Interpreter& in, Object* self, CallArgs&) {
    return reprOf(in, "itemgetter", stateItems(self));
}

ObjRef attrgetterNew(Interpreter& in, Object* type, CallArgs& args) {
    if (!args.keywords.empty())
        return in.raise("TypeError", "attrgetter() takes no keyword arguments");
    if (args.positional.empty())
        return in.raise("TypeError", "attrgetter expected 1 argument, got 0");
    for (const ObjRef& name : args.positional)
        if (!interp::isStr(name.get()))
            return in.raise("TypeError", "attribute name must be a string");
    return makeGetter(in, type, args.positional);
}

// getattr along a dotted name ("owner.name").
ObjRef dotted(Interpreter& in, ObjRef obj, const std::string& path) {
    std::size_t from = 0;
    while (obj) {
        std::size_t dot = path.find('.', from);
        obj = in.getAttr(obj.get(), path.substr(from, dot - from));
        if (dot == std::string::npos)
            break;
        from = dot + 1;
    }
    return obj;
}

ObjRef attrgetterCall(Interpreter& in, Object* self, CallArgs& args) {
    if (!oneObject(in, args, "attrgetter"))
        return nullptr;
    const ObjVec& names = stateItems(self);
    if (names.size() == 1)
        return dotted(in, args.positional[0], interp::text(names[0].get()));
    ObjVec out;
    for (const ObjRef& name : names) {
        ObjRef v = dotted(in, args.positional[0], interp::text(name.get()));
        if (!v)
            return nullptr;
        out.push_back(std::move(v));
    }
    return in.heap().newTuple(std::move(out));
}

ObjRef attrgetterRepr(Interpreter& in, Object* self, CallArgs&) {
    return reprOf(in, "attrgetter", stateItems(self));
}

// methodcaller(name, /, *args, **kwargs): the name and arguments in "items", the keyword
// names and values in "keywords" (a tuple of name, value, name, value...).
ObjRef methodcallerNew(Interpreter& in, Object* type, CallArgs& args) {
    if (args.positional.empty())
        return in.raise("TypeError", "methodcaller needs at least one argument, the method name");
    if (!interp::isStr(args.positional[0].get()))
        return in.raise("TypeError", "method name must be a string");
    ObjRef out = makeGetter(in, type, args.positional);
    ObjVec keywords;
    for (rt::KwArg& k : args.keywords) {
        keywords.push_back(in.newStr(*k.name));
        keywords.push_back(k.value);
    }
    setNativeState(static_cast<rt::InstanceObject*>(out.get()), "keywords",
                   in.heap().newTuple(std::move(keywords)));
    return out;
}

ObjRef methodcallerCall(Interpreter& in, Object* self, CallArgs& args) {
    if (!oneObject(in, args, "methodcaller"))
        return nullptr;
    const ObjVec& items = stateItems(self);
    ObjRef method = in.getAttr(args.positional[0].get(), interp::text(items[0].get()));
    if (!method)
        return nullptr;
    CallArgs a;
    a.positional.assign(items.begin() + 1, items.end());
    const ObjVec& keywords = static_cast<rt::TupleObject*>(nativeState(self, "keywords"))->items;
    for (std::size_t i = 0; i + 1 < keywords.size(); i += 2)
        a.keywords.push_back(
            {&static_cast<rt::StrObject*>(keywords[i].get())->text, keywords[i + 1]});
    return in.call(method.get(), a);
}

ObjRef methodcallerRepr(Interpreter& in, Object* self, CallArgs&) {
    const ObjVec& keywords = static_cast<rt::TupleObject*>(nativeState(self, "keywords"))->items;
    std::string tail;
    for (std::size_t i = 0; i + 1 < keywords.size(); i += 2) {
        auto r = in.repr(keywords[i + 1].get());
        if (!r)
            return nullptr;
        tail += ", " + interp::text(keywords[i].get()) + "=" + *r;
    }
    return reprOf(in, "methodcaller", stateItems(self), tail);
}

void addGetter(Interpreter& in, rt::ModuleObject& m, const char* name, rt::NativeFn make,
               rt::NativeFn call, rt::NativeFn repr) {
    rt::TypeObject* t = makeNativeType(in, "operator", name, make);
    t->callInstance = call;
    t->reprInstance = repr;
    m.set(name, ObjRef(t));
}

} // namespace

void fillGetters(Interpreter& in, rt::ModuleObject& m) {
    addGetter(in, m, "attrgetter", attrgetterNew, attrgetterCall, attrgetterRepr);
    addGetter(in, m, "itemgetter", itemgetterNew, itemgetterCall, itemgetterRepr);
    addGetter(in, m, "methodcaller", methodcallerNew, methodcallerCall, methodcallerRepr);
}

} // namespace operator_
} // namespace memstep::core::modules
