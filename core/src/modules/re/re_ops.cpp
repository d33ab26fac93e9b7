// The operations of a Pattern (re_module.h) as _sre.c's pattern_* functions run them: the
// search loop of findall, finditer, sub and split (an empty match may follow a non-empty one
// but never repeats at the same place: must_advance), the pieces each keeps (getslice's
// objects, so `is` answers as in CPython) and the replacement templates of sub.
#include "modules/re/re_module.h"
#include "numeric/utf8.h"
#include "runtime/list_capacity.h"

#include <algorithm>
#include <limits>
#include <tuple>

namespace memstep::core::modules::re {

namespace {

constexpr std::int64_t kMaxSize = std::numeric_limits<std::int64_t>::max(); // sys.maxsize

const std::string& textOf(Object* str) {
    return static_cast<rt::StrObject*>(str)->text;
}

// A Py_ssize_t argument (pos, endpos, count, maxsplit); nullopt with TypeError set.
std::optional<std::int64_t> sizeArg(Interpreter& in, Object* o, std::int64_t dflt) {
    if (!o)
        return dflt;
    return interp::intArg(in, o);
}

// The (pos, endpos) window of a text of `length` code points, as state_init clamps it.
std::pair<std::int64_t, std::int64_t> window(std::int64_t pos, std::int64_t endpos,
                                             std::int64_t length) {
    pos = std::clamp<std::int64_t>(pos, 0, length);
    endpos = std::clamp<std::int64_t>(endpos, 0, length);
    return {pos, endpos};
}

struct Subject {
    Object* string = nullptr;
    std::u32string text;
    std::int64_t pos = 0, endpos = 0;
};

// The string, pos and endpos arguments of match, search, findall and finditer.
bool subjectArgs(Interpreter& in, CallArgs& args, const char* name, Subject& s) {
    if (!interp::clinicArgs(in, args, name, {"string", "pos", "endpos"}, 1))
        return false;
    auto& a = args.positional;
    auto pos = sizeArg(in, a.size() > 1 ? a[1].get() : nullptr, 0);
    if (!pos)
        return false;
    auto endpos = sizeArg(in, a.size() > 2 ? a[2].get() : nullptr, kMaxSize);
    if (!endpos)
        return false;
    s.string = stringArg(in, a[0].get());
    if (!s.string)
        return false;
    s.text = numeric::codePoints(textOf(s.string));
    std::tie(s.pos, s.endpos) = window(*pos, *endpos, static_cast<std::int64_t>(s.text.size()));
    return true;
}

// Each match of the search loop findall, finditer, sub and split share, until f returns
// false. False when the loop failed (the exception or stop set).
template <class F>
bool eachMatch(Interpreter& in, const Program& p, const Subject& s, std::int64_t limit, F&& f) {
    std::int64_t start = s.pos;
    bool mustAdvance = false;
    // A limit of 0 is none; a negative one allows no match (`while (!count || n < count)`).
    for (std::int64_t n = 0; limit == 0 || n < limit; ++n) {
        if (start > s.endpos)
            break;
        auto r = find(in, p, s.text, start, s.endpos, MatchMode::Search, mustAdvance);
        if (!r)
            return !in.hasException() && !in.aborted();
        if (!f(*r))
            return false;
        mustAdvance = r->spans[1] == r->spans[0];
        start = r->spans[1];
    }
    return true;
}

ObjRef joinPieces(Interpreter& in, const ObjVec& pieces) {
    if (pieces.empty())
        return in.heap().emptyStr();
    if (pieces.size() == 1 && pieces[0]->tag == rt::Tag::Str)
        return pieces[0]; // str.join of one str gives that str
    std::string out;
    for (std::size_t i = 0; i < pieces.size(); ++i) {
        if (pieces[i]->tag != rt::Tag::Str)
            return in.raise("TypeError", "sequence item " + std::to_string(i) +
                                             ": expected str instance, " +
                                             in.typeName(pieces[i].get()) + " found");
        out += textOf(pieces[i].get());
    }
    return in.newStr(std::move(out));
}

} // namespace

Object* stringArg(Interpreter& in, Object* o) {
    if (o->tag == rt::Tag::Str)
        return o;
    if (o->tag == rt::Tag::Bytes || o->tag == rt::Tag::ByteArray) {
        in.abortUnsupported("regular expressions on bytes are not supported");
        return nullptr;
    }
    in.raise("TypeError",
             std::string("expected string or bytes-like object, got '") + in.typeName(o) + "'");
    return nullptr;
}

std::optional<MatchResult> find(Interpreter& in, const Program& p, const std::u32string& text,
                                std::int64_t pos, std::int64_t endpos, MatchMode mode,
                                bool mustAdvance) {
    StopReason stopped = StopReason::None;
    std::function<bool()> poll = [&in] { return in.pollStop(4096); };
    auto r = run(p, text, pos, endpos, mode, mustAdvance, poll, stopped);
    if (stopped == StopReason::TooDeep)
        in.abortUnsupported("a regular expression match nesting deeper than memstep's "
                            "matcher goes (a group repeated over a long text) is not supported");
    return r;
}

ObjRef patternSearch(Interpreter& in, Object* self, CallArgs& args, MatchMode mode,
                     const char* name) {
    Subject s;
    if (!subjectArgs(in, args, name, s))
        return nullptr;
    auto p = programOf(in, self);
    if (!p)
        return nullptr;
    auto r = find(in, *p, s.text, s.pos, s.endpos, mode, false);
    if (!r)
        return in.hasException() || in.aborted() ? nullptr : in.none();
    return newMatch(in, self, ObjRef(s.string), s.pos, s.endpos, *r);
}

ObjRef patternFindall(Interpreter& in, Object* self, CallArgs& args) {
    Subject s;
    if (!subjectArgs(in, args, "findall", s))
        return nullptr;
    auto p = programOf(in, self);
    if (!p)
        return nullptr;
    ObjVec items;
    auto piece = [&](const MatchResult& r, int g) {
        const std::int64_t b = r.spans[static_cast<std::size_t>(2 * g)];
        const std::int64_t e = r.spans[static_cast<std::size_t>(2 * g + 1)];
        return b < 0 ? in.heap().emptyStr() : slice(in, s.string, b, e);
    };
    bool ok = eachMatch(in, *p, s, 0, [&](const MatchResult& r) {
        if (p->groups == 0) {
            items.push_back(piece(r, 0));
        } else if (p->groups == 1) {
            items.push_back(piece(r, 1));
        } else {
            ObjVec groups;
            for (int g = 1; g <= p->groups; ++g)
                groups.push_back(piece(r, g));
            items.push_back(in.heap().newTuple(std::move(groups)));
        }
        return !in.pollStop();
    });
    if (!ok)
        return nullptr;
    return rt::capacity::appendedList(in.heap(), std::move(items)); // PyList_Append each
}

namespace {

// finditer's callable_iterator: the matches, found when the iterator is made (the text
// cannot change, and no code of the program runs in between).
struct MatchIterator final : rt::NativeIterState {
    ObjVec matches;
    std::size_t next_ = 0;
    ObjRef next(Interpreter&) override {
        return next_ < matches.size() ? matches[next_++] : nullptr;
    }
    void dropReferences() override { matches.clear(); }
};

} // namespace

ObjRef patternFinditer(Interpreter& in, Object* self, CallArgs& args) {
    Subject s;
    if (!subjectArgs(in, args, "finditer", s))
        return nullptr;
    auto p = programOf(in, self);
    if (!p)
        return nullptr;
    auto state = std::make_unique<MatchIterator>();
    bool ok = eachMatch(in, *p, s, 0, [&](const MatchResult& r) {
        state->matches.push_back(newMatch(in, self, ObjRef(s.string), s.pos, s.endpos, r));
        return !in.pollStop();
    });
    if (!ok)
        return nullptr;
    auto* it = in.heap().make<rt::IteratorObject>();
    ObjRef out(it);
    it->kind = rt::IteratorObject::Kind::Native;
    it->nativeType = typesOf(self).iterator;
    it->typeName = "callable_iterator";
    it->native = std::move(state);
    return out;
}

ObjRef patternSplit(Interpreter& in, Object* self, CallArgs& args) {
    if (!interp::clinicArgs(in, args, "split", {"string", "maxsplit"}, 1))
        return nullptr;
    auto maxsplit = sizeArg(in, args.positional.size() > 1 ? args.positional[1].get() : nullptr, 0);
    if (!maxsplit)
        return nullptr;
    Subject s;
    s.string = stringArg(in, args.positional[0].get());
    if (!s.string)
        return nullptr;
    s.text = numeric::codePoints(textOf(s.string));
    s.endpos = static_cast<std::int64_t>(s.text.size());
    auto p = programOf(in, self);
    if (!p)
        return nullptr;
    ObjVec items;
    std::int64_t last = 0;
    bool ok = eachMatch(in, *p, s, *maxsplit, [&](const MatchResult& r) {
        items.push_back(slice(in, s.string, last, r.spans[0]));
        for (int g = 1; g <= p->groups; ++g) {
            const std::int64_t b = r.spans[static_cast<std::size_t>(2 * g)];
            const std::int64_t e = r.spans[static_cast<std::size_t>(2 * g + 1)];
            items.push_back(b < 0 ? in.none() : slice(in, s.string, b, e));
        }
        last = r.spans[1];
        return !in.pollStop();
    });
    if (!ok)
        return nullptr;
    items.push_back(slice(in, s.string, last, s.endpos));
    return rt::capacity::appendedList(in.heap(), std::move(items)); // PyList_Append each
}

ObjRef expandTemplate(Interpreter& in, Object* match, Object* templ) {
    if (templ->tag != rt::Tag::Str) {
        if (templ->tag == rt::Tag::Bytes)
            return in.abortUnsupported("regular expressions on bytes are not supported");
        return in.raise("TypeError", std::string("decoding to str: need a bytes-like object, ") +
                                         in.typeName(templ) + " found");
    }
    Object* pattern = nativeState(match, "re");
    auto p = programOf(in, pattern);
    if (!p)
        return nullptr;
    TemplateError error;
    auto parts = parseTemplate(numeric::codePoints(textOf(templ)), *p, error);
    if (!parts) {
        if (error.indexError)
            return in.raise("IndexError", error.message);
        return raiseReError(in, typesOf(pattern), error.message, templ, error.pos);
    }
    ObjVec pieces;
    for (const TemplatePart& part : *parts) {
        if (!part.isGroup) {
            pieces.push_back(in.newStr(encode(part.literal)));
            continue;
        }
        CallArgs a;
        a.positional.push_back(in.heap().newInt(part.group));
        ObjRef g = in.call(in.getAttr(match, "group").get(), a);
        if (!g)
            return nullptr;
        // `g(group) or empty`: a group that did not take part adds ''.
        pieces.push_back(g->tag == rt::Tag::None ? in.heap().emptyStr() : g);
    }
    return joinPieces(in, pieces);
}

ObjRef patternSub(Interpreter& in, Object* self, CallArgs& args, bool withCount, const char* name) {
    if (!interp::clinicArgs(in, args, name, {"repl", "string", "count"}, 2))
        return nullptr;
    auto count = sizeArg(in, args.positional.size() > 2 ? args.positional[2].get() : nullptr, 0);
    if (!count)
        return nullptr;
    ObjRef repl = args.positional[0];
    const bool callable = isCallable(in, repl.get());
    if (in.hasException())
        return nullptr;
    // A str without a backslash is put in as it is, the object itself.
    bool literal = false;
    if (!callable) {
        if (repl->tag != rt::Tag::Str) {
            if (repl->tag == rt::Tag::Bytes)
                return in.abortUnsupported("regular expressions on bytes are not supported");
            return in.raise("TypeError", std::string("decoding to str: need a bytes-like "
                                                     "object, ") +
                                             in.typeName(repl.get()) + " found");
        }
        literal = textOf(repl.get()).find('\\') == std::string::npos;
    }
    Subject s;
    s.string = stringArg(in, args.positional[1].get());
    if (!s.string)
        return nullptr;
    s.text = numeric::codePoints(textOf(s.string));
    s.endpos = static_cast<std::int64_t>(s.text.size());
    auto p = programOf(in, self);
    if (!p)
        return nullptr;
    if (!callable && !literal) { // a bad template fails before any search
        TemplateError error;
        if (!parseTemplate(numeric::codePoints(textOf(repl.get())), *p, error)) {
            if (error.indexError)
                return in.raise("IndexError", error.message);
            return raiseReError(in, typesOf(self), error.message, repl.get(), error.pos);
        }
    }
    ObjVec pieces;
    std::int64_t last = 0, n = 0;
    bool ok = eachMatch(in, *p, s, *count, [&](const MatchResult& r) {
        if (last < r.spans[0])
            pieces.push_back(slice(in, s.string, last, r.spans[0]));
        ++n;
        last = r.spans[1];
        if (literal) {
            pieces.push_back(repl);
            return !in.pollStop();
        }
        ObjRef m = newMatch(in, self, ObjRef(s.string), 0, s.endpos, r);
        ObjRef item;
        if (callable) {
            CallArgs a;
            a.positional.push_back(m);
            item = in.call(repl.get(), a);
        } else {
            item = expandTemplate(in, m.get(), repl.get());
        }
        if (!item)
            return false;
        if (item->tag != rt::Tag::None)
            pieces.push_back(item);
        return !in.pollStop();
    });
    if (!ok)
        return nullptr;
    if (last < s.endpos)
        pieces.push_back(slice(in, s.string, last, s.endpos));
    ObjRef joined = joinPieces(in, pieces);
    if (!joined || !withCount)
        return joined;
    return in.heap().newTuple({joined, in.heap().newInt(n)});
}

} // namespace memstep::core::modules::re
