// The enum module: Enum, auto and unique, as CPython 3.11's Lib/enum.py gives them to a
// program's `class Color(Enum)`.
//
// Enum is a library class whose metaclass (rt::Metaclass, EnumType's part) starts the class
// body with _generate_next_value_ (__prepare__), turns the body's plain values into members
// once the class is made (instances of the class, each made once: `Color(1) is Color.RED`),
// and gives the class its call (lookup by value), subscription (by name), iteration, len and
// `in`. The class's namespace gets what EnumType.__new__ stores (_member_map_,
// _value2member_map_...), in CPython's order, so the diagram draws the same class. IntEnum,
// StrEnum and a class mixing in int or str (`class Size(int, Enum)`) make their members ints
// or strs of the class (a value subclass's object, its __dict__ the member's attributes), so
// every int and str operation serves them (enum_flag.cpp adds Flag and IntFlag). The rest of the
// module are refused as Unsupported by name.
#include "interp/attributes/attribute_hooks.h"
#include "interp/attributes/class_namespace.h"
#include "interp/builtins/builtins_util.h"
#include "interp/tracing/tracer.h"
#include "modules/modules.h"
#include "modules/stdlib/enum.h"
#include "modules/stdlib/interned_names.h"

#include <algorithm>
#include <iterator>

