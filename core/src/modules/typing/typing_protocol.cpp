// typing.Protocol: `class Drawable(Protocol)` as a program writes it for its annotations.
//
// Protocol's metaclass derives ABCMeta, and its __init_subclass__ marks each class made from
// it, so a protocol's box shows what CPython's does, in CPython's order: Generic's
// __parameters__, then _is_protocol, a __subclasshook__ closing over the class, the
// __init__ that refuses instances of a protocol, and ABCMeta's __abstractmethods__ and
// _abc_impl. A class derived from a protocol gets the same marks with _is_protocol False.
// isinstance() and issubclass() against a protocol are a TypeError unless the protocol is
// @runtime_checkable, and a structural check if it is, as _ProtocolMeta.__instancecheck__ and
// _proto_hook make them (reading a member through the program's code, a property or
// __getattr__, is refused: typing.py reads them in a set's order). Protocol[T], calling
// __subclasshook__,
// and a protocol's subclass without an __init__ of its own (CPython then writes
// object.__init__ into it on its first instance) are refused as Unsupported.
#include "interp/builtins/builtins_util.h"
#include "modules/typing/typing.h"

#include <algorithm>
#include <optional>
#include <set>
#include <string>

namespace memstep::core::modules::typing {

using interp::CallArgs;

namespace {

// A collections.abc or contextlib class typing lets a protocol derive from (_PROTO_ALLOWLIST).
bool isAllowedProtocolBase(const rt::TypeObject* base) {
    static const std::set<std::string_view> kAbc = {
        "Callable", "Awaitable", "Iterable",  "Iterator",   "AsyncIterable",
        "Hashable", "Sized",     "Container", "Collection", "Reversible"};
    static const std::set<std::string_view> kContextlib = {"AbstractContextManager",
                                                           "AbstractAsyncContextManager"};
    const rt::ObjRef* module = base->dict.find("__module__");
    if (!base->isLibrary || !module || (*module)->tag != rt::Tag::Str)
        return false;
    const std::string& m = static_cast<const rt::StrObject*>(module->get())->text;
    return (m == "collections.abc" && kAbc.count(base->name)) ||
           (m == "contextlib" && kContextlib.count(base->name));
}

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

// getattr(cls, '__annotations__') of a program's class: its own dict, made empty (and kept in
// its namespace) when it has none, as type's __annotations__ getter does.
ObjRef classAnnotations(Interpreter& in, rt::TypeObject* cls) {
    if (const ObjRef* own = cls->dict.find("__annotations__"))
        return *own;
    ObjRef made = in.heap().newDict();
    if (!in.setAttr(cls, "__annotations__", made))
        return nullptr;
    return made;
}

// issubclass(cls, Generic): Protocol derives Generic.
bool derivesGeneric(Interpreter& in, rt::TypeObject* cls) {
    const Types ty = types(in);
    for (rt::TypeObject* t : in.mroOf(cls))
        if (t == ty.generic || t == ty.protocol)
            return true;
    return false;
}

bool ownProtocolFlag(Interpreter& in, const rt::TypeObject* cls) {
    const ObjRef* own = cls->dict.find("_is_protocol");
    return own && isTrue(in, *own);
}

// The names _get_protocol_attrs(cls) collects: each base's namespace and annotations but for
// the bookkeeping ones, Protocol and Generic left out. Reading a base's __annotations__ makes
// an empty dict in a class that has none, as CPython's getattr does. Nullopt with the error set.
std::optional<std::vector<std::string>> protocolAttrs(Interpreter& in, rt::TypeObject* cls) {
    static const char* const kSkipped[] = {"__abstractmethods__",
                                           "__annotations__",
                                           "__weakref__",
                                           "_is_protocol",
                                           "_is_runtime_protocol",
                                           "__dict__",
                                           "__args__",
                                           "__slots__",
                                           "__next_in_mro__",
                                           "__parameters__",
                                           "__origin__",
                                           "__orig_bases__",
                                           "__extra__",
                                           "__tree_hash__",
                                           "__doc__",
                                           "__subclasshook__",
                                           "__init__",
                                           "__new__",
                                           "__module__",
                                           "_MutableMapping__marker",
                                           "_gorg",
                                           "__qualname__"};
    std::vector<std::string> out;
    auto add = [&](const std::string& name) {
        if (name.starts_with("_abc_") || name.starts_with(" ") ||
            std::any_of(std::begin(kSkipped), std::end(kSkipped),
                        [&](const char* k) { return name == k; }) ||
            std::find(out.begin(), out.end(), name) != out.end())
            return;
        out.push_back(name);
    };
    std::vector<rt::TypeObject*> mro = in.mroOf(cls);
    for (std::size_t i = 0; i + 1 < mro.size(); ++i) {
        rt::TypeObject* base = mro[i];
        if (base->name == "Protocol" || base->name == "Generic")
            continue;
        if (!base->isUser || base->isLibrary)
            return in.abortUnsupported("a Protocol derived from " + base->name +
                                       " in isinstance() or issubclass() is not supported"),
                   std::nullopt;
        std::vector<std::string> names;
        for (const auto& [name, value] : base->dict.items)
            names.push_back(name);
        ObjRef annotations = classAnnotations(in, base);
        if (!annotations)
            return std::nullopt;
        if (annotations->tag != rt::Tag::Dict)
            return in.abortUnsupported("a Protocol whose __annotations__ is not a dict"),
                   std::nullopt;
        for (const rt::DictEntry& e : static_cast<rt::DictObject*>(annotations.get())->entries)
            if (e.key && e.key->tag == rt::Tag::Str)
                names.push_back(interp::text(e.key.get()));
        for (const std::string& n : names)
            add(n);
    }
    return out;
}

// Whether reading `name` from an object of `t` could run the program's code (a property,
// a descriptor of its own, __getattr__): typing.py's checks read them in a set's order.
bool readRunsCode(Interpreter& in, rt::TypeObject* t, const std::string& name) {
    if (in.lookupInType(t, "__getattr__") || in.lookupInType(t, "__getattribute__"))
        return t->isUser && !t->isLibrary;
    ObjRef v = in.lookupInType(t, name);
    if (!v)
        return false;
    if (v->tag == rt::Tag::Descriptor)
        return static_cast<rt::DescriptorObject*>(v.get())->kind ==
               rt::DescriptorObject::Kind::Property;
    return Interpreter::isUserObject(v.get()) && in.lookupInType(in.typeOf(v.get()), "__get__");
}

// getattr(obj, name): null for a missing name; false with the error set.
bool attrOrNone(Interpreter& in, Object* obj, const std::string& name, ObjRef& out) {
    out = in.getAttr(obj, name);
    if (out)
        return true;
    if (in.aborted() || !in.pendingException() ||
        !in.isSubtype(static_cast<rt::ExceptionObject*>(in.pendingException())->type,
                      in.exceptionType("AttributeError")))
        return false;
    in.clearException();
    return true;
}

// _is_callable_members_only(cls): every protocol member callable on the class.
std::optional<bool> callableMembersOnly(Interpreter& in, rt::TypeObject* cls,
                                        const std::vector<std::string>& attrs) {
    for (const std::string& a : attrs) {
        ObjRef v;
        if (!attrOrNone(in, cls, a, v))
            return std::nullopt;
        if (!v || !isCallable(in, v.get()))
            return false;
    }
    return true;
}

// _proto_hook's structural check of `other`: each member found in its MRO's namespaces (not
// set to None), or annotated in a base when `other` is itself a protocol. Reading a base's
// __annotations__ on the way makes an empty one, as CPython's getattr does.
std::optional<bool> hasMembers(Interpreter& in, rt::TypeObject* other,
                               const std::vector<std::string>& attrs) {
    const bool otherIsProtocol = ownProtocolFlag(in, other) && derivesGeneric(in, other);
    for (const std::string& a : attrs) {
        bool found = false;
        for (rt::TypeObject* base : in.mroOf(other)) {
            if (!base->isUser) {
                if (ObjRef v = in.lookupInType(base, a)) { // a builtin type's own namespace
                    if (v->tag == rt::Tag::None)
                        return false;
                    found = true;
                    break;
                }
                continue;
            }
            if (const ObjRef* v = base->dict.find(a)) {
                if ((*v)->tag == rt::Tag::None)
                    return false;
                found = true;
                break;
            }
            if (base->isLibrary) // a library class's annotations are nothing the diagram shows
                continue;
            ObjRef annotations = classAnnotations(in, base);
            if (!annotations)
                return std::nullopt;
            if (otherIsProtocol && annotations->tag == rt::Tag::Dict) {
                for (const rt::DictEntry& e :
                     static_cast<rt::DictObject*>(annotations.get())->entries)
                    found = found ||
                            (e.key && e.key->tag == rt::Tag::Str && interp::text(e.key.get()) == a);
                if (found)
                    break;
            }
        }
        if (!found)
            return false;
    }
    return true;
}

bool isRuntimeProtocol(Interpreter& in, rt::TypeObject* cls) {
    return isTrue(in, in.lookupInType(cls, "_is_runtime_protocol"));
}

ObjRef notRuntime(Interpreter& in) {
    return in.raise("TypeError",
                    "Instance and class checks can only be used with @runtime_checkable protocols");
}

// issubclass(sub, protocol): ABCMeta.__subclasscheck__ asking the protocol's _proto_hook,
// then the MRO.
bool protocolCheck(Interpreter& in, const rt::TypeObject* constProtocol, rt::TypeObject* sub) {
    auto* protocol = const_cast<rt::TypeObject*>(constProtocol);
    if (!isRuntimeProtocol(in, protocol))
        return notRuntime(in), false;
    auto attrs = protocolAttrs(in, protocol);
    if (!attrs)
        return false;
    auto onlyMethods = callableMembersOnly(in, protocol, *attrs);
    if (!onlyMethods)
        return false;
    if (!*onlyMethods)
        return in.raise("TypeError",
                        "Protocols with non-method members don't support issubclass()"),
               false;
    auto members = hasMembers(in, sub, *attrs);
    if (!members)
        return false;
    const std::vector<rt::TypeObject*> mro = in.mroOf(sub);
    return *members || std::find(mro.begin(), mro.end(), protocol) != mro.end();
}

// _ProtocolMeta.__instancecheck__(cls, instance), bound to nothing: isinstance() calls it
// with the class and the object.
ObjRef instanceCheck(Interpreter& in, Object*, CallArgs& args) {
    auto* cls = static_cast<rt::TypeObject*>(args.positional[0].get());
    Object* obj = args.positional[1].get();
    rt::TypeObject* sub = in.typeOf(obj);
    const std::vector<rt::TypeObject*> mro = in.mroOf(sub);
    const bool nominal = std::find(mro.begin(), mro.end(), cls) != mro.end();
    if (!ownProtocolFlag(in, cls)) // a class derived from a protocol: ABCMeta's check
        return in.boolean(nominal);
    if (!isRuntimeProtocol(in, cls))
        return notRuntime(in);
    auto attrs = protocolAttrs(in, cls);
    if (!attrs)
        return nullptr;
    for (const std::string& a : *attrs)
        if (readRunsCode(in, sub, a) || readRunsCode(in, in.typeOf(cls), a))
            return in.abortUnsupported("isinstance() with a Protocol whose member " + a +
                                       " is read through the program's code is not supported");
    auto onlyMethods = callableMembersOnly(in, cls, *attrs);
    if (!onlyMethods)
        return nullptr;
    if (*onlyMethods) {
        auto members = hasMembers(in, sub, *attrs);
        if (!members)
            return nullptr;
        if (*members || nominal)
            return in.boolean(true);
    }
    bool all = true; // hasattr(instance, a), and a method not blocked by None
    for (const std::string& a : *attrs) {
        ObjRef onInstance;
        if (!attrOrNone(in, obj, a, onInstance))
            return nullptr;
        if (!onInstance) {
            all = false;
            break;
        }
        ObjRef onClass;
        if (!attrOrNone(in, cls, a, onClass))
            return nullptr;
        if (onClass && onClass->tag != rt::Tag::None && isCallable(in, onClass.get()) &&
            onInstance->tag == rt::Tag::None) {
            all = false;
            break;
        }
    }
    return in.boolean(all || nominal);
}

// runtime_checkable(cls): marks a protocol class for isinstance() and issubclass().
ObjRef runtimeCheckable(Interpreter& in, Object*, CallArgs& args) {
    if (!interp::noKeywords(in, args, "runtime_checkable") ||
        !interp::argCount(in, args, "runtime_checkable", 1, 1))
        return nullptr;
    Object* cls = args.positional[0].get();
    if (cls->tag != rt::Tag::Type)
        return in.raise("TypeError", "issubclass() arg 1 must be a class");
    auto* t = static_cast<rt::TypeObject*>(cls);
    ObjRef flag;
    bool generic = derivesGeneric(in, t);
    if (generic && !attrOrNone(in, t, "_is_protocol", flag))
        return nullptr;
    if (!generic || !flag || in.truthy(flag.get()) <= 0) {
        auto shown = in.repr(cls);
        if (!shown)
            return nullptr;
        return in.raise("TypeError",
                        "@runtime_checkable can be only applied to protocol classes, got " +
                            *shown);
    }
    if (!in.setAttr(t, "_is_runtime_protocol", in.boolean(true)))
        return nullptr;
    return args.positional[0];
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
            // CPython lets a protocol derive from collections.abc's protocols, by name
            // (typing's _PROTO_ALLOWLIST), which memstep does not model; any other base
            // is the TypeError below.
            if (isAllowedProtocolBase(base))
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
    // Found by isinstance() through the MRO of every class made from Protocol.
    protocol->dict.set(" __instancecheck__", in.makeBuiltin("__instancecheck__", instanceCheck));
    m.set("runtime_checkable", pythonFunction(in, "runtime_checkable", runtimeCheckable, nullptr,
                                              "runtime_checkable", {"cls"}, 1));
}

} // namespace memstep::core::modules::typing
