// enum.Flag and enum.IntFlag: the enums whose members combine with `|`, `&`, `^` and `~`, as
// CPython 3.11's Lib/enum.py builds them.
//
// A Flag class is made by EnumType like any enum (enum_module.cpp) with five more entries in
// its namespace (_boundary_, _flag_mask_, _singles_mask_, _all_bits_, _inverted_) and Flag's
// operators copied into it. A value no member has (`Perm.R | Perm.W`) gets a pseudo-member
// from Flag._missing_, made once and kept in _value2member_map_, so `(A|B) is (A|B)` holds
// and the diagram draws the same objects CPython's does. IntFlag's members and pseudo-members
// are ints of their class, as IntEnum's are (enum_data_types.cpp). Values are ints of 64 bits; a
// flag beyond them is refused by name.
#include "interp/attributes/attribute_hooks.h"
#include "interp/attributes/value_subclass.h"
#include "interp/builtins/builtins_util.h"
#include "interp/tracing/tracer.h"
#include "modules/modules.h"
#include "modules/stdlib/enum.h"

#include <algorithm>
#include <bit>

namespace memstep::core::modules {

using interp::CallArgs;

namespace {

// The entries EnumType.__new__ gives every Flag class, in CPython's order.
constexpr const char* kFlagEntries[] = {"_boundary_", "_flag_mask_", "_singles_mask_", "_all_bits_",
                                        "_inverted_"};
// The operators EnumType.__new__ copies from Flag into each Flag class, in its order.
constexpr const char* kFlagOperators[] = {"__or__",   "__and__",  "__xor__",   "__ror__",
                                          "__rand__", "__rxor__", "__invert__"};

bool derives(rt::TypeObject* cls, rt::TypeObject* base) {
    return cls && std::find(cls->mro.begin(), cls->mro.end(), base) != cls->mro.end();
}

// isinstance(o, int).
bool isInt(Interpreter& in, Object* o) {
    return o->tag == rt::Tag::Int || o->tag == rt::Tag::Bool ||
           derives(in.typeOf(o), in.builtinType(rt::Tag::Int));
}

// An int that fits 64 bits (a bool is one too, as isinstance(True, int) says).
std::optional<std::int64_t> smallInt(Interpreter& in, Object* o) {
    if (o->tag == rt::Tag::Bool)
        return o == in.boolean(true).get() ? 1 : 0;
    ObjRef plain = interp::exactValue(in, ObjRef(o));
    if (!plain || plain->tag != rt::Tag::Int || static_cast<rt::IntObject*>(plain.get())->isBig())
        return std::nullopt;
    return static_cast<rt::IntObject*>(plain.get())->small;
}

std::int64_t entryInt(rt::TypeObject* cls, const char* name) {
    Object* v = classEntry(cls, name);
    return v && v->tag == rt::Tag::Int ? static_cast<rt::IntObject*>(v)->small : 0;
}

// The boundary named `name` (STRICT, CONFORM, EJECT or KEEP): kept in Flag's namespace under a
// key no program can spell.
Object* boundary(Interpreter& in, const char* name) {
    return classEntry(flagBase(in), (std::string(" ") + name).c_str());
}

// The class's _boundary_, its own or a base's.
Object* boundaryOf(rt::TypeObject* cls) {
    for (rt::TypeObject* c : cls->mro)
        if (Object* v = classEntry(c, "_boundary_"))
            return v;
    return nullptr;
}

int bitLength(std::int64_t v) {
    std::uint64_t u = v < 0 ? ~static_cast<std::uint64_t>(v) + 1 : static_cast<std::uint64_t>(v);
    return 64 - std::countl_zero(u);
}

bool singleBit(std::int64_t v) {
    return v > 0 && std::has_single_bit(static_cast<std::uint64_t>(v));
}

// enum.py's bin(): two's complement with the sign bit set apart, `width` digits at least.
std::string flagBin(std::int64_t v, int width) {
    std::int64_t ceiling = std::int64_t{1} << bitLength(v);
    std::uint64_t bits =
        v >= 0 ? static_cast<std::uint64_t>(v) : static_cast<std::uint64_t>(~v ^ (ceiling - 1));
    std::string digits;
    for (int i = bitLength(v) - 1; i >= 0; --i)
        digits += (bits >> i) & 1 ? '1' : '0';
    char sign = v >= 0 ? '0' : '1';
    if (static_cast<int>(digits.size()) < width)
        digits = std::string(static_cast<std::size_t>(width) - digits.size(), sign) + digits;
    return std::string("0b") + sign + " " + digits;
}

bool tooWide(Interpreter& in) {
    in.abortUnsupported("a Flag value beyond 64 bits is not supported");
    return false;
}

// The members whose bits make up `value`, by value or (a class whose members were not defined
// in increasing order: its _iter_member_) in definition order.
ObjVec bitMembers(Interpreter& in, rt::TypeObject* cls, std::int64_t value) {
    ObjVec out;
    auto* map = static_cast<rt::DictObject*>(classEntry(cls, "_value2member_map_"));
    std::uint64_t bits = static_cast<std::uint64_t>(value & entryInt(cls, "_flag_mask_"));
    for (int i = 0; i < 64; ++i) {
        if (!((bits >> i) & 1))
            continue;
        ObjRef key = in.heap().newInt(std::int64_t{1} << i);
        auto h = in.hash(key.get());
        auto pos = h ? map->find(key.get(), *h, in) : rt::kLookupFailed;
        out.push_back(pos >= 0 ? map->entries[static_cast<std::size_t>(pos)].value : in.none());
    }
    if (classEntry(cls, "_iter_member_"))
        std::stable_sort(out.begin(), out.end(), [](const ObjRef& a, const ObjRef& b) {
            Object* x = memberField(a.get(), "_sort_order_");
            Object* y = memberField(b.get(), "_sort_order_");
            return x && y &&
                   static_cast<rt::IntObject*>(x)->small < static_cast<rt::IntObject*>(y)->small;
        });
    return out;
}

std::string nameOf(Object* m) {
    Object* n = memberField(m, "_name_");
    return n && n->tag == rt::Tag::Str ? interp::text(n) : "";
}

// Flag._missing_(cls, value): the pseudo-member for a value no member has, made once.
ObjRef missing(Interpreter& in, Object*, CallArgs& args) {
    auto* cls = static_cast<rt::TypeObject*>(args.positional[0].get());
    Object* given = args.positional[1].get();
    std::optional<std::string> r = in.repr(given);
    if (!r)
        return nullptr;
    if (!isInt(in, given))
        return in.raise("ValueError", *r + " is not a valid " + cls->qualname);
    std::optional<std::int64_t> v = smallInt(in, given);
    if (!v)
        return tooWide(in), nullptr;
    std::int64_t value = *v;
    std::int64_t flagMask = entryInt(cls, "_flag_mask_");
    std::int64_t singles = entryInt(cls, "_singles_mask_");
    std::int64_t allBits = entryInt(cls, "_all_bits_");
    Object* bound = boundaryOf(cls);
    bool keep = bound == boundary(in, "KEEP");
    bool strict = bound == boundary(in, "STRICT");
    std::string clsRepr = "<flag '" + cls->name + "'>";
    if (!(~allBits <= value && value <= allBits) || (value & (allBits ^ flagMask))) {
        if (strict) {
            int width = std::max(bitLength(value), bitLength(flagMask));
            return in.raise("ValueError", clsRepr + " invalid value " + *r + "\n    given " +
                                              flagBin(value, width) + "\n  allowed " +
                                              flagBin(flagMask, width));
        }
        if (bound == boundary(in, "CONFORM"))
            value &= flagMask;
        else if (bound == boundary(in, "EJECT"))
            return ObjRef(given);
        else if (keep && value < 0) {
            if (bitLength(value) >= 62)
                return tooWide(in), nullptr;
            value += std::max(allBits + 1, std::int64_t{1} << bitLength(value));
        }
    }
    std::optional<std::int64_t> negative;
    if (value < 0) {
        negative = value;
        value = allBits + 1 + value;
    }
    std::int64_t unknown = value & ~flagMask;
    std::int64_t aliases = value & ~singles;
    std::int64_t memberValue = value & singles;
    if (unknown && !keep)
        return in.raise("ValueError", cls->name + "(" + std::to_string(value) +
                                          ") -->  unknown values " + std::to_string(unknown) +
                                          " [" + flagBin(unknown, 0) + "]");
    ObjRef valueObj =
        value == *v && given->tag == rt::Tag::Int ? ObjRef(given) : in.heap().newInt(value);
    ObjRef pseudo;
    if (classEntry(cls, "_member_type_") == in.objectType())
        newNativeInstance(in, cls, pseudo);
    else
        pseudo = interp::newValueSubObject(in, cls, valueObj.get());
    rt::AttrDict& attrs = *memberAttrs(pseudo.get());
    attrs.set("_value_", valueObj);
    ObjRef name = in.none();
    if (memberValue || aliases) {
        ObjVec members = bitMembers(in, cls, memberValue);
        std::int64_t combined = 0;
        for (const ObjRef& m : members)
            combined |= *smallInt(in, memberField(m.get(), "_value_"));
        if (aliases) {
            value = memberValue | aliases;
            for (const rt::DictEntry& e :
                 static_cast<rt::DictObject*>(classEntry(cls, "_member_map_"))->entries) {
                if (!e.key || std::find(members.begin(), members.end(), e.value) != members.end())
                    continue;
                std::int64_t mv = *smallInt(in, memberField(e.value.get(), "_value_"));
                if (mv && (mv & value) == mv) {
                    members.push_back(e.value);
                    combined |= mv;
                }
            }
            valueObj = in.heap().newInt(value);
        }
        unknown = value ^ combined;
        std::string text;
        for (const ObjRef& m : members)
            text += (text.empty() ? "" : "|") + nameOf(m.get());
        if (!combined)
            name = in.none();
        else if (unknown && strict)
            return in.raise("ValueError",
                            clsRepr + ": no members with value " + std::to_string(unknown));
        else if (unknown) {
            // The bits no member has, in the class's _numeric_repr_ (repr; re.RegexFlag's hex).
            ObjRef numericRepr = in.getAttr(cls, "_numeric_repr_");
            CallArgs a;
            a.positional.push_back(in.heap().newInt(unknown));
            ObjRef shown = numericRepr ? in.call(numericRepr.get(), a) : nullptr;
            std::optional<std::string> s = shown ? in.str(shown.get()) : std::nullopt;
            if (!s)
                return nullptr;
            name = in.newStr(text + "|" + *s);
        } else
            name = in.newStr(text);
    }
    attrs.set("_name_", name);
    auto* map = static_cast<rt::DictObject*>(classEntry(cls, "_value2member_map_"));
    auto h = in.hash(valueObj.get());
    auto pos = h ? map->find(valueObj.get(), *h, in) : rt::kLookupFailed;
    if (pos == rt::kLookupFailed)
        return nullptr;
    if (pos >= 0)
        pseudo = map->entries[static_cast<std::size_t>(pos)].value;
    else if (!in.dictSet(map, valueObj, pseudo))
        return nullptr;
    if (negative && !in.dictSet(map, in.heap().newInt(*negative), pseudo))
        return nullptr;
    return pseudo;
}

ObjRef selfFlag(Interpreter& in, CallArgs& args, const char* who) {
    if (args.positional.empty() || !derives(memberClass(args.positional[0].get()), flagBase(in)))
        return in.abortUnsupported(std::string("Flag.") + who +
                                   " given an object that is not a member is not supported");
    return args.positional[0];
}

std::int64_t valueOf(Interpreter& in, Object* m) {
    return smallInt(in, memberField(m, "_value_")).value_or(0);
}

ObjRef ofValue(Interpreter& in, rt::TypeObject* cls, std::int64_t v) {
    return lookupByValue(in, cls, in.heap().newInt(v).get());
}

// Flag.__or__, __and__ and __xor__: a member of the class or (IntFlag) an int combines.
ObjRef combine(Interpreter& in, CallArgs& args, const char* who, char op) {
    ObjRef self = selfFlag(in, args, who);
    if (!self)
        return nullptr;
    if (args.positional.size() < 2) // Flag.__or__(Perm.R): a Python function's own errors
        return in.raise("TypeError", std::string("Flag.") + who +
                                         "() missing 1 required positional argument: 'other'");
    if (args.positional.size() > 2)
        return in.raise("TypeError", std::string("Flag.") + who +
                                         "() takes 2 positional arguments but " +
                                         std::to_string(args.positional.size()) + " were given");
    rt::TypeObject* cls = memberClass(self.get());
    Object* other = args.positional[1].get();
    std::optional<std::int64_t> o;
    if (derives(memberClass(other), cls))
        o = valueOf(in, other);
    else if (classEntry(cls, "_member_type_") != in.objectType() && isInt(in, other)) {
        o = smallInt(in, other);
        if (!o)
            return tooWide(in), nullptr;
    } else
        return in.notImplemented();
    std::int64_t s = valueOf(in, self.get());
    return ofValue(in, cls, op == '|' ? (s | *o) : op == '&' ? (s & *o) : (s ^ *o));
}

ObjRef flagOr(Interpreter& in, Object*, CallArgs& args) {
    return combine(in, args, "__or__", '|');
}

ObjRef flagAnd(Interpreter& in, Object*, CallArgs& args) {
    return combine(in, args, "__and__", '&');
}

ObjRef flagXor(Interpreter& in, Object*, CallArgs& args) {
    return combine(in, args, "__xor__", '^');
}

// Flag.__invert__: the members not in self (all other bits with KEEP), kept on the member.
ObjRef flagInvert(Interpreter& in, Object*, CallArgs& args) {
    ObjRef self = selfFlag(in, args, "__invert__");
    if (!self)
        return nullptr;
    rt::AttrDict& attrs = *memberAttrs(self.get());
    if (const ObjRef* done = attrs.find("_inverted_"); done && done->get() != in.none().get())
        return *done;
    rt::TypeObject* cls = memberClass(self.get());
    Object* bound = boundaryOf(cls);
    std::int64_t v = valueOf(in, self.get());
    ObjRef out = bound == boundary(in, "KEEP") || bound == boundary(in, "EJECT")
                     ? ofValue(in, cls, ~v)
                     : ofValue(in, cls, entryInt(cls, "_singles_mask_") & ~v);
    if (!out)
        return nullptr;
    attrs.set("_inverted_", out);
    if (in.tracer() && interp::Tracer::visible(self.get()))
        in.tracer()->replaced(self.get());
    return out;
}

ObjRef flagContains(Interpreter& in, Object*, CallArgs& args) {
    ObjRef self = selfFlag(in, args, "__contains__");
    if (!self)
        return nullptr;
    rt::TypeObject* cls = memberClass(self.get());
    Object* other = args.positional[1].get();
    if (!derives(memberClass(other), cls)) {
        rt::TypeObject* t = in.typeOf(other);
        return in.raise("TypeError", "unsupported operand type(s) for 'in': '" +
                                         (t->qualname.empty() ? t->name : t->qualname) + "' and '" +
                                         cls->qualname + "'");
    }
    std::int64_t o = valueOf(in, other);
    return in.boolean((o & valueOf(in, self.get())) == o);
}

ObjRef flagIter(Interpreter& in, Object*, CallArgs& args) {
    ObjRef self = selfFlag(in, args, "__iter__");
    if (!self)
        return nullptr;
    ObjRef list =
        in.heap().newList(bitMembers(in, memberClass(self.get()), valueOf(in, self.get())));
    return in.iter(list.get());
}

ObjRef flagLen(Interpreter& in, Object*, CallArgs& args) {
    ObjRef self = selfFlag(in, args, "__len__");
    if (!self)
        return nullptr;
    std::int64_t v = valueOf(in, self.get());
    std::uint64_t u = v < 0 ? ~static_cast<std::uint64_t>(v) + 1 : static_cast<std::uint64_t>(v);
    return in.heap().newInt(std::popcount(u));
}

ObjRef flagBool(Interpreter& in, Object*, CallArgs& args) {
    ObjRef self = selfFlag(in, args, "__bool__");
    return self ? in.boolean(valueOf(in, self.get()) != 0) : nullptr;
}

ObjRef flagRepr(Interpreter& in, Object*, CallArgs& args) {
    ObjRef self = selfFlag(in, args, "__repr__");
    if (!self)
        return nullptr;
    std::optional<std::string> v =
        in.repr(interp::exactValue(in, ObjRef(memberField(self.get(), "_value_"))).get());
    if (!v)
        return nullptr;
    Object* name = memberField(self.get(), "_name_");
    std::string cls = memberClass(self.get())->name;
    if (!name || name->tag != rt::Tag::Str)
        return in.newStr("<" + cls + ": " + *v + ">");
    return in.newStr("<" + cls + "." + interp::text(name) + ": " + *v + ">");
}

ObjRef flagStr(Interpreter& in, Object*, CallArgs& args) {
    ObjRef self = selfFlag(in, args, "__str__");
    if (!self)
        return nullptr;
    Object* name = memberField(self.get(), "_name_");
    std::string cls = memberClass(self.get())->name;
    if (!name || name->tag != rt::Tag::Str) {
        std::optional<std::string> v = in.repr(memberField(self.get(), "_value_"));
        return v ? in.newStr(cls + "(" + *v + ")") : nullptr;
    }
    return in.newStr(cls + "." + interp::text(name));
}

ObjRef iterByDef(Interpreter& in, Object*, CallArgs&) {
    return in.abortUnsupported("calling a Flag's _iter_member_ is not supported");
}

// Flag._generate_next_value_ called by the program: auto()'s values come from flagNextValue.
ObjRef generateNext(Interpreter& in, Object*, CallArgs& args) {
    if (args.positional.size() != 4 || !args.keywords.empty() ||
        args.positional[3]->tag != rt::Tag::List)
        return in.abortUnsupported("calling Flag._generate_next_value_ this way is not supported");
    return flagNextValue(in, static_cast<rt::ListObject*>(args.positional[3].get())->items);
}

void method(Interpreter& in, rt::TypeObject* t, const char* name, rt::NativeFn fn,
            std::vector<std::string> params) {
    t->dict.set(
        name, enumStandIn(in, name, ("Flag." + std::string(name)).c_str(), fn, std::move(params)));
}

} // namespace

rt::TypeObject* flagBase(Interpreter& in) {
    auto* m = static_cast<rt::ModuleObject*>(in.importModule("enum").get());
    return static_cast<rt::TypeObject*>(m->find("Flag"));
}

void flagEnd(rt::TypeObject* cls) {
    for (const char* n : kFlagEntries)
        cls->dict.erase(n);
}

bool isFlagClass(Interpreter& in, rt::TypeObject* cls) {
    return derives(cls, flagBase(in));
}

ObjRef flagNextValue(Interpreter& in, const ObjVec& lastValues) {
    if (lastValues.empty())
        return in.heap().newInt(1);
    std::int64_t high = 0;
    for (std::size_t i = 0; i < lastValues.size(); ++i) {
        std::optional<std::int64_t> v =
            lastValues[i]->tag == rt::Tag::Int ? smallInt(in, lastValues[i].get()) : std::nullopt;
        if (!v)
            return in.abortUnsupported("auto() in a Flag after a value that is not an int of "
                                       "64 bits is not supported");
        high = i == 0 ? *v : std::max(high, *v);
    }
    if (bitLength(high) >= 62)
        return tooWide(in), nullptr;
    return in.heap().newInt(std::int64_t{1} << bitLength(high));
}

void flagStart(Interpreter& in, rt::TypeObject* cls, bool flag) {
    for (const char* n : kFlagEntries)
        cls->dict.set(n, n[1] == 'i' ? in.none()
                         : n[1] == 'b'
                             ? ObjRef(flag ? boundaryOf(cls->bases.back()) : in.none().get())
                             : in.heap().newInt(0));
}

bool flagRecord(Interpreter& in, rt::TypeObject* cls, Object* value, bool& single) {
    // EnumType.__new__'s `_flag_mask_ |= value` refuses what is not an int.
    if (!isInt(in, value))
        return in.raise("TypeError",
                        std::string("unsupported operand type(s) for |=: 'int' and '") +
                            in.typeName(value) + "'"),
               false;
    std::optional<std::int64_t> v = smallInt(in, value);
    if (!v)
        return tooWide(in);
    std::int64_t mask = entryInt(cls, "_flag_mask_") | *v;
    if (bitLength(mask) >= 62)
        return tooWide(in);
    single = singleBit(*v);
    cls->dict.set("_flag_mask_", in.heap().newInt(mask));
    if (single)
        cls->dict.set("_singles_mask_", in.heap().newInt(entryInt(cls, "_singles_mask_") | *v));
    cls->dict.set("_all_bits_", in.heap().newInt((std::int64_t{1} << bitLength(mask)) - 1));
    return true;
}

void flagFinish(Interpreter& in, rt::TypeObject* cls, const rt::AttrDict& body) {
    rt::TypeObject* flag = flagBase(in);
    for (const char* n : kFlagOperators)
        if (!body.find(n))
            cls->dict.set(n, ObjRef(classEntry(flag, n)));
}

void flagOrder(Interpreter& in, rt::TypeObject* cls) {
    std::int64_t last = 0;
    bool sorted = true;
    auto* names = static_cast<rt::ListObject*>(classEntry(cls, "_member_names_"));
    auto* map = static_cast<rt::DictObject*>(classEntry(cls, "_member_map_"));
    for (std::size_t i = 0; i < names->items.size(); ++i) {
        ObjRef m = in.subscript(map, names->items[i].get());
        std::int64_t v = m ? valueOf(in, m.get()) : 0;
        sorted = sorted && (i == 0 || last <= v);
        last = v;
    }
    if (sorted)
        return;
    auto* bound = in.heap().make<rt::MethodObject>();
    ObjRef out(bound);
    bound->self = ObjRef(cls);
    bound->func = ObjRef(classEntry(flagBase(in), " _iter_member_by_def_"));
    cls->dict.set("_iter_member_", out);
}

void fillFlags(Interpreter& in, rt::ModuleObject& m, rt::TypeObject* e) {
    static const rt::Metaclass kFlagMeta = [e] {
        rt::Metaclass meta = *e->meta;
        meta.reprWord = "flag"; // EnumType.__repr__: <flag 'Perm'>
        return meta;
    }();
    rt::TypeObject* f = makeNativeType(in, "enum", "Flag", nullptr);
    f->metaclass = e->metaclass;
    f->meta = &kFlagMeta;
    f->nameObject = in.newStr("Flag");
    f->base = e;
    f->bases = {e};
    f->layout = in.objectType();
    f->mro = {f, e, in.objectType()};
    // FlagBoundary's members, drawn as CPython's tracer draws a library enum's: by type alone.
    rt::TypeObject* boundaryType = makeNativeType(in, "enum", "FlagBoundary", nullptr);
    for (const char* n : {"STRICT", "CONFORM", "EJECT", "KEEP"}) {
        ObjRef b;
        newNativeInstance(in, boundaryType, b);
        f->dict.set(std::string(" ") + n, b);
    }
    f->dict.set("_boundary_", *f->dict.find(" STRICT"));
    f->dict.set("_numeric_repr_", in.builtin("repr"));
    f->dict.set("_generate_next_value_",
                enumStandIn(in, "_generate_next_value_", "Flag._generate_next_value_", generateNext,
                            {"name", "start", "count", "last_values"}));
    auto* miss = in.heap().make<rt::DescriptorObject>();
    miss->kind = rt::DescriptorObject::Kind::ClassMethod;
    miss->func = enumStandIn(in, "_missing_", "Flag._missing_", missing, {"cls", "value"});
    f->dict.set("_missing_", ObjRef(miss));
    f->dict.set(" _iter_member_by_def_",
                enumStandIn(in, "_iter_member_by_def_", "Flag._iter_member_by_def_", iterByDef,
                            {"cls", "value"}));
    method(in, f, "__contains__", flagContains, {"self", "other"});
    method(in, f, "__iter__", flagIter, {"self"});
    method(in, f, "__len__", flagLen, {"self"});
    method(in, f, "__repr__", flagRepr, {"self"});
    method(in, f, "__str__", flagStr, {"self"});
    method(in, f, "__bool__", flagBool, {"self"});
    method(in, f, "__or__", flagOr, {"self", "other"});
    method(in, f, "__and__", flagAnd, {"self", "other"});
    method(in, f, "__xor__", flagXor, {"self", "other"});
    method(in, f, "__invert__", flagInvert, {"self"});
    f->dict.set("__ror__", *f->dict.find("__or__"));
    f->dict.set("__rand__", *f->dict.find("__and__"));
    f->dict.set("__rxor__", *f->dict.find("__xor__"));
    m.set("Flag", ObjRef(f));

    // IntFlag(int, ReprEnum, Flag): its members are ints, str() and format() int's, and a value
    // outside the members' bits is KEEP's to hold rather than an error.
    rt::TypeObject* intType = in.builtinType(rt::Tag::Int);
    rt::TypeObject* reprEnum = static_cast<rt::TypeObject*>(m.find("IntEnum"))->bases.back();
    rt::TypeObject* t = makeNativeType(in, "enum", "IntFlag", nullptr);
    t->metaclass = e->metaclass;
    t->meta = &kFlagMeta;
    t->nameObject = in.newStr("IntFlag");
    t->base = intType;
    t->bases = {intType, reprEnum, f};
    t->layout = intType;
    t->instanceTag = intType->instanceTag;
    t->mro = {t, intType, reprEnum, f, e, in.objectType()};
    t->dict.set("_generate_next_value_", *f->dict.find("_generate_next_value_"));
    t->dict.set("_value_repr_", dataMethod(e, intType, "__repr__"));
    t->dict.set("_boundary_", *f->dict.find(" KEEP"));
    t->dict.set("__format__", dataMethod(e, intType, "__format__"));
    t->dict.set("__str__", dataMethod(e, intType, "__repr__"));
    t->dict.set("__repr__", *f->dict.find("__repr__"));
    m.set("IntFlag", ObjRef(t));
}

} // namespace memstep::core::modules
