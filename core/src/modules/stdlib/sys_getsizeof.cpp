// sys.getsizeof(object[, default]) with CPython 3.11's numbers on 64-bit Linux.
//
// The size of most objects follows from their value alone: an int is 24 bytes and 4 per
// 30-bit digit (at least one), a str is its compact form's header (49 bytes for ASCII, 73 for
// latin-1, 74 for UCS-2, 76 for UCS-4) and its code units with a terminator, a tuple 40 and a
// pointer per item. Those are answered. A list's allocated slots follow how it grew: the
// operations that grow and shrink it keep CPython's count (runtime/list_capacity.h), and a
// list an unmodelled operation built or changed is refused. A set's table is setobject.c's
// own (SetObject keeps its mask), and a dict's keys table CPython's (runtime/dict_table.h; a
// dict whose history it does not follow is refused). What else depends on the object's
// history is refused by name, never guessed: a generator's its code. A
// program's class is a heap type (920 bytes with its GC header) and, when its instances keep
// their __dict__ in CPython's managed form, the shared keys table made for them. An instance of the
// program's class is 56 bytes (24 of object with its weakref slot, and the GC header and the
// managed-dict pointers CPython puts before it) or, with __slots__, 16, a pointer per slot and
// the GC header; a __sizeof__ of its class answers instead, plus that header.
#include "interp/builtins/builtins_util.h"
#include "modules/modules.h"
#include "runtime/containers.h"
#include "runtime/dict_table.h"
#include "runtime/list_capacity.h"
#include "runtime/str_kind.h"

#include <optional>

