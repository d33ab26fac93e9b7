// functools.total_ordering: the class decorator that fills in the ordering methods a class
// lacks from the one it defines, as CPython 3.11's functools.py does.
//
// functools.py's twelve helpers (_gt_from_lt, ...) are module-level Python functions, one
// object each, which total_ordering renames (`opfunc.__name__ = opname`) and stores in the
// class: so here they are twelve builtins standing in for Python functions, bound like
// methods, made once per module and shared by every class that gets them. Each calls the
// class's own root method and then `self != other` or `self == other` exactly as the
// helper's one return line does, so the program's __lt__ and __eq__ run as its steps.
#include "interp/builtins/builtins_util.h"
#include "modules/modules.h"

namespace memstep::core::modules {

using interp::CallArgs;
using syntax::CmpOperator;

namespace functools {
namespace {

// The return line of each helper, after `op_result = type(self).__ROOT__(self, other)`.
enum class Formula : std::uint8_t {
    Not,      // not op_result
    NotAndNe, // not op_result and self != other
    OrEq,     // op_result or self == other
    NotOrEq,  // not op_result or self == other
    AndNe,    // op_result and self != other
};

struct Helper {
    const char* name;
    const char* root;
    Formula formula;
};

// functools.py's helpers, in its order.
constexpr Helper kHelpers[] = {
    {"_gt_from_lt", "__lt__", Formula::NotAndNe}, {"_le_from_lt", "__lt__", Formula::OrEq},
    {"_ge_from_lt", "__lt__", Formula::Not},      {"_ge_from_le", "__le__", Formula::NotOrEq},
    {"_lt_from_le", "__le__", Formula::AndNe},    {"_gt_from_le", "__le__", Formula::Not},
    {"_lt_from_gt", "__gt__", Formula::NotAndNe}, {"_ge_from_gt", "__gt__", Formula::OrEq},
    {"_le_from_gt", "__gt__", Formula::Not},      {"_le_from_ge", "__ge__", Formula::NotOrEq},
    {"_gt_from_ge", "__ge__", Formula::AndNe},    {"_lt_from_ge", "__ge__", Formula::Not},
};

// functools._convert: for each root, the (name, helper index) pairs it fills in, in order.
struct Conversion {
    const char* root;
    const char* names[3];
    int helpers[3];
};
constexpr Conversion kConvert[] = {
    {"__lt__", {"__gt__", "__le__", "__ge__"}, {0, 1, 2}},
    {"__le__", {"__ge__", "__lt__", "__gt__"}, {3, 4, 5}},
    {"__gt__", {"__lt__", "__ge__", "__le__"}, {6, 7, 8}},
    {"__ge__", {"__le__", "__gt__", "__lt__"}, {9, 10, 11}},
};

// One helper; `self` is the index of its row in kHelpers (an int).
ObjRef helper(Interpreter& in, Object* index, CallArgs& args) {
    const Helper& h = kHelpers[static_cast<rt::IntObject*>(index)->small];
    if (!args.keywords.empty() || args.positional.size() != 2)
        return in.raise("TypeError", std::string(h.name) + "() takes 2 positional arguments but " +
                                         std::to_string(args.positional.size()) + " were given");
    ObjRef self = args.positional[0], other = args.positional[1];
    ObjRef rootMethod = in.getAttr(in.typeOf(self.get()), h.root);
    if (!rootMethod)
        return nullptr;
    CallArgs a;
    a.positional = {self, other};
    ObjRef result = in.call(rootMethod.get(), a);
    if (!result)
        return nullptr;
    if (result.get() == in.notImplemented().get())
        return result;
    int t = in.truthy(result.get());
    if (t < 0)
        return nullptr;
    auto compare = [&](CmpOperator op) {
        return in.userCompareObject(op, self.get(), other.get());
    };
    switch (h.formula) {
    case Formula::Not:
        return in.boolean(!t);
    case Formula::NotAndNe:
        return t ? in.boolean(false) : compare(CmpOperator::NotEq);
    case Formula::OrEq:
        return t ? result : compare(CmpOperator::Eq);
    case Formula::NotOrEq:
        return !t ? in.boolean(true) : compare(CmpOperator::Eq);
    case Formula::AndNe:
        return !t ? result : compare(CmpOperator::NotEq);
    }
    return nullptr;
}

// total_ordering(cls); `self` is the module, which holds the helpers under their names.
ObjRef totalOrdering(Interpreter& in, Object* module, CallArgs& args) {
    ObjRef cls = interp::takeKeyword(args, "cls");
    if (!interp::noMoreKeywords(in, args, "total_ordering"))
        return nullptr;
    if (cls)
        args.positional.insert(args.positional.begin(), cls);
    if (args.positional.size() != 1)
        return in.raise("TypeError", "total_ordering() takes 1 positional argument but " +
                                         std::to_string(args.positional.size()) + " were given");
    cls = args.positional[0];
    if (cls->tag != rt::Tag::Type || !static_cast<rt::TypeObject*>(cls.get())->isUser)
        return in.abortUnsupported("functools.total_ordering() of a " +
                                   std::string(in.typeName(cls.get())) +
                                   " that is not a class of the program is not supported");
    auto* type = static_cast<rt::TypeObject*>(cls.get());
    const Conversion* root = nullptr;
    bool defined[4] = {};
    // max(roots) by name prefers __lt__, then __le__, __gt__, __ge__: kConvert's order.
    for (int i = 0; i < 4; ++i) {
        defined[i] = static_cast<bool>(in.lookupInType(type, kConvert[i].root));
        if (defined[i] && !root)
            root = &kConvert[i];
    }
    if (!root)
        return in.raise("ValueError", "must define at least one ordering operation: < > <= >=");
    auto* m = static_cast<rt::ModuleObject*>(module);
    for (int k = 0; k < 3; ++k) {
        const char* opname = root->names[k];
        bool isRoot = false;
        for (int i = 0; i < 4; ++i)
            isRoot = isRoot || (defined[i] && std::string_view(kConvert[i].root) == opname);
        if (isRoot)
            continue;
        Object* fn = m->find(kHelpers[root->helpers[k]].name);
        static_cast<rt::BuiltinObject*>(fn)->name = opname; // opfunc.__name__ = opname
        if (!in.setAttr(type, opname, ObjRef(fn)))
            return nullptr;
    }
    return cls;
}

} // namespace

void fillTotalOrdering(Interpreter& in, rt::ModuleObject& m) {
    for (std::size_t i = 0; i < std::size(kHelpers); ++i) {
        ObjRef f = in.makeBuiltin(kHelpers[i].name, helper,
                                  in.heap().newInt(static_cast<std::int64_t>(i)));
        auto sig = std::make_unique<rt::PythonSignature>();
        sig->qualname = kHelpers[i].name;
        sig->params = {"self", "other"};
        sig->positional = 2;
        static_cast<rt::BuiltinObject*>(f.get())->python = std::move(sig);
        m.set(kHelpers[i].name, std::move(f));
    }
    ObjRef f = in.makeBuiltin("total_ordering", totalOrdering, ObjRef(&m));
    auto sig = std::make_unique<rt::PythonSignature>();
    sig->qualname = "total_ordering";
    sig->params = {"cls"};
    sig->positional = 1;
    static_cast<rt::BuiltinObject*>(f.get())->python = std::move(sig);
    m.set("total_ordering", std::move(f));
}

} // namespace functools
} // namespace memstep::core::modules
