// Methods of str: searching, splitting, stripping and padding (case mapping and
// classification are in str_case.cpp).
//
// Identity corners follow CPython 3.11 where students can see them: str methods that change
// nothing return the same object (strip, replace, s[:]), ''.join of one str returns it.
#include "interp/attributes/value_subclass.h"
#include "interp/builtins/builtins_util.h"
#include "numeric/unicode_tables.h"
#include "numeric/utf8.h"
#include "runtime/list_capacity.h"
#include "runtime/str_kind.h"
#include "syntax/lexer.h"

#include <algorithm>
#include <cctype>
#include <optional>

namespace memstep::core::interp {

namespace {

rt::StrObject* S(Object* o) {
    return static_cast<rt::StrObject*>(o);
}

// Results built piece by piece are checked against the heap limit once past this size.
constexpr std::size_t kTextCheckBytes = std::size_t{1} << 20;

// Code-point index of a byte offset.
std::int64_t cpIndex(const rt::StrObject* s, std::size_t byte) {
    if (s->ascii)
        return static_cast<std::int64_t>(byte);
    auto it =
        std::lower_bound(s->offsets.begin(), s->offsets.end(), static_cast<std::uint32_t>(byte));
    return it - s->offsets.begin();
}
std::size_t byteOffset(const rt::StrObject* s, std::int64_t cp) {
    if (s->ascii)
        return static_cast<std::size_t>(cp);
    return s->offsets[static_cast<std::size_t>(cp)];
}

bool strArg(Interpreter& in, Object* o, const char* what) {
    if (isStr(o))
        return true;
    in.raise("TypeError", std::string(what) + "must be str, not " + in.typeName(o));
    return false;
}

// start/end arguments of find/count/startswith, clamped like CPython's slice indices.
bool range(Interpreter& in, CallArgs& args, std::size_t first, const rt::StrObject* s,
           std::size_t& b, std::size_t& e) {
    std::int64_t n = s->length, start = 0, end = n;
    if (args.positional.size() > first && args.positional[first]->tag != rt::Tag::None) {
        auto v = sliceIndexArg(in, args.positional[first].get(), true);
        if (!v)
            return false;
        start = *v;
    }
    if (args.positional.size() > first + 1 && args.positional[first + 1]->tag != rt::Tag::None) {
        auto v = sliceIndexArg(in, args.positional[first + 1].get(), true);
        if (!v)
            return false;
        end = *v;
    }
    if (start < 0)
        start = std::max<std::int64_t>(0, start + n);
    if (end < 0)
        end = std::max<std::int64_t>(0, end + n);
    end = std::min(end, n);
    if (start > n)
        start = n + 1;
    b = start > n ? std::string::npos : byteOffset(s, start);
    e = byteOffset(s, std::max(end, std::min(start, n)));
    return true;
}

// split and rsplit take the same arguments: sep and maxsplit, by position or keyword.
struct SplitArgs {
    ObjRef sep; // null or None: split on runs of whitespace
    std::int64_t maxsplit = -1;
};

std::optional<SplitArgs> splitArgs(Interpreter& in, CallArgs& args, const char* name) {
    SplitArgs out;
    if (!keywordParserCount(in, args, name, 2, 2))
        return std::nullopt;
    out.sep = takeKeyword(args, "sep");
    ObjRef maxsplitArg = takeKeyword(args, "maxsplit");
    if (!noMoreKeywords(in, args, name))
        return std::nullopt;
    if (!args.positional.empty())
        out.sep = args.positional[0];
    if (args.positional.size() > 1)
        maxsplitArg = args.positional[1];
    if (maxsplitArg) {
        auto v = intArg(in, maxsplitArg.get());
        if (!v)
            return std::nullopt;
        out.maxsplit = *v;
    }
    return out;
}

// The list split and rsplit answer, allocated as CPython does: a separator longer or wider
// than the str gives PyList_New(1) (unicodeobject.c), anything else stringlib's preallocation.
ObjRef splitList(Interpreter& in, Object* self, const Object* sep, std::int64_t maxsplit,
                 ObjVec parts) {
    auto l = in.heap().newList(std::move(parts));
    if (sep && sep->tag == rt::Tag::Str) {
        const auto& s = *static_cast<const rt::StrObject*>(self);
        const auto& p = *static_cast<const rt::StrObject*>(sep);
        if (rt::unicodeKind(s) < rt::unicodeKind(p) || s.length < p.length) {
            rt::capacity::exact(l->capacity, 1);
            return l;
        }
    }
    rt::capacity::splitResult(l->capacity, maxsplit, l->items.size());
    return l;
}

ObjRef strSplit(Interpreter& in, Object* self, CallArgs& args) {
    auto parsed = splitArgs(in, args, "split");
    if (!parsed)
        return nullptr;
    ObjRef sep = std::move(parsed->sep);
    const std::int64_t maxsplit = parsed->maxsplit;
    const std::string& t = text(self);
    ObjVec parts;
    if (!sep || sep->tag == rt::Tag::None) {
        std::size_t i = 0, n = t.size();
        while (true) {
            while (i < n && isSpaceAt(t, i))
                i += charLengthAt(t, i);
            if (i >= n)
                break;
            if (maxsplit >= 0 && static_cast<std::int64_t>(parts.size()) >= maxsplit) {
                // The rest keeps its trailing whitespace: "a b  ".split(None, 1) == ['a', 'b  '].
                parts.push_back(in.newStr(t.substr(i)));
                break;
            }
            std::size_t j = i;
            while (j < n && !isSpaceAt(t, j))
                j += charLengthAt(t, j);
            if (i == 0 && j == n && parts.empty()) {
                parts.push_back(exactValue(in, ObjRef(self)));
                break;
            }
            parts.push_back(in.newStr(t.substr(i, j - i)));
            if (in.pollStop(1 + (j - i) / Interpreter::kPollBytes))
                return nullptr;
            i = j;
        }
        return splitList(in, self, nullptr, maxsplit, std::move(parts));
    }
    if (!strArg(in, sep.get(), ""))
        return nullptr;
    const std::string& sp = text(sep.get());
    if (sp.empty())
        return in.raise("ValueError", "empty separator");
    std::size_t i = 0;
    while (true) {
        std::size_t j = std::string::npos;
        if (maxsplit < 0 || static_cast<std::int64_t>(parts.size()) < maxsplit) {
            auto found = findText(in, t, sp, i);
            if (!found || in.pollStop())
                return nullptr;
            j = *found;
        }
        if (j == std::string::npos) {
            if (i == 0 && parts.empty())
                parts.push_back(exactValue(in, ObjRef(self)));
            else
                parts.push_back(in.newStr(t.substr(i)));
            break;
        }
        parts.push_back(in.newStr(t.substr(i, j - i)));
        i = j + sp.size();
    }
    return splitList(in, self, sep.get(), maxsplit, std::move(parts));
}

ObjRef strJoin(Interpreter& in, Object* self, CallArgs& args) {
    if (!noKeywords(in, args, self, "join") || !argCount(in, args, self, "join", 1, 1))
        return nullptr;
    ObjVec items;
    if (!in.collect(args.positional[0].get(), items))
        return nullptr;
    if (items.size() == 1 && isStr(items[0].get()))
        return exactValue(in, items[0]); // a Name("a") alone is copied to a plain str
    std::string out;
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (!isStr(items[i].get()))
            return in.raise("TypeError", "sequence item " + std::to_string(i) +
                                             ": expected str instance, " +
                                             in.typeName(items[i].get()) + " found");
        if (i)
            out += text(self);
        out += text(items[i].get());
        if (in.pollStop(1 + (text(self).size() + text(items[i].get()).size()) /
                                Interpreter::kPollBytes))
            return nullptr;
        if (out.size() > kTextCheckBytes && !in.heap().canAllocate(out.size()))
            return in.memoryLimit();
    }
    // _PyUnicode_JoinArray fills a new object: never the one-character cache.
    if (out.empty())
        return in.heap().emptyStr();
    return in.heap().freshStr(std::move(out));
}

ObjRef stripImpl(Interpreter& in, Object* self, CallArgs& args, bool left, bool right,
                 const char* name) {
    if (!noKeywords(in, args, self, name) || !argCount(in, args, self, name, 0, 1))
        return nullptr;
    const std::string& t = text(self);
    std::string chars;
    bool ws = true;
    if (!args.positional.empty() && args.positional[0]->tag != rt::Tag::None) {
        if (!isStr(args.positional[0].get()))
            return in.raise("TypeError", std::string(name) + " arg must be None or str");
        chars = text(args.positional[0].get());
        ws = false;
    }
    // Whole characters are stripped: "\u00e8a".strip("\u00e9") keeps its è, which shares a
    // first byte with é.
    std::vector<std::string_view> set;
    for (std::size_t i = 0; i < chars.size(); i += charLengthAt(chars, i))
        set.push_back(std::string_view(chars).substr(i, charLengthAt(chars, i)));
    auto strip = [&](std::size_t at) {
        if (ws)
            return isSpaceAt(t, at);
        const std::string_view c = std::string_view(t).substr(at, charLengthAt(t, at));
        return std::find(set.begin(), set.end(), c) != set.end();
    };
    std::size_t b = 0, e = t.size();
    if (left)
        while (b < e && strip(b))
            b += charLengthAt(t, b);
    if (right)
        while (e > b && strip(charStartBefore(t, e)))
            e = charStartBefore(t, e);
    if (b == 0 && e == t.size())
        return exactValue(in, ObjRef(self)); // unicode_result_unchanged
    return in.newStr(t.substr(b, e - b));
}
ObjRef strStrip(Interpreter& in, Object* self, CallArgs& args) {
    return stripImpl(in, self, args, true, true, "strip");
}
ObjRef strLstrip(Interpreter& in, Object* self, CallArgs& args) {
    return stripImpl(in, self, args, true, false, "lstrip");
}
ObjRef strRstrip(Interpreter& in, Object* self, CallArgs& args) {
    return stripImpl(in, self, args, false, true, "rstrip");
}

ObjRef strReplace(Interpreter& in, Object* self, CallArgs& args) {
    if (!noKeywords(in, args, self, "replace") || !argCount(in, args, self, "replace", 2, 3))
        return nullptr;
    if (!strArg(in, args.positional[0].get(), "replace() argument 1 ") ||
        !strArg(in, args.positional[1].get(), "replace() argument 2 "))
        return nullptr;
    std::int64_t count = -1;
    if (args.positional.size() == 3) {
        auto v = intArg(in, args.positional[2].get());
        if (!v)
            return nullptr;
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
            if (c < s->length)
                out += t.substr(byteOffset(s, c), byteOffset(s, c + 1) - byteOffset(s, c));
            if (in.pollStop(1 + rep.size() / Interpreter::kPollBytes))
                return nullptr;
            if (out.size() > kTextCheckBytes && !in.heap().canAllocate(out.size()))
                return in.memoryLimit();
        }
    } else {
        while (count < 0 || done < count) {
            auto found = findText(in, t, old, i);
            if (!found)
                return nullptr;
            std::size_t j = *found;
            if (j == std::string::npos)
                break;
            out.append(t, i, j - i);
            out += rep;
            if (in.pollStop(1 + (j - i + rep.size()) / Interpreter::kPollBytes))
                return nullptr;
            if (out.size() > kTextCheckBytes && !in.heap().canAllocate(out.size()))
                return in.memoryLimit();
            i = j + old.size();
            ++done;
        }
        out += t.substr(i);
    }
    if (done == 0)
        return exactValue(in, ObjRef(self)); // unicode_result_unchanged
    return in.newStr(std::move(out));
}

