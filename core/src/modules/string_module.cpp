// The string module: its character-class constants and capwords, as CPython 3.11's
// string.py defines them, and Template (string_template.cpp). Formatter is not written
// (Unsupported via missing_names.cpp).
#include "interp/builtins/builtins_util.h"
#include "modules/modules.h"

namespace memstep::core::modules {

using interp::CallArgs;

namespace string {
namespace {

constexpr const char* kLower = "abcdefghijklmnopqrstuvwxyz";
constexpr const char* kUpper = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
constexpr const char* kDigits = "0123456789";
constexpr const char* kPunctuation = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";
constexpr const char* kWhitespace = " \t\n\r\x0b\x0c";

// capwords(s, sep=None): (sep or ' ').join(map(str.capitalize, s.split(sep))), through the
// objects' own methods as string.py goes, so its errors are string.py's.
ObjRef capwords(Interpreter& in, Object*, CallArgs& args) {
    ObjRef s = interp::takeKeyword(args, "s");
    ObjRef sep = interp::takeKeyword(args, "sep");
    if (!args.keywords.empty())
        return in.raise("TypeError", "capwords() got an unexpected keyword argument '" +
                                         *args.keywords.front().name + "'");
    ObjRef* slots[] = {&s, &sep};
    if (args.positional.size() > 2)
        return in.raise("TypeError", "capwords() takes from 1 to 2 positional arguments but " +
                                         std::to_string(args.positional.size()) + " were given");
    for (std::size_t i = 0; i < args.positional.size(); ++i) {
        if (*slots[i])
            return in.raise("TypeError",
                            std::string("capwords() got multiple values for argument '") +
                                (i == 0 ? "s" : "sep") + "'");
        *slots[i] = args.positional[i];
    }
    if (!s)
        return in.raise("TypeError", "capwords() missing 1 required positional argument: 's'");
    if (!sep)
        sep = in.none();
    ObjRef words = callMethod(in, s.get(), "split", {sep});
    if (!words)
        return nullptr;
    ObjVec pieces;
    if (!in.collect(words.get(), pieces))
        return nullptr;
    for (ObjRef& w : pieces) {
        if (!interp::isStr(w.get()))
            return in.raise("TypeError",
                            "descriptor 'capitalize' for 'str' objects doesn't apply to a '" +
                                std::string(in.typeName(w.get())) + "' object");
        w = callMethod(in, w.get(), "capitalize", {});
        if (!w)
            return nullptr;
    }
    int useSep = in.truthy(sep.get());
    if (useSep < 0)
        return nullptr;
    ObjRef joiner = useSep ? sep : in.newStr(" ");
    return callMethod(in, joiner.get(), "join", {in.heap().newList(std::move(pieces))});
}

} // namespace
} // namespace string

void fillString(Interpreter& in, rt::ModuleObject& m) {
    using namespace string;
    std::string lower = kLower, upper = kUpper, digits = kDigits;
    m.set("whitespace", in.newStr(kWhitespace));
    m.set("ascii_lowercase", in.newStr(lower));
    m.set("ascii_uppercase", in.newStr(upper));
    m.set("ascii_letters", in.newStr(lower + upper));
    m.set("digits", in.newStr(digits));
    m.set("hexdigits", in.newStr(digits + "abcdefABCDEF"));
    m.set("octdigits", in.newStr("01234567"));
    m.set("punctuation", in.newStr(kPunctuation));
    m.set("printable", in.newStr(digits + lower + upper + kPunctuation + kWhitespace));
    fillStringTemplate(in, m);
    addPythonFunction(in, m, "capwords", string::capwords, {"s", "sep"}, {in.none()});
}

} // namespace memstep::core::modules
