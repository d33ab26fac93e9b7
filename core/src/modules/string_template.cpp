// string.Template, as CPython 3.11's string.py writes it: `$name`, `${name}` and `$$` in the
// template, found left to right as its pattern finds them (an identifier is ASCII letters,
// digits and underscores, not starting with a digit, in either case), each name looked up in
// the mapping and the keywords (the keywords first) and written with str().
//
// Its instances are drawn by their type, as CPython's reference draws a library class's. A
// substitution that replaces nothing returns the template itself, as re.sub does. The class
// attributes a subclass would override to change the syntax (pattern, flags) and subclassing
// it are refused as Unsupported.
#include "interp/builtins/builtins_util.h"
#include "modules/modules.h"
#include "numeric/utf8.h"

#include <algorithm>
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

// The pattern's matches in `text`, left to right.
std::vector<Placeholder> scan(const std::string& text) {
    std::vector<Placeholder> out;
    std::size_t i = 0;
    while ((i = text.find('$', i)) != std::string::npos) {
        Placeholder p{Placeholder::Kind::Invalid, i, i + 1, {}};
        std::size_t j = i + 1;
        if (j < text.size() && text[j] == '$') {
            p = {Placeholder::Kind::Escaped, i, j + 1, {}};
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

// The template's text: string.py hands it to re, which takes only str (bytes are refused).
const std::string* templateText(Interpreter& in, Object* self) {
    Object* t = nativeState(self, "template");
    if (interp::isStr(t))
        return &interp::text(t);
    if (t->tag == rt::Tag::Bytes || t->tag == rt::Tag::ByteArray) {
        in.abortUnsupported("a string.Template of bytes is not supported");
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
    const std::string* text = templateText(in, self);
    if (!text)
        return nullptr;
    std::vector<Placeholder> found = scan(*text);
    if (found.empty())
        return ObjRef(nativeState(self, "template"));
    std::string out;
    std::size_t at = 0;
    for (const Placeholder& p : found) {
        out += text->substr(at, p.start - at);
        at = p.end;
        switch (p.kind) {
        case Placeholder::Kind::Escaped:
            out += '$';
            break;
        case Placeholder::Kind::Invalid:
            if (!safe)
                return invalid(in, *text, p.start + 1); // the empty group after the '$'
            out += '$';
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
    const std::string* text = templateText(in, self);
    if (!text)
        return nullptr;
    std::vector<std::string> names;
    for (const Placeholder& p : scan(*text))
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
    const std::string* text = templateText(in, self);
    if (!text)
        return nullptr;
    for (const Placeholder& p : scan(*text))
        if (p.kind == Placeholder::Kind::Invalid)
            return in.boolean(false);
    return in.boolean(true);
}

// Template(template): keeps the very object it is given, whatever it is.
ObjRef templateNew(Interpreter& in, Object* type, CallArgs& args) {
    if (ObjRef t = interp::takeKeyword(args, "template")) {
        if (!args.positional.empty())
            return in.raise("TypeError",
                            "Template.__init__() got multiple values for argument 'template'");
        args.positional.push_back(std::move(t));
    }
    if (!args.keywords.empty())
        return in.raise("TypeError", "Template.__init__() got an unexpected keyword argument '" +
                                         *args.keywords.front().name + "'");
    if (args.positional.empty())
        return in.raise("TypeError",
                        "Template.__init__() missing 1 required positional argument: 'template'");
    if (args.positional.size() > 1)
        return in.raise("TypeError", "Template.__init__() takes 2 positional arguments but " +
                                         std::to_string(args.positional.size() + 1) +
                                         " were given");
    ObjRef out;
    rt::InstanceObject* t = newNativeInstance(in, static_cast<rt::TypeObject*>(type), out);
    setNativeState(t, "template", args.positional[0]);
    return out;
}

ObjRef templateAttr(Interpreter& in, Object* self, const std::string& name) {
    if (name == "template")
        return ObjRef(nativeState(self, "template"));
    static constexpr std::pair<const char*, rt::NativeFn> kMethods[] = {
        {"substitute", substituteMethod},
        {"safe_substitute", safeSubstituteMethod},
        {"get_identifiers", getIdentifiers},
        {"is_valid", isValid}};
    for (const auto& [method, fn] : kMethods)
        if (name == method)
            return in.makeBuiltin(method, fn, ObjRef(self));
    if (name == "pattern" || name == "flags")
        return in.abortUnsupported("string.Template." + name + " is not supported");
    // The class's own attributes (delimiter...), read through the instance.
    if (const ObjRef* v = in.typeOf(self)->dict.find(name))
        return *v;
    return nullptr;
}

ObjRef templateClassAttr(Interpreter& in, rt::TypeObject*, const std::string& name) {
    if (name == "pattern" || name == "flags" || name == "__init_subclass__")
        return in.abortUnsupported("string.Template." + name + " is not supported");
    return nullptr;
}

const rt::Metaclass kTemplateMeta = [] {
    rt::Metaclass m;
    m.classAttr = templateClassAttr;
    return m;
}();

} // namespace
} // namespace string

void fillStringTemplate(Interpreter& in, rt::ModuleObject& m) {
    rt::TypeObject* t = makeNativeType(in, "string", "Template", string::templateNew);
    t->instanceAttr = string::templateAttr;
    t->meta = &string::kTemplateMeta;
    t->dict.set("delimiter", in.newStr("$"));
    t->dict.set("idpattern", in.newStr("(?a:[_a-z][_a-z0-9]*)"));
    t->dict.set("braceidpattern", in.none());
    m.set("Template", ObjRef(t));
}

} // namespace memstep::core::modules
