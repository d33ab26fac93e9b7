// str.format and the % operator on str: the field grammar and argument lookup; each value is
// then formatted by formatValue (builtins.cpp) or the numeric printf helpers.
#include "interp/builtins_util.h"

#include "numeric/float_format.h"

#include <algorithm>
#include <cctype>

namespace memstep::core::interp {

ObjRef strFormat(Interpreter& in, const std::string& format, CallArgs& args) {
    std::string out;
    std::size_t auto_ = 0;
    bool manual = false, automatic = false;
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
        if (i + 1 < format.size() && format[i + 1] == '{') {
            out += '{';
            ++i;
            continue;
        }
        std::size_t close = format.find('}', i);
        if (close == std::string::npos) return in.raise("ValueError", "Single '{' encountered in format string");
        std::string field = format.substr(i + 1, close - i - 1);
        i = close;
        std::string spec;
        char conversion = 0;
        auto colon = field.find(':');
        if (colon != std::string::npos) {
            spec = field.substr(colon + 1);
            field = field.substr(0, colon);
        }
        auto bang = field.find('!');
        if (bang != std::string::npos) {
            if (bang + 2 != field.size()) return in.raise("ValueError", "expected ':' after conversion specifier");
            conversion = field[bang + 1];
            field = field.substr(0, bang);
        }
        ObjRef value;
        if (field.empty()) {
            if (manual) return in.raise("ValueError", "cannot switch from manual field specification to automatic field numbering");
            automatic = true;
            if (auto_ >= args.positional.size())
                return in.raise("IndexError", "Replacement index " + std::to_string(auto_) + " out of range for positional args tuple");
            value = args.positional[auto_++];
        } else if (std::all_of(field.begin(), field.end(), ::isdigit)) {
            if (automatic) return in.raise("ValueError", "cannot switch from automatic field numbering to manual field specification");
            manual = true;
            std::size_t k = std::stoul(field);
            if (k >= args.positional.size())
                return in.raise("IndexError", "Replacement index " + field + " out of range for positional args tuple");
            value = args.positional[k];
        } else {
            for (rt::KwArg& kw : args.keywords)
                if (*kw.name == field) value = kw.value;
            if (!value) {
                if (field.find_first_of(".[") != std::string::npos) {
                    in.abort(kUnsupported, "attribute and index access in format fields are not supported yet");
                    return nullptr;
                }
                auto* e = in.heap().make<rt::ExceptionObject>();
                e->type = in.exceptionType("KeyError");
                e->args.push_back(in.newStr(field));
                e->message = "'" + field + "'";
                return in.raiseObject(ObjRef(e));
            }
        }
        if (conversion == 'r' || conversion == 'a') {
            auto r = in.repr(value.get());
            if (!r) return nullptr;
            value = in.newStr(*r);
        } else if (conversion == 's') {
            auto r = in.str(value.get());
            if (!r) return nullptr;
            value = in.newStr(*r);
        } else if (conversion) {
            return in.raise("ValueError", std::string("Unknown conversion specifier ") + conversion);
        }
        ObjRef piece = formatValue(in, value.get(), spec);
        if (!piece) return nullptr;
        out += text(piece.get());
    }
    return in.newStr(std::move(out));
}