namespace memstep::core::modules {

using interp::CallArgs;

namespace {

rt::InstanceObject* I(Object* o) {
    return static_cast<rt::InstanceObject*>(o);
}

} // namespace

rt::TypeObject* enumBase(Interpreter& in) {
    auto* m = static_cast<rt::ModuleObject*>(in.importModule("enum").get());
    return static_cast<rt::TypeObject*>(m->find("Enum"));
}

rt::TypeObject* memberClass(Object* o) {
    if (o->tag == rt::Tag::Instance)
        return I(o)->cls;
    const rt::SubclassPart* part = rt::subclassPart(o);
    return part ? part->cls : nullptr;
}

rt::AttrDict* memberAttrs(Object* o) {
    if (o->tag == rt::Tag::Instance)
        return &I(o)->attrs;
    rt::SubclassPart* part = rt::subclassPart(o);
    return part ? &part->attrs : nullptr;
}

Object* memberField(Object* o, const char* attr) {
    rt::AttrDict* attrs = memberAttrs(o);
    const ObjRef* v = attrs ? attrs->find(attr) : nullptr;
    return v ? v->get() : nullptr;
}

bool isEnumMember(Interpreter& in, Object* o) {
    rt::TypeObject* cls = memberClass(o);
    if (!cls || !cls->isUser)
        return false;
    return std::find(cls->mro.begin(), cls->mro.end(), enumBase(in)) != cls->mro.end();
}

Object* classEntry(rt::TypeObject* cls, const char* name) {
    const ObjRef* v = cls->dict.find(name);
    return v ? v->get() : nullptr;
}

namespace {

bool isDunder(const std::string& n) {
    return n.size() > 4 && n.starts_with("__") && n.ends_with("__") && n[2] != '_' &&
           n[n.size() - 3] != '_';
}

bool isSunder(const std::string& n) {
    return n.size() > 2 && n.front() == '_' && n.back() == '_' && n[1] != '_' &&
           n[n.size() - 2] != '_';
}

// The first enum base's _generate_next_value_ (the last base's: StrEnum's gives the lowercased
// name), Enum's when the class has none.
Object* nextValueFunction(Interpreter& in, rt::TypeObject* firstEnum) {
    for (rt::TypeObject* c : firstEnum ? firstEnum->mro : std::vector<rt::TypeObject*>{})
        if (Object* v = c->meta ? classEntry(c, "_generate_next_value_") : nullptr)
            return v;
    return classEntry(enumBase(in), "_generate_next_value_");
}

// EnumType.__prepare__: no enum with members can be extended.
bool prepare(Interpreter& in, const std::string& name, const ObjVec& bases, rt::AttrDict& ns) {
    for (const ObjRef& b : bases) {
        if (b->tag != rt::Tag::Type)
            continue;
        auto* base = static_cast<rt::TypeObject*>(b.get());
        if (Object* names = base->isUser ? classEntry(base, "_member_names_") : nullptr;
            names && !static_cast<rt::ListObject*>(names)->items.empty()) {
            in.raise("TypeError",
                     "<enum '" + name + "'> cannot extend <enum '" + base->name + "'>");
            return false;
        }
    }
    rt::TypeObject* firstEnum = !bases.empty() && bases.back()->tag == rt::Tag::Type
                                    ? static_cast<rt::TypeObject*>(bases.back().get())
                                    : nullptr;
    ns.set("_generate_next_value_", ObjRef(nextValueFunction(in, firstEnum)));
    return true;
}

// The members' __init__: the program's, on the class, a base enum without members or a
// mixin (Enum.__init__ does nothing); null when none. A mixin defining __new__ would be the
// members' data type, which is refused.
bool memberInit(Interpreter& in, rt::TypeObject* cls, const rt::AttrDict& body, ObjRef& init) {
    if (const ObjRef* own = body.find("__init__"))
        init = *own;
    for (rt::TypeObject* c : cls->mro) {
        if (c == cls || !c->isUser)
            continue;
        if (c->dict.find("__new__") &&
            std::find(c->mro.begin(), c->mro.end(), enumBase(in)) == c->mro.end()) {
            in.abortUnsupported("an Enum mixing in a class that defines `__new__` is not "
                                "supported");
            return false;
        }
        if (const ObjRef* v = c->dict.find("__init__"); v && !init)
            init = *v;
    }
    return true;
}

// Replace events for what the enum's making changed while the diagram may show it (a member's
// __init__ reaches the class through self.__objclass__).
void shown(Interpreter& in, std::initializer_list<Object*> objects) {
    if (in.tracer())
        for (Object* o : objects)
            if (interp::Tracer::visible(o))
                in.tracer()->replaced(o);
}

struct Making {
    rt::TypeObject* cls;
    rt::TypeObject* memberType; // int or str mixed in; null for object
    bool strsOnly;              // a StrEnum's: each value must be a str
    ObjRef init;
    rt::ListObject* names;
    rt::DictObject* map;
    rt::DictObject* byValue;
    rt::ListObject* unhashable;
    bool flag; // a Flag's: only single-bit members are named in _member_names_
};

// _proto_member.__set_name__: the member made (an alias too, then dropped), its __init__ run
// with the value's items, then recorded by name and value and set on the class.
bool addMember(Interpreter& in, Making& mk, const std::string& name, ObjRef value) {
    ObjRef key = internedName(in, name);
    mk.cls->dict.erase(name); // delattr of the _proto_member
    ObjVec items;
    if (value->tag == rt::Tag::Tuple)
        items = static_cast<rt::TupleObject*>(value.get())->items;
    else
        items.push_back(value);
    ObjRef out;
    if (mk.strsOnly && items.size() == 1 && items[0]->tag != rt::Tag::Str) {
        std::optional<std::string> r = in.repr(items[0].get());
        if (r)
            in.raise("TypeError", *r + " is not a string");
        return false;
    }
    if (mk.memberType) {
        // _new_member_ (int.__new__) with the value's items makes the member; _value_ is the
        // data type called with them, the same plain int or str.
        CallArgs args;
        args.positional = items;
        value = in.call(mk.memberType, args);
        if (!value)
            return false;
        out = interp::newValueSubObject(in, mk.cls, value.get());
    } else {
        auto* inst = in.heap().make<rt::InstanceObject>();
        out = ObjRef(inst);
        inst->cls = mk.cls;
    }
    rt::AttrDict& attrs = *memberAttrs(out.get());
    attrs.set("_value_", value);
    attrs.set("_name_", key);
    attrs.set("__objclass__", ObjRef(mk.cls));
    if (mk.init) {
        interp::CallArgs args;
        args.positional.push_back(out);
        args.positional.insert(args.positional.end(), items.begin(), items.end());
        if (!in.call(mk.init.get(), args))
            return false;
    }
    attrs.set("_sort_order_", in.heap().newInt(static_cast<std::int64_t>(mk.names->items.size())));
    bool single = true;
    if (mk.flag && !flagRecord(in, mk.cls, memberField(out.get(), "_value_"), single))
        return false;
    ObjRef v(memberField(out.get(), "_value_"));
    ObjRef found;
    for (const rt::DictEntry& e : mk.map->entries) {
        if (!e.key)
            continue;
        int same =
            in.compare(syntax::CmpOperator::Eq, memberField(e.value.get(), "_value_"), v.get());
        if (same < 0)
            return false;
        if (same > 0) {
            found = e.value;
            break;
        }
    }
    if (!found) {
        if (single)
            mk.names->items.push_back(key);
        found = out;
    }
    mk.cls->dict.set(name, found);
    if (!in.dictSet(mk.map, key, found))
        return false;
    if (auto h = in.hash(v.get())) {
        auto pos = mk.byValue->find(v.get(), *h, in);
        if (pos == rt::kLookupFailed)
            return false;
        if (pos < 0 && !in.dictSet(mk.byValue, v, found))
            return false;
    } else {
        in.clearException();
        mk.unhashable->items.push_back(v);
    }
    shown(in, {out.get(), mk.cls, mk.names, mk.map, mk.byValue, mk.unhashable});
    return true;
}

// EnumType.__new__ once the class body has run: the members, then the class's namespace
// in CPython's order. With a member __init__ (which the diagram shows running) the class is
// half made as CPython has it then: each member yet to come a _proto_member where the body
// put it, and Flag's entries, removed once all members are made.
ObjRef created(Interpreter& in, rt::TypeObject* cls) {
    rt::AttrDict body = std::move(cls->dict);
    cls->dict = rt::AttrDict();
    rt::TypeObject* memberType = interp::isValueLayout(in, cls->layout) ? cls->layout : nullptr;
    if (memberType && memberType != in.builtinType(rt::Tag::Int) &&
        memberType != in.builtinType(rt::Tag::Str))
        return in.abortUnsupported("an Enum mixing in '" + memberType->name + "' is not supported");
    Making mk{cls,     memberType,          false, nullptr, nullptr, nullptr, nullptr,
              nullptr, isFlagClass(in, cls)};
    // StrEnum's __new__, kept as its __new_member__, checks each value is a str.
    Object* ownNew = findInMro(cls->bases.back(), "__new_member__", 0, nullptr);
    if (!memberInit(in, cls, body, mk.init))
        return nullptr;
    rt::TypeObject* enumCls = enumBase(in);
    std::vector<std::pair<std::string, ObjRef>> values;
    for (auto& [name, value] : body.items) {
        if (name == "_ignore_" || name == "_order_" || name == "__new__")
            return in.abortUnsupported("an Enum class defining `" + name + "` is not supported");
        if (isDunder(name) || isSunder(name) || name.starts_with("_" + cls->name + "__")) {
            cls->dict.set(name, value);
            continue;
        }
        switch (value->tag) {
        case rt::Tag::Function:
        case rt::Tag::Descriptor:
            cls->dict.set(name, value);
            continue;
        case rt::Tag::Type:
        case rt::Tag::Builtin:
            return in.abortUnsupported("an Enum member whose value is a '" +
                                       std::string(in.typeName(value.get())) +
                                       "' is not supported");
        default:
            values.emplace_back(name, value);
            if (mk.init) {
                ObjRef proto;
                newNativeInstance(
                    in, static_cast<rt::TypeObject*>(classEntry(enumCls, " _proto_member")), proto);
                cls->dict.set(name, proto);
            }
        }
    }
    auto names = in.heap().newList({});
    auto map = in.heap().newDict();
    auto byValue = in.heap().newDict();
    auto unhashable = in.heap().newList({});
    cls->dict.set("_new_member_", ownNew       ? ObjRef(ownNew)
                                  : memberType ? interp::valueTypeNew(in, memberType)
                                               : *enumCls->dict.find(" object.__new__"));
    cls->dict.set("_use_args_", in.boolean(memberType != nullptr));
    cls->dict.set("_member_names_", names);
    cls->dict.set("_member_map_", map);
    cls->dict.set("_value2member_map_", byValue);
    cls->dict.set("_unhashable_values_", unhashable);
    cls->dict.set("_member_type_", ObjRef(memberType ? memberType : in.objectType()));
    cls->dict.set("_value_repr_",
                  memberType ? dataMethod(enumCls, memberType, "__repr__") : in.none());
    if (mk.init || mk.flag)
        flagStart(in, cls, mk.flag);
    mk.strsOnly = ownNew != nullptr;
    mk.names = static_cast<rt::ListObject*>(names.get());
    mk.map = static_cast<rt::DictObject*>(map.get());
    mk.byValue = static_cast<rt::DictObject*>(byValue.get());
    mk.unhashable = static_cast<rt::ListObject*>(unhashable.get());
    for (auto& [name, value] : values)
        if (!addMember(in, mk, name, value))
            return nullptr;
    if (mk.init && !mk.flag)
        flagEnd(cls);
    if (memberType)
        restoreEnumMethods(enumCls, cls, memberType, body);
    if (mk.flag)
        flagFinish(in, cls, body);
    cls->dict.set("__new__", *enumCls->dict.find("__new__"));
    if (mk.flag)
        flagOrder(in, cls);
    shown(in, {cls});
    return ObjRef(cls);
}

rt::ListObject* memberNames(rt::TypeObject* cls) {
    Object* names = classEntry(cls, "_member_names_");
    return names && names->tag == rt::Tag::List ? static_cast<rt::ListObject*>(names) : nullptr;
}

ObjRef byName(Interpreter& in, rt::TypeObject* cls, Object* name) {
    // Enum's own classes (Enum['RED']) have an empty _member_map_: a KeyError.
    Object* map = classEntry(cls, "_member_map_");
    return in.subscript(map ? map : in.heap().newDict().get(), name);
}

} // namespace

ObjRef lookupByValue(Interpreter& in, rt::TypeObject* cls, Object* value) {
    if (memberClass(value) == cls)
        return ObjRef(value);
    Object* map = classEntry(cls, "_value2member_map_");
    Object* members = classEntry(cls, "_member_map_");
    if (!map || !members || static_cast<rt::DictObject*>(members)->used == 0) {
        // Enum(1), or an enum without members: Enum.__new__ finds none to look in.
        std::optional<std::string> r = in.repr(cls);
        return r ? in.raise("TypeError", *r + " has no members defined") : nullptr;
    }
    if (auto h = in.hash(value)) {
        auto* d = static_cast<rt::DictObject*>(map);
        auto pos = d->find(value, *h, in);
        if (pos == rt::kLookupFailed)
            return ObjRef(); // the value's __eq__ raised
        if (pos >= 0)
            return d->entries[static_cast<std::size_t>(pos)].value;
    } else {
        in.clearException();
        for (const rt::DictEntry& e :
             static_cast<rt::DictObject*>(classEntry(cls, "_member_map_"))->entries) {
            if (!e.key)
                continue;
            int same =
                in.compare(syntax::CmpOperator::Eq, memberField(e.value.get(), "_value_"), value);
            if (same < 0)
                return nullptr;
            if (same > 0)
                return e.value;
        }
    }
    // The class's _missing_ (Enum's answers None): a member, or None for the ValueError.
    if (in.lookupInType(cls, "_missing_")) {
        ObjRef fn = in.getAttr(cls, "_missing_");
        CallArgs a;
        a.positional.push_back(ObjRef(value));
        ObjRef result = fn ? in.call(fn.get(), a) : nullptr;
        if (!result)
            return nullptr;
        if (memberClass(result.get()) == cls)
            return result;
        if (result.get() != in.none().get()) {
            std::optional<std::string> r = in.repr(result.get());
            if (!r)
                return nullptr;
            return in.raise("TypeError", "error in " + cls->name + "._missing_: returned " + *r +
                                             " instead of None or a valid member");
        }
    }
    std::optional<std::string> r = in.repr(value);
    if (!r)
        return nullptr;
    return in.raise("ValueError", *r + " is not a valid " + cls->qualname);
}

namespace {

ObjRef enumCall(Interpreter& in, Object* self, CallArgs& args) {
    auto* cls = static_cast<rt::TypeObject*>(self);
    if (ObjRef v = interp::takeKeyword(args, "value"))
        args.positional.push_back(v);
    if (args.positional.size() > 1 || !args.keywords.empty())
        return in.abortUnsupported("Enum's functional API (`Enum('Name', ...)`) is not supported");
    if (args.positional.empty())
        return in.raise("TypeError",
                        "EnumType.__call__() missing 1 required positional argument: 'value'");
    return lookupByValue(in, cls, args.positional[0].get());
}

ObjRef enumGetItem(Interpreter& in, Object* self, CallArgs& args) {
    return byName(in, static_cast<rt::TypeObject*>(self), args.positional[0].get());
}

ObjVec members(Interpreter& in, rt::TypeObject* cls) {
    ObjVec out;
    if (rt::ListObject* names = memberNames(cls))
        for (const ObjRef& n : names->items)
            out.push_back(byName(in, cls, n.get()));
    return out;
}

ObjRef enumIter(Interpreter& in, Object* self, CallArgs&) {
    ObjRef list = in.heap().newList(members(in, static_cast<rt::TypeObject*>(self)));
    return in.iter(list.get());
}

ObjRef enumLen(Interpreter& in, Object* self, CallArgs&) {
    rt::ListObject* names = memberNames(static_cast<rt::TypeObject*>(self));
    return in.heap().newInt(names ? static_cast<std::int64_t>(names->items.size()) : 0);
}

ObjRef enumContains(Interpreter& in, Object* self, CallArgs& args) {
    Object* item = args.positional[0].get();
    if (!isEnumMember(in, item))
        return in.abortUnsupported("`in` with an Enum class and a non-member (a "
                                   "DeprecationWarning in CPython 3.11) is not supported");
    auto* cls = static_cast<rt::TypeObject*>(self);
    rt::TypeObject* itemCls = memberClass(item);
    if (itemCls != cls &&
        std::find(itemCls->mro.begin(), itemCls->mro.end(), cls) == itemCls->mro.end())
        return in.boolean(false);
    Object* map = classEntry(cls, "_member_map_");
    int found = map ? in.contains(map, memberField(item, "_name_")) : 0;
    if (found < 0)
        return nullptr;
    return in.boolean(found > 0);
}

ObjRef enumClassAttr(Interpreter& in, rt::TypeObject* cls, const std::string& name) {
    // A new mappingproxy of the member map at each read, as EnumType's property makes.
    Object* map = name == "__members__" ? classEntry(cls, "_member_map_") : nullptr;
    if (name == "__members__")
        return interp::mappingProxyOf(
            in, static_cast<rt::DictObject*>(map ? map : in.heap().newDict().get()));
    return nullptr;
}

// EnumType.__setattr__ and __delattr__: members stay.
bool enumSetAttr(Interpreter& in, rt::TypeObject* cls, const std::string& name, Object* value) {
    Object* map = classEntry(cls, "_member_map_");
    int found = map ? in.contains(map, in.newStr(name).get()) : 0;
    if (found < 0)
        return false;
    if (found == 0)
        return true;
    if (value)
        in.raise("AttributeError", "cannot reassign member '" + name + "'");
    else
        in.raise("AttributeError", "'" + cls->name + "' cannot delete member '" + name + "'.");
    return false;
}

const rt::Metaclass kEnumMeta = [] {
    rt::Metaclass m;
    m.prepare = prepare;
    m.created = created;
    m.call = enumCall;
    m.getItem = enumGetItem;
    m.iter = enumIter;
    m.len = enumLen;
    m.contains = enumContains;
    m.reprWord = "enum";
    m.classAttr = enumClassAttr;
    m.store = enumStore;
    m.setClassAttr = enumSetAttr;
    return m;
}();

ObjRef selfMember(Interpreter& in, CallArgs& args, const char* who) {
    if (args.positional.empty() || !isEnumMember(in, args.positional[0].get()))
        return in.abortUnsupported(std::string("Enum.") + who +
                                   " given an object that is not a member is not supported");
    return args.positional[0];
}

ObjRef enumRepr(Interpreter& in, Object*, CallArgs& args) {
    ObjRef self = selfMember(in, args, "__repr__");
    if (!self)
        return nullptr;
    std::optional<std::string> v = in.repr(memberField(self.get(), "_value_"));
    if (!v)
        return nullptr;
    return in.newStr("<" + memberClass(self.get())->name + "." +
                     interp::text(memberField(self.get(), "_name_")) + ": " + *v + ">");
}

ObjRef enumStr(Interpreter& in, Object*, CallArgs& args) {
    ObjRef self = selfMember(in, args, "__str__");
    if (!self)
        return nullptr;
    return in.newStr(memberClass(self.get())->name + "." +
                     interp::text(memberField(self.get(), "_name_")));
}

ObjRef enumFormat(Interpreter& in, Object*, CallArgs& args) {
    ObjRef self = selfMember(in, args, "__format__");
    if (!self)
        return nullptr;
    std::optional<std::string> s = in.str(self.get());
    if (!s)
        return nullptr;
    if (args.positional.size() < 2 || args.positional[1]->tag != rt::Tag::Str)
        return in.raise("TypeError", "__format__() takes exactly one argument");
    return interp::formatValue(in, in.newStr(*s).get(), interp::text(args.positional[1].get()));
}

ObjRef enumHash(Interpreter& in, Object*, CallArgs& args) {
    ObjRef self = selfMember(in, args, "__hash__");
    if (!self)
        return nullptr;
    auto h = in.hash(memberField(self.get(), "_name_"));
    if (!h)
        return nullptr;
    return in.heap().newInt(*h);
}

ObjRef memberName(Interpreter& in, Object*, CallArgs& args) {
    ObjRef self = selfMember(in, args, "name");
    return self ? ObjRef(memberField(self.get(), "_name_")) : nullptr;
}

ObjRef memberValue(Interpreter& in, Object*, CallArgs& args) {
    ObjRef self = selfMember(in, args, "value");
    return self ? ObjRef(memberField(self.get(), "_value_")) : nullptr;
}

ObjRef enumNew(Interpreter& in, Object*, CallArgs& args) {
    if (args.positional.size() != 2 || args.positional[0]->tag != rt::Tag::Type)
        return in.abortUnsupported("calling Enum.__new__ this way is not supported");
    return lookupByValue(in, static_cast<rt::TypeObject*>(args.positional[0].get()),
                         args.positional[1].get());
}

// Enum._generate_next_value_(name, start, count, last_values): one more than the last value.
ObjRef nextValue(Interpreter& in, Object* start, const ObjVec& lastValues) {
    if (lastValues.empty())
        return ObjRef(start);
    for (const ObjRef& v : lastValues)
        if (v->tag != rt::Tag::Int)
            return in.abortUnsupported("auto() after a value that is not an int (a "
                                       "DeprecationWarning in CPython 3.11) is not supported");
    Object* last = lastValues.back().get();
    for (const ObjRef& v : lastValues) {
        int greater = in.compare(syntax::CmpOperator::Gt, v.get(), last);
        if (greater < 0)
            return nullptr;
        if (greater > 0)
            return in.abortUnsupported("auto() after values out of order (a DeprecationWarning "
                                       "in CPython 3.11) is not supported");
    }
    return in.binary(syntax::Operator::Add, last, in.heap().newInt(1).get());
}

ObjRef generateNext(Interpreter& in, Object*, CallArgs& args) {
    if (args.positional.size() != 4 || !args.keywords.empty() ||
        args.positional[3]->tag != rt::Tag::List)
        return in.abortUnsupported("calling Enum._generate_next_value_ this way is not "
                                   "supported");
    return nextValue(in, args.positional[1].get(),
                     static_cast<rt::ListObject*>(args.positional[3].get())->items);
}

// auto(): in an Enum's class body (its namespace starts with Enum's _generate_next_value_)
// the value it stands for, which _EnumDict.__setitem__ stores at once; elsewhere, and with a
// generator that needs the member's name (StrEnum's, a program's own), an auto object, which
// enumStore replaces once the body binds it to a name.
ObjRef autoNew(Interpreter& in, Object* type, CallArgs& args) {
    if (!args.positional.empty() || !args.keywords.empty())
        return in.abortUnsupported("auto() given a value (`auto(5)`) is not supported");
    const auto& frames = in.frames();
    rt::AttrDict* ns = frames.empty() ? nullptr : frames.back()->classNamespace;
    const ObjRef* gen = ns ? ns->find("_generate_next_value_") : nullptr;
    if (gen && gen->get() == classEntry(enumBase(in), "_generate_next_value_"))
        return nextValue(in, in.heap().newInt(1).get(), lastValues(*ns));
    // Flag's (IntFlag's too): the next power of two.
    if (gen && gen->get() == classEntry(flagBase(in), "_generate_next_value_"))
        return flagNextValue(in, lastValues(*ns));
    ObjRef out;
    newNativeInstance(in, static_cast<rt::TypeObject*>(type), out);
    return out;
}

ObjRef autoRepr(Interpreter& in, Object*, CallArgs&) {
    return in.newStr("auto(_auto_null)");
}

// unique(enumeration): ValueError naming each alias and the member it repeats.
ObjRef unique(Interpreter& in, Object*, CallArgs& args) {
    if (args.positional.size() != 1 || !args.keywords.empty() ||
        args.positional[0]->tag != rt::Tag::Type ||
        !static_cast<rt::TypeObject*>(args.positional[0].get())->isUser ||
        !classEntry(static_cast<rt::TypeObject*>(args.positional[0].get()), "_member_map_"))
        return in.abortUnsupported("unique() of something other than an Enum class is not "
                                   "supported");
    auto* cls = static_cast<rt::TypeObject*>(args.positional[0].get());
    std::string duplicates;
    for (const rt::DictEntry& e :
         static_cast<rt::DictObject*>(classEntry(cls, "_member_map_"))->entries) {
        if (!e.key)
            continue;
        const std::string& canonical = interp::text(memberField(e.value.get(), "_name_"));
        if (interp::text(e.key.get()) != canonical)
            duplicates +=
                (duplicates.empty() ? "" : ", ") + interp::text(e.key.get()) + " -> " + canonical;
    }
    if (!duplicates.empty())
        return in.raise("ValueError",
                        "duplicate values found in <enum '" + cls->name + "'>: " + duplicates);
    return args.positional[0];
}

// enum.property's __set__ for name and value.
ObjRef readOnly(Interpreter& in, Object*, CallArgs&) {
    return in.raise("AttributeError", "<enum 'Enum'> cannot set attribute 'value'");
}

ObjRef readOnlyName(Interpreter& in, Object*, CallArgs&) {
    return in.raise("AttributeError", "<enum 'Enum'> cannot set attribute 'name'");
}

ObjRef getter(Interpreter& in, const char* name, rt::NativeFn fn) {
    auto* p = in.heap().make<rt::DescriptorObject>();
    ObjRef out(p);
    p->kind = rt::DescriptorObject::Kind::Property;
    p->getter = enumStandIn(in, name, name, fn, {"self"});
    p->setter =
        enumStandIn(in, name, name, name == std::string_view("name") ? readOnlyName : readOnly,
                    {"self", "value"});
    return out;
}

ObjRef objectNew(Interpreter& in, Object*, CallArgs&) {
    return in.abortUnsupported("calling an Enum's _new_member_ is not supported");
}

} // namespace

bool isMemberName(const std::string& name) {
    return !isDunder(name) && !isSunder(name);
}

ObjVec lastValues(const rt::AttrDict& ns) {
    ObjVec last;
    for (const auto& [name, value] : ns.items)
        if (!isDunder(name) && !isSunder(name) && value->tag != rt::Tag::Function &&
            value->tag != rt::Tag::Descriptor)
            last.push_back(value);
    return last;
}

ObjRef enumStandIn(Interpreter& in, const char* name, const char* qualname, rt::NativeFn fn,
                   std::vector<std::string> params) {
    ObjRef f = in.makeBuiltin(name, fn);
    auto sig = std::make_unique<rt::PythonSignature>();
    sig->qualname = qualname;
    sig->positional = params.size();
    sig->params = std::move(params);
    static_cast<rt::BuiltinObject*>(f.get())->python = std::move(sig);
    return f;
}

ObjRef enumTypeNew(Interpreter& in, Object*, CallArgs&) {
    return in.abortUnsupported("calling enum.EnumType is not supported");
}

void fillEnum(Interpreter& in, rt::ModuleObject& m) {
    // EnumType (also named EnumMeta): type() of every enum class; its work is kEnumMeta's.
    rt::TypeObject* meta = makeNativeType(in, "enum", "EnumType", enumTypeNew);
    meta->base = in.builtinType(rt::Tag::Type);
    m.set("EnumType", ObjRef(meta));
    m.set("EnumMeta", ObjRef(meta));
    rt::TypeObject* e = makeNativeType(in, "enum", "Enum", nullptr);
    e->metaclass = meta;
    e->nameObject = in.newStr("Enum");
    e->layout = in.objectType();
    e->mro = {e, in.objectType()}; // as mroOf gives it, for the lookups through an enum's MRO
    e->meta = &kEnumMeta;
    e->dict.set("_generate_next_value_",
                enumStandIn(in, "_generate_next_value_", "Enum._generate_next_value_", generateNext,
                            {"name", "start", "count", "last_values"}));
    e->dict.set("__new__", enumStandIn(in, "__new__", "Enum.__new__", enumNew, {"cls", "value"}));
    e->dict.set("__repr__", enumStandIn(in, "__repr__", "Enum.__repr__", enumRepr, {"self"}));
    e->dict.set("__str__", enumStandIn(in, "__str__", "Enum.__str__", enumStr, {"self"}));
    e->dict.set("__format__", enumStandIn(in, "__format__", "Enum.__format__", enumFormat,
                                          {"self", "format_spec"}));
    e->dict.set("__hash__", enumStandIn(in, "__hash__", "Enum.__hash__", enumHash, {"self"}));
    e->dict.set("name", getter(in, "name", memberName));
    e->dict.set("value", getter(in, "value", memberValue));
    // object.__new__, which every plain Enum's _new_member_ is (a key no program can spell).
    e->dict.set(" object.__new__", in.makeBuiltin("__new__", objectNew));
    // What a member's value waits in while the class is made (a key no program can spell).
    e->dict.set(" _proto_member", ObjRef(makeNativeType(in, "enum", "_proto_member", nullptr)));
    m.set("Enum", ObjRef(e));
    fillDataEnums(in, m, e);
    fillFlags(in, m, e);

    rt::TypeObject* a = makeNativeType(in, "enum", "auto", autoNew);
    a->reprInstance = autoRepr;
    m.set("auto", ObjRef(a));
    ObjRef u = enumStandIn(in, "unique", "unique", unique, {"enumeration"});
    m.set("unique", u);
}

bool isMissingEnumAttribute(std::string_view name) {
    // The rest of dir(enum) in CPython 3.11, sorted for binary search.
    static constexpr std::string_view kMissing[] = {
        "CONFORM",
        "CONTINUOUS",
        "DynamicClassAttribute",
        "EJECT",
        "EnumCheck",
        "FlagBoundary",
        "KEEP",
        "MappingProxyType",
        "NAMED_FLAGS",
        "ReprEnum",
        "STRICT",
        "UNIQUE",
        "_EnumDict",
        "__all__",
        "_auto_null",
        "_dedent",
        "_high_bit",
        "_is_descriptor",
        "_is_dunder",
        "_is_internal_class",
        "_is_private",
        "_is_single_bit",
        "_is_sunder",
        "_iter_bits_lsb",
        "_make_class_unpicklable",
        "_old_convert_",
        "_or_",
        "_power_of_two",
        "_proto_member",
        "_reduce_ex_by_global_name",
        "_simple_enum",
        "_stdlib_enums",
        "_test_simple_enum",
        "bin",
        "bltns",
        "global_enum",
        "global_enum_repr",
        "global_flag_repr",
        "global_str",
        "member",
        "nonmember",
        "pickle_by_enum_name",
        "pickle_by_global_name",
        "property",
        "reduce",
        "show_flag_values",
        "sys",
        "verify",
    };
    return isModuleDunder(ModuleOrigin::Source, name) ||
           std::binary_search(std::begin(kMissing), std::end(kMissing), name);
}

} // namespace memstep::core::modules
