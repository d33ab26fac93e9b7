// str.maketrans and str.translate: a table from code points (ints) to a replacement (an int, a
// str, or None to delete), looked up with the table's own subscript, so a list or any mapping
// works and a LookupError (KeyError, IndexError) keeps the character.
#include "interp/builtins/builtins_util.h"
#include "numeric/utf8.h"
#include "syntax/lexer.h"

namespace memstep::core::interp {

namespace {

constexpr std::int64_t kMaxCodePoint = 0x10FFFF;

// The code point of a one-character str.
char32_t onlyChar(const std::string& t) {
    std::size_t i = 0;
    return numeric::readCodePoint(t, i);
}

bool maketransFromDict(Interpreter& in, rt::DictObject* src, rt::DictObject* out) {
    for (const rt::DictEntry& e : src->entries) {
        if (!e.key)
            continue;
        if (in.pollStop())
            return false;
        ObjRef key = e.key;
        if (isStr(key.get())) {
            if (static_cast<rt::StrObject*>(key.get())->length != 1) {
                in.raise("ValueError", "string keys in translate table must be of length 1");
                return false;
            }
            key = in.heap().newInt(static_cast<std::int64_t>(onlyChar(text(key.get()))));
        } else if (key->tag != rt::Tag::Int && key->tag != rt::Tag::Bool) {
            in.raise("TypeError", "keys in translate table must be strings or integers");
            return false;
        }
        if (!in.dictSet(out, key, e.value))
            return false;
    }
    return true;
}

ObjRef strMaketrans(Interpreter& in, Object*, CallArgs& args) {
    if (!noKeywords(in, args, "str.maketrans") || !argCount(in, args, "maketrans", 1, 3))
        return nullptr;
    for (std::size_t k = 1; k < args.positional.size(); ++k)
        if (!isStr(args.positional[k].get()))
            return in.raise("TypeError", "maketrans() argument " + std::to_string(k + 1) +
                                             " must be str, not " +
                                             in.typeName(args.positional[k].get()));
    ObjRef result = in.heap().newDict();
    auto* out = static_cast<rt::DictObject*>(result.get());
    Object* x = args.positional[0].get();
    if (args.positional.size() == 1) {
        if (x->tag != rt::Tag::Dict)
            return in.raise("TypeError",
                            "if you give only one argument to maketrans it must be a dict");
        return maketransFromDict(in, static_cast<rt::DictObject*>(x), out) ? result : nullptr;
    }
    if (!isStr(x))
        return in.raise("TypeError",
                        "first maketrans argument must be a string if there is a second argument");
    auto* from = static_cast<rt::StrObject*>(x);
    auto* to = static_cast<rt::StrObject*>(args.positional[1].get());
    if (from->length != to->length)
        return in.raise("ValueError", "the first two maketrans arguments must have equal length");
    std::size_t i = 0, j = 0;
    while (i < from->text.size()) {
        if (in.pollStop())
            return nullptr;
        auto a = static_cast<std::int64_t>(numeric::readCodePoint(from->text, i));
        auto b = static_cast<std::int64_t>(numeric::readCodePoint(to->text, j));
        if (!in.dictSet(out, in.heap().newInt(a), in.heap().newInt(b)))
            return nullptr;
    }
    if (args.positional.size() == 3) {
        const std::string& z = text(args.positional[2].get());
        for (std::size_t k = 0; k < z.size();) {
            if (in.pollStop())
                return nullptr;
            auto c = static_cast<std::int64_t>(numeric::readCodePoint(z, k));
            if (!in.dictSet(out, in.heap().newInt(c), in.none()))
                return nullptr;
        }
    }
    return result;
}

// What table[c] says for one character: appended to out; false with the exception set.
bool translateChar(Interpreter& in, Object* table, char32_t c, std::string& out) {
    ObjRef key = in.heap().newInt(static_cast<std::int64_t>(c));
    ObjRef v = in.subscript(table, key.get());
    if (!v) {
        if (in.aborted())
            return false;
        int lookup = in.exceptionMatches(in.pendingException(), in.exceptionType("LookupError"));
        if (lookup != 1)
            return false;
        in.clearException();
        numeric::appendCodePoint(out, c);
        return true;
    }
    if (v->tag == rt::Tag::None)
        return true;
    if (isStr(v.get())) {
        out += text(v.get());
        return true;
    }
    if (v->tag == rt::Tag::Int || v->tag == rt::Tag::Bool) {
        numeric::BigInt n =
            v->tag == rt::Tag::Bool
                ? numeric::BigInt::fromInt64(static_cast<rt::BoolObject*>(v.get())->value ? 1 : 0)
                : static_cast<rt::IntObject*>(v.get())->toBig();
        if (!n.fitsInt64() || n.toInt64() < 0 || n.toInt64() > kMaxCodePoint) {
            in.raise("ValueError", "character mapping must be in range(0x110000)");
            return false;
        }
        numeric::appendCodePoint(out, static_cast<char32_t>(n.toInt64()));
        return true;
    }
    in.raise("TypeError", "character mapping must return integer, None or str");
    return false;
}

ObjRef strTranslate(Interpreter& in, Object* self, CallArgs& args) {
    if (!noKeywords(in, args, self, "translate") || !argCount(in, args, self, "translate", 1, 1))
        return nullptr;
    Object* table = args.positional[0].get();
    // CPython asks a table once per distinct ASCII character (it caches the answers), which a
    // table of the program's own class would show in its steps.
    if (Interpreter::isUserObject(table))
        return in.abortUnsupported("`str.translate` with a table of the program's own class");
    const std::string& t = text(self);
    std::string out;
    for (std::size_t i = 0; i < t.size();) {
        if (in.pollStop())
            return nullptr;
        char32_t c = numeric::readCodePoint(t, i);
        if (!translateChar(in, table, c, out))
            return nullptr;
    }
    return in.newStr(std::move(out));
}

} // namespace

void registerStrTranslate(MethodTables& t) {
    t[static_cast<std::size_t>(rt::Tag::Str)]["maketrans"] = strMaketrans;
    t[static_cast<std::size_t>(rt::Tag::Str)]["translate"] = strTranslate;
}

} // namespace memstep::core::interp
