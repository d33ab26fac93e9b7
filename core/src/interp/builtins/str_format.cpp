// str.format and the % operator on str: the field grammar and argument lookup; each value is
// then formatted by formatValue (builtins.cpp) or the numeric printf helpers.
#include "interp/builtins/builtins_util.h"
#include "numeric/float_format.h"
#include "numeric/utf8.h"

#include <algorithm>
#include <cctype>

namespace memstep::core::interp {

namespace {

bool allDigits(const std::string& s) {
    return !s.empty() && std::all_of(s.begin(), s.end(), ::isdigit);
}

struct FormatState {
    std::size_t nextAuto = 0;
    bool manual = false, automatic = false;
};

// The object a replacement field names: an argument (auto-numbered, indexed or keyword),
// then any chain of `.attr` and `[key]` (a key of digits is an int, as in CPython).
ObjRef lookupField(Interpreter& in, const std::string& field, CallArgs& args, Object* mapping,
                   FormatState& st) {
    std::size_t end = std::min(field.find('.'), field.find('['));
    std::string head = field.substr(0, end);
    ObjRef value;
    if (head.empty()) {
        if (st.manual)
            return in.raise(
                "ValueError",
                "cannot switch from manual field specification to automatic field numbering");
        st.automatic = true;
        if (mapping || st.nextAuto >= args.positional.size()) {
            if (mapping)
                return in.raise("ValueError", "Format string contains positional fields");
            return in.raise("IndexError", "Replacement index " + std::to_string(st.nextAuto) +
                                              " out of range for positional args tuple");
        }
        value = args.positional[st.nextAuto++];
    } else if (allDigits(head)) {
        if (st.automatic)
            return in.raise(
                "ValueError",
                "cannot switch from automatic field numbering to manual field specification");
        st.manual = true;
        std::size_t k = std::stoul(head);
        if (mapping || k >= args.positional.size()) {
            if (mapping)
                return in.raise("ValueError", "Format string contains positional fields");
            return in.raise("IndexError", "Replacement index " + head +
                                              " out of range for positional args tuple");
        }
        value = args.positional[k];
    } else if (mapping) {
        ObjRef key = in.newStr(head);
        value = in.subscript(mapping, key.get());
        if (!value)
            return nullptr;
    } else {
        for (rt::KwArg& kw : args.keywords)
            if (*kw.name == head)
                value = kw.value;
        if (!value) {
            auto* e = in.heap().make<rt::ExceptionObject>();
            e->type = in.exceptionType("KeyError");
            e->message = "'" + head + "'";
            e->args.push_back(in.newStr(head));
            return in.raiseObject(ObjRef(e));
        }
    }
    std::size_t i = end;
    while (i < field.size()) {
        if (field[i] == '.') {
            std::size_t j = std::min(field.find('.', i + 1), field.find('[', i + 1));
            std::string name =
                field.substr(i + 1, j == std::string::npos ? std::string::npos : j - i - 1);
            if (name.empty())
                return in.raise("ValueError", "Empty attribute in format string");
            value = in.getAttr(value.get(), name);
            if (!value)
                return nullptr;
            i = j == std::string::npos ? field.size() : j;
        } else {
            std::size_t close = field.find(']', i);
            if (close == std::string::npos)
                return in.raise("ValueError", "Missing ']' in format string");
            std::string key = field.substr(i + 1, close - i - 1);
            if (key.empty())
                return in.raise("ValueError", "Empty attribute in format string");
            ObjRef k = allDigits(key) ? in.heap().newInt(static_cast<std::int64_t>(std::stoll(key)))
                                      : in.newStr(key);
            value = in.subscript(value.get(), k.get());
            if (!value)
                return nullptr;
            i = close + 1;
            if (i < field.size() && field[i] != '.' && field[i] != '[')
                return in.raise("ValueError",
                                "Only '.' or '[' may follow ']' in format field specifier");
        }
    }
    return value;
}

// Before each replacement field: a format string of millions of fields (each up to a
// megabyte wide) polls the time limit with the text written since the last field (`seen`:
// the size then) and stops at the heap limit. False with the exception set.
bool fieldStarts(Interpreter& in, const std::string& out, std::size_t& seen) {
    constexpr std::size_t kCheckBytes = std::size_t{1} << 20;
    const std::size_t written = out.size() - std::min(seen, out.size());
    seen = out.size();
    if (in.pollStop(1 + written / Interpreter::kPollBytes))
        return false;
    if (out.size() > kCheckBytes && !in.heap().canAllocate(out.size())) {
        in.memoryLimit();
        return false;
    }
    return true;
}

ObjRef formatImpl(Interpreter& in, const std::string& format, CallArgs& args, Object* mapping,
                  FormatState& st, int depth) {
    if (depth > 2)
        return in.raise("ValueError", "Max string recursion exceeded");
    std::string out;
    std::size_t seen = 0;
    // CPython's writer hands back a str written whole into it when nothing came before and
    // nothing can follow: `'{}'.format(s) is s`, `'{:3}'.format("long") is` that string.
    ObjRef written;
    for (std::size_t i = 0; i < format.size(); ++i) {
        char c = format[i];
        if (c == '}') {
            if (i + 1 < format.size() && format[i + 1] == '}') {
                out += '}';
                ++i;
                continue;
            }
            return in.raise("ValueError", "Single '}' encountered in format string");
        }
        if (c != '{') {
            out += c;
            continue;
        }
        if (!fieldStarts(in, out, seen))
            return nullptr;
        if (i + 1 < format.size() && format[i + 1] == '{') {
            out += '{';
            ++i;
            continue;
        }
        if (i + 1 >= format.size())
            return in.raise("ValueError", "Single '{' encountered in format string");
        // The field runs to the matching '}' (a spec may nest fields: "{:{width}}").
        std::size_t close = i + 1;
        int level = 1;
        bool inBracket = false;
        for (; close < format.size(); ++close) {
            char d = format[close];
            if (inBracket) {
                if (d == ']')
                    inBracket = false;
                continue;
            }
            if (d == '[')
                inBracket = true;
            else if (d == '{')
                ++level;
            else if (d == '}' && --level == 0)
                break;
        }
        if (close >= format.size())
            return in.raise("ValueError", "expected '}' before end of string");
        std::string whole = format.substr(i + 1, close - i - 1);
        i = close;
        // Split name!conversion:spec; brackets in the name may hold ':' or '!'.
        std::size_t cut = 0;
        inBracket = false;
        for (; cut < whole.size(); ++cut) {
            char d = whole[cut];
            if (inBracket) {
                if (d == ']')
                    inBracket = false;
            } else if (d == '[') {
                inBracket = true;
            } else if (d == ':' || d == '!') {
                break;
            }
        }
        std::string field = whole.substr(0, cut), spec;
        char conversion = 0;
        if (cut < whole.size() && whole[cut] == '!') {
            if (cut + 1 >= whole.size())
                return in.raise("ValueError",
                                "end of string while looking for conversion specifier");
            conversion = whole[cut + 1];
            if (cut + 2 < whole.size() && whole[cut + 2] != ':')
                return in.raise("ValueError", "expected ':' after conversion specifier");
            cut += 2;
        }
        if (cut < whole.size() && whole[cut] == ':')
            spec = whole.substr(cut + 1);
        ObjRef value = lookupField(in, field, args, mapping, st);
        if (!value)
            return nullptr;
        if (conversion == 'r' || conversion == 'a' || conversion == 's') {
            value = convertObject(in, value.get(), conversion);
            if (!value)
                return nullptr;
        } else if (conversion) {
            return in.raise("ValueError",
                            std::string("Unknown conversion specifier ") + conversion);
        }
        if (spec.find('{') != std::string::npos) {
            ObjRef inner = formatImpl(in, spec, args, mapping, st, depth + 1);
            if (!inner)
                return nullptr;
            spec = text(inner.get());
        }
        ObjRef piece = formatValue(in, value.get(), spec);
        if (!piece)
            return nullptr;
        // CPython's writer hands back the one str it was given, whoever made it.
        if (out.empty() && close + 1 == format.size())
            written = piece;
        out += text(piece.get());
    }
    if (written)
        return written;
    return in.newStr(std::move(out));
}

} // namespace

std::string asciiEscape(const std::string& utf8) {
    static const char* kHex = "0123456789abcdef";
    std::string out;
    for (std::size_t i = 0; i < utf8.size();) {
        auto c = static_cast<unsigned char>(utf8[i]);
        if (c < 0x80) {
            out += static_cast<char>(c);
            ++i;
            continue;
        }
        const numeric::CodePoint point = numeric::codePointAt(utf8, i);
        const std::uint32_t cp = point.value;
        i += point.length;
        int digits = cp < 0x100 ? 2 : cp < 0x10000 ? 4 : 8;
        out += cp < 0x100 ? "\\x" : cp < 0x10000 ? "\\u" : "\\U";
        for (int k = digits - 1; k >= 0; --k)
            out += kHex[(cp >> (4 * k)) & 0xF];
    }
    return out;
}

ObjRef strFormat(Interpreter& in, const std::string& format, CallArgs& args, Object* mapping) {
    FormatState st;
    return formatImpl(in, format, args, mapping, st, 0);
}

namespace {

// A conversion's text appended to `out`, or its error raised (false).
bool appendFormatted(Interpreter& in, const numeric::Result<std::string>& r, std::string& out) {
    if (!r) {
        in.raise(r.error().type.c_str(), r.error().message);
        return false;
    }
    out += *r;
    return true;
}

// One %d/%i/%u/%o/%x/%X conversion appended to `out` (a float truncates for d, i and u).
// False with the exception raised.
int percentUserInt(Interpreter& in, Object* v, char conv, numeric::BigInt& value);

bool percentInt(Interpreter& in, Object* v, const numeric::PercentSpec& spec, std::string& out) {
    const char conv = spec.conversion;
    const bool decimal = conv == 'd' || conv == 'i' || conv == 'u';
    numeric::BigInt value;
    if (v->tag == rt::Tag::Int) {
        value = static_cast<rt::IntObject*>(v)->toBig();
    } else if (v->tag == rt::Tag::Bool) {
        value = numeric::BigInt::fromInt64(static_cast<rt::BoolObject*>(v)->value);
    } else if (int got = Interpreter::isUserObject(v) ? percentUserInt(in, v, conv, value) : 0;
               got != 0) {
        if (got < 0)
            return false;
    } else if (v->tag == rt::Tag::Float && decimal) {
        auto r = numeric::floatToInt(static_cast<rt::FloatObject*>(v)->value);
        if (!r) {
            in.raise(r.error().type.c_str(), r.error().message);
            return false;
        }
        value = *r;
    } else {
        in.raise("TypeError", std::string("%") + conv +
                                  " format: " + (decimal ? "a real number" : "an integer") +
                                  " is required, not " + in.typeName(v));
        return false;
    }
    return appendFormatted(in, numeric::percentFormatInt(value, spec), out);
}

// PyMapping_Check: whether the type has a subscript (lists and bytes too, not tuples or str,
// which the caller sets apart).
bool isMapping(Interpreter& in, Object* o) {
    switch (o->tag) {
    case rt::Tag::Dict:
    case rt::Tag::List:
    case rt::Tag::Range:
    case rt::Tag::Bytes:
    case rt::Tag::ByteArray:
    case rt::Tag::Deque:
        return true;
    case rt::Tag::Instance:
        return in.lookupInType(static_cast<rt::InstanceObject*>(o)->cls, "__getitem__") != nullptr;
    default:
        return false;
    }
}

// One %e/%f/%g conversion appended to `out`; an int or bool converts as float(v) would. False
// with the exception raised.
bool percentFloat(Interpreter& in, Object* v, const numeric::PercentSpec& spec, std::string& out) {
    double d = 0;
    if (v->tag == rt::Tag::Float)
        d = static_cast<rt::FloatObject*>(v)->value;
    else if (v->tag == rt::Tag::Int || v->tag == rt::Tag::Bool) {
        ObjRef fv = in.binary(syntax::Operator::Add, in.heap().newFloat(0.0).get(), v);
        if (!fv)
            return false;
        d = static_cast<rt::FloatObject*>(fv.get())->value;
    } else if (!floatArg(in, v, d)) { // a class's __float__ or __index__; else TypeError
        return false;
    }
    return appendFormatted(in, numeric::percentFormatFloat(d, spec), out);
}

// mainformatlong for a program's object: the int its __index__ (%o %x %X) or int() (%d %i
// %u) gives. 1 with `value` set; 0 when it gives none through a TypeError, which CPython turns
// into its "required" message; -1 with another error set.
int percentUserInt(Interpreter& in, Object* v, char conv, numeric::BigInt& value) {
    ObjRef keep(v), r;
    rt::TypeObject* t = in.typeOf(v);
    if (conv == 'o' || conv == 'x' || conv == 'X') {
        if (!in.hasUserIndex(v))
            return 0;
        r = in.userIndex(v);
    } else {
        // PyNumber_Check: a class with none of these is no number at all.
        if (!in.lookupInType(t, "__index__") && !in.lookupInType(t, "__int__") &&
            !in.lookupInType(t, "__float__"))
            return 0;
        CallArgs a;
        a.positional.push_back(keep);
        r = in.call(in.builtin("int").get(), a);
    }
    if (r) {
        value = static_cast<rt::IntObject*>(r.get())->toBig();
        return 1;
    }
    if (in.aborted() || !in.pendingException() ||
        in.exceptionMatches(in.pendingException(), in.exceptionType("TypeError")) != 1)
        return -1;
    in.clearException();
    return 0;
}

// One %c conversion appended to `out`: an int code point or a one-character str. False with
// the exception raised.
bool percentChar(Interpreter& in, Object* v, const numeric::PercentSpec& spec, std::string& out) {
    bool isChar = isStr(v) && static_cast<rt::StrObject*>(v)->length == 1;
    if (isChar) {
        out += numeric::percentFormatText(text(v), spec);
        return true;
    }
    ObjRef hold; // formatchar: the int a class's __index__ gives, any failure its own error
    if (!indexKey(in, v, hold)) {
        if (in.aborted())
            return false;
        in.clearException();
    }
    if (v->tag != rt::Tag::Int && v->tag != rt::Tag::Bool) {
        in.raise("TypeError", "%c requires int or char");
        return false;
    }
    return appendFormatted(in,
                           numeric::percentFormatInt(
                               v->tag == rt::Tag::Bool ? numeric::BigInt::fromInt64(
                                                             static_cast<rt::BoolObject*>(v)->value)
                                                       : static_cast<rt::IntObject*>(v)->toBig(),
                               spec),
                           out);
}

} // namespace

ObjRef percentFormat(Interpreter& in, Object*, CallArgs& args) {
    const std::string& format = text(args.positional[0].get());
    Object* values = args.positional[1].get();
    auto pieces = numeric::parsePercentFormat(format);
    if (!pieces)
        return in.raise(pieces.error().type.c_str(), pieces.error().message);
    // CPython's unicode_formatter_t: the arguments a conversion takes from (the tuple, else
    // the one value; after a `%(key)` the value looked up, taken once), where the next one is
    // (argidx) and how many there are (arglen, -1 for one value). A `*` takes from them too.
    ObjRef current(values);
    bool isTuple = values->tag == rt::Tag::Tuple;
    std::int64_t arglen =
        isTuple ? static_cast<std::int64_t>(static_cast<rt::TupleObject*>(values)->items.size())
                : -1;
    std::int64_t argidx = isTuple ? 0 : -2;
    // PyMapping_Check: `%(key)` reads from it, and leftover arguments are no error.
    const bool mapping = !isTuple && !isStr(values) && isMapping(in, values);
    std::string out;
    std::size_t seen = 0;
    auto take = [&]() -> ObjRef {
        if (argidx >= arglen)
            return in.raise("TypeError", "not enough arguments for format string");
        ++argidx;
        if (arglen < 0)
            return current;
        return static_cast<rt::TupleObject*>(current.get())->items[argidx - 1];
    };
    // A `*` width or precision: the next value, an int (a negative width aligns left, a
    // negative precision is 0).
    auto takeInt = [&](int& into, bool width, bool& leftAlign) {
        ObjRef w = take();
        if (!w)
            return false;
        if (w->tag != rt::Tag::Int && w->tag != rt::Tag::Bool) {
            in.raise("TypeError", "* wants int");
            return false;
        }
        auto* i = static_cast<rt::IntObject*>(w.get());
        std::int64_t v = w->tag == rt::Tag::Bool ? static_cast<rt::BoolObject*>(w.get())->value
                         : i->isBig()            ? INT64_MAX
                                                 : i->small;
        if ((w->tag == rt::Tag::Int && i->isBig()) ||
            (!width && (v > INT32_MAX || v < INT32_MIN))) {
            in.raise("OverflowError", width ? "Python int too large to convert to C ssize_t"
                                            : "Python int too large to convert to C int");
            return false;
        }
        if (width && v < 0) {
            leftAlign = true;
            v = -v;
        }
        // A width past int's range is past the memory limit too.
        into = static_cast<int>(std::clamp<std::int64_t>(v, 0, INT32_MAX));
        return true;
    };
    // As for str.format: one str written whole, last and after nothing, is the result itself.
    ObjRef whole;
    for (numeric::PercentPiece& p : *pieces) {
        if (!p.isConversion) {
            out += p.literal;
            continue;
        }
        if (!fieldStarts(in, out, seen))
            return nullptr;
        numeric::PercentSpec spec = p.spec;
        if (spec.mappingKey) {
            if (!mapping)
                return in.raise("TypeError", "format requires a mapping");
            ObjRef key = in.newStr(*spec.mappingKey);
            current = in.subscript(values, key.get());
            if (!current)
                return nullptr;
            arglen = -1;
            argidx = -2;
        }
        if (spec.widthFromArg && !takeInt(spec.width, true, spec.leftAlign))
            return nullptr;
        if (spec.precisionFromArg && !takeInt(spec.precision, false, spec.leftAlign))
            return nullptr;
        ObjRef v = take();
        if (!v)
            return nullptr;
        char conv = spec.conversion;
        if (conv == 's' || conv == 'r' || conv == 'a') {
            ObjRef t = convertObject(in, v.get(), conv);
            if (!t)
                return nullptr;
            const std::string& s = text(t.get());
            std::string piece = numeric::percentFormatText(s, spec);
            // An int's digits are written into the result (PyUnicode_Format's fast path), so
            // "%s" % 7 is the cached "7"; any other text written whole is its own result.
            const bool digits =
                v->tag == rt::Tag::Int && !v->subclassed && spec.width < 0 && spec.precision < 0;
            if (out.empty() && &p == &pieces->back() && !spec.plusSign && !spec.spaceSign &&
                piece == s && !digits)
                whole = t;
            out += piece;
        } else if (conv == 'c') {
            if (!percentChar(in, v.get(), spec, out))
                return nullptr;
        } else if (conv == 'e' || conv == 'E' || conv == 'f' || conv == 'F' || conv == 'g' ||
                   conv == 'G') {
            if (!percentFloat(in, v.get(), spec, out))
                return nullptr;
        } else if (!percentInt(in, v.get(), spec, out)) {
            return nullptr;
        }
    }
    if (argidx < arglen && !mapping)
        return in.raise("TypeError", "not all arguments converted during string formatting");
    if (whole)
        return whole;
    // A format without '%' is written whole too: it is its own result.
    if (format.find('%') == std::string::npos && !format.empty())
        return args.positional[0];
    return in.newStr(std::move(out));
}

} // namespace memstep::core::interp
