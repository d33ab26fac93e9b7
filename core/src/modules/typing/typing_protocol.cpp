// typing.Protocol: `class Drawable(Protocol)` as a program writes it for its annotations.
//
// Protocol's metaclass derives ABCMeta, and its __init_subclass__ marks each class made from
// it, so a protocol's box shows what CPython's does, in CPython's order: Generic's
// __parameters__, then _is_protocol, a __subclasshook__ closing over the class, the
// __init__ that refuses instances of a protocol, and ABCMeta's __abstractmethods__ and
// _abc_impl. A class derived from a protocol gets the same marks with _is_protocol False.
// isinstance() and issubclass() against a protocol (a TypeError unless the protocol is
// @runtime_checkable, a structural check if it is), Protocol[T], calling __subclasshook__,
// and a protocol's subclass without an __init__ of its own (CPython then writes
// object.__init__ into it on its first instance) are refused as Unsupported.
#include "interp/builtins/builtins_util.h"
#include "modules/typing/typing.h"

#include <algorithm>
#include <optional>
#include <string>

namespace memstep::core::modules::typing {

using interp::CallArgs;

namespace {

bool isTrue(Interpreter& in, const ObjRef& v) {
    return v && v.get() == in.boolean(true).get();
}

// A function typing.py defines in Python: drawn with its signature and cells.
ObjRef pythonFunction(Interpreter& in, const char* name, rt::NativeFn fn, ObjRef self,
                      const std::string& qualname, std::vector<std::string> params,
                      std::size_t positional,
                      std::vector<std::pair<std::string, ObjRef>> closure = {}) {
    ObjRef f = in.makeBuiltin(name, fn, std::move(self));
    auto sig = std::make_unique<rt::PythonSignature>();
    sig->qualname = qualname;
    sig->params = std::move(params);
    sig->positional = positional;
    sig->closure = std::move(closure);
    static_cast<rt::BuiltinObject*>(f.get())->python = std::move(sig);
    return f;
}

// _no_init_or_replace_init(self, *args, **kwargs): a protocol's __init__.
ObjRef noInitOrReplaceInit(Interpreter& in, Object*, CallArgs& args) {
    if (args.positional.empty())
        return in.abortUnsupported("calling typing._no_init_or_replace_init is not supported");
    if (isTrue(in, in.lookupInType(in.typeOf(args.positional[0].get()), "_is_protocol")))
        return in.raise("TypeError", "Protocols cannot be instantiated");
    return in.abortUnsupported("making an instance of a class derived from a Protocol that "
                               "defines no __init__ of its own is not supported");
}

ObjRef protoHook(Interpreter& in, Object*, CallArgs&) {
    return in.abortUnsupported("calling a Protocol's __subclasshook__ is not supported");
}

bool protocolCheck(Interpreter& in, const rt::TypeObject* protocol, rt::TypeObject*) {
    in.abortUnsupported("isinstance() and issubclass() with the Protocol " + protocol->name +
                        " are not supported");
    return false;
}

ObjRef protocolGetItem(Interpreter& in, Object*, CallArgs&) {
    return in.abortUnsupported("a generic Protocol (Protocol[T]) is not supported");
}

// Protocol.__init_subclass__ (after Generic's), then ABCMeta's marks.
ObjRef protocolCreated(Interpreter& in, rt::TypeObject* cls) {
    if (!genericSubclassCreated(in, cls))
        return nullptr;
    const Types ty = types(in);
    const ObjRef* own = cls->dict.find("_is_protocol");
    if (!own || !isTrue(in, *own)) {
        const bool direct = std::any_of(cls->bases.begin(), cls->bases.end(),
                                        [&](rt::TypeObject* b) { return b == ty.protocol; });
        cls->dict.set("_is_protocol", in.boolean(direct));
    }
    if (!cls->dict.find("__subclasshook__"))
        cls->dict.set("__subclasshook__",
                      pythonFunction(in, "_proto_hook", protoHook, ObjRef(cls),
                                     "Protocol.__init_subclass__.<locals>._proto_hook", {"other"},
                                     1, {{"cls", ObjRef(cls)}}));
    if (isTrue(in, *cls->dict.find("_is_protocol"))) {
        for (rt::TypeObject* base : cls->bases) {
            if (base == in.objectType() || base == ty.generic || base == ty.protocol ||
                isTrue(in, in.lookupInType(base, "_is_protocol")))
                continue;
            // CPython lets a protocol derive from collections.abc's protocols, by name.
            if (!base->isUser || base->isLibrary)
                return in.abortUnsupported("a Protocol derived from " + base->name +
                                           " is not supported");
            std::optional<std::string> shown = in.repr(base);
            if (!shown)
                return nullptr;
            return in.raise("TypeError",
                            "Protocols can only inherit from other protocols, got " + *shown);
        }
        ObjRef init = in.lookupInType(cls, "__init__");
        if (!init || init.get() == in.lookupInType(in.objectType(), "__init__").get())
            cls->dict.set("__init__", *ty.protocol->dict.find(" no_init"));
        cls->virtualSubclass = protocolCheck;
    }
    return abcMetaclass().created(in, cls);
}

// _ProtocolMeta derives ABCMeta: ABCMeta's hooks, its own class creation and subscript.
const rt::Metaclass kProtocolMeta = [] {
    rt::Metaclass m = abcMetaclass();
    m.created = protocolCreated;
    m.getItem = protocolGetItem;
    return m;
}();

} // namespace

void fillProtocol(Interpreter& in, rt::ModuleObject& m) {
    rt::TypeObject* protocol = typingLibraryClass(in, m, "Protocol", &kProtocolMeta);
    protocol->dict.set("_is_protocol", in.boolean(true));
    // One function for every protocol, as typing.py's module-level one.
    protocol->dict.set(" no_init",
                       pythonFunction(in, "_no_init_or_replace_init", noInitOrReplaceInit, nullptr,
                                      "_no_init_or_replace_init", {"self", "args", "kwargs"}, 1));
}

} // namespace memstep::core::modules::typing