// The arguments of find, index and count: the str looked for, then start and end (range()).
// False when they are wrong, with the exception raised.
bool substringArgs(Interpreter& in, CallArgs& args, const char* name, const rt::StrObject* s,
                   std::size_t& b, std::size_t& e) {
    // stringlib_parse_args_finds reads start and end before the str is checked.
    return varargsNoKeywords(in, args, name) && parseTupleCount(in, args, name, 1, 3) &&
           range(in, args, 1, s, b, e) && strArg(in, args.positional[0].get(), "");
}

ObjRef findImpl(Interpreter& in, Object* self, CallArgs& args, const char* name, bool reverse,
                bool raises) {
    auto* s = S(self);
    std::size_t b = 0, e = 0;
    if (!substringArgs(in, args, name, s, b, e))
        return nullptr;
    const std::string& sub = text(args.positional[0].get());
    std::size_t pos = std::string::npos;
    if (b != std::string::npos && b <= e && sub.size() <= e - b) {
        std::string_view hay(s->text.data() + b, e - b);
        auto r = reverse ? rfindText(in, hay, sub) : findText(in, hay, sub);
        if (!r)
            return nullptr;
        if (*r != std::string::npos)
            pos = *r + b;
    }
    if (pos == std::string::npos) {
        if (raises)
            return in.raise("ValueError", "substring not found");
        return in.heap().newInt(-1);
    }
    return in.heap().newInt(cpIndex(s, pos));
}
ObjRef strFind(Interpreter& in, Object* self, CallArgs& args) {
    return findImpl(in, self, args, "find", false, false);
}
ObjRef strRfind(Interpreter& in, Object* self, CallArgs& args) {
    return findImpl(in, self, args, "rfind", true, false);
}
ObjRef strIndex(Interpreter& in, Object* self, CallArgs& args) {
    return findImpl(in, self, args, "index", false, true);
}
ObjRef strRindex(Interpreter& in, Object* self, CallArgs& args) {
    return findImpl(in, self, args, "rindex", true, true);
}