namespace memstep::core::modules {

using interp::CallArgs;

namespace sys {
namespace {

// sizeof(PyGC_Head), and the two pointers (dict, values) before an object with a managed dict.
constexpr std::int64_t kGcHeader = 16;
constexpr std::int64_t kManagedDictHeader = 16;

std::int64_t intSize(const rt::IntObject* o) {
    std::uint64_t bits = 0;
    if (o->isBig()) {
        bits = o->big->bitLength();
    } else {
        std::uint64_t mag = o->small < 0 ? 0 - static_cast<std::uint64_t>(o->small)
                                         : static_cast<std::uint64_t>(o->small);
        while (mag) {
            ++bits;
            mag >>= 1;
        }
    }
    std::int64_t digits = static_cast<std::int64_t>((bits + 29) / 30);
    return 24 + 4 * std::max<std::int64_t>(digits, 1);
}

// A compact str: its header by the widest code point, then one unit per code point and one
// for the terminating NUL.
std::int64_t strSize(const rt::StrObject* s) {
    if (s->ascii)
        return 48 + s->length + 1;
    return 72 + rt::unicodeKind(*s) * (s->length + 1);
}

// sizeof(PyHeapTypeObject) and the GC header; then the shared keys table
// (_PyDict_NewKeysForClass) of a class whose instances have a managed __dict__: its 32-byte
// header, 64 one-byte index slots and 42 entries of 16 bytes. The table's size is fixed when
// the class is made (shared keys never grow in 3.11), so it does not follow the attributes.
constexpr std::int64_t kHeapTypeSize = 904 + kGcHeader;
constexpr std::int64_t kClassKeysSize = 32 + 64 + 42 * 16;
constexpr std::int64_t kStaticTypeSize = 408 + kGcHeader;

// Whether the instances of a class whose instance layout extends the builtin `layout` keep
// their __dict__ as CPython's managed dict: std::nullopt for a layout not measured.
// Variable-sized objects (int, tuple, bytes) put the dict at an offset instead, and an
// exception has a dict slot of its own. A module's type (collections.OrderedDict) is not
// measured.
std::optional<bool> managedDictLayout(Interpreter& in, rt::TypeObject* layout) {
    if (layout->isException)
        return false;
    if (layout != in.objectType() && layout != in.builtinType(layout->instanceTag))
        return std::nullopt;
    switch (layout->instanceTag) {
    case rt::Tag::Type: // a metaclass: type's items are its slots' member descriptors
    case rt::Tag::Int:
    case rt::Tag::Tuple:
    case rt::Tag::Bytes:
        return false;
    case rt::Tag::Instance: // object
    case rt::Tag::Str:
    case rt::Tag::Float:
    case rt::Tag::Complex:
    case rt::Tag::List:
    case rt::Tag::Dict:
    case rt::Tag::Set:
    case rt::Tag::FrozenSet:
    case rt::Tag::ByteArray:
        return true;
    default:
        return std::nullopt;
    }
}

// A class of the program (type.__sizeof__ of a heap type); -2 when refused.
std::int64_t classSize(Interpreter& in, rt::TypeObject* cls) {
    auto refuse = [&](const std::string& what) {
        in.abortUnsupported("sys.getsizeof of " + what);
        return std::int64_t{-2};
    };
    // A builtin type is a static PyTypeObject with its GC header.
    if (cls == in.objectType() || (!cls->isUser && cls == in.builtinType(cls->instanceTag)))
        return kStaticTypeSize;
    if (!cls->isUser || cls->isLibrary)
        return refuse(std::string("the class '") + cls->name + "'");
    // (A metaclass defining __sizeof__ is refused when it is made.)
    std::optional<bool> managed =
        cls->layout ? managedDictLayout(in, cls->layout) : std::optional<bool>{};
    if (!managed)
        return refuse(std::string("a class derived from '") +
                      (cls->layout ? cls->layout->name : cls->name) + "'");
    return kHeapTypeSize + (*managed && !cls->noDict ? kClassKeysSize : 0);
}

// The instance of a program's class: its __sizeof__ when a class of its MRO defines one,
// else object's. -1 with the exception set, or -2 when refused (abort under way).
std::int64_t instanceSize(Interpreter& in, rt::InstanceObject* o) {
    rt::TypeObject* cls = o->cls;
    auto refuse = [&](const std::string& what) {
        in.abortUnsupported("sys.getsizeof of " + what);
        return std::int64_t{-2};
    };
    if (cls->isLibrary || cls->layout != in.objectType())
        return refuse(std::string("a '") + cls->name + "' object");
    bool slotted = cls->noDict;
    if (!slotted && !cls->slotOrder.empty())
        return refuse("an instance with __slots__ and a __dict__");
    std::int64_t header = slotted ? kGcHeader : kGcHeader + kManagedDictHeader;
    bool found = false;
    ObjRef r = in.callDunder(o, "__sizeof__", {}, &found);
    if (!found && !in.hasException() && !in.aborted()) {
        std::int64_t basic =
            slotted ? 16 + 8 * static_cast<std::int64_t>(cls->slotOrder.size()) : 24;
        return basic + header;
    }
    if (!r)
        return in.aborted() ? -2 : -1;
    Object* v = r.get();
    if (v->tag == rt::Tag::Bool)
        return (static_cast<rt::BoolObject*>(v)->value ? 1 : 0) + header;
    if (v->tag != rt::Tag::Int) {
        in.raise("TypeError", "an integer is required");
        return -1;
    }
    auto* n = static_cast<rt::IntObject*>(v);
    if (n->isBig()) {
        in.raise("OverflowError", "Python int too large to convert to C ssize_t");
        return -1;
    }
    if (n->small < 0) {
        in.raise("ValueError", "__sizeof__() should return >= 0");
        return -1;
    }
    return n->small + header;
}

// The size of `o`; -1 with the exception set, -2 when refused.
std::int64_t sizeOf(Interpreter& in, Object* o) {
    auto refuse = [&](const std::string& what) {
        in.abortUnsupported("sys.getsizeof of " + what);
        return std::int64_t{-2};
    };
    if (o->subclassed)
        return refuse("an object of a subclass of a built-in type");
    switch (o->tag) {
    case rt::Tag::None:
    case rt::Tag::Ellipsis:
        return 16;
    case rt::Tag::Bool:
        return 28;
    case rt::Tag::Int:
        return intSize(static_cast<rt::IntObject*>(o));
    case rt::Tag::Float:
        return 24;
    case rt::Tag::Complex:
        return 32;
    case rt::Tag::Str:
        return strSize(static_cast<rt::StrObject*>(o));
    case rt::Tag::Bytes:
        return 33 + static_cast<std::int64_t>(static_cast<rt::BytesObject*>(o)->data.size());
    case rt::Tag::Tuple:
        if (static_cast<rt::TupleObject*>(o)->cls)
            return refuse("a namedtuple");
        return 40 + 8 * static_cast<std::int64_t>(static_cast<rt::TupleObject*>(o)->items.size());
    case rt::Tag::Range:
        return 48;
    case rt::Tag::Slice:
        return 56;
    case rt::Tag::Function:
        return 152;
    case rt::Tag::Builtin:
        // builtin_function_or_method; memstep's other builtins (slot wrappers, method
        // descriptors) have other sizes in CPython.
        if (std::string_view(in.typeName(o)) != "builtin_function_or_method")
            return refuse(std::string("a '") + in.typeName(o) + "' object");
        return 72;
    case rt::Tag::Method:
        return 64;
    case rt::Tag::Type:
        return classSize(in, static_cast<rt::TypeObject*>(o));
    case rt::Tag::Instance:
        if (static_cast<rt::InstanceObject*>(o)->cls == in.objectType())
            return 16;
        if (!static_cast<rt::InstanceObject*>(o)->cls->isUser)
            return refuse(std::string("a '") + in.typeName(o) + "' object");
        return instanceSize(in, static_cast<rt::InstanceObject*>(o));
    case rt::Tag::List: {
        // PyListObject and its GC header, then the slots list_resize and its kin allocated.
        auto* l = static_cast<rt::ListObject*>(o);
        if (!rt::capacity::holds(l->capacity, l->items.size()))
            return refuse("a list built or changed by an operation whose allocation memstep "
                          "does not model");
        return 56 + 8 * static_cast<std::int64_t>(l->capacity.slots);
    }
    case rt::Tag::Dict: {
        // PyDictObject and its GC header, then the keys table the dict's history left.
        auto* d = static_cast<rt::DictObject*>(o);
        if (d->cls || d->owner || !d->table.known)
            return refuse("a dict made or changed by an operation whose table memstep does "
                          "not model");
        return rt::dicttable::sizeOf(d->table);
    }
    case rt::Tag::Set:
    case rt::Tag::FrozenSet: {
        // PySetObject with its GC header and its small table of 8 entries; a bigger table is
        // a block of 16-byte entries besides. SetObject keeps setobject.c's own mask.
        auto* set = static_cast<rt::SetObject*>(o);
        std::int64_t table = set->mask > 7 ? 16 * static_cast<std::int64_t>(set->mask + 1) : 0;
        return 216 + table;
    }
    default:
        return refuse(std::string("a '") + in.typeName(o) + "' object");
    }
}

// getsizeof(object, default=None) as PyArg_ParseTupleAndKeywords("O|O:getsizeof") checks it.
bool parseArgs(Interpreter& in, CallArgs& args, ObjRef& object, ObjRef& dflt) {
    std::size_t given = args.positional.size() + args.keywords.size();
    auto fail = [&](const std::string& message) {
        in.raise("TypeError", message);
        return false;
    };
    if (given > 2)
        return fail("getsizeof() takes at most 2 arguments (" + std::to_string(given) + " given)");
    ObjRef byName = interp::takeKeyword(args, "object");
    ObjRef dfltByName = interp::takeKeyword(args, "default");
    if (!args.positional.empty())
        object = args.positional[0];
    else
        object = byName;
    if (!object)
        return fail("getsizeof() missing required argument 'object' (pos 1)");
    dflt = args.positional.size() > 1 ? args.positional[1] : dfltByName;
    if (byName && !args.positional.empty())
        return fail("argument for getsizeof() given by name ('object') and position (1)");
    if (dfltByName && args.positional.size() > 1)
        return fail("argument for getsizeof() given by name ('default') and position (2)");
    if (!args.keywords.empty())
        return fail("'" + *args.keywords[0].name +
                    "' is an invalid keyword argument for getsizeof()");
    return true;
}

} // namespace

ObjRef getSizeOf(Interpreter& in, Object*, CallArgs& args) {
    ObjRef object;
    ObjRef dflt;
    if (!parseArgs(in, args, object, dflt))
        return nullptr;
    std::int64_t size = sizeOf(in, object.get());
    if (size == -2)
        return nullptr;
    if (size == -1) {
        // Only a TypeError gives way to the default (sys_getsizeof in sysmodule.c).
        if (dflt && !in.aborted() &&
            in.exceptionMatches(in.pendingException(), in.exceptionType("TypeError")) == 1) {
            in.clearException();
            return dflt;
        }
        return nullptr;
    }
    return in.heap().newInt(size);
}

} // namespace sys
} // namespace memstep::core::modules
