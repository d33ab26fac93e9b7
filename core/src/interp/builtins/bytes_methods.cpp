// The read-only methods bytes and bytearray share: searching, splitting, stripping, joining,
// replacing, ASCII case and classification. Each answers with an object of the receiver's
// type; a bytes method that changes nothing returns the receiver itself where CPython does
// (strip, replace), while a bytearray's result is always a new object.
#include "interp/builtins/bytes_util.h"
#include "runtime/list_capacity.h"

#include <algorithm>
#include <deque>

namespace memstep::core::interp {

namespace {

constexpr std::string_view kAsciiSpace = " \t\n\r\x0b\x0c";

bool isAsciiSpace(char c) {
    return kAsciiSpace.find(c) != std::string_view::npos;
}

// A needle that must be bytes-like: "a bytes-like object is required, not 'str'".
bool needBytes(Interpreter& in, Object* o) {
    if (isBytesLike(o))
        return true;
    if (refusedBuffer(in, o, "a bytes method"))
        return false;
    in.raise("TypeError",
             "a bytes-like object is required, not '" + std::string(in.typeName(o)) + "'");
    return false;
}

// find/count/index's needle: a byte value or a bytes-like object.
std::optional<std::string> subArg(Interpreter& in, Object* o) {
    if (const std::string* data = bufferOf(o))
        return *data;
    if (o->tag != rt::Tag::Int && o->tag != rt::Tag::Bool) {
        in.raise("TypeError", "argument should be integer or bytes-like object, not '" +
                                  std::string(in.typeName(o)) + "'");
        return std::nullopt;
    }
    auto v = byteValue(in, o);
    if (!v)
        return std::nullopt;
    return std::string(1, static_cast<char>(*v));
}

// start/end arguments at positional[first], clamped like slice indices; b > n: no match.
bool searchRange(Interpreter& in, CallArgs& args, std::size_t first, std::int64_t n,
                 std::int64_t& b, std::int64_t& e) {
    b = 0;
    e = n;
    for (std::size_t k = 0; k < 2; ++k) {
        if (args.positional.size() <= first + k || args.positional[first + k]->tag == rt::Tag::None)
            continue;
        auto v = sliceIndexArg(in, args.positional[first + k].get(), true);
        if (!v)
            return false;
        (k == 0 ? b : e) = *v;
    }
    if (b < 0)
        b = std::max<std::int64_t>(0, b + n);
    if (e < 0)
        e = std::max<std::int64_t>(0, e + n);
    e = std::min(e, n);
    return true;
}

ObjRef findImpl(Interpreter& in, Object* self, CallArgs& args, const char* name, bool reverse,
                bool raising) {
    // stringlib_parse_args_finds reads start and end before the bytes are checked.
    if (!varargsNoKeywords(in, args, name) || !parseTupleCount(in, args, name, 1, 3))
        return nullptr;
    const std::string& data = bytesData(self);
    std::int64_t b = 0, e = 0;
    if (!searchRange(in, args, 1, static_cast<std::int64_t>(data.size()), b, e))
        return nullptr;
    auto sub = subArg(in, args.positional[0].get());
    if (!sub)
        return nullptr;
    std::int64_t found = -1;
    if (b <= e && static_cast<std::int64_t>(sub->size()) <= e - b) {
        std::string_view hay(data.data() + b, static_cast<std::size_t>(e - b));
        auto at = reverse ? hay.rfind(*sub) : hay.find(*sub);
        if (at != std::string_view::npos)
            found = b + static_cast<std::int64_t>(at);
    }
    if (found < 0 && raising)
        return in.raise("ValueError", "subsection not found");
    return in.heap().newInt(found);
}

ObjRef bFind(Interpreter& in, Object* self, CallArgs& args) {
    return findImpl(in, self, args, "find", false, false);
}
ObjRef bRfind(Interpreter& in, Object* self, CallArgs& args) {
    return findImpl(in, self, args, "rfind", true, false);
}
ObjRef bIndex(Interpreter& in, Object* self, CallArgs& args) {
    return findImpl(in, self, args, "index", false, true);
}
ObjRef bRindex(Interpreter& in, Object* self, CallArgs& args) {
    return findImpl(in, self, args, "rindex", true, true);
}

ObjRef bCount(Interpreter& in, Object* self, CallArgs& args) {
    if (!varargsNoKeywords(in, args, "count") || !parseTupleCount(in, args, "count", 1, 3))
        return nullptr;
    const std::string& data = bytesData(self);
    std::int64_t b = 0, e = 0;
    if (!searchRange(in, args, 1, static_cast<std::int64_t>(data.size()), b, e))
        return nullptr;
    auto sub = subArg(in, args.positional[0].get());
    if (!sub)
        return nullptr;
    if (b > e)
        return in.heap().newInt(0);
    if (sub->empty())
        return in.heap().newInt(e - b + 1);
    std::string_view hay(data.data() + b, static_cast<std::size_t>(e - b));
    std::int64_t count = 0;
    for (auto at = hay.find(*sub); at != std::string_view::npos;
         at = hay.find(*sub, at + sub->size()))
        ++count;
    return in.heap().newInt(count);
}

ObjRef affixImpl(Interpreter& in, Object* self, CallArgs& args, const char* name, bool end) {
    if (!varargsNoKeywords(in, args, name) || !parseTupleCount(in, args, name, 1, 3))
        return nullptr;
    const std::string& data = bytesData(self);
    std::int64_t b = 0, e = 0; // start and end are read before the prefix is checked
    if (!searchRange(in, args, 1, static_cast<std::int64_t>(data.size()), b, e))
        return nullptr;
    Object* what = args.positional[0].get();
    std::vector<Object*> options;
    if (what->tag == rt::Tag::Tuple) {
        for (const ObjRef& o : static_cast<rt::TupleObject*>(what)->items)
            options.push_back(o.get());
    } else if (bufferOf(what)) {
        options.push_back(what);
    } else {
        return in.raise("TypeError", std::string(name) +
                                         " first arg must be bytes or a tuple of bytes, not " +
                                         in.typeName(what));
    }
    // A tuple's items are tried in order, each checked only when its turn comes: a match
    // before a wrong item returns True, as CPython's tailmatch loop does.
    for (Object* o : options) {
        if (refusedBuffer(in, o, name))
            return nullptr;
        if (!isBytesLike(o))
            return in.raise("TypeError", "a bytes-like object is required, not '" +
                                             std::string(in.typeName(o)) + "'");
        const std::string& affix = bytesData(o);
        const auto len = static_cast<std::int64_t>(affix.size());
        if (b > static_cast<std::int64_t>(data.size()) || e - b < len)
            continue;
        const std::int64_t at = end ? e - len : b;
        if (data.compare(static_cast<std::size_t>(at), affix.size(), affix) == 0)
            return in.heap().boolean(true);
    }
    return in.heap().boolean(false);
}

ObjRef bStartswith(Interpreter& in, Object* self, CallArgs& args) {
    return affixImpl(in, self, args, "startswith", false);
}
ObjRef bEndswith(Interpreter& in, Object* self, CallArgs& args) {
    return affixImpl(in, self, args, "endswith", true);
}

ObjRef stripImpl(Interpreter& in, Object* self, CallArgs& args, const char* name, bool left,
                 bool right) {
    if (!noKeywords(in, args, self, name) || !argCount(in, args, self, name, 0, 1))
        return nullptr;
    std::string chars(kAsciiSpace);
    if (!args.positional.empty() && args.positional[0]->tag != rt::Tag::None) {
        if (!needBytes(in, args.positional[0].get()))
            return nullptr;
        chars = bytesData(args.positional[0].get());
    }
    const std::string& data = bytesData(self);
    std::size_t b = 0, e = data.size();
    while (left && b < e && chars.find(data[b]) != std::string::npos)
        ++b;
    while (right && e > b && chars.find(data[e - 1]) != std::string::npos)
        --e;
    if (self->tag == rt::Tag::Bytes && b == 0 && e == data.size())
        return ObjRef(self);
    return newBytesLike(in, self, data.substr(b, e - b));
}

ObjRef bStrip(Interpreter& in, Object* self, CallArgs& args) {
    return stripImpl(in, self, args, "strip", true, true);
}
ObjRef bLstrip(Interpreter& in, Object* self, CallArgs& args) {
    return stripImpl(in, self, args, "lstrip", true, false);
}
ObjRef bRstrip(Interpreter& in, Object* self, CallArgs& args) {
    return stripImpl(in, self, args, "rstrip", false, true);
}

// split/rsplit: sep and maxsplit by position or keyword.
ObjRef splitImpl(Interpreter& in, Object* self, CallArgs& args, const char* name, bool reverse) {
    if (!keywordParserCount(in, args, name, 2, 2))
        return nullptr;
    ObjRef sep = takeKeyword(args, "sep");
    ObjRef maxKw = takeKeyword(args, "maxsplit");
    if (!noMoreKeywords(in, args, name))
        return nullptr;
    if (!sep && !args.positional.empty())
        sep = args.positional[0];
    std::int64_t maxsplit = -1;
    Object* maxArg = maxKw                        ? maxKw.get()
                     : args.positional.size() > 1 ? args.positional[1].get()
                                                  : nullptr;
    if (maxArg) {
        auto v = intArg(in, maxArg);
        if (!v)
            return nullptr;
        maxsplit = *v < 0 ? -1 : *v;
    }
    const std::string& data = bytesData(self);
    std::vector<std::string> parts;
    if (sep && sep->tag != rt::Tag::None) {
        if (!needBytes(in, sep.get()))
            return nullptr;
        const std::string& s = bytesData(sep.get());
        if (s.empty())
            return in.raise("ValueError", "empty separator");
        std::string_view rest(data);
        while (maxsplit < 0 || static_cast<std::int64_t>(parts.size()) < maxsplit) {
            auto at = reverse ? rest.rfind(s) : rest.find(s);
            if (at == std::string_view::npos)
                break;
            if (reverse) {
                parts.emplace_back(rest.substr(at + s.size()));
                rest = rest.substr(0, at);
            } else {
                parts.emplace_back(rest.substr(0, at));
                rest = rest.substr(at + s.size());
            }
        }
        parts.emplace_back(rest);
    } else {
        std::string_view rest(data);
        while (true) {
            while (!rest.empty() && isAsciiSpace(reverse ? rest.back() : rest.front()))
                reverse ? rest.remove_suffix(1) : rest.remove_prefix(1);
            if (rest.empty())
                break;
            if (maxsplit >= 0 && static_cast<std::int64_t>(parts.size()) >= maxsplit) {
                parts.emplace_back(rest);
                break;
            }
            std::size_t n = 0;
            while (n < rest.size() && !isAsciiSpace(reverse ? rest[rest.size() - 1 - n] : rest[n]))
                ++n;
            parts.emplace_back(reverse ? rest.substr(rest.size() - n) : rest.substr(0, n));
            reverse ? rest.remove_suffix(n) : rest.remove_prefix(n);
        }
    }
    if (reverse)
        std::reverse(parts.begin(), parts.end());
    ObjVec items;
    for (std::string& p : parts)
        items.push_back(newBytesLike(in, self, std::move(p)));
    auto l = in.heap().newList(std::move(items));
    rt::capacity::splitResult(l->capacity, maxsplit, l->items.size()); // stringlib's split
    return l;
}

ObjRef bSplit(Interpreter& in, Object* self, CallArgs& args) {
    return splitImpl(in, self, args, "split", false);
}
ObjRef bRsplit(Interpreter& in, Object* self, CallArgs& args) {
    return splitImpl(in, self, args, "rsplit", true);
}

ObjRef bJoin(Interpreter& in, Object* self, CallArgs& args) {
    if (!noKeywords(in, args, self, "join") || !argCount(in, args, self, "join", 1, 1))
        return nullptr;
    ObjVec items;
    if (!in.collect(args.positional[0].get(), items))
        return nullptr;
    std::deque<std::string> bufferCopies; // views' bytes: their buffer() is rebuilt per read
    // Any buffer joins (a memoryview, an array.array): its bytes are read once, up front.
    std::vector<const std::string*> parts;
    for (std::size_t i = 0; i < items.size(); ++i)
        if (const std::string* b = bufferOf(items[i].get()); b && isBytesLike(items[i].get()))
            parts.push_back(b);
        else if (b)
            parts.push_back(&bufferCopies.emplace_back(*b));
        else
            return in.raise("TypeError", "sequence item " + std::to_string(i) +
                                             ": expected a bytes-like object, " +
                                             in.typeName(items[i].get()) + " found");
    // CPython's bytes.join of one exact bytes returns it.
    if (self->tag == rt::Tag::Bytes && items.size() == 1 && items[0]->tag == rt::Tag::Bytes)
        return items[0];
    std::string out;
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (i > 0)
            out += bytesData(self);
        out += *parts[i];
        if (!in.heap().canAllocate(out.size()))
            return in.memoryLimit();
    }
    return newBytesLike(in, self, std::move(out));
}

ObjRef bReplace(Interpreter& in, Object* self, CallArgs& args) {
    if (!noKeywords(in, args, self, "replace") || !argCount(in, args, self, "replace", 2, 3))
        return nullptr;
    if (!needBytes(in, args.positional[0].get()) || !needBytes(in, args.positional[1].get()))
        return nullptr;
    std::int64_t count = -1;
    if (args.positional.size() == 3) {
        auto v = intArg(in, args.positional[2].get());
        if (!v)
            return nullptr;
        count = *v;
    }
    const std::string& data = bytesData(self);
    const std::string& old = bytesData(args.positional[0].get());
    const std::string& rep = bytesData(args.positional[1].get());
    std::string out;
    std::int64_t done = 0;
    std::size_t pos = 0;
    if (old.empty()) {
        for (; pos <= data.size(); ++pos) {
            if (count < 0 || done < count) {
                out += rep;
                ++done;
            }
            if (pos < data.size())
                out += data[pos];
        }
    } else {
        while (count < 0 || done < count) {
            auto at = data.find(old, pos);
            if (at == std::string::npos)
                break;
            out.append(data, pos, at - pos);
            out += rep;
            pos = at + old.size();
            ++done;
        }
        out.append(data, pos, std::string::npos);
    }
    if (done == 0 && self->tag == rt::Tag::Bytes)
        return ObjRef(self);
    return newBytesLike(in, self, std::move(out));
}

// upper, lower, swapcase: ASCII letters only; always a new object.
ObjRef caseImpl(Interpreter& in, Object* self, CallArgs& args, const char* name,
                char (*map)(char)) {
    if (!noKeywords(in, args, self, name) || !argCount(in, args, self, name, 0, 0))
        return nullptr;
    std::string out = bytesData(self);
    for (char& c : out)
        c = map(c);
    return self->tag == rt::Tag::Bytes && !out.empty()
               ? ObjRef(in.heap().freshBytes(std::move(out)))
               : newBytesLike(in, self, std::move(out));
}
char toUpper(char c) {
    return c >= 'a' && c <= 'z' ? static_cast<char>(c - 32) : c;
}
char toLower(char c) {
    return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c;
}
char swapCase(char c) {
    return c >= 'a' && c <= 'z' ? toUpper(c) : toLower(c);
}

// isdigit, isalpha...: every byte passes, and there is at least one.
ObjRef classImpl(Interpreter& in, Object* self, CallArgs& args, const char* name,
                 bool (*test)(unsigned char)) {
    if (!noKeywords(in, args, self, name) || !argCount(in, args, self, name, 0, 0))
        return nullptr;
    const std::string& data = bytesData(self);
    bool all = !data.empty();
    for (char c : data)
        all = all && test(static_cast<unsigned char>(c));
    return in.heap().boolean(all);
}
bool digit(unsigned char c) {
    return c >= '0' && c <= '9';
}
bool lowerLetter(unsigned char c) {
    return c >= 'a' && c <= 'z';
}
bool upperLetter(unsigned char c) {
    return c >= 'A' && c <= 'Z';
}
bool alpha(unsigned char c) {
    return lowerLetter(c) || upperLetter(c);
}
bool alnum(unsigned char c) {
    return alpha(c) || digit(c);
}
bool space(unsigned char c) {
    return isAsciiSpace(static_cast<char>(c));
}
bool ascii(unsigned char c) {
    return c < 0x80;
}

// islower/isupper: at least one cased byte, and none of the other case.
ObjRef caseTest(Interpreter& in, Object* self, CallArgs& args, bool lower) {
    if (const char* name = lower ? "islower" : "isupper";
        !noKeywords(in, args, self, name) || !argCount(in, args, self, name, 0, 0))
        return nullptr;
    bool cased = false;
    for (char ch : bytesData(self)) {
        auto c = static_cast<unsigned char>(ch);
        if (lower ? upperLetter(c) : lowerLetter(c))
            return in.heap().boolean(false);
        cased = cased || (lower ? lowerLetter(c) : upperLetter(c));
    }
    return in.heap().boolean(cased);
}
ObjRef bIslower(Interpreter& in, Object* self, CallArgs& args) {
    return caseTest(in, self, args, true);
}
ObjRef bIsupper(Interpreter& in, Object* self, CallArgs& args) {
    return caseTest(in, self, args, false);
}

ObjRef bIsascii(Interpreter& in, Object* self, CallArgs& args) {
    if (!noKeywords(in, args, self, "isascii") || !argCount(in, args, self, "isascii", 0, 0))
        return nullptr;
    const std::string& data = bytesData(self);
    return in.heap().boolean(std::all_of(
        data.begin(), data.end(), [](char c) { return ascii(static_cast<unsigned char>(c)); }));
}

ObjRef partitionImpl(Interpreter& in, Object* self, CallArgs& args, const char* name,
                     bool reverse) {
    if (!noKeywords(in, args, self, name) || !argCount(in, args, self, name, 1, 1) ||
        !needBytes(in, args.positional[0].get()))
        return nullptr;
    const std::string& sep = bytesData(args.positional[0].get());
    if (sep.empty())
        return in.raise("ValueError", "empty separator");
    const std::string& data = bytesData(self);
    auto at = reverse ? data.rfind(sep) : data.find(sep);
    ObjVec parts;
    if (at == std::string::npos) {
        ObjRef whole = self->tag == rt::Tag::Bytes ? ObjRef(self) : newBytesLike(in, self, data);
        ObjRef empty = newBytesLike(in, self, {});
        parts = reverse ? ObjVec{empty, newBytesLike(in, self, {}), whole}
                        : ObjVec{whole, empty, newBytesLike(in, self, {})};
    } else {
        parts = {newBytesLike(in, self, data.substr(0, at)),
                 self->tag == rt::Tag::Bytes ? args.positional[0] : newBytesLike(in, self, sep),
                 newBytesLike(in, self, data.substr(at + sep.size()))};
    }
    return in.heap().newTuple(std::move(parts));
}
ObjRef bPartition(Interpreter& in, Object* self, CallArgs& args) {
    return partitionImpl(in, self, args, "partition", false);
}
ObjRef bRpartition(Interpreter& in, Object* self, CallArgs& args) {
    return partitionImpl(in, self, args, "rpartition", true);
}

ObjRef affixRemove(Interpreter& in, Object* self, CallArgs& args, const char* name, bool end) {
    if (!noKeywords(in, args, self, name) || !argCount(in, args, self, name, 1, 1) ||
        !needBytes(in, args.positional[0].get()))
        return nullptr;
    const std::string& data = bytesData(self);
    const std::string& affix = bytesData(args.positional[0].get());
    const bool has = !affix.empty() && (end ? data.ends_with(affix) : data.starts_with(affix));
    if (!has)
        return self->tag == rt::Tag::Bytes ? ObjRef(self) : newBytesLike(in, self, data);
    return newBytesLike(
        in, self, end ? data.substr(0, data.size() - affix.size()) : data.substr(affix.size()));
}
ObjRef bRemoveprefix(Interpreter& in, Object* self, CallArgs& args) {
    return affixRemove(in, self, args, "removeprefix", false);
}
ObjRef bRemovesuffix(Interpreter& in, Object* self, CallArgs& args) {
    return affixRemove(in, self, args, "removesuffix", true);
}

// ljust/center/rjust (where 0, 1, 2): CPython's padding split, the receiver itself when a
// bytes is already wide enough.
ObjRef padImpl(Interpreter& in, Object* self, CallArgs& args, const char* name, int where) {
    if (!noKeywords(in, args, self, name) || !argCount(in, args, self, name, 1, 2))
        return nullptr;
    auto w = intArg(in, args.positional[0].get());
    if (!w)
        return nullptr;
    char fill = ' ';
    if (args.positional.size() == 2) {
        Object* f = args.positional[1].get();
        if (!isBytesLike(f) || bytesData(f).size() != 1)
            return in.raise("TypeError",
                            std::string(name) +
                                "() argument 2 must be a byte string of length 1, not " +
                                in.typeName(f));
        fill = bytesData(f)[0];
    }
    const std::string& data = bytesData(self);
    const auto n = static_cast<std::int64_t>(data.size());
    if (*w <= n)
        return self->tag == rt::Tag::Bytes ? ObjRef(self) : newBytesLike(in, self, data);
    const std::int64_t total = *w - n;
    const std::int64_t left = where == 0 ? 0 : where == 2 ? total : total / 2 + (total & *w & 1);
    if (!in.heap().canAllocate(static_cast<std::uint64_t>(*w)))
        return in.memoryLimit();
    std::string out(static_cast<std::size_t>(left), fill);
    out += data;
    out.append(static_cast<std::size_t>(total - left), fill);
    return newBytesLike(in, self, std::move(out));
}
ObjRef bLjust(Interpreter& in, Object* self, CallArgs& args) {
    return padImpl(in, self, args, "ljust", 0);
}
ObjRef bCenter(Interpreter& in, Object* self, CallArgs& args) {
    return padImpl(in, self, args, "center", 1);
}
ObjRef bRjust(Interpreter& in, Object* self, CallArgs& args) {
    return padImpl(in, self, args, "rjust", 2);
}

ObjRef bZfill(Interpreter& in, Object* self, CallArgs& args) {
    if (!noKeywords(in, args, self, "zfill") || !argCount(in, args, self, "zfill", 1, 1))
        return nullptr;
    auto w = intArg(in, args.positional[0].get());
    if (!w)
        return nullptr;
    std::string data = bytesData(self);
    const auto n = static_cast<std::int64_t>(data.size());
    if (*w <= n)
        return self->tag == rt::Tag::Bytes ? ObjRef(self) : newBytesLike(in, self, data);
    if (!in.heap().canAllocate(static_cast<std::uint64_t>(*w)))
        return in.memoryLimit();
    const std::size_t at = !data.empty() && (data[0] == '+' || data[0] == '-') ? 1 : 0;
    data.insert(at, static_cast<std::size_t>(*w - n), '0');
    return newBytesLike(in, self, std::move(data));
}

// splitlines: \n, \r and \r\n end a line (a bytes has no other line breaks).
ObjRef bSplitlines(Interpreter& in, Object* self, CallArgs& args) {
    if (!keywordParserCount(in, args, "splitlines", 1, 1))
        return nullptr;
    ObjRef keep = takeKeyword(args, "keepends");
    if (!noMoreKeywords(in, args, "splitlines"))
        return nullptr;
    if (!args.positional.empty())
        keep = args.positional[0];
    const int keepEnds = keep ? in.truthy(keep.get()) : 0;
    if (keepEnds < 0)
        return nullptr;
    const std::string& data = bytesData(self);
    ObjVec parts;
    for (std::size_t i = 0; i < data.size();) {
        std::size_t j = i;
        while (j < data.size() && data[j] != '\n' && data[j] != '\r')
            ++j;
        std::size_t end = j;
        if (j < data.size())
            j += data[j] == '\r' && j + 1 < data.size() && data[j + 1] == '\n' ? 2 : 1;
        parts.push_back(newBytesLike(in, self, data.substr(i, (keepEnds ? j : end) - i)));
        i = j;
    }
    return rt::capacity::appendedList(in.heap(), std::move(parts));
}

} // namespace

