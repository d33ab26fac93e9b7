// The sys module as a course's program sees it: argv, maxsize, the recursion limit, stdout's
// write() and flush(), exit(), getsizeof() (sys_getsizeof.cpp), and the constants of the
// platform memstep stands for.
//
// Nothing here reaches the real process: argv is the program's own file name alone (what
// `python3 PROGRAM.py` gives, run from the program's folder), sys.stdout writes to the run's
// output like print(), and exit() only raises SystemExit, whose uncaught end is the run's
// (interpreter.cpp prints nothing but a non-int code, as python3 does). setrecursionlimit()
// moves the depth at which RecursionError comes; past Interpreter::kMaxRecursionLimit the
// run ends as Unsupported instead. Everything else of CPython's sys (stderr, stdin,
// intern, version_info, modules...) is refused by name (isMissingSysAttribute).
#include "interp/builtins/builtins_util.h"
#include "modules/modules.h"

#include <algorithm>
#include <climits>

namespace memstep::core::modules {

using interp::CallArgs;

namespace sys {
namespace {

// A limit this low would trip over memstep's and the reference tracer's own frames, where
// CPython's answer depends on how deep its C calls go: refused rather than guessed.
constexpr std::int64_t kLowestRecursionLimit = 50;

ObjRef getRecursionLimit(Interpreter& in, Object*, CallArgs& args) {
    if (!interp::noKeywords(in, args, "getrecursionlimit") ||
        !interp::argCount(in, args, "getrecursionlimit", 0, 0))
        return nullptr;
    return in.heap().newInt(std::int64_t{in.recursionLimit()});
}

ObjRef setRecursionLimit(Interpreter& in, Object*, CallArgs& args) {
    if (!interp::noKeywords(in, args, "setrecursionlimit") ||
        !interp::argCount(in, args, "setrecursionlimit", 1, 1))
        return nullptr;
    Object* arg = args.positional[0].get();
    if (arg->tag == rt::Tag::Float)
        return in.raise("TypeError", "'float' object cannot be interpreted as an integer");
    std::optional<std::int64_t> n = interp::intArg(in, arg);
    if (!n) {
        if (in.hasException() && arg->tag == rt::Tag::Int) {
            in.clearException();
            return in.raise("OverflowError", "Python int too large to convert to C int");
        }
        return nullptr;
    }
    if (*n > INT_MAX || *n < INT_MIN)
        return in.raise("OverflowError", *n > 0 ? "signed integer is greater than maximum"
                                                : "signed integer is less than minimum");
    if (*n < 1)
        return in.raise("ValueError", "recursion limit must be greater or equal than 1");
    if (*n < kLowestRecursionLimit + in.recursionDepth())
        return in.abortUnsupported("sys.setrecursionlimit(" + std::to_string(*n) +
                                   ") this close to the current depth is not supported");
    in.setRecursionLimit(static_cast<int>(*n));
    return in.none();
}

// sys.intern(s): only an exact str (a subclass cannot be interned).
ObjRef internFn(Interpreter& in, Object*, CallArgs& args) {
    if (!interp::noKeywords(in, args, "sys.intern") ||
        !interp::argCount(in, args, "sys.intern", 1, 1))
        return nullptr;
    // Argument Clinic's wording: None by name, anything else by its type.
    Object* arg = args.positional[0].get();
    if (arg->tag != rt::Tag::Str)
        return in.raise("TypeError", std::string("intern() argument must be str, not ") +
                                         (arg->tag == rt::Tag::None ? "None" : in.typeName(arg)));
    return in.intern(args.positional[0]);
}

ObjRef exitFn(Interpreter& in, Object*, CallArgs& args) {
    if (!interp::noKeywords(in, args, "exit"))
        return nullptr;
    if (args.positional.size() > 1)
        return in.raise("TypeError", "exit expected at most 1 argument, got " +
                                         std::to_string(args.positional.size()));
    rt::CallArgs call;
    call.positional = args.positional;
    ObjRef exc = in.call(in.exceptionType("SystemExit"), call);
    if (!exc)
        return nullptr;
    return in.raiseObject(std::move(exc));
}

ObjRef getIntMaxStrDigits(Interpreter& in, Object*, CallArgs& args) {
    if (!interp::noKeywords(in, args, "get_int_max_str_digits") ||
        !interp::argCount(in, args, "get_int_max_str_digits", 0, 0))
        return nullptr;
    return in.heap().newInt(static_cast<std::int64_t>(numeric::kMaxStrDigits));
}

// memstep's int <-> str limit is CPython's default, fixed: setting that same value is all
// it can do.
ObjRef setIntMaxStrDigits(Interpreter& in, Object*, CallArgs& args) {
    ObjRef maxdigits = interp::takeKeyword(args, "maxdigits");
    if (!interp::noMoreKeywords(in, args, "set_int_max_str_digits"))
        return nullptr;
    if (maxdigits)
        args.positional.push_back(maxdigits);
    if (!interp::argCount(in, args, "set_int_max_str_digits", 1, 1))
        return nullptr;
    std::optional<std::int64_t> n = interp::intArg(in, args.positional[0].get());
    if (!n)
        return nullptr;
    if (*n != static_cast<std::int64_t>(numeric::kMaxStrDigits))
        return in.abortUnsupported("sys.set_int_max_str_digits(" + std::to_string(*n) +
                                   ") is not supported: memstep's limit stays 4300 digits");
    return in.none();
}

// sys.stdout: a TextIOWrapper whose write() goes to the run's output.
ObjRef stdoutWrite(Interpreter& in, Object*, CallArgs& args) {
    if (!interp::noKeywords(in, args, "write") || !interp::argCount(in, args, "write", 1, 1))
        return nullptr;
    Object* s = args.positional[0].get();
    if (!interp::isStr(s))
        return in.raise("TypeError",
                        std::string("write() argument must be str, not ") + in.typeName(s));
    in.write(interp::text(s));
    return in.heap().newInt(static_cast<std::int64_t>(static_cast<rt::StrObject*>(s)->length));
}

ObjRef stdoutFlush(Interpreter& in, Object*, CallArgs& args) {
    if (!interp::noKeywords(in, args, "flush") || !interp::argCount(in, args, "flush", 0, 0))
        return nullptr;
    return in.none();
}

ObjRef stdoutAttr(Interpreter& in, Object* self, const std::string& name) {
    if (name == "write")
        return in.makeBuiltin("write", stdoutWrite, ObjRef(self));
    if (name == "flush")
        return in.makeBuiltin("flush", stdoutFlush, ObjRef(self));
    // What memstep's object() gives every instance; TextIOWrapper's other attributes are not
    // written.
    static const std::vector<std::string_view> kFromObject = {
        "__class__", "__eq__", "__hash__", "__init__", "__ne__", "__repr__", "__str__"};
    if (std::find(kFromObject.begin(), kFromObject.end(), name) != kFromObject.end())
        return nullptr;
    return in.abortUnsupported("sys.stdout." + name + " is not supported");
}

ObjRef stdoutRepr(Interpreter& in, Object*, CallArgs&) {
    return in.newStr("<_io.TextIOWrapper name='<stdout>' mode='w' encoding='utf-8'>");
}

ObjRef stdoutNew(Interpreter& in, Object*, CallArgs&) {
    return in.abortUnsupported(
        "making an io.TextIOWrapper (type(sys.stdout)(...)) is not supported");
}

// argv[0] as `python3 PROGRAM.py` gives it when run from the program's folder.
std::string programName(const std::string& filename) {
    if (filename == "<stdin>")
        return "-";
    std::size_t slash = filename.rfind('/');
    return slash == std::string::npos ? filename : filename.substr(slash + 1);
}

} // namespace

ObjRef getSizeOf(Interpreter& in, Object*, CallArgs& args); // sys_getsizeof.cpp

} // namespace sys

bool isMissingSysAttribute(std::string_view name) {
    // dir(sys) in CPython 3.11 minus what fillSys provides, sorted for binary search.
    static const std::vector<std::string_view> kMissing = {
        "__breakpointhook__",
        "__displayhook__",
        "__excepthook__",
        "__interactivehook__",
        "__stderr__",
        "__stdin__",
        "__stdout__",
        "__unraisablehook__",
        "_base_executable",
        "_clear_type_cache",
        "_current_exceptions",
        "_current_frames",
        "_debugmallocstats",
        "_framework",
        "_getframe",
        "_getquickenedcount",
        "_git",
        "_home",
        "_stdlib_dir",
        "_xoptions",
        "abiflags",
        "addaudithook",
        "api_version",
        "audit",
        "base_exec_prefix",
        "base_prefix",
        "breakpointhook",
        "builtin_module_names",
        "call_tracing",
        "copyright",
        "displayhook",
        "dont_write_bytecode",
        "exc_info",
        "excepthook",
        "exception",
        "exec_prefix",
        "executable",
        "flags",
        "float_info",
        "float_repr_style",
        "get_asyncgen_hooks",
        "get_coroutine_origin_tracking_depth",
        "getallocatedblocks",
        "getdefaultencoding",
        "getdlopenflags",
        "getfilesystemencodeerrors",
        "getfilesystemencoding",
        "getprofile",
        "getrefcount",
        "getswitchinterval",
        "gettrace",
        "hash_info",
        "hexversion",
        "implementation",
        "int_info",
        "is_finalizing",
        "meta_path",
        "modules",
        "orig_argv",
        "path",
        "path_hooks",
        "path_importer_cache",
        "platlibdir",
        "prefix",
        "pycache_prefix",
        "set_asyncgen_hooks",
        "set_coroutine_origin_tracking_depth",
        "setdlopenflags",
        "setprofile",
        "setswitchinterval",
        "settrace",
        "stderr",
        "stdin",
        "stdlib_module_names",
        "thread_info",
        "unraisablehook",
        "version",
        "version_info",
        "warnoptions",
    };
    return isModuleDunder(ModuleOrigin::BuiltIn, name) ||
           std::binary_search(kMissing.begin(), kMissing.end(), name);
}

void fillSys(Interpreter& in, rt::ModuleObject& m) {
    m.set("argv", in.heap().newList({in.newStr(sys::programName(in.options().filename))}));
    m.set("byteorder", in.newStr("little"));
    addFunction(in, m, "exit", sys::exitFn);
    addFunction(in, m, "get_int_max_str_digits", sys::getIntMaxStrDigits);
    addFunction(in, m, "getrecursionlimit", sys::getRecursionLimit);
    addFunction(in, m, "getsizeof", sys::getSizeOf);
    addFunction(in, m, "intern", sys::internFn);
    m.set("maxsize", in.heap().newInt(std::int64_t{INT64_MAX}));
    m.set("maxunicode", in.heap().newInt(std::int64_t{0x10FFFF}));
    m.set("platform", in.newStr("linux"));
    addFunction(in, m, "set_int_max_str_digits", sys::setIntMaxStrDigits);
    addFunction(in, m, "setrecursionlimit", sys::setRecursionLimit);
    rt::TypeObject* wrapper = makeNativeType(in, "_io", "TextIOWrapper", sys::stdoutNew);
    wrapper->instanceAttr = sys::stdoutAttr;
    wrapper->reprInstance = sys::stdoutRepr;
    ObjRef out;
    newNativeInstance(in, wrapper, out);
    m.set("stdout", out);
}

} // namespace memstep::core::modules
