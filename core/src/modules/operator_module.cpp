// The operator module: the operators as functions (add, lt, getitem, iadd...) and the
// itemgetter, attrgetter and methodcaller types, as CPython 3.11's _operator gives them.
//
// Each function is the interpreter's own operator (Interpreter::binary, compare, subscript,
// ...), so results, identities, a class's dunder methods and error messages are exactly
// those of the operator written in the program; only the argument-count errors are
// _operator's ("add expected 2 arguments, got 1"). The getters are native types
// (modules.h): the diagram shows them by type name, as CPython's reference does.
#include "interp/attributes/attribute_hooks.h"
#include "interp/builtins/builtins_util.h"
#include "modules/modules.h"

namespace memstep::core::modules {

using interp::CallArgs;
using syntax::CmpOperator;
using syntax::Operator;

namespace operator_ {
namespace {

bool exactly(Interpreter& in, CallArgs& args, const char* name, std::size_t n) {
    if (!args.keywords.empty()) {
        in.raise("TypeError", std::string(name) + "() takes no keyword arguments");
        return false;
    }
    if (args.positional.size() == n)
        return true;
    in.raise("TypeError", std::string(name) + " expected " + std::to_string(n) + " argument" +
                              (n == 1 ? "" : "s") + ", got " +
                              std::to_string(args.positional.size()));
    return false;
}

// The module's name of each Operator, in the enum's order (plain, then in-place).
constexpr const char* kBinaryNames[] = {"add", "sub",  "mul",     "matmul", "truediv",
                                        "mod", "pow",  "lshift",  "rshift", "or_",
                                        "xor", "and_", "floordiv"};
constexpr const char* kInplaceNames[] = {"iadd", "isub", "imul",     "imatmul", "itruediv",
                                         "imod", "ipow", "ilshift",  "irshift", "ior",
                                         "ixor", "iand", "ifloordiv"};

template <Operator Op, bool Inplace> ObjRef binary(Interpreter& in, Object*, CallArgs& args) {
    const char* name = (Inplace ? kInplaceNames : kBinaryNames)[static_cast<int>(Op)];
    if (!exactly(in, args, name, 2))
        return nullptr;
    return in.binary(Op, args.positional[0].get(), args.positional[1].get(), Inplace);
}

template <CmpOperator Op> ObjRef comparison(Interpreter& in, Object*, CallArgs& args) {
    static constexpr const char* kNames[] = {"eq", "ne", "lt", "le", "gt", "ge"};
    if (!exactly(in, args, kNames[static_cast<int>(Op)], 2))
        return nullptr;
    Object* a = args.positional[0].get();
    Object* b = args.positional[1].get();
    if (Interpreter::isUserObject(a) || Interpreter::isUserObject(b))
        return in.userCompareObject(Op, a, b);
    int r = in.compare(Op, a, b);
    return r < 0 ? nullptr : in.boolean(r == 1);
}

template <syntax::UnaryOperator Op> ObjRef unary(Interpreter& in, Object*, CallArgs& args) {
    static constexpr const char* kNames[] = {"invert", "not_", "pos", "neg"};
    if (!exactly(in, args, kNames[static_cast<int>(Op)], 1))
        return nullptr;
    return in.unary(Op, args.positional[0].get());
}

ObjRef truth(Interpreter& in, Object*, CallArgs& args) {
    if (!exactly(in, args, "truth", 1))
        return nullptr;
    int t = in.truthy(args.positional[0].get());
    return t < 0 ? nullptr : in.boolean(t == 1);
}

ObjRef is(Interpreter& in, Object*, CallArgs& args) {
    if (!exactly(in, args, "is_", 2))
        return nullptr;
    return in.boolean(args.positional[0].get() == args.positional[1].get());
}

ObjRef isNot(Interpreter& in, Object*, CallArgs& args) {
    if (!exactly(in, args, "is_not", 2))
        return nullptr;
    return in.boolean(args.positional[0].get() != args.positional[1].get());
}

ObjRef callBuiltin(Interpreter& in, const char* name, CallArgs& args) {
    return in.call(in.builtin(name).get(), args);
}

ObjRef abs(Interpreter& in, Object*, CallArgs& args) {
    return exactly(in, args, "abs", 1) ? callBuiltin(in, "abs", args) : nullptr;
}

ObjRef index(Interpreter& in, Object*, CallArgs& args) {
    if (!exactly(in, args, "index", 1))
        return nullptr;
    Object* o = args.positional[0].get();
    if (o->tag == rt::Tag::Int)
        return args.positional[0];
    if (in.hasUserIndex(o)) // the int __index__ returned, however big
        return in.userIndex(o);
    auto v = interp::intArg(in, o);
    return v ? in.heap().newInt(*v) : nullptr;
}

// len() of `o` failed: CPython would not have called it (the type has no len) and asks the
// type's __length_hint__ (an iterator's count of what is left), which memstep does not keep
// for its builtin types: refused, naming the type. Any other exception goes on.
ObjRef hintFailed(Interpreter& in, Object* o) {
    Object* e = in.pendingException();
    if (e && in.exceptionMatches(e, in.exceptionType("TypeError")) == 1)
        return in.abortUnsupported(std::string("operator.length_hint() of a '") + in.typeName(o) +
                                   "' (an object without len(), such as an iterator) is not "
                                   "supported");
    return nullptr;
}

// PyObject_LengthHint: len() when the object has one, else its class's __length_hint__
// (NotImplemented or none: the default), which must give an int >= 0 (userLengthHint).
ObjRef lengthHint(Interpreter& in, Object*, CallArgs& args) {
    if (!args.keywords.empty())
        return in.raise("TypeError", "_operator.length_hint() takes no keyword arguments");
    std::size_t n = args.positional.size();
    if (n < 1 || n > 2)
        return in.raise("TypeError", std::string("length_hint expected at ") +
                                         (n < 1 ? "least 1 argument" : "most 2 arguments") +
                                         ", got " + std::to_string(n));
    std::int64_t fallback = 0;
    if (n == 2) {
        auto d = interp::intArg(in, args.positional[1].get());
        if (!d)
            return nullptr;
        fallback = *d;
    }
    Object* o = args.positional[0].get();
    if (!Interpreter::isUserObject(o) && !interp::overridesLen(in, o)) {
        CallArgs lenArgs;
        lenArgs.positional.push_back(args.positional[0]);
        ObjRef r = in.call(in.builtin("len").get(), lenArgs);
        return r ? r : hintFailed(in, o);
    }
    auto v = in.userLengthHint(o, fallback);
    return v ? in.heap().newInt(*v) : nullptr;
}

ObjRef contains(Interpreter& in, Object*, CallArgs& args) {
    if (!exactly(in, args, "contains", 2))
        return nullptr;
    int r = in.contains(args.positional[0].get(), args.positional[1].get());
    return r < 0 ? nullptr : in.boolean(r == 1);
}

// countOf / indexOf: `a` walked by iteration, items matched by identity or ==.
ObjRef search(Interpreter& in, CallArgs& args, const char* name, bool count) {
    if (!exactly(in, args, name, 2))
        return nullptr;
    ObjRef it = in.iter(args.positional[0].get());
    if (!it)
        return nullptr;
    Object* target = args.positional[1].get();
    std::int64_t i = 0, found = 0;
    while (ObjRef x = in.next(it.get())) {
        int same = x.get() == target ? 1 : in.compare(CmpOperator::Eq, x.get(), target);
        if (same < 0)
            return nullptr;
        if (same && !count)
            return in.heap().newInt(i);
        found += same;
        ++i;
    }
    if (in.hasException() || in.aborted())
        return nullptr;
    if (count)
        return in.heap().newInt(found);
    return in.raise("ValueError", "sequence.index(x): x not in sequence");
}

ObjRef countOf(Interpreter& in, Object*, CallArgs& args) {
    return search(in, args, "countOf", true);
}
ObjRef indexOf(Interpreter& in, Object*, CallArgs& args) {
    return search(in, args, "indexOf", false);
}

bool isSequence(Interpreter& in, Object* o) {
    rt::Tag t = o->tag;
    return t == rt::Tag::List || t == rt::Tag::Tuple || t == rt::Tag::Str ||
           (Interpreter::isUserObject(o) && in.lookupInType(in.typeOf(o), "__getitem__"));
}

template <bool Inplace> ObjRef concat(Interpreter& in, Object*, CallArgs& args) {
    const char* name = Inplace ? "iconcat" : "concat";
    if (!exactly(in, args, name, 2))
        return nullptr;
    Object* a = args.positional[0].get();
    if (!isSequence(in, a))
        return in.raise("TypeError",
                        "'" + std::string(in.typeName(a)) + "' object can't be concatenated");
    return in.binary(Operator::Add, a, args.positional[1].get(), Inplace);
}

ObjRef getitem(Interpreter& in, Object*, CallArgs& args) {
    if (!exactly(in, args, "getitem", 2))
        return nullptr;
    return in.subscript(args.positional[0].get(), args.positional[1].get());
}

ObjRef setitem(Interpreter& in, Object*, CallArgs& args) {
    if (!exactly(in, args, "setitem", 3))
        return nullptr;
    if (!in.storeSubscript(args.positional[0].get(), args.positional[1].get(), args.positional[2]))
        return nullptr;
    return in.none();
}

ObjRef delitem(Interpreter& in, Object*, CallArgs& args) {
    if (!exactly(in, args, "delitem", 2))
        return nullptr;
    if (!in.deleteSubscript(args.positional[0].get(), args.positional[1].get()))
        return nullptr;
    return in.none();
}

ObjRef call(Interpreter& in, Object*, CallArgs& args) {
    if (args.positional.empty())
        return in.raise("TypeError", "call() missing 1 required positional argument: 'obj'");
    ObjRef callee = args.positional[0];
    args.positional.erase(args.positional.begin());
    return in.call(callee.get(), args);
}

} // namespace

// itemgetter, attrgetter, methodcaller (operator_getters.cpp).
void fillGetters(Interpreter& in, rt::ModuleObject& m);

} // namespace operator_

void fillOperator(Interpreter& in, rt::ModuleObject& m) {
    using namespace operator_;
    using U = syntax::UnaryOperator;
    addFunction(in, m, "abs", abs);
    addFunction(in, m, "add", binary<Operator::Add, false>);
    addFunction(in, m, "and_", binary<Operator::BitAnd, false>);
    addFunction(in, m, "call", call);
    addFunction(in, m, "concat", concat<false>);
    addFunction(in, m, "contains", contains);
    addFunction(in, m, "countOf", countOf);
    addFunction(in, m, "delitem", delitem);
    addFunction(in, m, "eq", comparison<CmpOperator::Eq>);
    addFunction(in, m, "floordiv", binary<Operator::FloorDiv, false>);
    addFunction(in, m, "ge", comparison<CmpOperator::GtE>);
    addFunction(in, m, "getitem", getitem);
    addFunction(in, m, "gt", comparison<CmpOperator::Gt>);
    addFunction(in, m, "iadd", binary<Operator::Add, true>);
    addFunction(in, m, "iand", binary<Operator::BitAnd, true>);
    addFunction(in, m, "iconcat", concat<true>);
    addFunction(in, m, "ifloordiv", binary<Operator::FloorDiv, true>);
    addFunction(in, m, "ilshift", binary<Operator::LShift, true>);
    addFunction(in, m, "imod", binary<Operator::Mod, true>);
    addFunction(in, m, "imul", binary<Operator::Mult, true>);
    addFunction(in, m, "index", index);
    addFunction(in, m, "length_hint", lengthHint);
    addFunction(in, m, "indexOf", indexOf);
    addFunction(in, m, "inv", unary<U::Invert>);
    addFunction(in, m, "invert", unary<U::Invert>);
    addFunction(in, m, "ior", binary<Operator::BitOr, true>);
    addFunction(in, m, "ipow", binary<Operator::Pow, true>);
    addFunction(in, m, "irshift", binary<Operator::RShift, true>);
    addFunction(in, m, "is_", is);
    addFunction(in, m, "is_not", isNot);
    addFunction(in, m, "isub", binary<Operator::Sub, true>);
    addFunction(in, m, "itruediv", binary<Operator::Div, true>);
    addFunction(in, m, "ixor", binary<Operator::BitXor, true>);
    addFunction(in, m, "le", comparison<CmpOperator::LtE>);
    addFunction(in, m, "lshift", binary<Operator::LShift, false>);
    addFunction(in, m, "lt", comparison<CmpOperator::Lt>);
    addFunction(in, m, "mod", binary<Operator::Mod, false>);
    addFunction(in, m, "mul", binary<Operator::Mult, false>);
    addFunction(in, m, "ne", comparison<CmpOperator::NotEq>);
    addFunction(in, m, "neg", unary<U::USub>);
    addFunction(in, m, "not_", unary<U::Not>);
    addFunction(in, m, "or_", binary<Operator::BitOr, false>);
    addFunction(in, m, "pos", unary<U::UAdd>);
    addFunction(in, m, "pow", binary<Operator::Pow, false>);
    addFunction(in, m, "rshift", binary<Operator::RShift, false>);
    addFunction(in, m, "setitem", setitem);
    addFunction(in, m, "sub", binary<Operator::Sub, false>);
    addFunction(in, m, "truediv", binary<Operator::Div, false>);
    addFunction(in, m, "truth", truth);
    addFunction(in, m, "xor", binary<Operator::BitXor, false>);
    fillGetters(in, m);
}

} // namespace memstep::core::modules