void registerBytesMethods(MethodTables& t) {
    for (rt::Tag tag : {rt::Tag::Bytes, rt::Tag::ByteArray}) {
        auto& m = t[static_cast<std::size_t>(tag)];
        m["find"] = bFind;
        m["rfind"] = bRfind;
        m["index"] = bIndex;
        m["rindex"] = bRindex;
        m["count"] = bCount;
        m["startswith"] = bStartswith;
        m["endswith"] = bEndswith;
        m["strip"] = bStrip;
        m["lstrip"] = bLstrip;
        m["rstrip"] = bRstrip;
        m["split"] = bSplit;
        m["rsplit"] = bRsplit;
        m["join"] = bJoin;
        m["replace"] = bReplace;
        m["upper"] = [](Interpreter& in, Object* self, CallArgs& args) {
            return caseImpl(in, self, args, "upper", toUpper);
        };
        m["lower"] = [](Interpreter& in, Object* self, CallArgs& args) {
            return caseImpl(in, self, args, "lower", toLower);
        };
        m["swapcase"] = [](Interpreter& in, Object* self, CallArgs& args) {
            return caseImpl(in, self, args, "swapcase", swapCase);
        };
        m["isdigit"] = [](Interpreter& in, Object* self, CallArgs& args) {
            return classImpl(in, self, args, "isdigit", digit);
        };
        m["isalpha"] = [](Interpreter& in, Object* self, CallArgs& args) {
            return classImpl(in, self, args, "isalpha", alpha);
        };
        m["isalnum"] = [](Interpreter& in, Object* self, CallArgs& args) {
            return classImpl(in, self, args, "isalnum", alnum);
        };
        m["isspace"] = [](Interpreter& in, Object* self, CallArgs& args) {
            return classImpl(in, self, args, "isspace", space);
        };
        m["islower"] = bIslower;
        m["isupper"] = bIsupper;
        m["isascii"] = bIsascii;
        m["partition"] = bPartition;
        m["rpartition"] = bRpartition;
        m["removeprefix"] = bRemoveprefix;
        m["removesuffix"] = bRemovesuffix;
        m["ljust"] = bLjust;
        m["center"] = bCenter;
        m["rjust"] = bRjust;
        m["zfill"] = bZfill;
        m["splitlines"] = bSplitlines;
    }
}

} // namespace memstep::core::interp