ObjRef strCount(Interpreter& in, Object* self, CallArgs& args) {
    auto* s = S(self);
    std::size_t b = 0, e = 0;
    if (!substringArgs(in, args, "count", s, b, e))
        return nullptr;
    const std::string& sub = text(args.positional[0].get());
    if (b == std::string::npos || b > e)
        return in.heap().newInt(0);
    if (sub.empty())
        return in.heap().newInt(cpIndex(s, e) - cpIndex(s, b) + 1);
    std::int64_t n = 0;
    std::size_t i = b;
    const std::string_view hay = std::string_view(s->text).substr(0, e);
    while (true) {
        auto j = findText(in, hay, sub, i);
        if (!j || in.pollStop())
            return nullptr;
        if (*j == std::string::npos)
            break;
        ++n;
        i = *j + sub.size();
    }
    return in.heap().newInt(n);
}

ObjRef affix(Interpreter& in, Object* self, CallArgs& args, const char* name, bool suffix) {
    if (!varargsNoKeywords(in, args, name) || !parseTupleCount(in, args, name, 1, 3))
        return nullptr;
    auto* s = S(self);
    std::size_t b = 0, e = 0;
    if (!range(in, args, 1, s, b, e))
        return nullptr;
    ObjVec options;
    Object* a = args.positional[0].get();
    if (a->tag == rt::Tag::Tuple)
        options = static_cast<rt::TupleObject*>(a)->items;
    else if (isStr(a))
        options.push_back(args.positional[0]);
    else
        return in.raise("TypeError", std::string(name) +
                                         " first arg must be str or a tuple of str, not " +
                                         in.typeName(a));
    if (b == std::string::npos)
        return in.boolean(false);
    std::string_view hay(s->text.data() + b, e >= b ? e - b : 0);
    for (const ObjRef& o : options) {
        if (!isStr(o.get()))
            return in.raise("TypeError", "tuple for " + std::string(name) +
                                             " must only contain str, not " + in.typeName(o.get()));
        const std::string& p = text(o.get());
        if (p.size() <= hay.size() &&
            (suffix ? hay.substr(hay.size() - p.size()) == p : hay.substr(0, p.size()) == p))
            return in.boolean(true);
    }
    return in.boolean(false);
}
ObjRef strStartswith(Interpreter& in, Object* self, CallArgs& args) {
    return affix(in, self, args, "startswith", false);
}
ObjRef strEndswith(Interpreter& in, Object* self, CallArgs& args) {
    return affix(in, self, args, "endswith", true);
}

