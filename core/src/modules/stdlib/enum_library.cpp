// The IntFlag classes the standard library makes for itself (re.RegexFlag), as enum.py's
// _simple_enum(IntFlag, boundary=KEEP) and global_enum decorators make them in CPython 3.11.
//
// The class goes through the same EnumType work as a program's `class Perm(IntFlag)`
// (enum_module.cpp, enum_flag.cpp), so its members are ints of the class, combine into
// pseudo-members made once per value, iterate, and answer isinstance() and type() as CPython's
// do. What the decorators add is kept: the members' names become the module's (re.I), repr()
// names them by module (re.IGNORECASE|re.MULTILINE) and str() is object's (the same text). It
// is a library class: the diagram draws it, and its members, by name only.
#include "interp/builtins/builtins_util.h"
#include "modules/modules.h"
#include "modules/stdlib/enum.h"

namespace memstep::core::modules {

using interp::CallArgs;

namespace {

// object.__str__, which _simple_enum's class keeps from its body: str() is repr().
ObjRef objectStr(Interpreter& in, Object* self, CallArgs&) {
    std::optional<std::string> r = in.repr(self);
    return r ? in.newStr(*r) : nullptr;
}

bool singleBit(std::int64_t v) {
    return v > 0 && (v & (v - 1)) == 0;
}

// enum.global_flag_repr: the member's names each prefixed by the module's (the last part of
// its dotted name); with KEEP a number among them (bits no member has) stays as it is.
ObjRef globalFlagRepr(Interpreter& in, Object*, CallArgs& args) {
    Object* self = args.positional.empty() ? nullptr : args.positional[0].get();
    rt::TypeObject* cls = self ? memberClass(self) : nullptr;
    if (!cls || !isFlagClass(in, cls))
        return in.abortUnsupported("global_flag_repr() of a non-member is not supported");
    const ObjRef* moduleName = cls->dict.find("__module__");
    std::string module = moduleName ? interp::text(moduleName->get()) : "";
    module = module.substr(module.rfind('.') + 1);
    Object* name = memberField(self, "_name_");
    Object* value = memberField(self, "_value_");
    if (!name || name->tag != rt::Tag::Str) {
        std::optional<std::string> v = in.repr(value);
        return v ? in.newStr(module + "." + cls->name + "(" + *v + ")") : nullptr;
    }
    const std::string& text = interp::text(name);
    if (value->tag == rt::Tag::Int && !static_cast<rt::IntObject*>(value)->isBig() &&
        singleBit(static_cast<rt::IntObject*>(value)->small))
        return in.newStr(module + "." + text);
    std::string out;
    std::size_t start = 0;
    while (start <= text.size()) {
        std::size_t bar = text.find('|', start);
        std::string part = text.substr(start, bar == std::string::npos ? bar : bar - start);
        bool number = !part.empty() && part[0] >= '0' && part[0] <= '9';
        out += (out.empty() ? "" : "|") + (number ? part : module + "." + part);
        if (bar == std::string::npos)
            break;
        start = bar + 1;
    }
    return in.newStr(out);
}

} // namespace

rt::TypeObject* globalIntFlag(Interpreter& in, rt::ModuleObject& m, const char* name,
                              const std::vector<std::pair<const char*, std::int64_t>>& members) {
    auto* enumModule = static_cast<rt::ModuleObject*>(in.importModule("enum").get());
    auto* intFlag = static_cast<rt::TypeObject*>(enumModule->find("IntFlag"));
    rt::TypeObject* enumCls = enumBase(in);
    auto* t = in.heap().make<rt::TypeObject>();
    ObjRef keep(t);
    in.keepAlive(keep);
    t->name = name;
    t->qualname = name;
    t->nameObject = in.newStr(name);
    t->isUser = true;
    t->isLibrary = true;
    t->instanceTag = intFlag->instanceTag;
    t->bases = {intFlag};
    t->base = intFlag;
    t->layout = intFlag->layout;
    t->mro = {t};
    t->mro.insert(t->mro.end(), intFlag->mro.begin(), intFlag->mro.end());
    t->meta = intFlag->meta;
    t->metaclass = intFlag->metaclass;
    // The body _simple_enum hands EnumType: _generate_next_value_ first, as __prepare__ puts it.
    if (!t->meta->prepare(in, name, {ObjRef(intFlag)}, t->dict))
        return nullptr;
    t->dict.set("__module__", in.newStr(m.name));
    for (const auto& [member, value] : members)
        t->dict.set(member, in.heap().newInt(value));
    const char* objectStrKey = " object.__str__";
    if (!enumCls->dict.find(objectStrKey)) {
        ObjRef f = in.makeBuiltin("__str__", objectStr);
        auto* b = static_cast<rt::BuiltinObject*>(f.get());
        b->kind = rt::BuiltinKind::WrapperDescriptor;
        b->owner = in.objectType();
        enumCls->dict.set(objectStrKey, f);
    }
    t->dict.set("__str__", *enumCls->dict.find(objectStrKey));
    t->dict.set("_numeric_repr_", in.builtin("hex"));
    if (!t->meta->created(in, t))
        return nullptr;
    // global_enum: repr() by module, and every member (aliases too) a name of the module.
    t->dict.set("__repr__",
                enumStandIn(in, "global_flag_repr", "global_flag_repr", globalFlagRepr, {"self"}));
    for (const rt::DictEntry& e :
         static_cast<rt::DictObject*>(classEntry(t, "_member_map_"))->entries)
        if (e.key)
            m.set(interp::text(e.key.get()), e.value);
    m.set(name, keep);
    return t;
}

} // namespace memstep::core::modules
