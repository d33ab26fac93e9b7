// functools.wraps and functools.update_wrapper as functools.py writes them: update_wrapper
// copies __module__, __name__, __qualname__, __doc__ and __annotations__ (those the wrapped
// object has) onto the wrapper, updates the wrapper's __dict__ with the wrapped one's and sets
// __wrapped__; wraps(f) is partial(update_wrapper, wrapped=f, assigned=..., updated=...). Both
// are Python functions of a library, so they take no steps (CPython's debugger shows only the
// program's frames) and are drawn as functions with their parameters and defaults.
#include "interp/builtins/builtins_util.h"
#include "modules/modules.h"

namespace memstep::core::modules {

using interp::CallArgs;

namespace functools {
namespace {

// The parameters of wraps and update_wrapper, all positional-or-keyword; the last two take
// the module's WRAPPER_ASSIGNMENTS and WRAPPER_UPDATES.
const std::string kWrapper = "wrapper";
const std::string kWrapped = "wrapped";
const std::string kAssigned = "assigned";
const std::string kUpdated = "updated";

// Binds `args` to `params` as a Python call of `fname` binds them; `required` leading ones
// have no default (null slots are left for the caller's defaults). False with the TypeError.
bool bindParams(Interpreter& in, const char* fname, const std::vector<const std::string*>& params,
                std::size_t required, CallArgs& args, ObjVec& slots) {
    const std::string name = fname;
    if (args.positional.size() > params.size()) {
        in.raise("TypeError", name + "() takes from " + std::to_string(required) + " to " +
                                  std::to_string(params.size()) + " positional arguments but " +
                                  std::to_string(args.positional.size()) + " were given");
        return false;
    }
    slots.assign(params.size(), nullptr);
    std::copy(args.positional.begin(), args.positional.end(), slots.begin());
    for (rt::KwArg& k : args.keywords) {
        std::size_t i = 0;
        while (i < params.size() && *params[i] != *k.name)
            ++i;
        if (i == params.size()) {
            in.raise("TypeError", name + "() got an unexpected keyword argument '" + *k.name + "'");
            return false;
        }
        if (slots[i]) {
            in.raise("TypeError", name + "() got multiple values for argument '" + *k.name + "'");
            return false;
        }
        slots[i] = k.value;
    }
    std::vector<std::string> missing;
    for (std::size_t i = 0; i < required; ++i)
        if (!slots[i])
            missing.push_back(*params[i]);
    if (!missing.empty()) {
        in.raise("TypeError", name + "() missing " + std::to_string(missing.size()) +
                                  " required positional argument" +
                                  (missing.size() > 1 ? "s" : "") + ": " +
                                  interp::joinNames(missing));
        return false;
    }
    return true;
}

// WRAPPER_ASSIGNMENTS or WRAPPER_UPDATES of `module` (functools, each function's self):
// the defaults of both functions, as the program may have rebound them.
ObjRef moduleDefault(Interpreter& in, Object* module, const char* name) {
    Object* v = static_cast<rt::ModuleObject*>(module)->find(name);
    return v ? ObjRef(v) : in.none();
}

// wrapper.__dict__.update(wrapped.__dict__): the one name of `updated` memstep can follow,
// for a function wrapper or an object of the program's class (a class-based decorator), a
// function, a program class's instance or a builtin being wrapped (a class's namespace, a
// mappingproxy in CPython, is refused).
bool updateDict(Interpreter& in, Object* wrapper, Object* wrapped) {
    const bool instance = wrapper->tag == rt::Tag::Instance && Interpreter::isUserObject(wrapper);
    if (wrapper->tag != rt::Tag::Function && !instance) {
        in.abortUnsupported("functools.update_wrapper of a wrapper that is neither a function "
                            "nor an object of the program's class is not supported");
        return false;
    }
    const rt::AttrDict* from = nullptr;
    if (wrapped->tag == rt::Tag::Function)
        from = &static_cast<rt::FunctionObject*>(wrapped)->dict;
    else if (wrapped->tag == rt::Tag::Instance && Interpreter::isUserObject(wrapped))
        from = &static_cast<rt::InstanceObject*>(wrapped)->attrs;
    else if (wrapped->tag != rt::Tag::Builtin) {
        in.abortUnsupported("functools.update_wrapper of a " + std::string(in.typeName(wrapped)) +
                            " is not supported");
        return false;
    }
    if (!from)
        return true; // getattr(wrapped, '__dict__', {}) of a builtin: nothing to copy
    const auto items = from->items; // the wrapper may be the wrapped function itself
    if (instance) {
        if (items.empty())
            return true;
        // The update writes the instance's dict directly: the same as setattr() unless the
        // class has its own __setattr__ or __slots__.
        ObjRef setter = in.lookupInType(in.typeOf(wrapper), "__setattr__");
        if ((setter && setter->tag != rt::Tag::Builtin) ||
            in.lookupInType(in.typeOf(wrapper), "__slots__")) {
            in.abortUnsupported("functools.update_wrapper of a wrapped function with attributes "
                                "into an object whose class defines __setattr__ or __slots__ "
                                "is not supported");
            return false;
        }
        for (const auto& [name, value] : items)
            if (!in.setAttr(wrapper, name, value))
                return false;
        return true;
    }
    auto* fn = static_cast<rt::FunctionObject*>(wrapper);
    for (const auto& [name, value] : items)
        if (!in.setFunctionAttr(fn, name, value))
            return false;
    return true;
}

// update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES).
ObjRef updateWrapper(Interpreter& in, Object* module, CallArgs& args) {
    ObjVec slots;
    if (!bindParams(in, "update_wrapper", {&kWrapper, &kWrapped, &kAssigned, &kUpdated}, 2, args,
                    slots))
        return nullptr;
    Object* wrapper = slots[0].get();
    Object* wrapped = slots[1].get();
    ObjRef assigned = slots[2] ? slots[2] : moduleDefault(in, module, "WRAPPER_ASSIGNMENTS");
    ObjRef updated = slots[3] ? slots[3] : moduleDefault(in, module, "WRAPPER_UPDATES");
    ObjVec names;
    if (!in.collect(assigned.get(), names))
        return nullptr;
    for (const ObjRef& attr : names) {
        if (!interp::isStr(attr.get()))
            return in.raise("TypeError", "attribute name must be string, not '" +
                                             std::string(in.typeName(attr.get())) + "'");
        ObjRef value = in.getAttr(wrapped, interp::text(attr.get()));
        if (!value) {
            if (in.aborted())
                return nullptr;
            auto* e = static_cast<rt::ExceptionObject*>(in.pendingException());
            if (!e || e->type != in.exceptionType("AttributeError"))
                return nullptr;
            in.clearException(); // what the wrapped object lacks is not copied
            continue;
        }
        if (!in.setAttr(wrapper, interp::text(attr.get()), value))
            return nullptr;
    }
    names.clear();
    if (!in.collect(updated.get(), names))
        return nullptr;
    for (const ObjRef& attr : names) {
        if (!interp::isStr(attr.get()) || interp::text(attr.get()) != "__dict__")
            return in.abortUnsupported("functools.update_wrapper updating anything but "
                                       "`__dict__` is not supported");
        if (!updateDict(in, wrapper, wrapped))
            return nullptr;
    }
    if (!in.setAttr(wrapper, "__wrapped__", ObjRef(wrapped)))
        return nullptr;
    return slots[0];
}

// wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES): a partial of
// update_wrapper, the decorator that then copies onto the function it is given.
ObjRef wraps(Interpreter& in, Object* module, CallArgs& args) {
    ObjVec slots;
    if (!bindParams(in, "wraps", {&kWrapped, &kAssigned, &kUpdated}, 1, args, slots))
        return nullptr;
    auto* m = static_cast<rt::ModuleObject*>(module);
    CallArgs call;
    call.positional.push_back(ObjRef(m->find("update_wrapper")));
    call.keywords.push_back({&kWrapped, slots[0], nullptr});
    call.keywords.push_back({&kAssigned,
                             slots[1] ? slots[1] : moduleDefault(in, module, "WRAPPER_ASSIGNMENTS"),
                             nullptr});
    call.keywords.push_back(
        {&kUpdated, slots[2] ? slots[2] : moduleDefault(in, module, "WRAPPER_UPDATES"), nullptr});
    return in.call(m->find("partial"), call);
}

} // namespace

void fillWraps(Interpreter& in, rt::ModuleObject& m) {
    ObjVec assignedNames;
    for (const char* n : {"__module__", "__name__", "__qualname__", "__doc__", "__annotations__"})
        assignedNames.push_back(in.internedStr(n));
    ObjRef assigned = in.heap().newTuple(std::move(assignedNames));
    ObjRef updated = in.heap().newTuple({in.internedStr("__dict__")});
    m.set("WRAPPER_ASSIGNMENTS", assigned);
    m.set("WRAPPER_UPDATES", updated);
    // Bound to the module: its WRAPPER_ASSIGNMENTS, partial and update_wrapper at call time.
    auto python = [&](const char* name, rt::NativeFn fn, std::vector<std::string> params) {
        ObjRef f = in.makeBuiltin(name, fn, ObjRef(&m));
        auto sig = std::make_unique<rt::PythonSignature>();
        sig->qualname = name;
        sig->positional = params.size();
        sig->params = std::move(params);
        sig->defaults = {assigned, updated};
        static_cast<rt::BuiltinObject*>(f.get())->python = std::move(sig);
        m.set(name, std::move(f));
    };
    python("update_wrapper", updateWrapper, {"wrapper", "wrapped", "assigned", "updated"});
    python("wraps", wraps, {"wrapped", "assigned", "updated"});
}

} // namespace functools
} // namespace memstep::core::modules
