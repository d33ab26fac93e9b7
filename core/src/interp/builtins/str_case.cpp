// Methods of str that map or test letter case and character classes: upper, lower, title...,
// isdigit, isalpha, isspace..., istitle, isidentifier. Only ASCII letters change case or count
// as cased, as the rest of the str methods assume.
#include "interp/builtins/builtins_util.h"

#include <cctype>

namespace memstep::core::interp {

namespace {

ObjRef caseMap(Interpreter& in, Object* self, CallArgs& args, const char* name, int mode) {
    if (!noKeywords(in, args, name) || !argCount(in, args, name, 0, 0))
        return nullptr;
    std::string t = text(self);
    bool startWord = true;
    for (std::size_t i = 0; i < t.size(); ++i) {
        if (i % kTextChunk == 0 && in.pollStop(kTextChunk / Interpreter::kPollBytes))
            return nullptr;
        unsigned char c = static_cast<unsigned char>(t[i]);
        switch (mode) {
        case 0:
            t[i] = static_cast<char>(std::toupper(c));
            break;
        case 1:
            t[i] = static_cast<char>(std::tolower(c));
            break;
        case 2:
            t[i] = static_cast<char>(i == 0 ? std::toupper(c) : std::tolower(c));
            break;
        case 3:
            t[i] = static_cast<char>(startWord ? std::toupper(c) : std::tolower(c));
            startWord = !std::isalpha(c);
            break;
        case 4:
            t[i] = static_cast<char>(std::isupper(c) ? std::tolower(c) : std::toupper(c));
            break;
        }
    }
    if (t.empty())
        return in.heap().emptyStr();
    return ObjRef(in.heap().freshStr(std::move(t)));
}
ObjRef strUpper(Interpreter& in, Object* self, CallArgs& args) {
    return caseMap(in, self, args, "upper", 0);
}
ObjRef strLower(Interpreter& in, Object* self, CallArgs& args) {
    return caseMap(in, self, args, "lower", 1);
}
ObjRef strCapitalize(Interpreter& in, Object* self, CallArgs& args) {
    return caseMap(in, self, args, "capitalize", 2);
}
ObjRef strTitle(Interpreter& in, Object* self, CallArgs& args) {
    return caseMap(in, self, args, "title", 3);
}
ObjRef strSwapcase(Interpreter& in, Object* self, CallArgs& args) {
    return caseMap(in, self, args, "swapcase", 4);
}

ObjRef classify(Interpreter& in, Object* self, CallArgs& args, const char* name, int (*pred)(int),
                bool cased) {
    if (!noKeywords(in, args, name) || !argCount(in, args, name, 0, 0))
        return nullptr;
    const std::string& t = text(self);
    if (t.empty())
        return in.boolean(false);
    bool anyCased = false;
    for (std::size_t i = 0; i < t.size(); ++i) {
        if (i % kTextChunk == 0 && in.pollStop(kTextChunk / Interpreter::kPollBytes))
            return nullptr;
        auto c = static_cast<unsigned char>(t[i]);
        if (c >= 0x80)
            return in.boolean(false);
        if (cased) {
            if (std::isalpha(c)) {
                anyCased = true;
                if (!pred(c))
                    return in.boolean(false);
            }
        } else if (!pred(c)) {
            return in.boolean(false);
        }
    }
    return in.boolean(cased ? anyCased : true);
}
int isSpaceInt(int c) {
    return isSpace(static_cast<unsigned char>(c));
}
ObjRef strIsdigit(Interpreter& in, Object* self, CallArgs& args) {
    return classify(in, self, args, "isdigit", ::isdigit, false);
}
ObjRef strIsnumeric(Interpreter& in, Object* self, CallArgs& args) {
    return classify(in, self, args, "isnumeric", ::isdigit, false);
}
ObjRef strIsdecimal(Interpreter& in, Object* self, CallArgs& args) {
    return classify(in, self, args, "isdecimal", ::isdigit, false);
}
ObjRef strIsalpha(Interpreter& in, Object* self, CallArgs& args) {
    return classify(in, self, args, "isalpha", ::isalpha, false);
}
ObjRef strIsalnum(Interpreter& in, Object* self, CallArgs& args) {
    return classify(in, self, args, "isalnum", ::isalnum, false);
}
ObjRef strIsspace(Interpreter& in, Object* self, CallArgs& args) {
    return classify(in, self, args, "isspace", isSpaceInt, false);
}
ObjRef strIsupper(Interpreter& in, Object* self, CallArgs& args) {
    return classify(in, self, args, "isupper", ::isupper, true);
}
ObjRef strIslower(Interpreter& in, Object* self, CallArgs& args) {
    return classify(in, self, args, "islower", ::islower, true);
}

ObjRef strCasefold(Interpreter& in, Object* self, CallArgs& args) {
    return caseMap(in, self, args, "casefold", 1);
}

// istitle: uppercase letters only after uncased characters, lowercase only after cased.
ObjRef strIstitle(Interpreter& in, Object* self, CallArgs& args) {
    if (!noKeywords(in, args, "istitle") || !argCount(in, args, "istitle", 0, 0))
        return nullptr;
    bool cased = false, previousCased = false;
    for (unsigned char c : text(self)) {
        if (std::isupper(c)) {
            if (previousCased)
                return in.boolean(false);
            previousCased = cased = true;
        } else if (std::islower(c)) {
            if (!previousCased)
                return in.boolean(false);
            previousCased = cased = true;
        } else {
            previousCased = false;
        }
    }
    return in.boolean(cased);
}

// isidentifier: ASCII letters, digits and '_' (not first a digit); non-ASCII characters are
// taken as letters, which is right for the accented letters a course uses.
ObjRef strIsidentifier(Interpreter& in, Object* self, CallArgs& args) {
    if (!noKeywords(in, args, "isidentifier") || !argCount(in, args, "isidentifier", 0, 0))
        return nullptr;
    const std::string& t = text(self);
    if (t.empty() || std::isdigit(static_cast<unsigned char>(t[0])))
        return in.boolean(false);
    for (unsigned char c : t)
        if (!(c >= 0x80 || std::isalnum(c) || c == '_'))
            return in.boolean(false);
    return in.boolean(true);
}

} // namespace

void registerStrCaseMethods(MethodTables& t) {
    auto reg = [&](rt::Tag tag, const char* name, rt::NativeFn fn) {
        t[static_cast<std::size_t>(tag)][name] = fn;
    };
    reg(rt::Tag::Str, "upper", strUpper);
    reg(rt::Tag::Str, "lower", strLower);
    reg(rt::Tag::Str, "capitalize", strCapitalize);
    reg(rt::Tag::Str, "title", strTitle);
    reg(rt::Tag::Str, "swapcase", strSwapcase);
    reg(rt::Tag::Str, "isdigit", strIsdigit);
    reg(rt::Tag::Str, "isnumeric", strIsnumeric);
    reg(rt::Tag::Str, "isdecimal", strIsdecimal);
    reg(rt::Tag::Str, "isalpha", strIsalpha);
    reg(rt::Tag::Str, "isalnum", strIsalnum);
    reg(rt::Tag::Str, "isspace", strIsspace);
    reg(rt::Tag::Str, "isupper", strIsupper);
    reg(rt::Tag::Str, "islower", strIslower);
    reg(rt::Tag::Str, "casefold", strCasefold);
    reg(rt::Tag::Str, "istitle", strIstitle);
    reg(rt::Tag::Str, "isidentifier", strIsidentifier);
}

} // namespace memstep::core::interp
