// The collections module: the names a program imports from it (see collections.h).
#include "interp/builtins/builtins_util.h"
#include "modules/collections.h"

#include <algorithm>
#include <optional>
#include <string>
#include <vector>

namespace memstep::core::modules {

ObjRef property(Interpreter& in, const char* name, rt::NativeFn fn, rt::NativeFn setter) {
    auto* d = in.heap().make<rt::DescriptorObject>();
    ObjRef out(d);
    d->kind = rt::DescriptorObject::Kind::Property;
    d->getter = in.makeBuiltin(name, fn);
    if (setter)
        d->setter = in.makeBuiltin(name, setter);
    return out;
}

rt::TypeObject* libraryDictTypeObject(Interpreter& in, const char* name, rt::NativeFn ctor) {
    auto* t = in.heap().make<rt::TypeObject>();
    t->name = name;
    t->instanceTag = rt::Tag::Dict;
    t->base = in.builtinType(rt::Tag::Dict);
    t->construct = ctor;
    return t;
}

void addMethods(Interpreter& in, rt::TypeObject* t,
                std::initializer_list<std::pair<const char*, rt::NativeFn>> methods) {
    for (const auto& [name, fn] : methods)
        t->dict.set(name, in.makeBuiltin(name, fn));
}

ObjRef newLibraryDict(Interpreter& in, rt::TypeObject* cls) {
    auto d = in.heap().newDict();
    d->cls = cls;
    return d;
}

bool fillDict(Interpreter& in, rt::DictObject* d, rt::CallArgs& args) {
    if (!args.positional.empty() && !interp::dictUpdateFrom(in, d, args.positional[0].get()))
        return false;
    for (rt::KwArg& k : args.keywords)
        if (!in.dictSet(d, in.newStr(*k.name), k.value))
            return false;
    return true;
}

bool entriesRepr(Interpreter& in, rt::DictObject* d, std::string& out, const char* open,
                 const char* close, bool asPairs) {
    // The dict is marked while its entries are written, so one holding itself ends there.
    if (d->reprRunning) {
        out += "...";
        return true;
    }
    d->reprRunning = true;
    out += open;
    bool first = true;
    bool ok = true;
    std::vector<rt::DictEntry> entries = d->entries;
    for (const rt::DictEntry& e : entries) {
        if (!e.key)
            continue;
        auto k = in.repr(e.key.get());
        auto v = k ? in.repr(e.value.get()) : std::nullopt;
        if (!v) {
            ok = false;
            break;
        }
        out += first ? "" : ", ";
        first = false;
        out += asPairs ? "(" + *k + ", " + *v + ")" : *k + ": " + *v;
    }
    d->reprRunning = false;
    out += close;
    return ok;
}

void fillCollections(Interpreter& in, rt::ModuleObject& m) {
    m.set("deque", ObjRef(dequeType(in)));
    m.set("defaultdict", ObjRef(defaultdictType(in)));
    m.set("OrderedDict", ObjRef(orderedDictType(in)));
    m.set("Counter", ObjRef(counterType(in)));
    m.set("namedtuple", namedtupleFunction(in));
    m.set("UserDict", userDictClass(in));
    m.set("UserList", userListClass(in));
    m.set("UserString", userStringClass(in));
}

bool isMissingCollectionsAttribute(std::string_view name) {
    // The rest of dir(collections) in CPython 3.11, sorted for binary search.
    static const std::vector<std::string_view> kMissing = {
        "ChainMap",
        "_Link",
        "_OrderedDictItemsView",
        "_OrderedDictKeysView",
        "_OrderedDictValuesView",
        "__all__",
        "__path__",
        "_chain",
        "_collections_abc",
        "_count_elements",
        "_eq",
        "_iskeyword",
        "_itemgetter",
        "_proxy",
        "_recursive_repr",
        "_repeat",
        "_starmap",
        "_sys",
        "_tuplegetter",
        "abc",
    };
    return isModuleDunder(ModuleOrigin::Source, name) ||
           std::binary_search(kMissing.begin(), kMissing.end(), name);
}

} // namespace memstep::core::modules
