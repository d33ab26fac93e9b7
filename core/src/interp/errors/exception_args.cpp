#include "interp/errors/exception_args.h"

#include "interp/attributes/value_subclass.h"
#include "interp/errors/errno_table.h"
#include "interp/tracing/tracer.h"

#include <algorithm>
#include <array>
#include <string_view>
#include <utility>
#include <vector>

namespace memstep::core::interp {

namespace {

// OSError.__new__'s errno mapping (CPython's errnomap), by the errno names whose numbers
// errno_table.h holds.
constexpr std::pair<std::string_view, std::string_view> kErrnoClasses[] = {
    {"EPERM", "PermissionError"},
    {"ENOENT", "FileNotFoundError"},
    {"ESRCH", "ProcessLookupError"},
    {"EINTR", "InterruptedError"},
    {"ECHILD", "ChildProcessError"},
    {"EAGAIN", "BlockingIOError"}, // EWOULDBLOCK's number too
    {"EACCES", "PermissionError"},
    {"EEXIST", "FileExistsError"},
    {"ENOTDIR", "NotADirectoryError"},
    {"EISDIR", "IsADirectoryError"},
    {"EPIPE", "BrokenPipeError"},
    {"ECONNABORTED", "ConnectionAbortedError"},
    {"ECONNRESET", "ConnectionResetError"},
    {"ESHUTDOWN", "BrokenPipeError"},
    {"ETIMEDOUT", "TimeoutError"},
    {"ECONNREFUSED", "ConnectionRefusedError"},
    {"EALREADY", "BlockingIOError"},
    {"EINPROGRESS", "BlockingIOError"},
};

bool isOsError(Interpreter& in, rt::TypeObject* t) {
    return in.isSubtype(t, in.exceptionType("OSError"));
}

// BaseException's str(): one argument's str() (KeyError's: its repr, for the program's
// subclasses too, through any base), several the repr of their tuple.
std::optional<std::string> argsText(Interpreter& in, rt::ExceptionObject* e) {
    if (e->args.empty())
        return std::string();
    if (e->args.size() == 1)
        return in.isSubtype(e->type, in.exceptionType("KeyError")) ? in.repr(e->args[0].get())
                                                                   : in.str(e->args[0].get());
    ObjRef tuple = in.heap().newTuple(e->args);
    return in.repr(tuple.get());
}

// OSError's str(): "[Errno 2] No such file: 'a.txt' -> 'b.txt'" when it has a filename (a
// missing errno or strerror reads None there), "[Errno 2] No such file" when it has both of
// those, else BaseException's.
std::optional<std::string> exceptionText(Interpreter& in, rt::ExceptionObject* e) {
    if (!isOsError(in, e->type) || (!e->osFilename && !(e->osErrno && e->osStrerror)))
        return argsText(in, e);
    auto number = in.str(e->osErrno ? e->osErrno.get() : in.none().get());
    auto reason =
        number ? in.str(e->osStrerror ? e->osStrerror.get() : in.none().get()) : std::nullopt;
    if (!reason)
        return std::nullopt;
    std::string text = "[Errno " + *number + "] " + *reason;
    if (!e->osFilename)
        return text;
    auto file = in.repr(e->osFilename.get());
    if (!file)
        return std::nullopt;
    text += ": " + *file;
    if (e->osFilename2) {
        auto file2 = in.repr(e->osFilename2.get());
        if (!file2)
            return std::nullopt;
        text += " -> " + *file2;
    }
    return text;
}

bool refreshMessage(Interpreter& in, rt::ExceptionObject* e) {
    auto text = exceptionText(in, e);
    if (!text)
        return false;
    e->message = std::move(*text);
    // A shown exception shows its message: redraw it (super().__init__(...) in a subclass).
    if (in.tracer() && Tracer::visible(e))
        in.tracer()->replaced(e);
    return true;
}

// An index-sized int for characters_written, as PyNumber_AsSsize_t with ValueError.
std::optional<std::int64_t> writtenCount(Interpreter& in, Object* v) {
    if (v->tag == rt::Tag::Bool)
        return static_cast<rt::BoolObject*>(v)->value ? 1 : 0;
    if (v->tag != rt::Tag::Int) {
        in.raise("TypeError", "'" + std::string(in.typeName(v)) +
                                  "' object cannot be interpreted as an integer");
        return std::nullopt;
    }
    auto* i = static_cast<rt::IntObject*>(v);
    if (i->isBig()) {
        in.raise("ValueError", "cannot fit 'int' into an index-sized integer");
        return std::nullopt;
    }
    return i->small;
}

// CPython's oserror_parse_args and oserror_init: two to five arguments are errno, strerror,
// filename, winerror (ignored off Windows) and filename2.
bool setOsErrorArgs(Interpreter& in, rt::ExceptionObject* e, const ObjVec& args) {
    e->osErrno = e->osStrerror = e->osFilename = e->osFilename2 = nullptr;
    e->charactersWritten = -1;
    e->args = args;
    if (args.size() >= 2 && args.size() <= 5) {
        Object* filename = args.size() >= 3 ? args[2].get() : nullptr;
        if (filename && filename->tag != rt::Tag::None) {
            const bool number = filename->tag == rt::Tag::Int || filename->tag == rt::Tag::Bool ||
                                filename->tag == rt::Tag::Float;
            if (e->type == in.exceptionType("BlockingIOError") && number) {
                // BlockingIOError's third argument may be the count of characters written.
                auto written = writtenCount(in, filename);
                if (!written)
                    return false;
                e->charactersWritten = *written;
            } else {
                e->osFilename = args[2];
                if (args.size() == 5 && args[4]->tag != rt::Tag::None)
                    e->osFilename2 = args[4];
                // Kept out of args, for compatibility (CPython's own words).
                e->args.resize(2);
            }
        }
        e->osErrno = args[0];
        e->osStrerror = args[1];
    }
    return refreshMessage(in, e);
}

// BaseException.__new__(cls, *args) and OSError.__new__: the instance with its arguments;
// the __init__ that follows sets args again.
ObjRef exceptionNew(Interpreter& in, Object* self, rt::CallArgs& args) {
    auto* layout = static_cast<rt::TypeObject*>(self);
    const std::string base = layout->name;
    rt::TypeObject* cls = newWrapperClass(in, layout, args);
    if (!cls)
        return nullptr;
    if (cls->isUser && (!cls->layout || !cls->layout->isException))
        return in.abortUnsupported(base + ".__new__(" + cls->name + ") is not supported");
    // BaseException.__new__ leaves the keywords to __init__; OSError's checks them itself
    // when it parses the arguments.
    if (isOsError(in, cls) && !osErrorUsesInit(in, cls) && !exceptionKeywords(in, cls, args))
        return nullptr;
    ObjVec rest(args.positional.begin() + 1, args.positional.end());
    cls = exceptionClassFor(in, cls, rest);
    auto* e = in.heap().make<rt::ExceptionObject>();
    ObjRef made(e);
    e->type = cls;
    if (!setExceptionArgs(in, e, osErrorUsesInit(in, cls) ? ObjVec{} : rest))
        return nullptr;
    return made;
}

// The keyword-only parameters the __init__ of `t`'s builtin base takes (ImportError's name
// and path...), with that base's name as its errors write it; none for the other classes.
struct InitKeywords {
    const char* owner = nullptr;
    std::vector<std::string_view> names;
};

InitKeywords initKeywords(Interpreter& in, rt::TypeObject* t) {
    if (in.isSubtype(t, in.exceptionType("ImportError")))
        return {"ImportError", {"name", "path"}};
    if (in.isSubtype(t, in.exceptionType("AttributeError")))
        return {"AttributeError", {"name", "obj"}};
    if (in.isSubtype(t, in.exceptionType("NameError")))
        return {"NameError", {"name"}};
    return {};
}

} // namespace

bool setExceptionArgs(Interpreter& in, rt::ExceptionObject* e, const ObjVec& args) {
    if (isOsError(in, e->type))
        return setOsErrorArgs(in, e, args);
    e->args = args;
    return refreshMessage(in, e);
}

bool exceptionKeywords(Interpreter& in, rt::TypeObject* t, const rt::CallArgs& args) {
    // re.error's __init__ is Python's, taking the pattern and the position its str() names.
    if (t->qualname == "re.error" && (args.positional.size() > 1 || !args.keywords.empty())) {
        in.abortUnsupported("re.error() with a pattern or a position is not supported");
        return false;
    }
    if (args.keywords.empty())
        return true;
    InitKeywords accepted = initKeywords(in, t);
    const std::string owner = accepted.owner ? accepted.owner : t->name;
    if (accepted.names.empty()) {
        in.raise("TypeError", owner + "() takes no keyword arguments");
        return false;
    }
    // PyArg_ParseTupleAndKeywords counts the keywords before it reads their names.
    const std::size_t most = accepted.names.size(), given = args.keywords.size();
    if (given > most) {
        in.raise("TypeError", owner + "() takes at most " + std::to_string(most) +
                                  " keyword argument" + (most == 1 ? "" : "s") + " (" +
                                  std::to_string(given) + " given)");
        return false;
    }
    for (const auto& k : args.keywords)
        if (std::find(accepted.names.begin(), accepted.names.end(), *k.name) ==
            accepted.names.end()) {
            in.raise("TypeError",
                     "'" + *k.name + "' is an invalid keyword argument for " + owner + "()");
            return false;
        }
    return true;
}

bool osErrorUsesInit(Interpreter& in, rt::TypeObject* cls) {
    if (!cls->isUser || !isOsError(in, cls))
        return false;
    bool init = false;
    for (rt::TypeObject* c : cls->mro) {
        if (!c->isUser)
            continue;
        if (c->dict.find("__new__"))
            return false;
        init = init || c->dict.find("__init__");
    }
    return init;
}

rt::TypeObject* exceptionClassFor(Interpreter& in, rt::TypeObject* cls, const ObjVec& args) {
    if (cls != in.exceptionType("OSError") || args.size() < 2 || args.size() > 5)
        return cls;
    Object* number = args[0].get();
    std::int64_t value = 0;
    if (number->tag == rt::Tag::Bool)
        value = static_cast<rt::BoolObject*>(number)->value ? 1 : 0;
    else if (number->tag == rt::Tag::Int && !static_cast<rt::IntObject*>(number)->isBig())
        value = static_cast<rt::IntObject*>(number)->small;
    else
        return cls;
    for (const auto& [errnoName, name] : kErrnoClasses)
        if (errnoNumber(errnoName) == value)
            return in.exceptionType(name);
    return cls;
}

ObjRef osErrorAttr(Interpreter& in, rt::ExceptionObject* e, const std::string& name) {
    if (!isOsError(in, e->type))
        return nullptr;
    const ObjRef* field = name == "errno"       ? &e->osErrno
                          : name == "strerror"  ? &e->osStrerror
                          : name == "filename"  ? &e->osFilename
                          : name == "filename2" ? &e->osFilename2
                                                : nullptr;
    if (field)
        return *field ? *field : in.none();
    if (name != "characters_written")
        return nullptr;
    if (e->charactersWritten < 0)
        return in.raise("AttributeError", "characters_written");
    return in.heap().newInt(e->charactersWritten);
}

bool setOsErrorAttr(Interpreter& in, rt::ExceptionObject* e, const std::string& name, ObjRef value,
                    bool& ok) {
    if (!isOsError(in, e->type))
        return false;
    ObjRef* field = name == "errno"       ? &e->osErrno
                    : name == "strerror"  ? &e->osStrerror
                    : name == "filename"  ? &e->osFilename
                    : name == "filename2" ? &e->osFilename2
                                          : nullptr;
    if (field) {
        *field = std::move(value);
        ok = refreshMessage(in, e);
        return true;
    }
    if (name != "characters_written")
        return false;
    ok = false;
    if (!value) {
        if (e->charactersWritten < 0) {
            in.raise("AttributeError", "characters_written");
        } else {
            e->charactersWritten = -1;
            ok = true;
        }
        return true;
    }
    if (auto written = writtenCount(in, value.get())) {
        e->charactersWritten = *written;
        ok = true;
    }
    return true;
}

ObjRef exceptionTypeNew(Interpreter& in, rt::TypeObject* t) {
    rt::TypeObject* layout = t->isUser ? t->layout : t;
    if (!layout || !layout->isException)
        return nullptr;
    return in.makeBuiltin("__new__", exceptionNew, ObjRef(layout));
}

} // namespace memstep::core::interp