ObjRef pad(Interpreter& in, Object* self, CallArgs& args, const char* name, int where) {
    if (!noKeywords(in, args, self, name) || !argCount(in, args, self, name, 1, 2))
        return nullptr;
    auto w = intArg(in, args.positional[0].get());
    if (!w)
        return nullptr;
    std::string fill = " ";
    if (args.positional.size() == 2) {
        Object* f = args.positional[1].get();
        if (!isStr(f) || S(f)->length != 1)
            return in.raise("TypeError", "The fill character must be exactly one character long");
        fill = text(f);
    }
    auto* s = S(self);
    if (*w <= s->length)
        return exactValue(in, ObjRef(self)); // unicode_result_unchanged
    std::int64_t total = *w - s->length;
    std::int64_t leftPad = where == 0 ? 0 : where == 2 ? total : total / 2 + (total & *w & 1);
    if (!in.heap().canAllocate(static_cast<std::uint64_t>(total) * fill.size() + s->text.size()))
        return in.memoryLimit();
    std::string out;
    for (std::int64_t i = 0; i < leftPad; ++i)
        out += fill;
    out += s->text;
    for (std::int64_t i = 0; i < total - leftPad; ++i)
        out += fill;
    return in.newStr(std::move(out));
}
ObjRef strLjust(Interpreter& in, Object* self, CallArgs& args) {
    return pad(in, self, args, "ljust", 0);
}
ObjRef strCenter(Interpreter& in, Object* self, CallArgs& args) {
    return pad(in, self, args, "center", 1);
}
ObjRef strRjust(Interpreter& in, Object* self, CallArgs& args) {
    return pad(in, self, args, "rjust", 2);
}

