// What UserDict and UserList share (user_collections.h).
#include "modules/user_collections/user_collections.h"

#include "interp/builtins/builtins_util.h"
#include "modules/library_generator.h"

namespace memstep::core::modules::user_collections {

using rt::CallArgs;

bool bindArgs(Interpreter& in, CallArgs& args, const Signature& sig, ObjVec& out) {
    const std::string q = sig.qualname;
    const std::size_t n = sig.params.size();
    if (args.positional.size() > n) {
        std::string count =
            sig.required == n ? std::to_string(n)
                              : "from " + std::to_string(sig.required) + " to " + std::to_string(n);
        in.raise("TypeError", q + "() takes " + count + " positional argument" +
                                  (n == 1 && sig.required == n ? "" : "s") + " but " +
                                  std::to_string(args.positional.size()) +
                                  (args.positional.size() == 1 ? " was" : " were") + " given");
        return false;
    }
    out = args.positional;
    out.resize(n);
    for (rt::KwArg& k : args.keywords) {
        std::size_t i = 0;
        while (i < n && *k.name != sig.params[i])
            ++i;
        if (i == n) {
            in.raise("TypeError", q + "() got an unexpected keyword argument '" + *k.name + "'");
            return false;
        }
        if (out[i]) {
            in.raise("TypeError", q + "() got multiple values for argument '" + *k.name + "'");
            return false;
        }
        out[i] = k.value;
    }
    std::vector<std::string> missing;
    for (std::size_t i = 0; i < sig.required; ++i)
        if (!out[i])
            missing.push_back(sig.params[i]);
    if (!missing.empty()) {
        in.raise("TypeError", q + "() missing " + std::to_string(missing.size()) + " required " +
                                  "positional argument" + (missing.size() == 1 ? "" : "s") + ": " +
                                  interp::joinNames(missing));
        return false;
    }
    return true;
}

bool bindCall(Interpreter& in, CallArgs& args, const Signature& sig, Call& out) {
    if (!bindArgs(in, args, sig, out.args))
        return false;
    out.self = out.args[0].get();
    out.data = in.getAttr(out.self, "data");
    return static_cast<bool>(out.data);
}

namespace {
std::string qualified(const char* owner, const char* name) {
    return std::string(owner) + "." + name;
}
} // namespace

ObjRef dataLen(Interpreter& in, CallArgs& args, const char* owner) {
    Call c;
    std::string q = qualified(owner, "__len__");
    if (!bindCall(in, args, Signature{q.c_str(), {"self"}, 1}, c))
        return nullptr;
    CallArgs a;
    a.positional.push_back(c.data);
    return in.call(in.builtin("len").get(), a);
}

ObjRef dataRepr(Interpreter& in, CallArgs& args, const char* owner) {
    Call c;
    std::string q = qualified(owner, "__repr__");
    if (!bindCall(in, args, Signature{q.c_str(), {"self"}, 1}, c))
        return nullptr;
    auto text = in.repr(c.data.get());
    return text ? in.newStr(*text) : nullptr;
}

ObjRef dataContains(Interpreter& in, CallArgs& args, const char* owner, const char* item) {
    Call c;
    std::string q = qualified(owner, "__contains__");
    if (!bindCall(in, args, Signature{q.c_str(), {"self", item}, 2}, c))
        return nullptr;
    int has = in.contains(c.data.get(), c.args[1].get());
    return has < 0 ? nullptr : in.boolean(has != 0);
}

ObjRef dataSetItem(Interpreter& in, CallArgs& args, const char* owner, const char* key,
                   const char* item) {
    Call c;
    std::string q = qualified(owner, "__setitem__");
    if (!bindCall(in, args, Signature{q.c_str(), {"self", key, item}, 3}, c))
        return nullptr;
    return in.storeSubscript(c.data.get(), c.args[1].get(), c.args[2]) ? in.none() : nullptr;
}

ObjRef dataDelItem(Interpreter& in, CallArgs& args, const char* owner, const char* key) {
    Call c;
    std::string q = qualified(owner, "__delitem__");
    if (!bindCall(in, args, Signature{q.c_str(), {"self", key}, 2}, c))
        return nullptr;
    return in.deleteSubscript(c.data.get(), c.args[1].get()) ? in.none() : nullptr;
}

ObjRef callClass(Interpreter& in, Object* self, ObjVec positional) {
    CallArgs a;
    a.positional = std::move(positional);
    return in.call(in.typeOf(self), a);
}

ObjRef shallowCopy(Interpreter& in, Object* self, ObjRef data) {
    ObjRef out;
    rt::InstanceObject* inst = newNativeInstance(in, in.typeOf(self), out);
    for (const auto& [name, value] : static_cast<rt::InstanceObject*>(self)->attrs.items)
        inst->attrs.set(name, name == "data" ? data : value);
    if (!inst->attrs.find("data"))
        return in.raise("KeyError", "'data'");
    return out;
}

bool isInstanceOf(Interpreter& in, Object* o, Kind kind) {
    for (rt::TypeObject* t : in.mroOf(in.typeOf(o)))
        if (t->userCollection == kind)
            return true;
    return false;
}

namespace {
const rt::Metaclass kAbcMeta = abcMetaclass();

// What a comparison method is bound to: (its owner's name, its parameter's name, the
// operator, the class's kind), the owner being the class that defines it.
constexpr syntax::CmpOperator kCompared[] = {syntax::CmpOperator::Lt, syntax::CmpOperator::LtE,
                                             syntax::CmpOperator::Eq, syntax::CmpOperator::Gt,
                                             syntax::CmpOperator::GtE};
constexpr const char* kComparedNames[] = {"__lt__", "__le__", "__eq__", "__gt__", "__ge__"};

ObjRef compareFn(Interpreter& in, Object* bound, CallArgs& args) {
    const ObjVec& b = static_cast<rt::TupleObject*>(bound)->items;
    const std::string& owner = interp::text(b[0].get());
    const std::string& param = interp::text(b[1].get());
    const auto which = static_cast<std::size_t>(static_cast<rt::IntObject*>(b[2].get())->small);
    const auto kind = static_cast<Kind>(static_cast<rt::IntObject*>(b[3].get())->small);
    std::string qualname = owner + "." + kComparedNames[which];
    Call c;
    if (!bindCall(in, args, Signature{qualname.c_str(), {"self", param.c_str()}, 2}, c))
        return nullptr;
    ObjRef other =
        isInstanceOf(in, c.args[1].get(), kind) ? in.getAttr(c.args[1].get(), "data") : c.args[1];
    int r = other ? in.compare(kCompared[which], c.data.get(), other.get()) : -1;
    return r < 0 ? nullptr : in.boolean(r != 0);
}

// Sequence.__iter__ (self[0], self[1], ... until IndexError) and Sequence.__reversed__
// (self[len(self) - 1] down to self[0], len taken when it starts).
struct SequenceIterator : LibraryGenerator {
    ObjRef sequence;
    bool reversed = false;
    bool started = false;
    std::int64_t i = 0;

