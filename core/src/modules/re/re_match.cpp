// The backtracking matcher of re_engine.h.
//
// match(node, i, k) matches `node` at text position i and then calls the continuation k with
// the position after it; it returns true as soon as some continuation succeeds, so the first
// success found in _sre's order (alternatives left to right, greedy repeats longest first,
// lazy ones shortest first) is the match. A group records its span before calling on and
// restores the old one when that fails, so the captures of the match are those of its own
// path. The nesting depth is bounded (kMaxDepth): past it the match is given up as
// Unsupported by the caller rather than risk the native stack.
#include "modules/re/re_engine.h"
#include "modules/re/re_text.h"

#include <algorithm>
#include <type_traits>

namespace memstep::core::modules::re {

namespace {

// Nested calls of match() a search may make: each repeat of a group costs two or three, and
// each takes about 400 bytes of native stack (measured; a few times more under
// AddressSanitizer): some 40 MB at most, well inside the program's own stack of 512 MB
// (interpreter.cpp) even below a deep recursion of the program.
constexpr int kMaxDepth = 100000;
// Matching steps between two questions to the poll (a run out of time stops the search).
constexpr std::uint64_t kPollEvery = 4096;

// A non-owning reference to a continuation: bool(std::int64_t position).
class Cont {
public:
    template <class F, class = std::enable_if_t<!std::is_same_v<std::decay_t<F>, Cont>>>
    Cont(const F& f) // NOLINT: made from lambdas at every call
        : m_obj(&f),
          m_call([](const void* o, std::int64_t i) { return (*static_cast<const F*>(o))(i); }) {}
    bool operator()(std::int64_t i) const { return m_call(m_obj, i); }

private:
    const void* m_obj;
    bool (*m_call)(const void*, std::int64_t);
};

struct Stop {
    StopReason reason;
};

class Matcher {
public:
    Matcher(const std::u32string& s, std::int64_t end, int groups,
            const std::function<bool()>& poll)
        : caps(static_cast<std::size_t>(2 * (groups + 1)), -1), m_s(s), m_end(end), m_poll(poll) {}

    bool match(const Node& n, std::int64_t i, Cont k);

    std::vector<std::int64_t> caps;
    int lastIndex = -1;

private:
    bool seq(const std::vector<Node>& items, std::size_t index, std::int64_t i, Cont k);
    bool repeat(const Node& n, std::int64_t count, std::int64_t i, std::int64_t lastStart, Cont k);
    bool repeatSingle(const Node& n, std::int64_t i, Cont k);
    template <class Body> bool once(const Body& body, std::int64_t i, Cont k);
    bool one(const Node& n, char32_t c) const;
    bool inSet(const Node& n, char32_t c) const;
    bool at(const Node& n, std::int64_t i) const;
    bool backref(const Node& n, std::int64_t i, std::int64_t& after) const;
    void tick() {
        if (++m_work % kPollEvery == 0 && m_poll && m_poll())
            throw Stop{StopReason::Poll};
    }

