// Methods of the builtin types: str, list, dict, set, tuple, int, float.
//
// Identity corners follow CPython 3.11 where students can see them: str methods that change
// nothing return the same object (strip, replace, s[:]), ''.join of one str returns it.
#include "interp/builtins_util.h"

#include "interp/tracer.h"
#include "numeric/float_format.h"

#include <algorithm>
#include <cctype>

namespace memstep::core::interp {

namespace {

using Tables = std::vector<std::unordered_map<std::string, rt::NativeFn>>;

rt::StrObject* S(Object* o) { return static_cast<rt::StrObject*>(o); }
rt::ListObject* L(Object* o) { return static_cast<rt::ListObject*>(o); }
rt::DictObject* D(Object* o) { return static_cast<rt::DictObject*>(o); }
rt::SetObject* SetOf(Object* o) { return static_cast<rt::SetObject*>(o); }

bool isSpace(unsigned char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f' || (c >= 0x1c && c <= 0x1f); }

// Code-point index of a byte offset.
std::int64_t cpIndex(const rt::StrObject* s, std::size_t byte) {
    if (s->ascii) return static_cast<std::int64_t>(byte);
    auto it = std::lower_bound(s->offsets.begin(), s->offsets.end(), static_cast<std::uint32_t>(byte));
    return it - s->offsets.begin();
}
std::size_t byteOffset(const rt::StrObject* s, std::int64_t cp) {
    if (s->ascii) return static_cast<std::size_t>(cp);
    return s->offsets[static_cast<std::size_t>(cp)];
}

bool strArg(Interpreter& in, Object* o, const char* what) {
    if (isStr(o)) return true;
    in.raise("TypeError", std::string(what) + "must be str, not " + in.typeName(o));
    return false;
}

// start/end arguments of find/count/startswith, clamped like CPython's slice indices.
bool range(Interpreter& in, CallArgs& args, std::size_t first, const rt::StrObject* s, std::size_t& b, std::size_t& e) {
    std::int64_t n = s->length, start = 0, end = n;
    if (args.positional.size() > first && args.positional[first]->tag != rt::Tag::None) {
        auto v = intArg(in, args.positional[first].get());
        if (!v) return false;
        start = *v;
    }
    if (args.positional.size() > first + 1 && args.positional[first + 1]->tag != rt::Tag::None) {
        auto v = intArg(in, args.positional[first + 1].get());
        if (!v) return false;
        end = *v;
    }
    if (start < 0) start = std::max<std::int64_t>(0, start + n);
    if (end < 0) end = std::max<std::int64_t>(0, end + n);
    end = std::min(end, n);
    if (start > n) start = n + 1;
    b = start > n ? std::string::npos : byteOffset(s, start);
    e = byteOffset(s, std::max(end, std::min(start, n)));
    return true;
}

ObjRef strSplit(Interpreter& in, Object* self, CallArgs& args) {
    ObjRef sep = takeKeyword(args, "sep");
    ObjRef maxsplitArg = takeKeyword(args, "maxsplit");
    if (!noMoreKeywords(in, args, "split") || !argCount(in, args, "split", 0, 2)) return nullptr;
    if (!args.positional.empty()) sep = args.positional[0];
    if (args.positional.size() > 1) maxsplitArg = args.positional[1];
    std::int64_t maxsplit = -1;
    if (maxsplitArg) {
        auto v = intArg(in, maxsplitArg.get());
        if (!v) return nullptr;
        maxsplit = *v;
    }
    const std::string& t = text(self);
    ObjVec parts;
    if (!sep || sep->tag == rt::Tag::None) {
        std::size_t i = 0, n = t.size();
        while (true) {
            while (i < n && isSpace(static_cast<unsigned char>(t[i]))) ++i;
            if (i >= n) break;
            if (maxsplit >= 0 && static_cast<std::int64_t>(parts.size()) >= maxsplit) {
                std::size_t e = n;
                while (e > i && isSpace(static_cast<unsigned char>(t[e - 1]))) --e;
                parts.push_back(in.newStr(t.substr(i, e - i)));
                break;
            }
            std::size_t j = i;
            while (j < n && !isSpace(static_cast<unsigned char>(t[j]))) ++j;
            if (i == 0 && j == n && parts.empty()) {
                parts.push_back(ObjRef(self));
                break;
            }
            parts.push_back(in.newStr(t.substr(i, j - i)));
            i = j;
        }
        return in.heap().newList(std::move(parts));
    }
    if (!strArg(in, sep.get(), "")) return nullptr;
    const std::string& sp = text(sep.get());
    if (sp.empty()) return in.raise("ValueError", "empty separator");
    std::size_t i = 0;
    while (true) {
        std::size_t j = (maxsplit >= 0 && static_cast<std::int64_t>(parts.size()) >= maxsplit) ? std::string::npos : t.find(sp, i);
        if (j == std::string::npos) {
            if (i == 0 && parts.empty())
                parts.push_back(ObjRef(self));
            else
                parts.push_back(in.newStr(t.substr(i)));
            break;
        }
        parts.push_back(in.newStr(t.substr(i, j - i)));
        i = j + sp.size();
    }
    return in.heap().newList(std::move(parts));
}

ObjRef strJoin(Interpreter& in, Object* self, CallArgs& args) {
    if (!noKeywords(in, args, "join") || !argCount(in, args, "join", 1, 1)) return nullptr;
    ObjVec items;
    if (!in.collect(args.positional[0].get(), items)) return nullptr;
    if (items.size() == 1 && isStr(items[0].get())) return items[0];
    std::string out;
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (!isStr(items[i].get()))
            return in.raise("TypeError", "sequence item " + std::to_string(i) + ": expected str instance, " +
                                             in.typeName(items[i].get()) + " found");
        if (i) out += text(self);
        out += text(items[i].get());
    }
    return in.newStr(std::move(out));
}

ObjRef stripImpl(Interpreter& in, Object* self, CallArgs& args, bool left, bool right, const char* name) {
    if (!noKeywords(in, args, name) || !argCount(in, args, name, 0, 1)) return nullptr;
    const std::string& t = text(self);
    std::string chars;
    bool ws = true;
    if (!args.positional.empty() && args.positional[0]->tag != rt::Tag::None) {
        if (!isStr(args.positional[0].get()))
            return in.raise("TypeError", std::string(name) + " arg must be None or str");
        chars = text(args.positional[0].get());
        ws = false;
    }
    auto strip = [&](unsigned char c) { return ws ? isSpace(c) : chars.find(static_cast<char>(c)) != std::string::npos; };
    std::size_t b = 0, e = t.size();
    if (left)
        while (b < e && strip(static_cast<unsigned char>(t[b]))) ++b;
    if (right)
        while (e > b && strip(static_cast<unsigned char>(t[e - 1]))) --e;
    if (b == 0 && e == t.size()) return ObjRef(self);
    return in.newStr(t.substr(b, e - b));
}
ObjRef strStrip(Interpreter& in, Object* self, CallArgs& args) { return stripImpl(in, self, args, true, true, "strip"); }
ObjRef strLstrip(Interpreter& in, Object* self, CallArgs& args) { return stripImpl(in, self, args, true, false, "lstrip"); }
ObjRef strRstrip(Interpreter& in, Object* self, CallArgs& args) { return stripImpl(in, self, args, false, true, "rstrip"); }

ObjRef caseMap(Interpreter& in, Object* self, CallArgs& args, const char* name, int mode) {
    if (!noKeywords(in, args, name) || !argCount(in, args, name, 0, 0)) return nullptr;
    std::string t = text(self);
    bool startWord = true;
    for (std::size_t i = 0; i < t.size(); ++i) {
        unsigned char c = static_cast<unsigned char>(t[i]);
        switch (mode) {
        case 0: t[i] = static_cast<char>(std::toupper(c)); break;
        case 1: t[i] = static_cast<char>(std::tolower(c)); break;
        case 2: t[i] = static_cast<char>(i == 0 ? std::toupper(c) : std::tolower(c)); break;
        case 3:
            t[i] = static_cast<char>(startWord ? std::toupper(c) : std::tolower(c));
            startWord = !std::isalpha(c);
            break;
        case 4: t[i] = static_cast<char>(std::isupper(c) ? std::tolower(c) : std::toupper(c)); break;
        }
    }
    if (t.empty()) return in.heap().emptyStr();
    return ObjRef(in.heap().freshStr(std::move(t)));
}
ObjRef strUpper(Interpreter& in, Object* self, CallArgs& args) { return caseMap(in, self, args, "upper", 0); }
ObjRef strLower(Interpreter& in, Object* self, CallArgs& args) { return caseMap(in, self, args, "lower", 1); }
ObjRef strCapitalize(Interpreter& in, Object* self, CallArgs& args) { return caseMap(in, self, args, "capitalize", 2); }
ObjRef strTitle(Interpreter& in, Object* self, CallArgs& args) { return caseMap(in, self, args, "title", 3); }
ObjRef strSwapcase(Interpreter& in, Object* self, CallArgs& args) { return caseMap(in, self, args, "swapcase", 4); }

ObjRef classify(Interpreter& in, Object* self, CallArgs& args, const char* name, int (*pred)(int), bool cased) {
    if (!noKeywords(in, args, name) || !argCount(in, args, name, 0, 0)) return nullptr;
    const std::string& t = text(self);
    if (t.empty()) return in.boolean(false);
    bool anyCased = false;
    for (unsigned char c : t) {
        if (c >= 0x80) return in.boolean(false);
        if (cased) {
            if (std::isalpha(c)) {
                anyCased = true;
                if (!pred(c)) return in.boolean(false);
            }
        } else if (!pred(c)) {
            return in.boolean(false);
        }
    }
    return in.boolean(cased ? anyCased : true);
}
int isSpaceInt(int c) { return isSpace(static_cast<unsigned char>(c)); }
ObjRef strIsdigit(Interpreter& in, Object* self, CallArgs& args) { return classify(in, self, args, "isdigit", ::isdigit, false); }
ObjRef strIsnumeric(Interpreter& in, Object* self, CallArgs& args) { return classify(in, self, args, "isnumeric", ::isdigit, false); }
ObjRef strIsdecimal(Interpreter& in, Object* self, CallArgs& args) { return classify(in, self, args, "isdecimal", ::isdigit, false); }
ObjRef strIsalpha(Interpreter& in, Object* self, CallArgs& args) { return classify(in, self, args, "isalpha", ::isalpha, false); }
ObjRef strIsalnum(Interpreter& in, Object* self, CallArgs& args) { return classify(in, self, args, "isalnum", ::isalnum, false); }
ObjRef strIsspace(Interpreter& in, Object* self, CallArgs& args) { return classify(in, self, args, "isspace", isSpaceInt, false); }
ObjRef strIsupper(Interpreter& in, Object* self, CallArgs& args) { return classify(in, self, args, "isupper", ::isupper, true); }
ObjRef strIslower(Interpreter& in, Object* self, CallArgs& args) { return classify(in, self, args, "islower", ::islower, true); }

ObjRef strReplace(Interpreter& in, Object* self, CallArgs& args) {
    if (!noKeywords(in, args, "replace") || !argCount(in, args, "replace", 2, 3)) return nullptr;
    if (!strArg(in, args.positional[0].get(), "replace() argument 1 ") || !strArg(in, args.positional[1].get(), "replace() argument 2 "))
        return nullptr;
    std::int64_t count = -1;
    if (args.positional.size() == 3) {
        auto v = intArg(in, args.positional[2].get());
        if (!v) return nullptr;
        count = *v;
    }
    const std::string& t = text(self);
    const std::string& old = text(args.positional[0].get());
    const std::string& rep = text(args.positional[1].get());
    std::string out;
    std::size_t i = 0;
    std::int64_t done = 0;
    if (old.empty()) {
        auto* s = S(self);
        for (std::int64_t c = 0; c <= s->length; ++c) {
            if (count >= 0 && done >= count) {
                out += t.substr(byteOffset(s, c));
                break;
            }
            out += rep;
            ++done;
            if (c < s->length) out += t.substr(byteOffset(s, c), byteOffset(s, c + 1) - byteOffset(s, c));
        }
    } else {
        while (count < 0 || done < count) {
            std::size_t j = t.find(old, i);
            if (j == std::string::npos) break;
            out += t.substr(i, j - i);
            out += rep;
            i = j + old.size();
            ++done;
        }
        out += t.substr(i);
    }
    if (done == 0) return ObjRef(self);
    return in.newStr(std::move(out));
}

ObjRef findImpl(Interpreter& in, Object* self, CallArgs& args, const char* name, bool reverse, bool raises) {
    if (!noKeywords(in, args, name) || !argCount(in, args, name, 1, 3)) return nullptr;
    if (!isStr(args.positional[0].get()))
        return in.raise("TypeError", "must be str, not " + std::string(in.typeName(args.positional[0].get())));
    auto* s = S(self);
    std::size_t b = 0, e = 0;
    if (!range(in, args, 1, s, b, e)) return nullptr;
    const std::string& sub = text(args.positional[0].get());
    std::size_t pos = std::string::npos;
    if (b != std::string::npos && b <= e && sub.size() <= e - b) {
        std::string_view hay(s->text.data() + b, e - b);
        std::size_t r = reverse ? hay.rfind(sub) : hay.find(sub);
        if (r != std::string::npos) pos = r + b;
    }
    if (pos == std::string::npos) {
        if (raises) return in.raise("ValueError", "substring not found");
        return in.heap().newInt(-1);
    }
    return in.heap().newInt(cpIndex(s, pos));
}
ObjRef strFind(Interpreter& in, Object* self, CallArgs& args) { return findImpl(in, self, args, "find", false, false); }
ObjRef strRfind(Interpreter& in, Object* self, CallArgs& args) { return findImpl(in, self, args, "rfind", true, false); }
ObjRef strIndex(Interpreter& in, Object* self, CallArgs& args) { return findImpl(in, self, args, "index", false, true); }
ObjRef strRindex(Interpreter& in, Object* self, CallArgs& args) { return findImpl(in, self, args, "rindex", true, true); }

ObjRef strCount(Interpreter& in, Object* self, CallArgs& args) {
    if (!noKeywords(in, args, "count") || !argCount(in, args, "count", 1, 3)) return nullptr;
    if (!isStr(args.positional[0].get()))
        return in.raise("TypeError", "must be str, not " + std::string(in.typeName(args.positional[0].get())));
    auto* s = S(self);
    std::size_t b = 0, e = 0;
    if (!range(in, args, 1, s, b, e)) return nullptr;
    const std::string& sub = text(args.positional[0].get());
    if (b == std::string::npos || b > e) return in.heap().newInt(0);
    if (sub.empty()) return in.heap().newInt(cpIndex(s, e) - cpIndex(s, b) + 1);
    std::int64_t n = 0;
    std::size_t i = b;
    while (true) {
        std::size_t j = s->text.find(sub, i);
        if (j == std::string::npos || j + sub.size() > e) break;
        ++n;
        i = j + sub.size();
    }
    return in.heap().newInt(n);
}

ObjRef affix(Interpreter& in, Object* self, CallArgs& args, const char* name, bool suffix) {
    if (!noKeywords(in, args, name) || !argCount(in, args, name, 1, 3)) return nullptr;
    auto* s = S(self);
    std::size_t b = 0, e = 0;
    if (!range(in, args, 1, s, b, e)) return nullptr;
    ObjVec options;
    Object* a = args.positional[0].get();
    if (a->tag == rt::Tag::Tuple)
        options = static_cast<rt::TupleObject*>(a)->items;
    else if (isStr(a))
        options.push_back(args.positional[0]);
    else
        return in.raise("TypeError", std::string(name) + " first arg must be str or a tuple of str, not " + in.typeName(a));
    if (b == std::string::npos) return in.boolean(false);
    std::string_view hay(s->text.data() + b, e >= b ? e - b : 0);
    for (const ObjRef& o : options) {
        if (!isStr(o.get()))
            return in.raise("TypeError", "tuple for " + std::string(name) + " must only contain str, not " + in.typeName(o.get()));
        const std::string& p = text(o.get());
        if (p.size() <= hay.size() && (suffix ? hay.substr(hay.size() - p.size()) == p : hay.substr(0, p.size()) == p))
            return in.boolean(true);
    }
    return in.boolean(false);
}
ObjRef strStartswith(Interpreter& in, Object* self, CallArgs& args) { return affix(in, self, args, "startswith", false); }
ObjRef strEndswith(Interpreter& in, Object* self, CallArgs& args) { return affix(in, self, args, "endswith", true); }

ObjRef pad(Interpreter& in, Object* self, CallArgs& args, const char* name, int where) {
    if (!noKeywords(in, args, name) || !argCount(in, args, name, 1, 2)) return nullptr;
    auto w = intArg(in, args.positional[0].get());
    if (!w) return nullptr;
    std::string fill = " ";
    if (args.positional.size() == 2) {
        Object* f = args.positional[1].get();
        if (!isStr(f) || S(f)->length != 1)
            return in.raise("TypeError", "The fill character must be exactly one character long");
        fill = text(f);
    }
    auto* s = S(self);
    if (*w <= s->length) return ObjRef(self);
    std::int64_t total = *w - s->length;
    std::int64_t leftPad = where == 0 ? 0 : where == 2 ? total : total / 2 + (total & *w & 1);
    std::string out;
    for (std::int64_t i = 0; i < leftPad; ++i) out += fill;
    out += s->text;
    for (std::int64_t i = 0; i < total - leftPad; ++i) out += fill;
    return in.newStr(std::move(out));
}
ObjRef strLjust(Interpreter& in, Object* self, CallArgs& args) { return pad(in, self, args, "ljust", 0); }
ObjRef strCenter(Interpreter& in, Object* self, CallArgs& args) { return pad(in, self, args, "center", 1); }
ObjRef strRjust(Interpreter& in, Object* self, CallArgs& args) { return pad(in, self, args, "rjust", 2); }

ObjRef strZfill(Interpreter& in, Object* self, CallArgs& args) {
    if (!noKeywords(in, args, "zfill") || !argCount(in, args, "zfill", 1, 1)) return nullptr;
    auto w = intArg(in, args.positional[0].get());
    if (!w) return nullptr;
    auto* s = S(self);
    if (*w <= s->length) return ObjRef(self);
    std::string t = s->text;
    std::size_t at = (!t.empty() && (t[0] == '+' || t[0] == '-')) ? 1 : 0;
    t.insert(at, static_cast<std::size_t>(*w - s->length), '0');
    return in.newStr(std::move(t));
}

ObjRef strSplitlines(Interpreter& in, Object* self, CallArgs& args) {
    ObjRef keep = takeKeyword(args, "keepends");
    if (!noMoreKeywords(in, args, "splitlines") || !argCount(in, args, "splitlines", 0, 1)) return nullptr;
    if (!args.positional.empty()) keep = args.positional[0];
    int keepEnds = keep ? in.truthy(keep.get()) : 0;
    const std::string& t = text(self);
    ObjVec parts;
    std::size_t i = 0;
    while (i < t.size()) {
        std::size_t j = i;
        while (j < t.size() && t[j] != '\n' && t[j] != '\r') ++j;
        std::size_t end = j;
        if (j < t.size()) j += (t[j] == '\r' && j + 1 < t.size() && t[j + 1] == '\n') ? 2 : 1;
        parts.push_back(in.newStr(t.substr(i, (keepEnds ? j : end) - i)));
        i = j;
    }
    return in.heap().newList(std::move(parts));
}

ObjRef partitionImpl(Interpreter& in, Object* self, CallArgs& args, bool reverse) {
    const char* name = reverse ? "rpartition" : "partition";
    if (!noKeywords(in, args, name) || !argCount(in, args, name, 1, 1)) return nullptr;
    if (!strArg(in, args.positional[0].get(), "")) return nullptr;
    const std::string& t = text(self);
    const std::string& sep = text(args.positional[0].get());
    if (sep.empty()) return in.raise("ValueError", "empty separator");
    std::size_t j = reverse ? t.rfind(sep) : t.find(sep);
    if (j == std::string::npos) {
        if (reverse) return in.heap().newTuple({in.heap().emptyStr(), in.heap().emptyStr(), ObjRef(self)});
        return in.heap().newTuple({ObjRef(self), in.heap().emptyStr(), in.heap().emptyStr()});
    }
    return in.heap().newTuple({in.newStr(t.substr(0, j)), args.positional[0], in.newStr(t.substr(j + sep.size()))});
}
ObjRef strPartition(Interpreter& in, Object* self, CallArgs& args) { return partitionImpl(in, self, args, false); }
ObjRef strRpartition(Interpreter& in, Object* self, CallArgs& args) { return partitionImpl(in, self, args, true); }

ObjRef strFormatMethod(Interpreter& in, Object* self, CallArgs& args) { return strFormat(in, text(self), args); }

// ---- list

ObjRef listAppend(Interpreter& in, Object* self, CallArgs& args) {
    if (!noKeywords(in, args, "append")) return nullptr;
    if (args.positional.size() != 1)
        return in.raise("TypeError", "list.append() takes exactly one argument (" + std::to_string(args.positional.size()) + " given)");
    in.listInsert(L(self), static_cast<std::int64_t>(L(self)->items.size()), args.positional[0]);
    return in.none();
}

ObjRef listPop(Interpreter& in, Object* self, CallArgs& args) {
    if (!noKeywords(in, args, "pop") || !argCount(in, args, "pop", 0, 1)) return nullptr;
    auto* l = L(self);
    std::int64_t i = -1;
    if (!args.positional.empty()) {
        auto v = intArg(in, args.positional[0].get());
        if (!v) return nullptr;
        i = *v;
    }
    if (l->items.empty()) return in.raise("IndexError", "pop from empty list");
    auto n = static_cast<std::int64_t>(l->items.size());
    if (i < 0) i += n;
    if (i < 0 || i >= n) return in.raise("IndexError", "pop index out of range");
    return in.listRemove(l, i);
}

ObjRef listInsertM(Interpreter& in, Object* self, CallArgs& args) {
    if (!noKeywords(in, args, "insert") || !argCount(in, args, "insert", 2, 2)) return nullptr;
    auto v = intArg(in, args.positional[0].get());
    if (!v) return nullptr;
    auto n = static_cast<std::int64_t>(L(self)->items.size());
    std::int64_t i = *v;
    if (i < 0) i = std::max<std::int64_t>(0, i + n);
    i = std::min(i, n);
    in.listInsert(L(self), i, args.positional[1]);
    return in.none();
}

ObjRef listExtend(Interpreter& in, Object* self, CallArgs& args) {
    if (!noKeywords(in, args, "extend")) return nullptr;
    if (args.positional.size() != 1)
        return in.raise("TypeError", "list.extend() takes exactly one argument (" + std::to_string(args.positional.size()) + " given)");
    ObjVec more;
    if (!in.collect(args.positional[0].get(), more)) return nullptr;
    for (ObjRef& v : more) in.listInsert(L(self), static_cast<std::int64_t>(L(self)->items.size()), std::move(v));
    return in.none();
}

ObjRef listRemoveM(Interpreter& in, Object* self, CallArgs& args) {
    if (!noKeywords(in, args, "remove")) return nullptr;
    if (args.positional.size() != 1)
        return in.raise("TypeError", "list.remove() takes exactly one argument (" + std::to_string(args.positional.size()) + " given)");
    auto* l = L(self);
    for (std::size_t i = 0; i < l->items.size(); ++i) {
        if (l->items[i].get() == args.positional[0].get() || in.equals(l->items[i].get(), args.positional[0].get())) {
            in.listRemove(l, static_cast<std::int64_t>(i));
            return in.none();
        }
    }
    return in.raise("ValueError", "list.remove(x): x not in list");
}

ObjRef seqIndex(Interpreter& in, Object* self, CallArgs& args, const ObjVec& items, const char* what) {
    if (!noKeywords(in, args, "index") || !argCount(in, args, "index", 1, 3)) return nullptr;
    auto n = static_cast<std::int64_t>(items.size());
    std::int64_t b = 0, e = n;
    if (args.positional.size() > 1) {
        auto v = intArg(in, args.positional[1].get());
        if (!v) return nullptr;
        b = *v < 0 ? std::max<std::int64_t>(0, *v + n) : *v;
    }
    if (args.positional.size() > 2) {
        auto v = intArg(in, args.positional[2].get());
        if (!v) return nullptr;
        e = *v < 0 ? std::max<std::int64_t>(0, *v + n) : std::min(*v, n);
    }
    for (std::int64_t i = b; i < e && i < static_cast<std::int64_t>(items.size()); ++i) {
        Object* x = items[static_cast<std::size_t>(i)].get();
        if (x == args.positional[0].get() || in.equals(x, args.positional[0].get())) return in.heap().newInt(i);
    }
    (void)self;
    if (std::string(what) == "tuple") return in.raise("ValueError", "tuple.index(x): x not in tuple");
    auto r = in.repr(args.positional[0].get());
    if (!r) return nullptr;
    return in.raise("ValueError", *r + " is not in list");
}
ObjRef listIndex(Interpreter& in, Object* self, CallArgs& args) { return seqIndex(in, self, args, L(self)->items, "list"); }
ObjRef tupleIndex(Interpreter& in, Object* self, CallArgs& args) {
    return seqIndex(in, self, args, static_cast<rt::TupleObject*>(self)->items, "tuple");
}

ObjRef seqCount(Interpreter& in, CallArgs& args, const ObjVec& items) {
    if (!noKeywords(in, args, "count")) return nullptr;
    if (args.positional.size() != 1)
        return in.raise("TypeError", "count() takes exactly one argument (" + std::to_string(args.positional.size()) + " given)");
    std::int64_t n = 0;
    for (const ObjRef& x : items)
        if (x.get() == args.positional[0].get() || in.equals(x.get(), args.positional[0].get())) ++n;
    return in.heap().newInt(n);
}
ObjRef listCount(Interpreter& in, Object* self, CallArgs& args) { return seqCount(in, args, L(self)->items); }
ObjRef tupleCount(Interpreter& in, Object* self, CallArgs& args) {
    return seqCount(in, args, static_cast<rt::TupleObject*>(self)->items);
}

ObjRef listSort(Interpreter& in, Object* self, CallArgs& args) {
    ObjRef key = takeKeyword(args, "key");
    ObjRef reverse = takeKeyword(args, "reverse");
    if (!noMoreKeywords(in, args, "sort")) return nullptr;
    if (!args.positional.empty()) return in.raise("TypeError", "sort() takes no positional arguments");
    int rev = reverse ? in.truthy(reverse.get()) : 0;
    if (rev < 0) return nullptr;
    ObjVec items = L(self)->items;
    if (!sortValues(in, items, key && key->tag != rt::Tag::None ? key.get() : nullptr, rev)) return nullptr;
    L(self)->items = std::move(items);
    in.listReplaced(L(self));
    return in.none();
}

ObjRef listReverse(Interpreter& in, Object* self, CallArgs& args) {
    if (!noKeywords(in, args, "reverse") || !argCount(in, args, "reverse", 0, 0)) return nullptr;
    std::reverse(L(self)->items.begin(), L(self)->items.end());
    in.listReplaced(L(self));
    return in.none();
}

ObjRef listCopy(Interpreter& in, Object* self, CallArgs& args) {
    if (!noKeywords(in, args, "copy") || !argCount(in, args, "copy", 0, 0)) return nullptr;
    return in.heap().newList(L(self)->items);
}

ObjRef listClear(Interpreter& in, Object* self, CallArgs& args) {
    if (!noKeywords(in, args, "clear") || !argCount(in, args, "clear", 0, 0)) return nullptr;
    ObjVec old = std::move(L(self)->items);
    L(self)->items.clear();
    in.heap().recharge(self, -static_cast<std::int64_t>(old.size() * rt::kSlotBytes));
    in.containerCleared(self);
    return in.none();
}

// ---- dict

ObjRef keyError(Interpreter& in, Object* key) {
    auto r = in.repr(key);
    if (!r) return nullptr;
    auto* e = in.heap().make<rt::ExceptionObject>();
    e->type = in.exceptionType("KeyError");
    e->args.push_back(ObjRef(key));
    e->message = *r;
    return in.raiseObject(ObjRef(e));
}

ObjRef dictGet(Interpreter& in, Object* self, CallArgs& args) {
    if (!noKeywords(in, args, "get") || !argCount(in, args, "get", 1, 2)) return nullptr;
    auto h = in.hash(args.positional[0].get());
    if (!h) return nullptr;
    auto pos = D(self)->find(args.positional[0].get(), *h);
    if (pos >= 0) return D(self)->entries[static_cast<std::size_t>(pos)].value;
    return args.positional.size() == 2 ? args.positional[1] : in.none();
}

ObjRef view(Interpreter& in, Object* self, CallArgs& args, rt::DictViewObject::Kind kind, const char* name) {
    if (!noKeywords(in, args, name) || !argCount(in, args, name, 0, 0)) return nullptr;
    auto* v = in.heap().make<rt::DictViewObject>();
    v->kind = kind;
    v->dict = ObjRef(self);
    return ObjRef(v);
}
ObjRef dictKeys(Interpreter& in, Object* self, CallArgs& args) { return view(in, self, args, rt::DictViewObject::Kind::Keys, "keys"); }
ObjRef dictValues(Interpreter& in, Object* self, CallArgs& args) { return view(in, self, args, rt::DictViewObject::Kind::Values, "values"); }
ObjRef dictItems(Interpreter& in, Object* self, CallArgs& args) { return view(in, self, args, rt::DictViewObject::Kind::Items, "items"); }

bool dictUpdateAny(Interpreter& in, rt::DictObject* d, Object* src);

ObjRef dictUpdate(Interpreter& in, Object* self, CallArgs& args) {
    if (!argCount(in, args, "update", 0, 1)) return nullptr;
    if (!args.positional.empty() && !dictUpdateAny(in, D(self), args.positional[0].get())) return nullptr;
    for (rt::KwArg& k : args.keywords)
        if (!in.dictSet(D(self), in.newStr(*k.name), k.value)) return nullptr;
    return in.none();
}

bool dictUpdateAny(Interpreter& in, rt::DictObject* d, Object* src) {
    if (src->tag == rt::Tag::Dict) {
        ObjVec pairs;
        for (const rt::DictEntry& e : D(src)->entries)
            if (e.key) in.dictSetHashed(d, e.key, e.hash, e.value);
        return true;
    }
    ObjRef it = in.iter(src);
    if (!it) return false;
    std::size_t index = 0;
    while (true) {
        ObjRef item = in.next(it.get());
        if (!item) return !in.hasException();
        ObjVec kv;
        if (!in.collect(item.get(), kv)) return false;
        if (kv.size() != 2) {
            in.raise("ValueError", "dictionary update sequence element #" + std::to_string(index) + " has length " +
                                       std::to_string(kv.size()) + "; 2 is required");
            return false;
        }
        if (!in.dictSet(d, kv[0], kv[1])) return false;
        ++index;
    }
}

ObjRef dictSetdefault(Interpreter& in, Object* self, CallArgs& args) {
    if (!noKeywords(in, args, "setdefault") || !argCount(in, args, "setdefault", 1, 2)) return nullptr;
    auto h = in.hash(args.positional[0].get());
    if (!h) return nullptr;
    auto pos = D(self)->find(args.positional[0].get(), *h);
    if (pos >= 0) return D(self)->entries[static_cast<std::size_t>(pos)].value;
    ObjRef v = args.positional.size() == 2 ? args.positional[1] : in.none();
    in.dictSetHashed(D(self), args.positional[0], *h, v);
    return v;
}

ObjRef dictPop(Interpreter& in, Object* self, CallArgs& args) {
    if (!noKeywords(in, args, "pop") || !argCount(in, args, "pop", 1, 2)) return nullptr;
    auto h = in.hash(args.positional[0].get());
    if (!h) return nullptr;
    auto pos = D(self)->find(args.positional[0].get(), *h);
    if (pos < 0) {
        if (args.positional.size() == 2) return args.positional[1];
        return keyError(in, args.positional[0].get());
    }
    return in.dictRemoveAt(D(self), pos);
}

ObjRef dictPopitem(Interpreter& in, Object* self, CallArgs& args) {
    if (!noKeywords(in, args, "popitem") || !argCount(in, args, "popitem", 0, 0)) return nullptr;
    auto* d = D(self);
    if (d->used == 0) {
        auto* e = in.heap().make<rt::ExceptionObject>();
        e->type = in.exceptionType("KeyError");
        e->message = "'popitem(): dictionary is empty'";
        return in.raiseObject(ObjRef(e));
    }
    auto pos = static_cast<std::int64_t>(d->entries.size()) - 1;
    while (!d->entries[static_cast<std::size_t>(pos)].key) --pos;
    ObjRef key = d->entries[static_cast<std::size_t>(pos)].key;
    ObjRef value = in.dictRemoveAt(d, pos);
    return in.heap().newTuple({key, value});
}

ObjRef dictCopy(Interpreter& in, Object* self, CallArgs& args) {
    if (!noKeywords(in, args, "copy") || !argCount(in, args, "copy", 0, 0)) return nullptr;
    auto d = in.heap().newDict();
    for (const rt::DictEntry& e : D(self)->entries)
        if (e.key) d->set(e.key, e.hash, e.value);
    return d;
}

ObjRef dictClear(Interpreter& in, Object* self, CallArgs& args) {
    if (!noKeywords(in, args, "clear") || !argCount(in, args, "clear", 0, 0)) return nullptr;
    std::vector<rt::DictEntry> old = std::move(D(self)->entries);
    D(self)->clear();
    in.containerCleared(self);
    return in.none();
}

// ---- set

ObjRef setAddM(Interpreter& in, Object* self, CallArgs& args) {
    if (!noKeywords(in, args, "add")) return nullptr;
    if (args.positional.size() != 1)
        return in.raise("TypeError", "set.add() takes exactly one argument (" + std::to_string(args.positional.size()) + " given)");
    if (!in.setAdd(SetOf(self), args.positional[0])) return nullptr;
    return in.none();
}

ObjRef setDiscardImpl(Interpreter& in, Object* self, CallArgs& args, bool raises) {
    const char* name = raises ? "remove" : "discard";
    if (!noKeywords(in, args, name)) return nullptr;
    if (args.positional.size() != 1)
        return in.raise("TypeError", "set." + std::string(name) + "() takes exactly one argument (" + std::to_string(args.positional.size()) + " given)");
    auto h = in.hash(args.positional[0].get());
    if (!h) return nullptr;
    auto slot = SetOf(self)->find(args.positional[0].get(), *h);
    if (slot < 0) {
        if (raises) return keyError(in, args.positional[0].get());
        return in.none();
    }
    in.setRemoveAt(SetOf(self), slot);
    return in.none();
}
ObjRef setDiscard(Interpreter& in, Object* self, CallArgs& args) { return setDiscardImpl(in, self, args, false); }
ObjRef setRemove(Interpreter& in, Object* self, CallArgs& args) { return setDiscardImpl(in, self, args, true); }

ObjRef setPop(Interpreter& in, Object* self, CallArgs& args) {
    if (!noKeywords(in, args, "pop") || !argCount(in, args, "pop", 0, 0)) return nullptr;
    auto* s = SetOf(self);
    if (s->used == 0) {
        auto* e = in.heap().make<rt::ExceptionObject>();
        e->type = in.exceptionType("KeyError");
        e->message = "'pop from an empty set'";
        return in.raiseObject(ObjRef(e));
    }
    std::size_t i = s->finger & s->mask;
    while (!s->table[i].key) i = (i + 1) & s->mask;
    ObjRef key = s->table[i].key;
    s->finger = i + 1;
    in.setRemoveAt(s, static_cast<std::int64_t>(i));
    return key;
}

ObjRef setClear(Interpreter& in, Object* self, CallArgs& args) {
    if (!noKeywords(in, args, "clear") || !argCount(in, args, "clear", 0, 0)) return nullptr;
    SetOf(self)->clear();
    in.containerCleared(self);
    return in.none();
}

Ref<rt::SetObject> copySet(Interpreter& in, rt::SetObject* s, bool frozen) {
    auto out = in.heap().newSet(frozen);
    out->merge(*s);
    return out;
}

ObjRef setCopy(Interpreter& in, Object* self, CallArgs& args) {
    if (!noKeywords(in, args, "copy") || !argCount(in, args, "copy", 0, 0)) return nullptr;
    if (self->tag == rt::Tag::FrozenSet) return ObjRef(self);
    return copySet(in, SetOf(self), false);
}

// A set view of any iterable argument (sets are used as they are).
Ref<rt::SetObject> asSet(Interpreter& in, Object* o) {
    if (o->tag == rt::Tag::Set || o->tag == rt::Tag::FrozenSet) return Ref<rt::SetObject>(SetOf(o));
    auto s = in.heap().newSet();
    if (!setUpdate(in, s.get(), o)) return nullptr;
    return s;
}

ObjRef setUnion(Interpreter& in, Object* self, CallArgs& args) {
    if (!noKeywords(in, args, "union")) return nullptr;
    auto out = copySet(in, SetOf(self), self->tag == rt::Tag::FrozenSet);
    for (const ObjRef& o : args.positional)
        if (!setUpdate(in, out.get(), o.get())) return nullptr;
    return out;
}

ObjRef intersect(Interpreter& in, rt::SetObject* so, Object* other, bool frozen) {
    auto result = in.heap().newSet(frozen);
    if (other->tag == rt::Tag::Set || other->tag == rt::Tag::FrozenSet) {
        rt::SetObject* big = so;
        rt::SetObject* small = SetOf(other);
        if (small->used > big->used) std::swap(big, small);
        for (const rt::SetEntry& e : small->table)
            if (e.key && big->find(e.key.get(), e.hash) >= 0) result->add(e.key, e.hash);
        return result;
    }
    ObjRef it = in.iter(other);
    if (!it) return nullptr;
    while (true) {
        ObjRef x = in.next(it.get());
        if (!x) break;
        auto h = in.hash(x.get());
        if (!h) return nullptr;
        if (so->find(x.get(), *h) >= 0) result->add(x, *h);
    }
    if (in.hasException()) return nullptr;
    return result;
}

ObjRef setIntersection(Interpreter& in, Object* self, CallArgs& args) {
    if (!noKeywords(in, args, "intersection")) return nullptr;
    if (args.positional.empty()) return copySet(in, SetOf(self), self->tag == rt::Tag::FrozenSet);
    ObjRef cur(self);
    for (const ObjRef& o : args.positional) {
        cur = intersect(in, SetOf(cur.get()), o.get(), self->tag == rt::Tag::FrozenSet);
        if (!cur) return nullptr;
    }
    return cur;
}

ObjRef difference(Interpreter& in, rt::SetObject* so, Object* other, bool frozen) {
    std::size_t otherSize = 0;
    bool sized = true;
    if (other->tag == rt::Tag::Set || other->tag == rt::Tag::FrozenSet) otherSize = SetOf(other)->used;
    else if (other->tag == rt::Tag::Dict) otherSize = D(other)->used;
    else sized = false;
    if (!sized || (so->used >> 2) > otherSize) {
        auto result = copySet(in, so, frozen);
        Ref<rt::SetObject> o = asSet(in, other);
        if (!o) return nullptr;
        for (const rt::SetEntry& e : o->table) {
            if (!e.key) continue;
            auto slot = result->find(e.key.get(), e.hash);
            if (slot >= 0) result->removeAt(slot);
        }
        return result;
    }
    auto result = in.heap().newSet(frozen);
    for (const rt::SetEntry& e : so->table) {
        if (!e.key) continue;
        bool found = other->tag == rt::Tag::Dict ? D(other)->find(e.key.get(), e.hash) >= 0
                                                 : SetOf(other)->find(e.key.get(), e.hash) >= 0;
        if (!found) result->add(e.key, e.hash);
    }
    return result;
}

ObjRef setDifference(Interpreter& in, Object* self, CallArgs& args) {
    if (!noKeywords(in, args, "difference")) return nullptr;
    if (args.positional.empty()) return copySet(in, SetOf(self), self->tag == rt::Tag::FrozenSet);
    ObjRef cur(self);
    for (const ObjRef& o : args.positional) {
        cur = difference(in, SetOf(cur.get()), o.get(), self->tag == rt::Tag::FrozenSet);
        if (!cur) return nullptr;
    }
    return cur;
}

void symmetricUpdate(rt::SetObject* so, rt::SetObject* other) {
    for (const rt::SetEntry& e : other->table) {
        if (!e.key) continue;
        auto slot = so->find(e.key.get(), e.hash);
        if (slot >= 0)
            so->removeAt(slot);
        else
            so->add(e.key, e.hash);
    }
}

ObjRef setSymmetricDifference(Interpreter& in, Object* self, CallArgs& args) {
    if (!noKeywords(in, args, "symmetric_difference") || !argCount(in, args, "symmetric_difference", 1, 1)) return nullptr;
    auto result = in.heap().newSet(self->tag == rt::Tag::FrozenSet);
    if (!setUpdate(in, result.get(), args.positional[0].get())) return nullptr;
    symmetricUpdate(result.get(), SetOf(self));
    return result;
}

ObjRef setUpdateM(Interpreter& in, Object* self, CallArgs& args) {
    if (!noKeywords(in, args, "update")) return nullptr;
    for (const ObjRef& o : args.positional)
        if (!setUpdate(in, SetOf(self), o.get())) return nullptr;
    return in.none();
}

ObjRef replaceContents(Interpreter& in, Object* self, ObjRef result) {
    if (!result) return nullptr;
    auto* s = SetOf(self);
    auto* r = SetOf(result.get());
    s->table = r->table;
    s->mask = r->mask;
    s->fill = r->fill;
    s->used = r->used;
    in.setReplaced(s);
    return in.none();
}

ObjRef setIntersectionUpdate(Interpreter& in, Object* self, CallArgs& args) {
    ObjRef r = setIntersection(in, self, args);
    return replaceContents(in, self, r);
}
ObjRef setDifferenceUpdate(Interpreter& in, Object* self, CallArgs& args) {
    if (!noKeywords(in, args, "difference_update")) return nullptr;
    for (const ObjRef& o : args.positional) {
        Ref<rt::SetObject> other = asSet(in, o.get());
        if (!other) return nullptr;
        for (const rt::SetEntry& e : other->table) {
            if (!e.key) continue;
            auto slot = SetOf(self)->find(e.key.get(), e.hash);
            if (slot >= 0) SetOf(self)->removeAt(slot);
        }
    }
    in.setReplaced(SetOf(self));
    return in.none();
}
ObjRef setSymmetricDifferenceUpdate(Interpreter& in, Object* self, CallArgs& args) {
    if (!noKeywords(in, args, "symmetric_difference_update") || !argCount(in, args, "symmetric_difference_update", 1, 1))
        return nullptr;
    Ref<rt::SetObject> other = asSet(in, args.positional[0].get());
    if (!other) return nullptr;
    symmetricUpdate(SetOf(self), other.get());
    in.setReplaced(SetOf(self));
    return in.none();
}

ObjRef setRelation(Interpreter& in, Object* self, CallArgs& args, int kind) {
    const char* name = kind == 0 ? "issubset" : kind == 1 ? "issuperset" : "isdisjoint";
    if (!noKeywords(in, args, name) || !argCount(in, args, name, 1, 1)) return nullptr;
    Ref<rt::SetObject> other = asSet(in, args.positional[0].get());
    if (!other) return nullptr;
    rt::SetObject* a = SetOf(self);
    rt::SetObject* b = other.get();
    if (kind == 1) std::swap(a, b);
    bool all = true, none = true;
    for (const rt::SetEntry& e : a->table) {
        if (!e.key) continue;
        if (b->find(e.key.get(), e.hash) >= 0)
            none = false;
        else
            all = false;
    }
    return in.boolean(kind == 2 ? none : all);
}
ObjRef setIssubset(Interpreter& in, Object* self, CallArgs& args) { return setRelation(in, self, args, 0); }
ObjRef setIssuperset(Interpreter& in, Object* self, CallArgs& args) { return setRelation(in, self, args, 1); }
ObjRef setIsdisjoint(Interpreter& in, Object* self, CallArgs& args) { return setRelation(in, self, args, 2); }

// ---- numbers

ObjRef intBitLength(Interpreter& in, Object* self, CallArgs& args) {
    if (!noKeywords(in, args, "bit_length") || !argCount(in, args, "bit_length", 0, 0)) return nullptr;
    auto* i = static_cast<rt::IntObject*>(self);
    return in.heap().newInt(static_cast<std::int64_t>(i->toBig().bitLength()));
}

ObjRef floatIsInteger(Interpreter& in, Object* self, CallArgs& args) {
    if (!noKeywords(in, args, "is_integer") || !argCount(in, args, "is_integer", 0, 0)) return nullptr;
    return in.boolean(numeric::floatIsInteger(static_cast<rt::FloatObject*>(self)->value));
}

} // namespace

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

void registerMethods(Tables& t) {
    auto reg = [&](rt::Tag tag, const char* name, rt::NativeFn fn) { t[static_cast<std::size_t>(tag)][name] = fn; };
    reg(rt::Tag::Str, "split", strSplit);
    reg(rt::Tag::Str, "join", strJoin);
    reg(rt::Tag::Str, "strip", strStrip);
    reg(rt::Tag::Str, "lstrip", strLstrip);
    reg(rt::Tag::Str, "rstrip", strRstrip);
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
    reg(rt::Tag::Str, "replace", strReplace);
    reg(rt::Tag::Str, "find", strFind);
    reg(rt::Tag::Str, "rfind", strRfind);
    reg(rt::Tag::Str, "index", strIndex);
    reg(rt::Tag::Str, "rindex", strRindex);
    reg(rt::Tag::Str, "count", strCount);
    reg(rt::Tag::Str, "startswith", strStartswith);
    reg(rt::Tag::Str, "endswith", strEndswith);
    reg(rt::Tag::Str, "ljust", strLjust);
    reg(rt::Tag::Str, "rjust", strRjust);
    reg(rt::Tag::Str, "center", strCenter);
    reg(rt::Tag::Str, "zfill", strZfill);
    reg(rt::Tag::Str, "splitlines", strSplitlines);
    reg(rt::Tag::Str, "partition", strPartition);
    reg(rt::Tag::Str, "rpartition", strRpartition);
    reg(rt::Tag::Str, "format", strFormatMethod);
    reg(rt::Tag::List, "append", listAppend);
    reg(rt::Tag::List, "pop", listPop);
    reg(rt::Tag::List, "insert", listInsertM);
    reg(rt::Tag::List, "extend", listExtend);
    reg(rt::Tag::List, "remove", listRemoveM);
    reg(rt::Tag::List, "index", listIndex);
    reg(rt::Tag::List, "count", listCount);
    reg(rt::Tag::List, "sort", listSort);
    reg(rt::Tag::List, "reverse", listReverse);
    reg(rt::Tag::List, "copy", listCopy);
    reg(rt::Tag::List, "clear", listClear);
    reg(rt::Tag::Tuple, "index", tupleIndex);
    reg(rt::Tag::Tuple, "count", tupleCount);
    reg(rt::Tag::Dict, "get", dictGet);
    reg(rt::Tag::Dict, "keys", dictKeys);
    reg(rt::Tag::Dict, "values", dictValues);
    reg(rt::Tag::Dict, "items", dictItems);
    reg(rt::Tag::Dict, "update", dictUpdate);
    reg(rt::Tag::Dict, "setdefault", dictSetdefault);
    reg(rt::Tag::Dict, "pop", dictPop);
    reg(rt::Tag::Dict, "popitem", dictPopitem);
    reg(rt::Tag::Dict, "copy", dictCopy);
    reg(rt::Tag::Dict, "clear", dictClear);
    for (rt::Tag tag : {rt::Tag::Set, rt::Tag::FrozenSet}) {
        reg(tag, "copy", setCopy);
        reg(tag, "union", setUnion);
        reg(tag, "intersection", setIntersection);
        reg(tag, "difference", setDifference);
        reg(tag, "symmetric_difference", setSymmetricDifference);
        reg(tag, "issubset", setIssubset);
        reg(tag, "issuperset", setIssuperset);
        reg(tag, "isdisjoint", setIsdisjoint);
    }
    reg(rt::Tag::Set, "add", setAddM);
    reg(rt::Tag::Set, "discard", setDiscard);
    reg(rt::Tag::Set, "remove", setRemove);
    reg(rt::Tag::Set, "pop", setPop);
    reg(rt::Tag::Set, "clear", setClear);
    reg(rt::Tag::Set, "update", setUpdateM);
    reg(rt::Tag::Set, "intersection_update", setIntersectionUpdate);
    reg(rt::Tag::Set, "difference_update", setDifferenceUpdate);
    reg(rt::Tag::Set, "symmetric_difference_update", setSymmetricDifferenceUpdate);
    reg(rt::Tag::Int, "bit_length", intBitLength);
    reg(rt::Tag::Float, "is_integer", floatIsInteger);
}

} // namespace memstep::core::interp