    ObjRef step(Interpreter& in) override {
        if (reversed && !started) {
            CallArgs a;
            a.positional.push_back(sequence);
            ObjRef n = in.call(in.builtin("len").get(), a);
            if (!n)
                return nullptr;
            i = static_cast<rt::IntObject*>(n.get())->small;
        }
        started = true;
        if (reversed && i-- <= 0)
            return nullptr;
        ObjRef v = in.subscript(sequence.get(), in.heap().newInt(i).get());
        if (!v && !reversed &&
            in.exceptionMatches(in.pendingException(), in.exceptionType("IndexError")) == 1)
            in.clearException();
        if (v && !reversed)
            ++i;
        return v;
    }

    void dropReferences() override { sequence = nullptr; }
};

// Bound to the name of the class it iterates the objects of.
template <bool kReversed> ObjRef iterate(Interpreter& in, Object* owner, CallArgs& args) {
    ObjVec a;
    const char* qualname = kReversed ? "Sequence.__reversed__" : "Sequence.__iter__";
    if (!bindArgs(in, args, Signature{qualname, {"self"}, 1}, a))
        return nullptr;
    auto state = std::make_unique<SequenceIterator>();
    state->sequence = a[0];
    state->reversed = kReversed;
    state->name = kReversed ? "__reversed__" : "__iter__";
    state->qualname = qualname;
    state->what = std::string("the ") + (kReversed ? "reversed() " : "iter() ") +
                  "generator of a " + interp::text(owner);
    return newLibraryGenerator(in, std::move(state));
}
} // namespace

void addComparisons(Interpreter& in, rt::TypeObject* cls, const char* param) {
    for (std::size_t i = 0; i < std::size(kCompared); ++i) {
        ObjRef bound = in.heap().newTuple(
            {in.newStr(cls->name), in.newStr(param), in.heap().newInt(static_cast<std::int64_t>(i)),
             in.heap().newInt(static_cast<std::int64_t>(cls->userCollection))});
        addMethod(in, cls, cls->name.c_str(), kComparedNames[i], compareFn, {"self", param}, bound);
    }
}

void addSequenceIteration(Interpreter& in, rt::TypeObject* cls) {
    addMethod(in, cls, "Sequence", "__iter__", iterate<false>, {"self"}, in.newStr(cls->name));
    addMethod(in, cls, "Sequence", "__reversed__", iterate<true>, {"self"}, in.newStr(cls->name));
}

rt::TypeObject* libraryClass(Interpreter& in, const char* name, Kind kind) {
    rt::TypeObject* t = makeNativeClass(in, "collections", name, &kAbcMeta);
    t->name = name; // a class of Python: its tp_name is its __name__
    t->userCollection = kind;
    ObjRef abc = in.importModule("abc");
    if (abc)
        t->metaclass = static_cast<rt::TypeObject*>(
            static_cast<rt::ModuleObject*>(abc.get())->find("ABCMeta"));
    return t;
}

ObjRef created(Interpreter& in, rt::TypeObject* cls) {
    return kAbcMeta.created(in, cls);
}

ObjRef addMethod(Interpreter& in, rt::TypeObject* cls, const char* owner, const char* name,
                 rt::NativeFn fn, std::vector<std::string> params, ObjRef self, ObjVec defaults) {
    ObjRef func = in.makeBuiltin(name, fn, std::move(self));
    auto sig = std::make_unique<rt::PythonSignature>();
    sig->qualname = std::string(owner) + "." + name;
    sig->positional = params.size();
    sig->params = std::move(params);
    sig->defaults = std::move(defaults);
    static_cast<rt::BuiltinObject*>(func.get())->python = std::move(sig);
    cls->dict.set(name, func);
    return func;
}

} // namespace memstep::core::modules::user_collections