    const std::u32string& m_s;
    std::int64_t m_end;
    const std::function<bool()>& m_poll;
    std::uint64_t m_work = 0;
    int m_depth = 0;
};

bool isSingle(const Node& n) {
    return n.kind == Node::Kind::Char || n.kind == Node::Kind::Any || n.kind == Node::Kind::Set;
}

bool inCategory(Category c, char32_t ch, bool ascii) {
    switch (c) {
    case Category::Digit:
        return isDigitChar(ch, ascii);
    case Category::NotDigit:
        return !isDigitChar(ch, ascii);
    case Category::Space:
        return isSpaceChar(ch, ascii);
    case Category::NotSpace:
        return !isSpaceChar(ch, ascii);
    case Category::Word:
        return isWord(ch, ascii);
    case Category::NotWord:
        return !isWord(ch, ascii);
    }
    return false;
}

bool Matcher::inSet(const Node& n, char32_t c) const {
    const bool ascii = (n.flags & kAscii) != 0;
    auto contains = [&](char32_t ch) {
        for (const SetItem& item : n.set) {
            if (item.isCategory ? inCategory(item.category, ch, ascii)
                                : (ch >= item.lo && ch <= item.hi))
                return true;
        }
        return false;
    };
    bool found = contains(c);
    if (!found && (n.flags & kIgnoreCase)) {
        const char32_t lo = lowerOf(c, ascii), up = upperOf(c, ascii);
        found = (lo != c && contains(lo)) || (up != c && contains(up));
    }
    return found != n.negate;
}

bool Matcher::one(const Node& n, char32_t c) const {
    switch (n.kind) {
    case Node::Kind::Char:
        if (c == n.ch)
            return true;
        if (n.flags & kIgnoreCase) {
            const bool ascii = (n.flags & kAscii) != 0;
            return lowerOf(c, ascii) == lowerOf(n.ch, ascii) ||
                   upperOf(c, ascii) == upperOf(n.ch, ascii);
        }
        return false;
    case Node::Kind::Any:
        return c != '\n' || (n.flags & kDotAll);
    case Node::Kind::Set:
        return inSet(n, c);
    default:
        return false;
    }
}

bool Matcher::at(const Node& n, std::int64_t i) const {
    const bool multiline = (n.flags & kMultiline) != 0;
    const bool ascii = (n.flags & kAscii) != 0;
    const auto size = m_end;
    switch (n.at) {
    case Node::AtKind::Begin:
        return i == 0 || (multiline && m_s[static_cast<std::size_t>(i - 1)] == '\n');
    case Node::AtKind::End:
        if (multiline)
            return i == size || m_s[static_cast<std::size_t>(i)] == '\n';
        return i == size || (i + 1 == size && m_s[static_cast<std::size_t>(i)] == '\n');
    case Node::AtKind::BeginString:
        return i == 0;
    case Node::AtKind::EndString:
        return i == size;
    case Node::AtKind::Boundary:
    case Node::AtKind::NotBoundary: {
        if (size == 0)
            return false; // _sre: no boundary, and no non-boundary, in an empty text
        const bool before = i > 0 && isWord(m_s[static_cast<std::size_t>(i - 1)], ascii);
        const bool here = i < size && isWord(m_s[static_cast<std::size_t>(i)], ascii);
        return (before != here) == (n.at == Node::AtKind::Boundary);
    }
    }
    return false;
}

bool Matcher::backref(const Node& n, std::int64_t i, std::int64_t& after) const {
    const std::int64_t b = caps[static_cast<std::size_t>(2 * n.group)];
    const std::int64_t e = caps[static_cast<std::size_t>(2 * n.group + 1)];
    if (b < 0 || e < 0)
        return false;
    if (i + (e - b) > m_end)
        return false;
    const bool ignore = (n.flags & kIgnoreCase) != 0, ascii = (n.flags & kAscii) != 0;
    for (std::int64_t k = 0; k < e - b; ++k) {
        const char32_t x = m_s[static_cast<std::size_t>(b + k)];
        const char32_t y = m_s[static_cast<std::size_t>(i + k)];
        if (x != y && !(ignore && lowerOf(x, ascii) == lowerOf(y, ascii)))
            return false;
    }
    after = i + (e - b);
    return true;
}

bool Matcher::seq(const std::vector<Node>& items, std::size_t index, std::int64_t i, Cont k) {
    if (index == items.size())
        return k(i);
    const Node& n = items[index];
    if (isSingle(n)) { // the common case, without a continuation
        if (i < m_end && one(n, m_s[static_cast<std::size_t>(i)]))
            return seq(items, index + 1, i + 1, k);
        return false;
    }
    return match(n, i, [&](std::int64_t j) { return seq(items, index + 1, j, k); });
}

// A repeat of one character: the longest run first (or the shortest, lazily), in a loop.
bool Matcher::repeatSingle(const Node& n, std::int64_t i, Cont k) {
    const Node& item = n.kids[0];
    const std::int64_t limit = n.max < 0 ? m_end - i : std::min(n.max, m_end - i);
    if (n.lazy) {
        std::int64_t count = 0;
        for (; count < n.min; ++count)
            if (count >= limit || !one(item, m_s[static_cast<std::size_t>(i + count)]))
                return false;
        for (;;) {
            tick();
            if (k(i + count))
                return true;
            if (count >= limit || !one(item, m_s[static_cast<std::size_t>(i + count)]))
                return false;
            ++count;
        }
    }
    std::int64_t count = 0;
    while (count < limit && one(item, m_s[static_cast<std::size_t>(i + count)]))
        ++count;
    for (; count >= n.min; --count) {
        tick();
        if (k(i + count))
            return true;
    }
    return false;
}

// _sre's MAX_UNTIL and MIN_UNTIL, reached with `count` iterations done at position i. Below
// the minimum another iteration always follows; past it, one follows only if i is not where
// the last such iteration started (`lastStart`, -1 for none): the zero-width match
// protection, which ends a repeat whose item matched nothing - yet still lets the first
// iteration past the minimum be empty.
bool Matcher::repeat(const Node& n, std::int64_t count, std::int64_t i, std::int64_t lastStart,
                     Cont k) {
    const Node& item = n.kids[0];
    if (count < n.min)
        return match(item, i,
                     [&](std::int64_t j) { return repeat(n, count + 1, j, lastStart, k); });
    const bool more = (n.max < 0 || count < n.max) && i != lastStart;
    auto again = [&](std::int64_t j) { return repeat(n, count + 1, j, i, k); };
    if (n.lazy)
        return k(i) || (more && match(item, i, again));
    return (more && match(item, i, again)) || k(i);
}

// An atomic group or a possessive repeat: `body` is matched once, its first success taken,
// and the rest never backtracks into it. Its captures stay only if the rest matches.
template <class Body> bool Matcher::once(const Body& body, std::int64_t i, Cont k) {
    const std::vector<std::int64_t> saved = caps;
    const int savedLast = lastIndex;
    std::int64_t end = -1;
    if (body(i,
             [&](std::int64_t j) {
                 end = j;
                 return true;
             }) &&
        k(end))
        return true;
    caps = saved;
    lastIndex = savedLast;
    return false;
}

bool Matcher::match(const Node& n, std::int64_t i, Cont k) {
    tick();
    if (++m_depth > kMaxDepth)
        throw Stop{StopReason::TooDeep};
    struct Leave {
        int& depth;
        ~Leave() { --depth; }
    } leave{m_depth};
    switch (n.kind) {
    case Node::Kind::Char:
    case Node::Kind::Any:
    case Node::Kind::Set:
        return i < m_end && one(n, m_s[static_cast<std::size_t>(i)]) && k(i + 1);
    case Node::Kind::Seq:
        return seq(n.kids, 0, i, k);
    case Node::Kind::Alt:
        for (const Node& alt : n.kids)
            if (match(alt, i, k))
                return true;
        return false;
    case Node::Kind::Group: {
        if (n.atomic)
            return once([&](std::int64_t at, Cont done) { return match(n.kids[0], at, done); }, i,
                        k);
        if (n.group < 0)
            return match(n.kids[0], i, k);
        const auto g = static_cast<std::size_t>(n.group);
        return match(n.kids[0], i, [&](std::int64_t j) {
            const std::int64_t oldB = caps[2 * g], oldE = caps[2 * g + 1];
            const int oldLast = lastIndex;
            caps[2 * g] = i;
            caps[2 * g + 1] = j;
            lastIndex = n.group;
            if (k(j))
                return true;
            caps[2 * g] = oldB;
            caps[2 * g + 1] = oldE;
            lastIndex = oldLast;
            return false;
        });
    }
    case Node::Kind::Repeat:
        if (n.possessive)
            return once(
                [&](std::int64_t at, Cont done) {
                    return isSingle(n.kids[0]) ? repeatSingle(n, at, done)
                                               : repeat(n, 0, at, -1, done);
                },
                i, k);
        if (isSingle(n.kids[0]))
            return repeatSingle(n, i, k);
        return repeat(n, 0, i, -1, k);
    case Node::Kind::Backref: {
        std::int64_t after = 0;
        return backref(n, i, after) && k(after);
    }
    case Node::Kind::Assert: {
        // What the assertion captured stays only if the rest matches (nothing of a negative
        // one: it matched only if its pattern did not).
        const std::vector<std::int64_t> saved = caps;
        const int savedLast = lastIndex;
        bool found = false;
        if (n.behind) {
            if (i - n.width >= 0)
                found = match(n.kids[0], i - n.width, [&](std::int64_t j) { return j == i; });
        } else {
            found = match(n.kids[0], i, [](std::int64_t) { return true; });
        }
        if (found != n.negate && k(i))
            return true;
        caps = saved;
        lastIndex = savedLast;
        return false;
    }
    case Node::Kind::At:
        return at(n, i) && k(i);
    }
    return false;
}

} // namespace

std::optional<MatchResult> run(const Program& program, const std::u32string& text, std::int64_t pos,
                               std::int64_t endpos, MatchMode mode, bool mustAdvance,
                               const std::function<bool()>& poll, StopReason& stopped) {
    const auto size = static_cast<std::int64_t>(text.size());
    endpos = std::clamp<std::int64_t>(endpos, 0, size);
    pos = std::clamp<std::int64_t>(pos, 0, size);
    stopped = StopReason::None;
    if (pos > endpos) {
        // _sre starts past the end: every opcode that reads or counts fails there, so only
        // the empty pattern matches (in match(), at pos).
        if (mode != MatchMode::Match || !program.root.kids.empty() ||
            program.root.kind != Node::Kind::Seq)
            return std::nullopt;
        MatchResult r;
        r.spans.assign(static_cast<std::size_t>(2 * (program.groups + 1)), -1);
        r.spans[0] = r.spans[1] = pos;
        return r;
    }
    Matcher m(text, endpos, program.groups, poll);
    try {
        const std::int64_t last = mode == MatchMode::Search ? endpos : pos;
        for (std::int64_t start = pos; start <= last; ++start) {
            std::int64_t end = -1;
            const bool ok = m.match(program.root, start, [&](std::int64_t j) {
                if (mode == MatchMode::FullMatch && j != endpos)
                    return false;
                if (mustAdvance && start == pos && j == start)
                    return false;
                end = j;
                return true;
            });
            if (ok) {
                MatchResult r;
                r.spans = std::move(m.caps);
                r.spans[0] = start;
                r.spans[1] = end;
                r.lastIndex = m.lastIndex;
                return r;
            }
            std::fill(m.caps.begin(), m.caps.end(), -1);
            m.lastIndex = -1;
        }
    } catch (const Stop& stop) {
        stopped = stop.reason;
    }
    return std::nullopt;
}

} // namespace memstep::core::modules::re
