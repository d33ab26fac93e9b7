// string.Template, as CPython 3.11's string.py writes it: `$name`, `${name}` and `$$` in the
// template, found left to right as its pattern finds them (an identifier is ASCII letters,
// digits and underscores, not starting with a digit, in either case), each name looked up in
// the mapping and the keywords (the keywords first) and written with str().
//
// Its instances are drawn by their type, as CPython's reference draws a library class's, and
// keep the text as their attribute `template`; a program's subclass (`delimiter = "%"`) gets its
// own compiled `pattern`, as Template.__init_subclass__ gives it, and its instances are drawn
// as the program's, with that attribute. A substitution that replaces nothing returns the
// template itself, as re.sub does. A subclass overriding pattern, flags, idpattern or
// braceidpattern is refused as Unsupported.
#include "interp/builtins/builtins_util.h"
#include "modules/modules.h"
#include "numeric/utf8.h"

#include <algorithm>
#include <cctype>
#include <optional>
#include <string>
#include <vector>

namespace memstep::core::modules {

using interp::CallArgs;

namespace string {
namespace {

bool isIdStart(char c) {
    return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

bool isIdChar(char c) {
    return isIdStart(c) || (c >= '0' && c <= '9');
}

// One match of Template.pattern.
struct Placeholder {
    enum class Kind { Escaped, Named, Braced, Invalid } kind;
    std::size_t start = 0; // the '$'
    std::size_t end = 0;   // past the match
    std::string name;      // Named, Braced
};

// The pattern's matches in `text`, left to right, for a delimiter (the class's pattern was
// compiled from it; letters in it are refused, so IGNORECASE changes nothing there).
std::vector<Placeholder> scan(const std::string& text, const std::string& delim = "$") {
    std::vector<Placeholder> out;
    std::size_t i = 0;
    const std::size_t d = delim.size();
    while ((i = text.find(delim, i)) != std::string::npos) {
        Placeholder p{Placeholder::Kind::Invalid, i, i + d, {}};
        std::size_t j = i + d;
        if (text.compare(j, d, delim) == 0) {
            p = {Placeholder::Kind::Escaped, i, j + d, {}};
        } else if (j < text.size() && isIdStart(text[j])) {
            std::size_t k = j;
            while (k < text.size() && isIdChar(text[k]))
                ++k;
            p = {Placeholder::Kind::Named, i, k, text.substr(j, k - j)};
        } else if (j + 1 < text.size() && text[j] == '{' && isIdStart(text[j + 1])) {
            std::size_t k = j + 1;
            while (k < text.size() && isIdChar(text[k]))
                ++k;
            if (k < text.size() && text[k] == '}')
                p = {Placeholder::Kind::Braced, i, k + 1, text.substr(j + 1, k - j - 1)};
        }
        out.push_back(p);
        i = p.end;
    }
    return out;
}

// re.escape() of CPython 3.11: a backslash before each of ()[]{}?*+-|^$\.&~# and whitespace.
std::string reEscape(const std::string& text) {
    std::string out;
    for (char c : text) {
        if (std::string_view("()[]{}?*+-|^$\\.&~# \t\n\r\v\f").find(c) != std::string_view::npos)
            out += '\\';
        out += c;
    }
    return out;
}

// The text Template.__init_subclass__ compiles for a delimiter, with the default idpattern.
std::string patternText(const std::string& escaped) {
    const std::string id = "(?a:[_a-z][_a-z0-9]*)";
    return "\n            " + escaped + "(?:\n              (?P<escaped>" + escaped +
           ")  |   # Escape sequence of two delimiters\n              (?P<named>" + id +
           ")       |   # delimiter and a Python identifier\n              {(?P<braced>" + id +
           ")} |   # delimiter and a braced identifier\n              (?P<invalid>)             "
           "# Other ill-formed delimiter exprs\n            )\n            ";
}

// The delimiter the class's pattern was compiled for (the text of its escaped delimiter);
// a pattern of another shape is refused. False with the error set.
bool patternDelimiter(Interpreter& in, Object* self, std::string& delim) {
    rt::TypeObject* cls = in.typeOf(self);
    ObjRef pattern = in.lookupInType(cls, "pattern");
    ObjRef source = pattern ? in.getAttr(pattern.get(), "pattern") : nullptr;
    if (!source || source->tag != rt::Tag::Str) {
        in.clearException();
        in.abortUnsupported("a string.Template whose pattern is not a compiled pattern");
        return false;
    }
    const std::string& text = interp::text(source.get());
    const std::string head = "\n            ";
    const std::size_t end = text.find("(?:\n");
    if (text.rfind(head, 0) == 0 && end != std::string::npos) {
        std::string escaped = text.substr(head.size(), end - head.size());
        delim.clear();
        for (std::size_t i = 0; i < escaped.size(); ++i) {
            if (escaped[i] == '\\' && i + 1 < escaped.size())
                ++i;
            delim += escaped[i];
        }
        if (!delim.empty() && reEscape(delim) == escaped && patternText(escaped) == text)
            return true;
    }
    in.abortUnsupported("a string.Template pattern other than the one made from its delimiter");
    return false;
}

// The template's text: string.py hands it to re, which takes only str (bytes are refused).
const std::string* templateText(Interpreter& in, Object* self, ObjRef& hold) {
    hold = in.getAttr(self, "template"); // self.template, which the program may have replaced
    if (!hold)
        return nullptr;
    Object* t = hold.get();
    if (interp::isStr(t))
        return &interp::text(t);
    if (t->tag == rt::Tag::Bytes || t->tag == rt::Tag::ByteArray) {
        // self.pattern.sub(convert, self.template): a str pattern on bytes.
        in.raise("TypeError", "cannot use a string pattern on a bytes-like object");
        return nullptr;
    }
    in.raise("TypeError",
             "expected string or bytes-like object, got '" + std::string(in.typeName(t)) + "'");
    return nullptr;
}

// Template._invalid: the ValueError naming where a lone '$' is, as string.py counts: i is
// where the pattern's empty `invalid` group starts (just after the '$'), the line is the
// number of template[:i].splitlines(keepends=True), and the column i less the length of all
// but the last, in code points.
ObjRef invalid(Interpreter& in, const std::string& text, std::size_t at) {
    const std::u32string points = numeric::codePoints(std::string_view(text).substr(0, at));
    auto isBreak = [](char32_t c) {
        return c == '\n' || c == '\r' || c == 0x0B || c == 0x0C || c == 0x1C || c == 0x1D ||
               c == 0x1E || c == 0x85 || c == 0x2028 || c == 0x2029;
    };
    std::size_t lines = 0;
    std::size_t lastStart = 0; // where the last line of the split starts
    std::size_t nextStart = 0;
    for (std::size_t k = 0; k < points.size(); ++k) {
        if (!isBreak(points[k]))
            continue;
        if (points[k] == '\r' && k + 1 < points.size() && points[k + 1] == '\n')
            ++k;
        ++lines;
        lastStart = nextStart;
        nextStart = k + 1;
    }
    if (nextStart < points.size()) { // a last line with no break
        ++lines;
        lastStart = nextStart;
    }
    const std::size_t line = lines == 0 ? 1 : lines;
    const std::size_t column = lines == 0 ? 1 : points.size() - lastStart;
    return in.raise("ValueError", "Invalid placeholder in string: line " + std::to_string(line) +
                                      ", col " + std::to_string(column));
}

// Whether the exception being raised is a KeyError (what ChainMap and safe_substitute catch).
bool pendingKeyError(Interpreter& in) {
    Object* e = in.aborted() ? nullptr : in.pendingException();
    return e && e->tag == rt::Tag::Exception &&
           in.isSubtype(static_cast<rt::ExceptionObject*>(e)->type, in.exceptionType("KeyError"));
}

// mapping[name], the keywords first (ChainMap(kws, mapping)); null with the exception set.
ObjRef lookUp(Interpreter& in, Object* keywords, Object* mapping, const std::string& name) {
    ObjRef key = in.newStr(name);
    if (keywords) {
        ObjRef v = in.subscript(keywords, key.get());
        if (v || !mapping)
            return v;
        if (!pendingKeyError(in))
            return nullptr;
        in.clearException();
    }
    return in.subscript(mapping, key.get());
}

// substitute and safe_substitute(self, mapping=_sentinel_dict, /, **kws).
ObjRef substitute(Interpreter& in, Object* self, CallArgs& args, bool safe) {
    const char* method = safe ? "Template.safe_substitute()" : "Template.substitute()";
    if (args.positional.size() > 1)
        return in.raise("TypeError",
                        std::string(method) + " takes from 1 to 2 positional arguments but " +
                            std::to_string(args.positional.size() + 1) + " were given");
    ObjRef keywords;
    if (!args.keywords.empty()) {
        keywords = in.heap().newDict();
        for (rt::KwArg& k : args.keywords)
            if (!in.dictSet(static_cast<rt::DictObject*>(keywords.get()),
                            k.key ? k.key : in.newStr(*k.name), k.value))
                return nullptr;
    }
    ObjRef mapping = args.positional.empty() ? nullptr : args.positional[0];
    if (!mapping && !keywords)
        mapping = in.heap().newDict();
    ObjRef held;
    const std::string* text = templateText(in, self, held);
    if (!text)
        return nullptr;
    std::string delim;
    if (!patternDelimiter(in, self, delim))
        return nullptr;
    std::vector<Placeholder> found = scan(*text, delim);
    if (found.empty())
        return held;
    std::string out;
    std::size_t at = 0;
    for (const Placeholder& p : found) {
        out += text->substr(at, p.start - at);
        at = p.end;
        switch (p.kind) {
        case Placeholder::Kind::Escaped: { // self.delimiter, read when it is met
            ObjRef d = in.getAttr(self, "delimiter");
            if (!d)
                return nullptr;
            if (d->tag != rt::Tag::Str)
                return in.abortUnsupported("a string.Template whose delimiter is not a str");
            out += interp::text(d.get());
            break;
        }
        case Placeholder::Kind::Invalid:
            if (!safe) // the empty group after the delimiter
                return invalid(in, *text, p.start + delim.size());
            out += text->substr(p.start, p.end - p.start);
            break;
        default: {
            ObjRef value = lookUp(in, keywords.get(), mapping.get(), p.name);
            if (!value && safe && pendingKeyError(in)) {
                in.clearException();
                out += text->substr(p.start, p.end - p.start);
                break;
            }
            if (!value)
                return nullptr;
            std::optional<std::string> shown = in.str(value.get());
            if (!shown)
                return nullptr;
            out += *shown;
        }
        }
    }
    out += text->substr(at);
    return in.newStr(std::move(out));
}

ObjRef substituteMethod(Interpreter& in, Object* self, CallArgs& args) {
    return substitute(in, self, args, false);
}

ObjRef safeSubstituteMethod(Interpreter& in, Object* self, CallArgs& args) {
    return substitute(in, self, args, true);
}

bool noMethodArguments(Interpreter& in, CallArgs& args, const char* method) {
    if (!args.keywords.empty()) {
        in.raise("TypeError", std::string(method) + " got an unexpected keyword argument '" +
                                  *args.keywords.front().name + "'");
        return false;
    }
    if (!args.positional.empty()) {
        in.raise("TypeError", std::string(method) + " takes 1 positional argument but " +
                                  std::to_string(args.positional.size() + 1) + " were given");
        return false;
    }
    return true;
}

// get_identifiers(): the names, each once, in order of first appearance.
ObjRef getIdentifiers(Interpreter& in, Object* self, CallArgs& args) {
    if (!noMethodArguments(in, args, "Template.get_identifiers()"))
        return nullptr;
    ObjRef held;
    const std::string* text = templateText(in, self, held);
    std::string delim;
    if (!text || !patternDelimiter(in, self, delim))
        return nullptr;
    std::vector<std::string> names;
    for (const Placeholder& p : scan(*text, delim))
        if ((p.kind == Placeholder::Kind::Named || p.kind == Placeholder::Kind::Braced) &&
            std::find(names.begin(), names.end(), p.name) == names.end())
            names.push_back(p.name);
    ObjVec items;
    for (std::string& n : names)
        items.push_back(in.newStr(std::move(n)));
    return in.heap().newList(std::move(items));
}

// is_valid(): no lone '$'.
ObjRef isValid(Interpreter& in, Object* self, CallArgs& args) {
    if (!noMethodArguments(in, args, "Template.is_valid()"))
        return nullptr;
    ObjRef held;
    const std::string* text = templateText(in, self, held);
    std::string delim;
    if (!text || !patternDelimiter(in, self, delim))
        return nullptr;
    for (const Placeholder& p : scan(*text, delim))
        if (p.kind == Placeholder::Kind::Invalid)
            return in.boolean(false);
    return in.boolean(true);
}

// Template.__init__(self, template): keeps the very object it is given, whatever it is.
ObjRef templateInit(Interpreter& in, Object*, CallArgs& args) {
    if (ObjRef t = interp::takeKeyword(args, "template")) {
        if (args.positional.size() > 1)
            return in.raise("TypeError",
                            "Template.__init__() got multiple values for argument 'template'");
        args.positional.push_back(std::move(t));
    }
    if (!args.keywords.empty())
        return in.raise("TypeError", "Template.__init__() got an unexpected keyword argument '" +
                                         *args.keywords.front().name + "'");
    if (args.positional.size() < 2)
        return in.raise("TypeError",
                        "Template.__init__() missing 1 required positional argument: 'template'");
    if (args.positional.size() > 2)
        return in.raise("TypeError", "Template.__init__() takes 2 positional arguments but " +
                                         std::to_string(args.positional.size()) + " were given");
    Object* self = args.positional[0].get();
    if (self->tag == rt::Tag::Instance && in.typeOf(self)->isLibrary) {
        // Template's own object is drawn by its type alone: nothing of it to trace.
        static_cast<rt::InstanceObject*>(self)->attrs.set("template", args.positional[1]);
        return in.none();
    }
    if (!in.setAttr(self, "template", args.positional[1]))
        return nullptr;
    return in.none();
}

// Template(...): a new object, then the __init__ its class has (a subclass's own, or
// Template's).
ObjRef templateCall(Interpreter& in, Object* cls, CallArgs& args) {
    ObjRef out;
    newNativeInstance(in, static_cast<rt::TypeObject*>(cls), out);
    ObjRef init = in.getAttr(out.get(), "__init__");
    if (!init)
        return nullptr;
    ObjRef r = in.call(init.get(), args);
    if (!r)
        return nullptr;
    if (r->tag != rt::Tag::None)
        return in.raise("TypeError", "__init__() should return None, not '" +
                                         std::string(in.typeName(r.get())) + "'");
    return out;
}

// Template.__init_subclass__: the subclass's pattern, compiled from its delimiter with
// cls.flags | re.VERBOSE. A pattern, flags, idpattern or braceidpattern of its own is refused.
ObjRef templateCreated(Interpreter& in, rt::TypeObject* cls) {
    for (const char* name : {"pattern", "flags", "idpattern", "braceidpattern"})
        for (rt::TypeObject* t : in.mroOf(cls)) {
            if (t->isLibrary)
                break;
            if (t->dict.find(name))
                return in.abortUnsupported(std::string("a string.Template subclass setting ") +
                                           name + " is not supported");
        }
    ObjRef delim = in.lookupInType(cls, "delimiter");
    if (!delim || delim->tag != rt::Tag::Str)
        return in.abortUnsupported("a string.Template subclass whose delimiter is not a str");
    const std::string& d = interp::text(delim.get());
    for (char c : d)
        if (std::isalpha(static_cast<unsigned char>(c)) || static_cast<unsigned char>(c) >= 0x80)
            return in.abortUnsupported(
                "a string.Template delimiter holding letters (matched ignoring case)");
    if (d.empty())
        return in.abortUnsupported("an empty string.Template delimiter");
    ObjRef re = in.importModule("re");
    ObjRef compile = re ? in.getAttr(re.get(), "compile") : nullptr;
    ObjRef verbose = re ? in.getAttr(re.get(), "VERBOSE") : nullptr;
    ObjRef flags = in.lookupInType(cls, "flags");
    ObjRef both = compile && verbose && flags
                      ? in.binary(syntax::Operator::BitOr, flags.get(), verbose.get())
                      : nullptr;
    if (!both)
        return nullptr;
    CallArgs a;
    a.positional = {in.newStr(patternText(reEscape(d))), both};
    ObjRef pattern = in.call(compile.get(), a);
    if (!pattern)
        return nullptr;
    if (cls->isLibrary) // Template itself, made with the module
        cls->dict.set("pattern", pattern);
    else if (!in.setAttr(cls, "pattern", pattern))
        return nullptr;
    return ObjRef(cls);
}

const rt::Metaclass kTemplateMeta = [] {
    rt::Metaclass m;
    m.call = templateCall;
    m.created = templateCreated;
    return m;
}();

} // namespace
} // namespace string

void fillStringTemplate(Interpreter& in, rt::ModuleObject& m) {
    rt::TypeObject* t = makeNativeClass(in, "string", "Template", &string::kTemplateMeta);
    t->name = "Template"; // a class string.py writes: its tp_name is its __name__
    t->reprInstance = libraryObjectRepr;
    t->dict.set("delimiter", in.newStr("$"));
    t->dict.set("idpattern", in.newStr("(?a:[_a-z][_a-z0-9]*)"));
    t->dict.set("braceidpattern", in.none());
    ObjRef re = in.importModule("re");
    ObjRef ignoreCase = re ? in.getAttr(re.get(), "IGNORECASE") : nullptr;
    if (ignoreCase)
        t->dict.set("flags", ignoreCase);
    // string.py runs Template.__init_subclass__() once for Template itself.
    if (ignoreCase && !string::templateCreated(in, t))
        return;
    ObjRef init = in.makeBuiltin("__init__", string::templateInit);
    auto sig = std::make_unique<rt::PythonSignature>();
    sig->qualname = "Template.__init__";
    sig->params = {"self", "template"};
    sig->positional = 2;
    static_cast<rt::BuiltinObject*>(init.get())->python = std::move(sig);
    t->dict.set("__init__", std::move(init));
    addNativeMethod(in, t, "substitute", string::substituteMethod);
    addNativeMethod(in, t, "safe_substitute", string::safeSubstituteMethod);
    addNativeMethod(in, t, "get_identifiers", string::getIdentifiers);
    addNativeMethod(in, t, "is_valid", string::isValid);
    m.set("Template", ObjRef(t));
}

} // namespace memstep::core::modules
