// The io module as a course's program uses it: io.StringIO, a text file kept in memory.
//
// StringIO is a C type in CPython (_io.StringIO), so here it is a library class whose methods
// are builtins (they take no steps) and whose objects are drawn by name only, as the reference
// draws them. Its text is kept as code points, so positions (seek, tell) count characters as
// CPython's do. Its newline argument works as _io.StringIO's: None turns '\r\n' and '\r' in
// written text into '\n'; '\r' and '\r\n' write each '\n' as themselves and end lines there;
// '' keeps the text and ends lines at any of the three. Subclasses and the methods of its bases
// not written here are refused by name. Every other name of io (BytesIO, open,
// TextIOWrapper...) is refused by isMissingIoAttribute.
#include "interp/builtins/builtins_util.h"
#include "modules/modules.h"
#include "numeric/float_format.h"
#include "numeric/utf8.h"

#include <algorithm>

namespace memstep::core::modules {

using interp::CallArgs;

namespace io {
namespace {

struct StringIOObject : rt::InstanceObject {
    std::u32string text;
    std::size_t pos = 0;
    bool closed = false;
    std::u32string lineEnd = U"\n"; // where a line ends unless `universal`
    bool universal = false;         // newline None or '': at '\r\n', '\r' or '\n'
    bool translate = false;         // newline None: written '\r\n' and '\r' become '\n'
};

// Written text as the newline mode stores it (_io.StringIO's write_str).
std::u32string storedForm(const StringIOObject* f, std::u32string piece) {
    if (f->translate) {
        std::u32string out;
        for (std::size_t i = 0; i < piece.size(); ++i) {
            const bool crlf = piece[i] == U'\r' && i + 1 < piece.size() && piece[i + 1] == U'\n';
            out += piece[i] == U'\r' ? U'\n' : piece[i];
            i += crlf ? 1 : 0;
        }
        return out;
    }
    if (f->universal || f->lineEnd == U"\n")
        return piece;
    std::u32string out;
    for (char32_t c : piece)
        out += c == U'\n' ? f->lineEnd : std::u32string(1, c);
    return out;
}

StringIOObject* asStringIO(Object* o) {
    return o && o->tag == rt::Tag::Instance ? dynamic_cast<StringIOObject*>(o) : nullptr;
}

// The instance a method was called on, checked as CPython's method descriptor checks it; with
// `open`, also that it is not closed. StringIO's own methods say "I/O operation on closed
// file" and those of its base _IOBase (__iter__, __enter__) end it with a period.
StringIOObject* selfOf(Interpreter& in, Object* self, const char* method, bool open = true,
                       bool baseMessage = false) {
    StringIOObject* f = asStringIO(self);
    if (!f) {
        in.raise("TypeError", std::string("descriptor '") + method +
                                  "' for '_io.StringIO' objects doesn't apply to a '" +
                                  in.typeName(self) + "' object");
        return nullptr;
    }
    if (open && f->closed) {
        in.raise("ValueError",
                 baseMessage ? "I/O operation on closed file." : "I/O operation on closed file");
        return nullptr;
    }
    return f;
}

// A size argument (read, readline, truncate): an int, or None for "all"; -1 stands for all.
bool sizeArg(Interpreter& in, CallArgs& args, const char* name, std::int64_t& size) {
    size = -1;
    if (!interp::noKeywords(in, args, name) || !interp::parseTupleCount(in, args, name, 0, 1))
        return false;
    if (args.positional.empty() || args.positional[0]->tag == rt::Tag::None)
        return true;
    Object* a = args.positional[0].get();
    if (a->tag != rt::Tag::Int && a->tag != rt::Tag::Bool) {
        in.raise("TypeError",
                 std::string("argument should be integer or None, not '") + in.typeName(a) + "'");
        return false;
    }
    auto v = interp::intArg(in, a);
    if (!v)
        return false;
    size = *v;
    return true;
}

ObjRef newStr(Interpreter& in, std::u32string_view s) {
    return in.newStr(numeric::utf8Text(s));
}

ObjRef stringIOCall(Interpreter& in, rt::TypeObject* cls, CallArgs& args) {
    if (cls->mro.size() != 2)
        return in.abortUnsupported("a subclass of io.StringIO");
    ObjRef initial = interp::takeKeyword(args, "initial_value");
    ObjRef newline = interp::takeKeyword(args, "newline");
    if (!interp::noMoreKeywords(in, args, "StringIO"))
        return nullptr;
    if (args.positional.size() > 2)
        return in.raise("TypeError", "StringIO() takes at most 2 arguments (" +
                                         std::to_string(args.positional.size()) + " given)");
    if (!args.positional.empty())
        initial = args.positional[0];
    if (args.positional.size() == 2)
        newline = args.positional[1];
    std::optional<std::string> mode = "\n";
    if (newline && newline->tag == rt::Tag::None)
        mode.reset();
    else if (newline && newline->tag != rt::Tag::Str)
        return in.raise("TypeError", std::string("newline must be str or None, not ") +
                                         in.typeName(newline.get()));
    else if (newline)
        mode = interp::text(newline.get());
    if (mode && *mode != "" && *mode != "\n" && *mode != "\r" && *mode != "\r\n") {
        std::optional<std::string> shown = in.repr(newline.get());
        return shown ? in.raise("ValueError", "illegal newline value: " + *shown) : nullptr;
    }
    if (initial && initial->tag != rt::Tag::None && initial->tag != rt::Tag::Str)
        return in.raise("TypeError", std::string("initial_value must be str or None, not ") +
                                         in.typeName(initial.get()));
    auto* f = in.heap().make<StringIOObject>();
    ObjRef out(f);
    f->cls = cls;
    f->universal = !mode || mode->empty();
    f->translate = !mode;
    if (mode && !mode->empty())
        f->lineEnd = numeric::codePoints(*mode);
    if (initial && initial->tag == rt::Tag::Str)
        f->text = storedForm(f, numeric::codePoints(interp::text(initial.get())));
    return out;
}

ObjRef write(Interpreter& in, Object* self, CallArgs& args) {
    StringIOObject* f = selfOf(in, self, "write");
    if (!f)
        return nullptr;
    if (!interp::argCount(in, args, self, "write", 1, 1))
        return nullptr;
    Object* s = args.positional[0].get();
    if (s->tag != rt::Tag::Str)
        return in.raise("TypeError",
                        std::string("string argument expected, got '") + in.typeName(s) + "'");
    const std::u32string written = numeric::codePoints(interp::text(s));
    const std::u32string piece = storedForm(f, written);
    if (!piece.empty()) {
        if (f->pos > f->text.size())
            f->text.resize(f->pos, U'\0');
        std::size_t end = f->pos + piece.size();
        if (end > f->text.size())
            f->text.resize(end);
        std::copy(piece.begin(), piece.end(),
                  f->text.begin() + static_cast<std::ptrdiff_t>(f->pos));
        f->pos = end;
    }
    return in.heap().newInt(static_cast<std::int64_t>(written.size()));
}

ObjRef read(Interpreter& in, Object* self, CallArgs& args) {
    StringIOObject* f = selfOf(in, self, "read");
    std::int64_t size = -1;
    if (!f || !sizeArg(in, args, "read", size))
        return nullptr;
    std::size_t start = std::min(f->pos, f->text.size());
    std::size_t n = f->text.size() - start;
    if (size >= 0)
        n = std::min(n, static_cast<std::size_t>(size));
    if (n) // past the end (a seek beyond it), reading leaves the position where it is
        f->pos = start + n;
    return newStr(in, std::u32string_view(f->text).substr(start, n));
}

// The next line from the position (with its line end), at most `limit` characters (-1: no
// limit). As in CPython the end is looked for within the limit only, so a '\r\n' it cuts
// ends the line at the '\r' in universal mode.
std::u32string_view nextLine(StringIOObject* f, std::int64_t limit) {
    const std::size_t start = std::min(f->pos, f->text.size());
    std::size_t region = f->text.size();
    if (limit >= 0)
        region = std::min(region, start + static_cast<std::size_t>(limit));
    const std::u32string_view within = std::u32string_view(f->text).substr(0, region);
    std::size_t end = region;
    if (f->universal) {
        const std::size_t at = within.find_first_of(U"\r\n", start);
        if (at != std::u32string_view::npos)
            end = at + (within.substr(at, 2) == U"\r\n" ? 2 : 1);
    } else {
        const std::size_t at = within.find(f->lineEnd, start);
        if (at != std::u32string_view::npos)
            end = at + f->lineEnd.size();
    }
    if (end > start)
        f->pos = end;
    return std::u32string_view(f->text).substr(start, end - start);
}

ObjRef readline(Interpreter& in, Object* self, CallArgs& args) {
    StringIOObject* f = selfOf(in, self, "readline");
    std::int64_t size = -1;
    if (!f || !sizeArg(in, args, "readline", size))
        return nullptr;
    return newStr(in, nextLine(f, size));
}

ObjRef readlines(Interpreter& in, Object* self, CallArgs& args) {
    StringIOObject* f = selfOf(in, self, "readlines", true, true);
    if (!f || !interp::noKeywords(in, args, "readlines") ||
        !interp::parseTupleCount(in, args, "readlines", 0, 1))
        return nullptr;
    if (!args.positional.empty() && args.positional[0]->tag != rt::Tag::None)
        return in.abortUnsupported("StringIO.readlines(hint)");
    ObjVec lines;
    while (f->pos < f->text.size())
        lines.push_back(newStr(in, nextLine(f, -1)));
    return in.heap().newList(std::move(lines));
}

ObjRef next(Interpreter& in, Object* self, CallArgs& args) {
    StringIOObject* f = selfOf(in, self, "__next__");
    if (!f || !interp::argCount(in, args, self, "__next__", 0, 0))
        return nullptr;
    std::u32string_view line = nextLine(f, -1);
    if (line.empty())
        return in.raise("StopIteration", "");
    return newStr(in, line);
}

ObjRef iter(Interpreter& in, Object* self, CallArgs& args) {
    StringIOObject* f = selfOf(in, self, "__iter__", true, true);
    if (!f || !interp::argCount(in, args, self, "__iter__", 0, 0))
        return nullptr;
    return ObjRef(f);
}

ObjRef getvalue(Interpreter& in, Object* self, CallArgs& args) {
    StringIOObject* f = selfOf(in, self, "getvalue");
    if (!f || !interp::argCount(in, args, self, "getvalue", 0, 0))
        return nullptr;
    return newStr(in, f->text);
}

ObjRef tell(Interpreter& in, Object* self, CallArgs& args) {
    StringIOObject* f = selfOf(in, self, "tell");
    if (!f || !interp::argCount(in, args, self, "tell", 0, 0))
        return nullptr;
    return in.heap().newInt(static_cast<std::int64_t>(f->pos));
}

ObjRef seek(Interpreter& in, Object* self, CallArgs& args) {
    StringIOObject* f = selfOf(in, self, "seek", false);
    if (!f || !interp::noKeywords(in, args, "seek") ||
        !interp::parseTupleCount(in, args, "seek", 1, 2))
        return nullptr;
    auto pos = interp::intArg(in, args.positional[0].get());
    if (!pos)
        return nullptr;
    std::int64_t whence = 0;
    if (args.positional.size() == 2) {
        auto w = interp::intArg(in, args.positional[1].get());
        if (!w)
            return nullptr;
        whence = *w;
    }
    if (whence != 0 && whence != 1 && whence != 2)
        return in.raise("ValueError",
                        "Invalid whence (" + std::to_string(whence) + ", should be 0, 1 or 2)");
    if (whence == 0 && *pos < 0)
        return in.raise("ValueError", "Negative seek position " + std::to_string(*pos));
    // CPython 3.11 gives the cur-relative text for a nonzero end-relative seek too.
    if (whence != 0 && *pos != 0)
        return in.raise("OSError", "Can't do nonzero cur-relative seeks");
    if (f->closed)
        return in.raise("ValueError", "I/O operation on closed file");
    if (whence == 0)
        f->pos = static_cast<std::size_t>(*pos);
    else if (whence == 2)
        f->pos = f->text.size();
    return in.heap().newInt(static_cast<std::int64_t>(f->pos));
}

ObjRef truncate(Interpreter& in, Object* self, CallArgs& args) {
    StringIOObject* f = selfOf(in, self, "truncate");
    std::int64_t size = -1;
    if (!f || !sizeArg(in, args, "truncate", size))
        return nullptr;
    if (args.positional.empty() || args.positional[0]->tag == rt::Tag::None)
        size = static_cast<std::int64_t>(f->pos);
    if (size < 0)
        return in.raise("ValueError", "Negative size value " + std::to_string(size));
    if (static_cast<std::size_t>(size) < f->text.size())
        f->text.resize(static_cast<std::size_t>(size));
    return in.heap().newInt(size);
}

ObjRef close(Interpreter& in, Object* self, CallArgs& args) {
    StringIOObject* f = selfOf(in, self, "close", false);
    if (!f || !interp::argCount(in, args, self, "close", 0, 0))
        return nullptr;
    f->closed = true;
    f->text.clear();
    f->text.shrink_to_fit();
    return in.none();
}

ObjRef closed(Interpreter& in, Object* self, CallArgs&) {
    StringIOObject* f = selfOf(in, self, "closed", false);
    if (!f)
        return nullptr;
    return in.boolean(f->closed);
}

// readable(), writable(), seekable(): True while open.
ObjRef able(Interpreter& in, Object* self, CallArgs& args) {
    StringIOObject* f = selfOf(in, self, "readable");
    if (!f || !interp::argCount(in, args, self, "readable", 0, 0))
        return nullptr;
    return in.boolean(true);
}

ObjRef flush(Interpreter& in, Object* self, CallArgs& args) {
    StringIOObject* f = selfOf(in, self, "flush", true, true);
    if (!f || !interp::argCount(in, args, self, "flush", 0, 0))
        return nullptr;
    return in.none();
}

ObjRef enter(Interpreter& in, Object* self, CallArgs& args) {
    StringIOObject* f = selfOf(in, self, "__enter__", true, true);
    if (!f || !interp::argCount(in, args, self, "__enter__", 0, 0))
        return nullptr;
    return ObjRef(f);
}

ObjRef exit(Interpreter& in, Object* self, CallArgs& args) {
    StringIOObject* f = selfOf(in, self, "__exit__", false);
    if (!f)
        return nullptr;
    f->closed = true;
    f->text.clear();
    (void)args;
    return in.none();
}

ObjRef repr(Interpreter& in, Object* self, CallArgs& args) {
    StringIOObject* f = selfOf(in, self, "__repr__", false);
    if (!f || !interp::argCount(in, args, self, "__repr__", 0, 0))
        return nullptr;
    return in.newStr("<_io.StringIO object at " + hexId(in, f) + ">");
}

const rt::Metaclass kStringIOMeta = [] {
    rt::Metaclass m;
    m.call = [](Interpreter& in, Object* cls, CallArgs& args) {
        return stringIOCall(in, static_cast<rt::TypeObject*>(cls), args);
    };
    return m;
}();

} // namespace
} // namespace io

void fillIo(Interpreter& in, rt::ModuleObject& m) {
    rt::TypeObject* t = makeNativeClass(in, "_io", "StringIO", &io::kStringIOMeta);
    addNativeMethod(in, t, "write", io::write);
    addNativeMethod(in, t, "read", io::read);
    addNativeMethod(in, t, "readline", io::readline);
    addNativeMethod(in, t, "readlines", io::readlines);
    addNativeMethod(in, t, "getvalue", io::getvalue);
    addNativeMethod(in, t, "seek", io::seek);
    addNativeMethod(in, t, "tell", io::tell);
    addNativeMethod(in, t, "truncate", io::truncate);
    addNativeMethod(in, t, "close", io::close);
    addNativeMethod(in, t, "readable", io::able);
    addNativeMethod(in, t, "writable", io::able);
    addNativeMethod(in, t, "seekable", io::able);
    addNativeMethod(in, t, "flush", io::flush);
    addNativeMethod(in, t, "__iter__", io::iter);
    addNativeMethod(in, t, "__next__", io::next);
    addNativeMethod(in, t, "__enter__", io::enter);
    addNativeMethod(in, t, "__exit__", io::exit);
    addNativeMethod(in, t, "__repr__", io::repr);
    addNativeProperty(in, t, "closed", io::closed);
    for (const char* name :
         {"detach", "fileno", "isatty", "writelines", "__getstate__", "__setstate__", "__next__"})
        if (!t->dict.find(name))
            addRefusedMethod(in, t, name);
    for (const char* name : {"line_buffering", "newlines", "encoding", "errors", "buffer"})
        addRefusedAttribute(in, t, name);
    m.set("StringIO", ObjRef(t));
}

bool isMissingIoAttribute(std::string_view name) {
    // dir(io) in CPython 3.11 minus StringIO, sorted for binary search.
    static const std::vector<std::string_view> kMissing = {
        "BlockingIOError",
        "BufferedIOBase",
        "BufferedRWPair",
        "BufferedRandom",
        "BufferedReader",
        "BufferedWriter",
        "BytesIO",
        "DEFAULT_BUFFER_SIZE",
        "FileIO",
        "IOBase",
        "IncrementalNewlineDecoder",
        "RawIOBase",
        "SEEK_CUR",
        "SEEK_END",
        "SEEK_SET",
        "TextIOBase",
        "TextIOWrapper",
        "UnsupportedOperation",
        "__all__",
        "__author__",
        "__getattr__",
        "_io",
        "abc",
        "open",
        "open_code",
        "text_encoding",
    };
    return isModuleDunder(ModuleOrigin::Frozen, name) ||
           std::binary_search(kMissing.begin(), kMissing.end(), name);
}

} // namespace memstep::core::modules
