// The pprint module's names: pprint, pformat, pp, saferepr, isreadable, isrecursive and the
// PrettyPrinter class (see pprint.h). The functions are pprint.py's Python functions, drawn as
// functions with its parameters; PrettyPrinter is a library class whose objects are drawn by
// their type alone, as CPython's reference draws them. A program's subclass of PrettyPrinter
// (overriding format(), the documented hook) and a PrettyPrinter's format() are refused.
#include "interp/builtins/builtins_util.h"
#include "modules/pprint/pprint.h"

#include <algorithm>

namespace memstep::core::modules {

using interp::CallArgs;

namespace pprint {
namespace {

// A PrettyPrinter: the settings its __init__ checked.
struct PrinterObject : rt::InstanceObject {
    Settings settings;
};

PrinterObject* asPrinter(Object* o) {
    return o && o->tag == rt::Tag::Instance ? dynamic_cast<PrinterObject*>(o) : nullptr;
}

// The keyword-only parameters every entry point shares, after its positional ones.
const char* const kKeywordOnly[] = {"compact", "sort_dicts", "underscore_numbers"};

// A signature of pprint.py: `positional` names, then the keyword-only ones.
rt::PythonSignature signature(const char* qualname, std::vector<std::string> positional,
                              ObjVec defaults) {
    rt::PythonSignature sig;
    sig.qualname = qualname;
    sig.positional = positional.size();
    sig.params = std::move(positional);
    for (const char* k : kKeywordOnly)
        sig.params.emplace_back(k);
    sig.defaults = std::move(defaults);
    return sig;
}

// int(x) as an int64: PrettyPrinter's indent and width. A value past int64 is refused.
std::optional<std::int64_t> intOf(Interpreter& in, Object* x) {
    CallArgs a;
    a.positional.push_back(ObjRef(x));
    ObjRef n = in.call(in.builtin("int").get(), a);
    if (!n)
        return std::nullopt;
    auto* i = static_cast<rt::IntObject*>(n.get());
    if (n->tag == rt::Tag::Int && !i->isBig())
        return i->small;
    if (n->tag == rt::Tag::Bool)
        return static_cast<rt::BoolObject*>(n.get())->value ? 1 : 0;
    in.abortUnsupported("a pprint indent or width past 64 bits");
    return std::nullopt;
}

// PrettyPrinter.__init__'s checks of its arguments (null ones take their defaults), in its
// order. False with the exception set.
bool makeSettings(Interpreter& in, Object* indent, Object* width, Object* depth, Object* stream,
                  CallArgs& keywords, Settings& s) {
    ObjRef compact = interp::takeKeyword(keywords, "compact");
    ObjRef sortDicts = interp::takeKeyword(keywords, "sort_dicts");
    ObjRef underscores = interp::takeKeyword(keywords, "underscore_numbers");
    std::optional<std::int64_t> i = indent ? intOf(in, indent) : 1;
    if (!i)
        return false;
    std::optional<std::int64_t> w = width ? intOf(in, width) : 80;
    if (!w)
        return false;
    if (*i < 0) {
        in.raise("ValueError", "indent must be >= 0");
        return false;
    }
    if (depth && depth->tag != rt::Tag::None) {
        ObjRef zero = in.heap().newInt(std::int64_t{0});
        int r = in.compare(syntax::CmpOperator::LtE, depth, zero.get());
        if (r < 0)
            return false;
        if (r) {
            in.raise("ValueError", "depth must be > 0");
            return false;
        }
        // An int is read as one only once its tag says so (a float depth is refused below).
        auto* d = depth->tag == rt::Tag::Int ? static_cast<rt::IntObject*>(depth) : nullptr;
        if (depth->tag == rt::Tag::Bool)
            s.depth = 1;
        else if (d && !depth->subclassed && !d->isBig())
            s.depth = d->small;
        else {
            in.abortUnsupported("a pprint depth other than an int");
            return false;
        }
    }
    if (*w == 0) {
        in.raise("ValueError", "width must be != 0");
        return false;
    }
    s.indent = *i;
    s.width = *w;
    s.stream = stream && stream->tag != rt::Tag::None ? ObjRef(stream) : nullptr;
    int c = compact ? in.truthy(compact.get()) : 0;
    if (c < 0)
        return false;
    s.compact = c == 1;
    s.sortDicts = sortDicts ? sortDicts : in.boolean(true);
    s.underscoreNumbers = underscores ? underscores : in.boolean(false);
    return true;
}

// The positional argument `i` once bound, or null when absent.
Object* slot(const CallArgs& args, std::size_t i) {
    return i < args.positional.size() ? args.positional[i].get() : nullptr;
}

// printer.pprint(object): the layout, then a newline.
ObjRef printTo(Interpreter& in, const Settings& s, Object* o) {
    // pprint.py writes the very str objects repr() returned, and the same delimiter object
    // again and again, where memstep writes new ones: a program's write() would see the
    // difference (`is`, and the diagram's arrows).
    if (s.stream && in.typeOf(s.stream.get())->isUser && !in.typeOf(s.stream.get())->isLibrary)
        return in.abortUnsupported("pprint to a stream of the program's own class");
    Sink out(in, s.stream.get());
    if (!prettyFormat(in, s, o, out) || !out.write("\n"))
        return nullptr;
    return in.none();
}

ObjRef formatText(Interpreter& in, const Settings& s, Object* o) {
    Sink out = Sink::toText(in);
    if (!prettyFormat(in, s, o, out))
        return nullptr;
    return in.newStr(out.text());
}

ObjRef pprintFn(Interpreter& in, Object*, CallArgs& args) {
    ObjRef none = in.none();
    rt::PythonSignature sig = signature(
        "pprint", {"object", "stream", "indent", "width", "depth"},
        {none, in.heap().newInt(std::int64_t{1}), in.heap().newInt(std::int64_t{80}), none});
    Settings s;
    if (!bindArguments(in, sig, args) ||
        !makeSettings(in, slot(args, 2), slot(args, 3), slot(args, 4), slot(args, 1), args, s))
        return nullptr;
    return printTo(in, s, args.positional[0].get());
}

ObjRef pformatFn(Interpreter& in, Object*, CallArgs& args) {
    rt::PythonSignature sig = signature(
        "pformat", {"object", "indent", "width", "depth"},
        {in.heap().newInt(std::int64_t{1}), in.heap().newInt(std::int64_t{80}), in.none()});
    Settings s;
    if (!bindArguments(in, sig, args) ||
        !makeSettings(in, slot(args, 1), slot(args, 2), slot(args, 3), nullptr, args, s))
        return nullptr;
    return formatText(in, s, args.positional[0].get());
}

// pp(object, *args, sort_dicts=False, **kwargs): pprint(object, *args, sort_dicts=sort_dicts,
// **kwargs).
ObjRef ppFn(Interpreter& in, Object* self, CallArgs& args) {
    ObjRef object = interp::takeKeyword(args, "object");
    if (object && !args.positional.empty())
        return in.raise("TypeError", "pp() got multiple values for argument 'object'");
    if (object)
        args.positional.insert(args.positional.begin(), object);
    if (args.positional.empty())
        return in.raise("TypeError", "pp() missing 1 required positional argument: 'object'");
    bool given = false;
    for (const rt::KwArg& k : args.keywords)
        given = given || *k.name == "sort_dicts";
    static const std::string kSortDicts = "sort_dicts";
    if (!given)
        args.keywords.push_back(rt::KwArg{&kSortDicts, in.boolean(false), nullptr});
    return pprintFn(in, self, args);
}

// saferepr, isreadable, isrecursive: PrettyPrinter()._safe_repr(object, {}, None, 0).
template <int Part> ObjRef safeFn(Interpreter& in, Object*, CallArgs& args) {
    static const char* const kNames[] = {"saferepr", "isreadable", "isrecursive"};
    rt::PythonSignature sig;
    sig.qualname = kNames[Part];
    sig.params = {"object"};
    sig.positional = 1;
    if (!bindArguments(in, sig, args))
        return nullptr;
    Settings s;
    s.sortDicts = in.boolean(true);
    s.underscoreNumbers = in.boolean(false);
    Repr r;
    if (!safeRepr(in, s, args.positional[0].get(), r))
        return nullptr;
    if (Part == 0)
        return in.newStr(std::move(r.text));
    return in.boolean(Part == 1 ? r.readable : r.recursive);
}

ObjRef printerCall(Interpreter& in, rt::TypeObject* cls, CallArgs& args) {
    if (cls->mro.size() != 2)
        return in.abortUnsupported("a subclass of pprint.PrettyPrinter");
    auto* p = in.heap().make<PrinterObject>();
    ObjRef out(p);
    p->cls = cls;
    rt::PythonSignature sig =
        signature("PrettyPrinter.__init__", {"self", "indent", "width", "depth", "stream"},
                  {in.heap().newInt(std::int64_t{1}), in.heap().newInt(std::int64_t{80}), in.none(),
                   in.none()});
    args.positional.insert(args.positional.begin(), out);
    if (!bindArguments(in, sig, args) ||
        !makeSettings(in, slot(args, 1), slot(args, 2), slot(args, 3), slot(args, 4), args,
                      p->settings))
        return nullptr;
    return out;
}

const rt::Metaclass kPrinterMeta = [] {
    rt::Metaclass m;
    m.call = [](Interpreter& in, Object* cls, CallArgs& args) {
        return printerCall(in, static_cast<rt::TypeObject*>(cls), args);
    };
    return m;
}();

// A PrettyPrinter method taking (self, object), a stand-in for pprint.py's function bound as
// a method (`self` here is the class): its printer, the object in args.positional[1].
PrinterObject* methodArgs(Interpreter& in, CallArgs& args, const char* name) {
    rt::PythonSignature sig;
    sig.qualname = std::string("PrettyPrinter.") + name;
    sig.params = {"self", "object"};
    sig.positional = 2;
    if (!bindArguments(in, sig, args))
        return nullptr;
    // pprint.py's code would run on any object given as self, and fail at its own line.
    PrinterObject* p = asPrinter(args.positional[0].get());
    if (!p)
        in.abortUnsupported("calling a method of pprint.PrettyPrinter with a self that is not "
                            "a PrettyPrinter");
    return p;
}

ObjRef printerPprint(Interpreter& in, Object*, CallArgs& args) {
    PrinterObject* p = methodArgs(in, args, "pprint");
    return p ? printTo(in, p->settings, args.positional[1].get()) : nullptr;
}

ObjRef printerPformat(Interpreter& in, Object*, CallArgs& args) {
    PrinterObject* p = methodArgs(in, args, "pformat");
    return p ? formatText(in, p->settings, args.positional[1].get()) : nullptr;
}

// isreadable: readable and not recursive; isrecursive: recursive (self.format(object, {}, 0, 0)).
template <bool Readable> ObjRef printerCheck(Interpreter& in, Object*, CallArgs& args) {
    PrinterObject* p = methodArgs(in, args, Readable ? "isreadable" : "isrecursive");
    Repr r;
    if (!p || !safeRepr(in, p->settings, args.positional[1].get(), r))
        return nullptr;
    return in.boolean(Readable ? r.readable && !r.recursive : r.recursive);
}

} // namespace
} // namespace pprint

void fillPprint(Interpreter& in, rt::ModuleObject& m) {
    ObjRef none = in.none();
    ObjRef one = in.heap().newInt(std::int64_t{1});
    ObjRef eighty = in.heap().newInt(std::int64_t{80});
    auto add = [&](const char* name, rt::NativeFn fn, std::vector<std::string> params,
                   std::size_t positional, ObjVec defaults) {
        addPythonFunction(in, m, name, fn, std::move(params), std::move(defaults));
        static_cast<rt::BuiltinObject*>(m.find(name))->python->positional = positional;
    };
    add("pprint", pprint::pprintFn,
        {"object", "stream", "indent", "width", "depth", "compact", "sort_dicts",
         "underscore_numbers"},
        5, {none, one, eighty, none});
    add("pformat", pprint::pformatFn,
        {"object", "indent", "width", "depth", "compact", "sort_dicts", "underscore_numbers"}, 4,
        {one, eighty, none});
    add("pp", pprint::ppFn, {"object", "args", "sort_dicts", "kwargs"}, 1, {});
    add("saferepr", pprint::safeFn<0>, {"object"}, 1, {});
    add("isreadable", pprint::safeFn<1>, {"object"}, 1, {});
    add("isrecursive", pprint::safeFn<2>, {"object"}, 1, {});
    rt::TypeObject* t = makeNativeClass(in, "pprint", "PrettyPrinter", &pprint::kPrinterMeta);
    t->name = "PrettyPrinter"; // a class pprint.py writes: its tp_name is its __name__
    t->reprInstance = libraryObjectRepr;
    // pprint.py's methods, functions of its class body bound to the printer.
    auto method = [&](const char* name, rt::NativeFn fn) {
        addPythonMethod(in, t, name, fn, {"self", "object"}, {});
    };
    method("pprint", pprint::printerPprint);
    method("pformat", pprint::printerPformat);
    method("isrecursive", pprint::printerCheck<false>);
    method("isreadable", pprint::printerCheck<true>);
    addRefusedMethod(in, t, "format");
    m.set("PrettyPrinter", ObjRef(t));
}

bool isMissingPprintAttribute(std::string_view name) {
    // dir(pprint) in CPython 3.11 minus what memstep has.
    static const std::vector<std::string_view> kMissing = {"_StringIO",
                                                           "__all__",
                                                           "_builtin_scalars",
                                                           "_collections",
                                                           "_dataclasses",
                                                           "_perfcheck",
                                                           "_recursion",
                                                           "_safe_key",
                                                           "_safe_tuple",
                                                           "_sys",
                                                           "_types",
                                                           "_wrap_bytes_repr",
                                                           "re"};
    return isModuleDunder(ModuleOrigin::Source, name) ||
           std::find(kMissing.begin(), kMissing.end(), name) != kMissing.end();
}

} // namespace memstep::core::modules