ObjRef strZfill(Interpreter& in, Object* self, CallArgs& args) {
    if (!noKeywords(in, args, self, "zfill") || !argCount(in, args, self, "zfill", 1, 1))
        return nullptr;
    auto w = intArg(in, args.positional[0].get());
    if (!w)
        return nullptr;
    auto* s = S(self);
    if (*w <= s->length)
        return exactValue(in, ObjRef(self)); // unicode_result_unchanged
    if (!in.heap().canAllocate(static_cast<std::uint64_t>(*w)))
        return in.memoryLimit();
    std::string t = s->text;
    std::size_t at = (!t.empty() && (t[0] == '+' || t[0] == '-')) ? 1 : 0;
    t.insert(at, static_cast<std::size_t>(*w - s->length), '0');
    return in.newStr(std::move(t));
}

ObjRef strSplitlines(Interpreter& in, Object* self, CallArgs& args) {
    if (!keywordParserCount(in, args, "splitlines", 1, 1))
        return nullptr;
    ObjRef keep = takeKeyword(args, "keepends");
    if (!noMoreKeywords(in, args, "splitlines"))
        return nullptr;
    if (!args.positional.empty())
        keep = args.positional[0];
    int keepEnds = keep ? in.truthy(keep.get()) : 0;
    const std::string& t = text(self);
    ObjVec parts;
    std::size_t i = 0;
    while (i < t.size()) {
        std::size_t j = i;
        while (j < t.size() && t[j] != '\n' && t[j] != '\r')
            ++j;
        std::size_t end = j;
        if (j < t.size())
            j += (t[j] == '\r' && j + 1 < t.size() && t[j + 1] == '\n') ? 2 : 1;
        parts.push_back(in.newStr(t.substr(i, (keepEnds ? j : end) - i)));
        if (in.pollStop(1 + (j - i) / Interpreter::kPollBytes))
            return nullptr;
        i = j;
    }
    return rt::capacity::appendedList(in.heap(), std::move(parts));
}

