// A call's arguments, evaluated with the steps CPython 3.11's compiler gives them.
//
// A call with `*` or `**` arguments, or more than the stack guideline allows, is compiled to
// CALL_FUNCTION_EX (compiler_call_helper's ex_call): its positional arguments are gathered into
// a list on the call's line, item by item, and its keywords into dicts merged there, so the
// call's line comes back between the arguments' own lines. Other calls evaluate their
// arguments in order and return to the call's line once.
#include "interp/builtins/builtins_util.h"
#include "interp/interpreter.h"

#include <algorithm>

namespace memstep::core::interp {

using namespace syntax;

namespace {

// CPython's STACK_USE_GUIDELINE.
constexpr std::size_t kStackUseGuideline = 30;

// How CPython names the callee in errors about a call's own unpacking ("__main__.f()",
// "list.append()"); `viaMethod` is a method-table call on `self`, otherwise `callee` is called.
std::string describeCallee(Interpreter& in, const Call& c, bool viaMethod, Object* self,
                           Object* callee) {
    if (viaMethod)
        return std::string(in.typeName(self)) + "." + c.func->as<Attribute>().attr + "()";
    switch (callee->tag) {
    case rt::Tag::Function: {
        auto* fn = static_cast<rt::FunctionObject*>(callee);
        // _PyObject_FunctionStr: its __module__ (when a str other than builtins) and
        // __qualname__, both of which the program may have assigned.
        std::string module = "__main__";
        if (fn->moduleObject)
            module = fn->moduleObject->tag == rt::Tag::Str
                         ? static_cast<rt::StrObject*>(fn->moduleObject.get())->text
                         : "";
        const std::string name = fn->qualnameObject ? Interpreter::functionQualname(fn)
                                 : fn->code && !fn->code->qualname.empty() ? fn->code->qualname
                                                                           : fn->name;
        return (module.empty() || module == "builtins" ? "" : module + ".") + name + "()";
    }
    case rt::Tag::Builtin:
        return static_cast<rt::BuiltinObject*>(callee)->name + "()";
    case rt::Tag::Type:
        return static_cast<rt::TypeObject*>(callee)->name + "()";
    default:
        return std::string(in.typeName(callee)) + " object";
    }
}

bool isStarred(const ExprPtr& a) {
    return a->kind == ExprKind::Starred;
}

} // namespace

bool Interpreter::evalCallArguments(const Call& c, Frame& f, rt::CallArgs& args,
                                    std::vector<std::string>& kwNames, bool viaMethod, Object* self,
                                    Object* callee) {
    auto describe = [&] { return describeCallee(*this, c, viaMethod, self, callee); };
    const std::size_t nargs = c.args.size();
    const bool starred = std::any_of(c.args.begin(), c.args.end(), isStarred);
    const bool doubleStarred = std::any_of(c.keywords.begin(), c.keywords.end(),
                                           [](const Keyword& k) { return k.arg.empty(); });
    const bool exCall =
        starred || doubleStarred || nargs + 2 * c.keywords.size() > kStackUseGuideline;
    // ex_call's positional part (starunpack_helper): a lone `*x` is passed as it is; three or
    // more constants are one tuple constant; otherwise a list is built on the call's line, at
    // once when big, else at the first `*`.
    const bool loneStar = nargs == 1 && starred;
    const bool constants = exCall && !starred && nargs > 2 &&
                           std::all_of(c.args.begin(), c.args.end(),
                                       [](const ExprPtr& a) { return a->constantSlot != 0; });
    const bool gathered = exCall && !loneStar && !constants;
    bool built = false;
    if (constants) {
        if (!mark(f, c.line))
            return false;
        for (const ExprPtr& a : c.args)
            args.positional.push_back(constantPool[a->constantSlot - 1]);
    } else if (gathered && nargs > kStackUseGuideline) {
        if (!mark(f, c.line))
            return false;
        built = true;
    }
    args.positional.reserve(nargs);
    for (std::size_t i = 0; i < nargs && !constants; ++i) {
        const ExprPtr& a = c.args[i];
        if (a->kind == ExprKind::Starred) {
            if (gathered && !built && !mark(f, c.line))
                return false;
            built = true;
            ObjRef src = eval(*a->as<Starred>().value, f);
            if (!src || (gathered && !mark(f, c.line)))
                return false;
            if (src->tag != rt::Tag::List && src->tag != rt::Tag::Tuple) {
                ObjRef it = iter(src.get());
                if (!it) {
                    clearException();
                    raise("TypeError", describe() + " argument after * must be an iterable, not " +
                                           std::string(typeName(src.get())));
                    return false;
                }
                // PySequence_Tuple or list_extend: the iterable's length hint, then its items
                if (!lengthHint(src.get(), args.positional.size(), rt::kSlotBytes) ||
                    !drain(it.get(), args.positional))
                    return false;
                continue;
            }
            if (!collect(src.get(), args.positional, true))
                return false;
            continue;
        }
        ObjRef v = eval(*a, f);
        if (!v)
            return false;
        args.positional.push_back(std::move(v));
        if (built && !mark(f, c.line))
            return false;
    }
    if (gathered && !mark(f, c.line))
        return false;

    return evalCallKeywords(c, f, args, kwNames, exCall, viaMethod, self, callee);
}

namespace {

// `f(**m)` with an object that is not a dict: DICT_MERGE's dict_merge takes m's keys
// (forEachMappingKey), then for each key checks it is not given yet (`duplicate(name,
// seenHere)` raises the error) before reading m[key] (key types are checked afterwards).
template <typename Given>
bool mappingPairs(Interpreter& in, Object* m, std::vector<rt::DictEntry>& out,
                  const Given& duplicate) {
    return forEachMappingKey(in, m, [&](ObjRef key) {
        if (key->tag == rt::Tag::Str) {
            const std::string& name = static_cast<rt::StrObject*>(key.get())->text;
            bool seen = std::any_of(out.begin(), out.end(), [&](const rt::DictEntry& e) {
                return e.key->tag == rt::Tag::Str &&
                       static_cast<rt::StrObject*>(e.key.get())->text == name;
            });
            if (duplicate(name, seen))
                return false;
        }
        ObjRef value = in.subscript(m, key.get());
        if (!value)
            return false;
        rt::DictEntry entry;
        entry.key = std::move(key);
        entry.value = std::move(value);
        out.push_back(std::move(entry));
        return true;
    });
}

} // namespace

bool Interpreter::evalCallKeywords(const Call& c, Frame& f, rt::CallArgs& args,
                                   std::vector<std::string>& kwNames, bool exCall, bool viaMethod,
                                   Object* self, Object* callee) {
    auto describe = [&] { return describeCallee(*this, c, viaMethod, self, callee); };
    kwNames.reserve(c.keywords.size() * 4);
    auto alreadyGiven = [&](const std::string& name) {
        for (const rt::KwArg& k : args.keywords)
            if (k.name && *k.name == name)
                return true;
        for (const std::string& n : kwNames)
            if (n == name)
                return true;
        return false;
    };
    auto addKeyword = [&](const Keyword& k, ObjRef v) {
        if (alreadyGiven(k.arg)) {
            raise("TypeError",
                  describe() + " got multiple values for keyword argument '" + k.arg + "'");
            return false;
        }
        ObjRef key = k.nameSlot ? constantPool[k.nameSlot - 1] : nullptr;
        args.keywords.push_back(rt::KwArg{&k.arg, std::move(v), std::move(key)});
        return true;
    };
    auto addMapping = [&](Object* v) {
        ObjRef keep(v);
        std::vector<rt::DictEntry> pairs;
        auto duplicate = [&](const std::string& name, bool inThisMapping) {
            if (!inThisMapping && !alreadyGiven(name))
                return false;
            raise("TypeError",
                  describe() + " got multiple values for keyword argument '" + name + "'");
            return true;
        };
        if (v->tag != rt::Tag::Dict && !mappingPairs(*this, v, pairs, duplicate)) {
            if (!m_abort &&
                exceptionMatches(pendingException(), exceptionType("AttributeError")) == 1) {
                clearException();
                raise("TypeError", describe() + " argument after ** must be a mapping, not " +
                                       std::string(typeName(v)));
            }
            return false;
        }
        const std::vector<rt::DictEntry>& entries =
            v->tag == rt::Tag::Dict ? static_cast<rt::DictObject*>(v)->entries : pairs;
        for (const rt::DictEntry& en : entries) {
            if (!en.key)
                continue;
            if (en.key->tag != rt::Tag::Str) {
                raise("TypeError", "keywords must be strings");
                return false;
            }
            const std::string& name = static_cast<rt::StrObject*>(en.key.get())->text;
            if (alreadyGiven(name)) {
                raise("TypeError",
                      describe() + " got multiple values for keyword argument '" + name + "'");
                return false;
            }
            kwNames.push_back(name);
            args.keywords.push_back(rt::KwArg{nullptr, en.value, en.key});
        }
        return true;
    };
    // Named keywords [begin, end) of an ex_call, as compiler_subkwargs builds their dict: two
    // or more (not big) evaluate their values and return to the call's line; one, or a big
    // run, loads each name on the call's line before its value.
    auto keywordRun = [&](std::size_t begin, std::size_t end) {
        const std::size_t count = end - begin;
        const bool byName = count <= 1 || count * 2 > kStackUseGuideline;
        for (std::size_t i = begin; i < end; ++i) {
            if (byName && !mark(f, c.line))
                return false;
            ObjRef v = eval(*c.keywords[i].value, f);
            if (!v || !addKeyword(c.keywords[i], std::move(v)))
                return false;
        }
        return mark(f, c.line);
    };
    if (!exCall) {
        for (const Keyword& k : c.keywords) {
            ObjRef v = eval(*k.value, f);
            if (!v || !addKeyword(k, std::move(v)))
                return false;
        }
    } else {
        std::size_t pending = 0;
        const std::size_t n = c.keywords.size();
        for (std::size_t i = 0; i < n; ++i) {
            const Keyword& k = c.keywords[i];
            if (!k.arg.empty()) {
                ++pending;
                continue;
            }
            if (pending > 0 && !keywordRun(i - pending, i))
                return false;
            pending = 0;
            if (!mark(f, c.line))
                return false;
            ObjRef v = eval(*k.value, f);
            if (!v || !mark(f, c.line) || !addMapping(v.get()))
                return false;
        }
        if (pending > 0 && !keywordRun(n - pending, n))
            return false;
    }
    // Keyword names from ** dicts live in kwNames; point at them now that it no longer grows.
    std::size_t nextName = 0;
    for (rt::KwArg& k : args.keywords)
        if (!k.name)
            k.name = &kwNames[nextName++];
    return true;
}

} // namespace memstep::core::interp
