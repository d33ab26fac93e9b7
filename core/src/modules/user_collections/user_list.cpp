// collections.UserList, as CPython 3.11 writes it: its own methods, each doing its work on
// `self.data` (a list), and MutableSequence's iteration: iter() and reversed() of one are
// Sequence's generators reading `self[i]` through the class, so a program's subclass
// overriding __getitem__ has it called for each item, as in CPython.
#include "interp/builtins/builtins_util.h"
#include "modules/collections.h"
#include "modules/user_collections/user_collections.h"

#include <string>
#include <vector>

namespace memstep::core::modules {

using interp::CallArgs;

namespace userlist {
namespace {

using namespace user_collections;

bool isUserList(Interpreter& in, Object* o) {
    return isInstanceOf(in, o, Kind::List);
}

ObjRef listOf(Interpreter& in, Object* iterable) {
    CallArgs a;
    a.positional.emplace_back(iterable);
    return in.call(in.builtinType(rt::Tag::List), a);
}

// __init__(self, initlist=None)
ObjRef init(Interpreter& in, Object*, CallArgs& args) {
    ObjVec a;
    if (!bindArgs(in, args, Signature{"UserList.__init__", {"self", "initlist"}, 1}, a))
        return nullptr;
    Object* self = a[0].get();
    ObjRef data = in.heap().newList();
    if (!in.setAttr(self, "data", data))
        return nullptr;
    Object* init = a[1] ? a[1].get() : nullptr;
    if (!init || init->tag == rt::Tag::None)
        return in.none();
    // type(initlist) == list and a UserList: their items copied into the new list; anything
    // else: list(initlist) becomes the data.
    ObjRef items;
    if (in.typeOf(init) == in.builtinType(rt::Tag::List))
        items = ObjRef(init);
    else if (isUserList(in, init))
        items = in.getAttr(init, "data");
    else
        return (items = listOf(in, init)) && in.setAttr(self, "data", items) ? in.none() : nullptr;
    if (!items)
        return nullptr;
    for (const ObjRef& x : ObjVec(static_cast<rt::ListObject*>(items.get())->items))
        in.listInsert(
            static_cast<rt::ListObject*>(data.get()),
            static_cast<std::int64_t>(static_cast<rt::ListObject*>(data.get())->items.size()), x);
    return in.none();
}

ObjRef lenFn(Interpreter& in, Object*, CallArgs& args) {
    return dataLen(in, args, "UserList");
}
ObjRef reprFn(Interpreter& in, Object*, CallArgs& args) {
    return dataRepr(in, args, "UserList");
}
ObjRef containsFn(Interpreter& in, Object*, CallArgs& args) {
    return dataContains(in, args, "UserList", "item");
}
ObjRef setItem(Interpreter& in, Object*, CallArgs& args) {
    return dataSetItem(in, args, "UserList", "i", "item");
}
ObjRef delItem(Interpreter& in, Object*, CallArgs& args) {
    return dataDelItem(in, args, "UserList", "i");
}

// `other.data` for a UserList, else other (UserList.__cast).
ObjRef cast(Interpreter& in, const ObjRef& other) {
    return isUserList(in, other.get()) ? in.getAttr(other.get(), "data") : other;
}

// __getitem__: a slice gives a new object of self's class, an index the item.
ObjRef getItem(Interpreter& in, Object*, CallArgs& args) {
    Call c;
    if (!bindCall(in, args, Signature{"UserList.__getitem__", {"self", "i"}, 2}, c))
        return nullptr;
    ObjRef item = in.subscript(c.data.get(), c.args[1].get());
    if (!item || c.args[1]->tag != rt::Tag::Slice)
        return item;
    return callClass(in, c.self, {item});
}

// What __add__, __radd__ and __iadd__ join to the data: a UserList's data, a list (or a
// subclass of list) itself, else list(other).
ObjRef addend(Interpreter& in, const ObjRef& other) {
    if (isUserList(in, other.get()))
        return in.getAttr(other.get(), "data");
    if (in.isSubtype(in.typeOf(other.get()), in.builtinType(rt::Tag::List)))
        return other;
    return listOf(in, other.get());
}

ObjRef addFn(Interpreter& in, Object*, CallArgs& args) {
    Call c;
    if (!bindCall(in, args, Signature{"UserList.__add__", {"self", "other"}, 2}, c))
        return nullptr;
    ObjRef other = addend(in, c.args[1]);
    ObjRef sum = other ? in.binary(syntax::Operator::Add, c.data.get(), other.get()) : nullptr;
    return sum ? callClass(in, c.self, {sum}) : nullptr;
}

ObjRef raddFn(Interpreter& in, Object*, CallArgs& args) {
    Call c;
    if (!bindCall(in, args, Signature{"UserList.__radd__", {"self", "other"}, 2}, c))
        return nullptr;
    ObjRef other = addend(in, c.args[1]);
    ObjRef sum = other ? in.binary(syntax::Operator::Add, other.get(), c.data.get()) : nullptr;
    return sum ? callClass(in, c.self, {sum}) : nullptr;
}

// `self.data op= other`, then self.
ObjRef inplace(Interpreter& in, const Call& c, syntax::Operator op, const ObjRef& other) {
    ObjRef r = other ? in.binary(op, c.data.get(), other.get(), true) : nullptr;
    if (!r || !in.setAttr(c.self, "data", r))
        return nullptr;
    return c.args[0];
}

ObjRef iaddFn(Interpreter& in, Object*, CallArgs& args) {
    Call c;
    if (!bindCall(in, args, Signature{"UserList.__iadd__", {"self", "other"}, 2}, c))
        return nullptr;
    return inplace(in, c, syntax::Operator::Add, addend(in, c.args[1]));
}

ObjRef mulFn(Interpreter& in, Object*, CallArgs& args) {
    Call c;
    if (!bindCall(in, args, Signature{"UserList.__mul__", {"self", "n"}, 2}, c))
        return nullptr;
    ObjRef product = in.binary(syntax::Operator::Mult, c.data.get(), c.args[1].get());
    return product ? callClass(in, c.self, {product}) : nullptr;
}

ObjRef imulFn(Interpreter& in, Object*, CallArgs& args) {
    Call c;
    if (!bindCall(in, args, Signature{"UserList.__imul__", {"self", "n"}, 2}, c))
        return nullptr;
    return inplace(in, c, syntax::Operator::Mult, c.args[1]);
}

ObjRef dunderCopyFn(Interpreter& in, Object*, CallArgs& args) {
    Call c;
    if (!bindCall(in, args, Signature{"UserList.__copy__", {"self"}, 1}, c))
        return nullptr;
    return shallowCopy(in, c.self,
                       in.heap().newList(static_cast<rt::ListObject*>(c.data.get())->items));
}

// copy(): self.__class__(self).
ObjRef copyFn(Interpreter& in, Object*, CallArgs& args) {
    Call c;
    if (!bindCall(in, args, Signature{"UserList.copy", {"self"}, 1}, c))
        return nullptr;
    return callClass(in, c.self, {c.args[0]});
}

ObjRef extendFn(Interpreter& in, Object*, CallArgs& args) {
    Call c;
    if (!bindCall(in, args, Signature{"UserList.extend", {"self", "other"}, 2}, c))
        return nullptr;
    ObjRef other = cast(in, c.args[1]);
    ObjRef extend = other ? in.getAttr(c.data.get(), "extend") : nullptr;
    CallArgs a;
    a.positional.push_back(other);
    return extend && in.call(extend.get(), a) ? in.none() : nullptr;
}

// The methods that call the list's own: self.data.name(*args), their result returned (None
// for those CPython's method does not return from).
struct Delegated {
    const char* name;
    std::vector<std::string> params; // self first
    std::size_t required;
    bool returns;
};

const Delegated kDelegated[] = {
    {"append", {"self", "item"}, 2, false}, {"insert", {"self", "i", "item"}, 3, false},
    {"pop", {"self", "i"}, 1, true},        {"remove", {"self", "item"}, 2, false},
    {"clear", {"self"}, 1, false},          {"count", {"self", "item"}, 2, true},
    {"reverse", {"self"}, 1, false},
};

// Bound to the index of its entry in kDelegated.
ObjRef delegated(Interpreter& in, Object* which, CallArgs& args) {
    const Delegated& d =
        kDelegated[static_cast<std::size_t>(static_cast<rt::IntObject*>(which)->small)];
    std::string qualname = std::string("UserList.") + d.name;
    std::vector<const char*> params;
    for (const std::string& p : d.params)
        params.push_back(p.c_str());
    Call c;
    if (!bindCall(in, args, Signature{qualname.c_str(), params, d.required}, c))
        return nullptr;
    ObjRef m = in.getAttr(c.data.get(), d.name);
    if (!m)
        return nullptr;
    CallArgs a;
    for (std::size_t i = 1; i < c.args.size() && c.args[i]; ++i)
        a.positional.push_back(c.args[i]);
    ObjRef r = in.call(m.get(), a);
    return r && !d.returns ? in.none() : r;
}

// index(self, item, *args) and sort(self, /, *args, **kwds): the list's, given the rest.
ObjRef passOn(Interpreter& in, CallArgs& args, const char* name, const char* qualname,
              bool keywords) {
    if (args.positional.empty())
        return in.raise("TypeError", std::string(qualname) +
                                         "() missing 1 required positional argument: 'self'");
    if (!keywords && !args.keywords.empty())
        return in.raise("TypeError", std::string(qualname) +
                                         "() got an unexpected keyword argument '" +
                                         *args.keywords.front().name + "'");
    ObjRef data = in.getAttr(args.positional[0].get(), "data");
    ObjRef m = data ? in.getAttr(data.get(), name) : nullptr;
    if (!m)
        return nullptr;
    CallArgs a;
    a.positional.assign(args.positional.begin() + 1, args.positional.end());
    a.keywords = args.keywords;
    return in.call(m.get(), a);
}

ObjRef indexFn(Interpreter& in, Object*, CallArgs& args) {
    if (args.positional.size() < 2 && args.keywords.empty() && !args.positional.empty())
        return in.raise("TypeError",
                        "UserList.index() missing 1 required positional argument: 'item'");
    return passOn(in, args, "index", "UserList.index", false);
}

ObjRef sortFn(Interpreter& in, Object*, CallArgs& args) {
    ObjRef r = passOn(in, args, "sort", "UserList.sort", true);
    return r ? in.none() : nullptr;
}

} // namespace
} // namespace userlist

ObjRef userListClass(Interpreter& in) {
    using namespace userlist;
    rt::TypeObject* t =
        user_collections::libraryClass(in, "UserList", user_collections::Kind::List);
    auto method = [&](const char* name, rt::NativeFn fn, std::vector<std::string> params,
                      const char* owner = "UserList", ObjRef self = nullptr) {
        return user_collections::addMethod(in, t, owner, name, fn, std::move(params),
                                           std::move(self));
    };
    method("__init__", init, {"self", "initlist"});
    method("__repr__", reprFn, {"self"});
    addComparisons(in, t, "other");
    method("__contains__", containsFn, {"self", "item"});
    method("__len__", lenFn, {"self"});
    method("__getitem__", getItem, {"self", "i"});
    method("__setitem__", setItem, {"self", "i", "item"});
    method("__delitem__", delItem, {"self", "i"});
    method("__add__", addFn, {"self", "other"});
    method("__radd__", raddFn, {"self", "other"});
    method("__iadd__", iaddFn, {"self", "other"});
    ObjRef mul = method("__mul__", mulFn, {"self", "n"});
    t->dict.set("__rmul__", mul); // __rmul__ = __mul__
    method("__imul__", imulFn, {"self", "n"});
    method("__copy__", dunderCopyFn, {"self"});
    for (std::size_t i = 0; i < std::size(kDelegated); ++i)
        method(kDelegated[i].name, delegated, kDelegated[i].params, "UserList",
               in.heap().newInt(static_cast<std::int64_t>(i)));
    method("copy", copyFn, {"self"});
    method("index", indexFn, {"self", "item", "args"});
    method("sort", sortFn, {"self", "args", "kwds"});
    method("extend", extendFn, {"self", "other"});
    addSequenceIteration(in, t);
    // UserList defines __eq__: its __hash__ is None.
    t->dict.set("__hash__", in.none());
    return user_collections::created(in, t);
}

} // namespace memstep::core::modules