ObjRef partitionImpl(Interpreter& in, Object* self, CallArgs& args, bool reverse) {
    const char* name = reverse ? "rpartition" : "partition";
    if (!noKeywords(in, args, self, name) || !argCount(in, args, self, name, 1, 1))
        return nullptr;
    if (!strArg(in, args.positional[0].get(), ""))
        return nullptr;
    const std::string& t = text(self);
    const std::string& sep = text(args.positional[0].get());
    if (sep.empty())
        return in.raise("ValueError", "empty separator");
    auto found = reverse ? rfindText(in, t, sep) : findText(in, t, sep);
    if (!found)
        return nullptr;
    std::size_t j = *found;
    if (j == std::string::npos) {
        if (reverse)
            return in.heap().newTuple({in.heap().emptyStr(), in.heap().emptyStr(), ObjRef(self)});
        return in.heap().newTuple({ObjRef(self), in.heap().emptyStr(), in.heap().emptyStr()});
    }
    return in.heap().newTuple(
        {in.newStr(t.substr(0, j)), args.positional[0], in.newStr(t.substr(j + sep.size()))});
}
ObjRef strPartition(Interpreter& in, Object* self, CallArgs& args) {
    return partitionImpl(in, self, args, false);
}
ObjRef strRpartition(Interpreter& in, Object* self, CallArgs& args) {
    return partitionImpl(in, self, args, true);
}

// A format without fields is written whole by CPython's writer: the result is the format.
ObjRef wholeFormat(Object* self, ObjRef result) {
    if (result && text(self).find_first_of("{}") == std::string::npos)
        return ObjRef(self);
    return result;
}

ObjRef strFormatMethod(Interpreter& in, Object* self, CallArgs& args) {
    return wholeFormat(self, strFormat(in, text(self), args));
}

ObjRef strFormatMap(Interpreter& in, Object* self, CallArgs& args) {
    if (!noKeywords(in, args, self, "format_map") || !argCount(in, args, self, "format_map", 1, 1))
        return nullptr;
    CallArgs none;
    return wholeFormat(self, strFormat(in, text(self), none, args.positional[0].get()));
}

