// re.RegexFlag: the flags re.I, re.M... as CPython 3.11 has them, members of an IntFlag.
//
// re/__init__.py makes RegexFlag with enum's _simple_enum and global_enum decorators; the enum
// module makes it here the same way (globalIntFlag), so the flags are ints of their class that
// combine with | & ^ ~ into members made once per value and print as re.IGNORECASE|re.MULTILINE.
#include "modules/re/re_module.h"
#include "modules/stdlib/enum.h"

namespace memstep::core::modules::re {

bool isRegexFlag(Object* o) {
    const rt::TypeObject* t = memberClass(o);
    return t && t->isLibrary && t->name == "RegexFlag";
}

std::int64_t regexFlagValue(Object* flag) {
    return static_cast<rt::IntObject*>(memberField(flag, "_value_"))->small;
}

bool addFlags(Interpreter& in, rt::ModuleObject& m) {
    // The class body's names in its order, each alias after the member it names again.
    static const std::vector<std::pair<const char*, std::int64_t>> kBody = {
        {"NOFLAG", 0},      {"ASCII", kAscii},
        {"A", kAscii},      {"IGNORECASE", kIgnoreCase},
        {"I", kIgnoreCase}, {"LOCALE", kLocale},
        {"L", kLocale},     {"UNICODE", kUnicode},
        {"U", kUnicode},    {"MULTILINE", kMultiline},
        {"M", kMultiline},  {"DOTALL", kDotAll},
        {"S", kDotAll},     {"VERBOSE", kVerbose},
        {"X", kVerbose},    {"TEMPLATE", kTemplate},
        {"T", kTemplate},   {"DEBUG", kDebug},
    };
    return globalIntFlag(in, m, "RegexFlag", kBody) != nullptr;
}

} // namespace memstep::core::modules::re