ObjRef percentFormat(Interpreter& in, Object*, CallArgs& args) {
    const std::string& format = text(args.positional[0].get());
    Object* values = args.positional[1].get();
    auto pieces = numeric::parsePercentFormat(format);
    if (!pieces) return in.raise(pieces.error().type.c_str(), pieces.error().message);
    ObjVec items;
    bool isTuple = values->tag == rt::Tag::Tuple;
    if (isTuple)
        items = static_cast<rt::TupleObject*>(values)->items;
    else
        items.push_back(ObjRef(values));
    std::size_t next = 0;
    std::string out;
    auto take = [&]() -> ObjRef {
        if (next >= items.size()) return in.raise("TypeError", "not enough arguments for format string");
        return items[next++];
    };
    for (numeric::PercentPiece& p : *pieces) {
        if (!p.isConversion) {
            out += p.literal;
            continue;
        }
        numeric::PercentSpec spec = p.spec;
        if (spec.widthFromArg) {
            ObjRef w = take();
            if (!w) return nullptr;
            auto v = intArg(in, w.get());
            if (!v) return nullptr;
            spec.width = static_cast<int>(*v);
        }
        if (spec.precisionFromArg) {
            ObjRef w = take();
            if (!w) return nullptr;
            auto v = intArg(in, w.get());
            if (!v) return nullptr;
            spec.precision = static_cast<int>(*v);
        }
        ObjRef v;
        if (spec.mappingKey) {
            if (values->tag != rt::Tag::Dict) return in.raise("TypeError", "format requires a mapping");
            ObjRef key = in.newStr(*spec.mappingKey);
            v = in.subscript(values, key.get());
        } else {
            v = take();
        }
        if (!v) return nullptr;
        char conv = spec.conversion;
        if (conv == 's' || conv == 'r' || conv == 'a') {
            auto t = conv == 's' ? in.str(v.get()) : in.repr(v.get());
            if (!t) return nullptr;
            out += numeric::percentFormatText(*t, spec);
        } else if (conv == 'c') {
            if (isStr(v.get())) {
                out += numeric::percentFormatText(text(v.get()), spec);
            } else {
                auto r = numeric::percentFormatInt(static_cast<rt::IntObject*>(v.get())->toBig(), spec);
                if (!r) return in.raise(r.error().type.c_str(), r.error().message);
                out += *r;
            }
        } else if (conv == 'e' || conv == 'E' || conv == 'f' || conv == 'F' || conv == 'g' || conv == 'G') {
            double d = 0;
            if (v->tag == rt::Tag::Float) d = static_cast<rt::FloatObject*>(v.get())->value;
            else if (v->tag == rt::Tag::Int || v->tag == rt::Tag::Bool) {
                ObjRef fv = in.binary(syntax::Operator::Add, in.heap().newFloat(0.0).get(), v.get());
                if (!fv) return nullptr;
                d = static_cast<rt::FloatObject*>(fv.get())->value;
            } else {
                return in.raise("TypeError", "must be real number, not " + std::string(in.typeName(v.get())));
            }
            auto r = numeric::percentFormatFloat(d, spec);
            if (!r) return in.raise(r.error().type.c_str(), r.error().message);
            out += *r;
        } else {
            numeric::BigInt value;
            if (v->tag == rt::Tag::Int) value = static_cast<rt::IntObject*>(v.get())->toBig();
            else if (v->tag == rt::Tag::Bool) value = numeric::BigInt::fromInt64(static_cast<rt::BoolObject*>(v.get())->value);
            else if (v->tag == rt::Tag::Float && (conv == 'd' || conv == 'i' || conv == 'u')) {
                auto r = numeric::floatToInt(static_cast<rt::FloatObject*>(v.get())->value);
                if (!r) return in.raise(r.error().type.c_str(), r.error().message);
                value = *r;
            } else if (conv == 'd' || conv == 'i' || conv == 'u') {
                return in.raise("TypeError", std::string("%") + conv + " format: a real number is required, not " + in.typeName(v.get()));
            } else {
                return in.raise("TypeError", std::string("%") + conv + " format: an integer is required, not " + in.typeName(v.get()));
            }
            auto r = numeric::percentFormatInt(value, spec);
            if (!r) return in.raise(r.error().type.c_str(), r.error().message);
            out += *r;
        }
    }
    if (next < items.size() && values->tag != rt::Tag::Dict)
        return in.raise("TypeError", "not all arguments converted during string formatting");
    return in.newStr(std::move(out));
}

} // namespace memstep::core::interp