// rsplit: split scans from the right, so only the leftmost part keeps what maxsplit leaves.
ObjRef strRsplit(Interpreter& in, Object* self, CallArgs& args) {
    auto parsed = splitArgs(in, args, "rsplit");
    if (!parsed)
        return nullptr;
    ObjRef sep = std::move(parsed->sep);
    const std::int64_t maxsplit = parsed->maxsplit;
    const std::string& t = text(self);
    std::vector<std::string> parts;
    bool whole = false;
    if (!sep || sep->tag == rt::Tag::None) {
        std::size_t e = t.size();
        while (true) {
            while (e > 0 && isSpaceAt(t, charStartBefore(t, e)))
                e = charStartBefore(t, e);
            if (e == 0)
                break;
            if (maxsplit >= 0 && static_cast<std::int64_t>(parts.size()) >= maxsplit) {
                parts.push_back(t.substr(0, e)); // keeps its leading whitespace
                break;
            }
            std::size_t b = e;
            while (b > 0 && !isSpaceAt(t, charStartBefore(t, b)))
                b = charStartBefore(t, b);
            if (b == 0 && e == t.size() && parts.empty())
                whole = true;
            parts.push_back(t.substr(b, e - b));
            if (in.pollStop(1 + (e - b) / Interpreter::kPollBytes))
                return nullptr;
            e = b;
        }
    } else {
        if (!strArg(in, sep.get(), ""))
            return nullptr;
        const std::string& sp = text(sep.get());
        if (sp.empty())
            return in.raise("ValueError", "empty separator");
        std::size_t e = t.size();
        while (true) {
            std::size_t j = std::string::npos;
            if (!(maxsplit >= 0 && static_cast<std::int64_t>(parts.size()) >= maxsplit) &&
                e >= sp.size()) {
                auto found = rfindText(in, t, sp, e - sp.size());
                if (!found || in.pollStop())
                    return nullptr;
                j = *found;
            }
            if (j == std::string::npos) {
                if (e == t.size() && parts.empty())
                    whole = true;
                parts.push_back(t.substr(0, e));
                break;
            }
            parts.push_back(t.substr(j + sp.size(), e - j - sp.size()));
            e = j;
        }
    }
    ObjVec out;
    for (auto it = parts.rbegin(); it != parts.rend(); ++it) {
        out.push_back(whole ? exactValue(in, ObjRef(self)) : in.newStr(*it));
        if (in.pollStop())
            return nullptr;
    }
    return splitList(in, self, sep && sep->tag != rt::Tag::None ? sep.get() : nullptr, maxsplit,
                     std::move(out));
}

ObjRef strExpandtabs(Interpreter& in, Object* self, CallArgs& args) {
    if (!keywordParserCount(in, args, "expandtabs", 1, 1))
        return nullptr;
    ObjRef sizeArg = takeKeyword(args, "tabsize");
    if (!noMoreKeywords(in, args, "expandtabs"))
        return nullptr;
    if (!args.positional.empty())
        sizeArg = args.positional[0];
    std::int64_t tab = 8;
    if (sizeArg) {
        auto v = intArg(in, sizeArg.get());
        if (!v)
            return nullptr;
        tab = *v;
    }
    std::string out;
    std::int64_t column = 0;
    for (unsigned char c : text(self)) {
        if (c == '\t') {
            if (tab > 0) {
                std::int64_t n = tab - column % tab;
                if (in.pollStop(1 + static_cast<std::uint64_t>(n) / Interpreter::kPollBytes))
                    return nullptr;
                if (!in.heap().canAllocate(out.size() + static_cast<std::uint64_t>(n)))
                    return in.memoryLimit();
                out.append(static_cast<std::size_t>(n), ' ');
                column += n;
            }
        } else {
            out += static_cast<char>(c);
            if (c == '\n' || c == '\r')
                column = 0;
            else if ((c & 0xC0) != 0x80)
                ++column; // count code points, not UTF-8 bytes
        }
    }
    return in.newStr(std::move(out));
}

ObjRef affixRemove(Interpreter& in, Object* self, CallArgs& args, const char* name, bool suffix) {
    if (!noKeywords(in, args, self, name) || !argCount(in, args, self, name, 1, 1))
        return nullptr;
    Object* a = args.positional[0].get();
    if (!isStr(a))
        return in.raise("TypeError",
                        std::string(name) + "() argument must be str, not " + in.typeName(a));
    const std::string& t = text(self);
    const std::string& x = text(a);
    if (x.empty() || x.size() > t.size())
        return exactValue(in, ObjRef(self)); // unicode_result_unchanged
    if (suffix ? t.compare(t.size() - x.size(), x.size(), x) != 0 : t.compare(0, x.size(), x) != 0)
        return exactValue(in, ObjRef(self)); // unicode_result_unchanged
    return in.newStr(suffix ? t.substr(0, t.size() - x.size()) : t.substr(x.size()));
}
ObjRef strRemoveprefix(Interpreter& in, Object* self, CallArgs& args) {
    return affixRemove(in, self, args, "removeprefix", false);
}
ObjRef strRemovesuffix(Interpreter& in, Object* self, CallArgs& args) {
    return affixRemove(in, self, args, "removesuffix", true);
}

// At most this many byte comparisons between two polls of one search (about a millisecond).
constexpr std::size_t kSearchSpan = std::size_t{1} << 20;

// How many start positions one search window tries: kSearchSpan comparisons at worst.
std::size_t searchStarts(std::size_t needle) {
    return std::max<std::size_t>(1, kSearchSpan / std::max<std::size_t>(1, needle));
}

} // namespace

std::size_t charLengthAt(std::string_view t, std::size_t i) {
    return numeric::codePointAt(t, i).length;
}

std::size_t charStartBefore(std::string_view t, std::size_t e) {
    for (std::size_t back = 1; back <= 4 && back <= e; ++back) {
        if ((static_cast<unsigned char>(t[e - back]) & 0xC0) != 0x80)
            return charLengthAt(t, e - back) == back ? e - back : e - 1;
    }
    return e - 1;
}

bool isSpaceAt(std::string_view t, std::size_t i) {
    const auto c = static_cast<unsigned char>(t[i]);
    if (c < 0x80)
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f' ||
               (c >= 0x1c && c <= 0x1f);
    return numeric::unicode::has(numeric::readCodePoint(t, i), numeric::unicode::kSpace);
}

std::optional<std::size_t> findText(Interpreter& in, std::string_view hay, std::string_view needle,
                                    std::size_t from) {
    const std::size_t m = needle.size();
    if (m == 0)
        return from <= hay.size() ? from : std::string_view::npos;
    const std::size_t starts = searchStarts(m);
    for (std::size_t p = from; p < hay.size() && hay.size() - p >= m; p += starts) {
        std::size_t r = hay.substr(p, std::min(hay.size() - p, starts + m - 1)).find(needle);
        if (r != std::string_view::npos)
            return p + r;
        if (in.pollStop(starts * m / Interpreter::kPollBytes + 1))
            return std::nullopt;
    }
    return std::string_view::npos;
}

std::optional<std::size_t> rfindText(Interpreter& in, std::string_view hay, std::string_view needle,
                                     std::size_t from) {
    const std::size_t m = needle.size();
    if (m == 0)
        return std::min(from, hay.size());
    if (m > hay.size())
        return std::string_view::npos;
    const std::size_t starts = searchStarts(m);
    std::size_t hi = std::min(from, hay.size() - m);
    while (true) {
        std::size_t lo = hi >= starts - 1 ? hi - (starts - 1) : 0;
        std::size_t r = hay.substr(lo, hi - lo + m).rfind(needle);
        if (r != std::string_view::npos)
            return lo + r;
        if (lo == 0)
            return std::string_view::npos;
        if (in.pollStop(starts * m / Interpreter::kPollBytes + 1))
            return std::nullopt;
        hi = lo - 1;
    }
}

void registerStrMethods(MethodTables& t) {
    auto reg = [&](rt::Tag tag, const char* name, rt::NativeFn fn) {
        t[static_cast<std::size_t>(tag)][name] = fn;
    };
    reg(rt::Tag::Str, "split", strSplit);
    reg(rt::Tag::Str, "join", strJoin);
    reg(rt::Tag::Str, "strip", strStrip);
    reg(rt::Tag::Str, "lstrip", strLstrip);
    reg(rt::Tag::Str, "rstrip", strRstrip);
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
    reg(rt::Tag::Str, "format_map", strFormatMap);
    reg(rt::Tag::Str, "rsplit", strRsplit);
    reg(rt::Tag::Str, "expandtabs", strExpandtabs);
    reg(rt::Tag::Str, "removeprefix", strRemoveprefix);
    reg(rt::Tag::Str, "removesuffix", strRemovesuffix);
    registerStrCaseMethods(t);
}

} // namespace memstep::core::interp
