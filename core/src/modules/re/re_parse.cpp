// The pattern parser: Lib/re/_parser.py's Tokenizer, _parse_sub and _parse, check for check
// and message for message (each error at the position _parser.py reports), building the tree
// of re_engine.h. Its optimisations (common prefixes of alternatives, alternatives of single
// characters made a set) change no match, so they are left out.
#include "modules/re/re_engine.h"
#include "modules/re/re_text.h"
#include "modules/re/re_tokenizer.h"

#include <map>

namespace memstep::core::modules::re {

namespace {

using namespace detail;

struct Width {
    std::int64_t lo = 0, hi = 0; // hi -1: unbounded
};

struct State {
    std::int64_t flags = 0;
    std::map<std::u32string, int> groupDict;
    std::vector<std::pair<std::u32string, int>> names;
    std::vector<std::optional<Width>> groupWidths{Width{}}; // group 0
    std::optional<int> lookbehindGroups;
    // An error _compiler.py finds once the whole pattern parsed (a lookbehind's width).
    std::optional<std::string> compileError;
    int groups() const { return static_cast<int>(groupWidths.size()); }
    bool checkGroup(int gid) const {
        return gid < groups() && groupWidths[static_cast<std::size_t>(gid)].has_value();
    }
    void checkLookbehindGroup(int gid, const Tokenizer& source) const {
        if (!lookbehindGroups)
            return;
        if (!checkGroup(gid))
            source.fail("cannot refer to an open group");
        if (gid >= *lookbehindGroups)
            source.fail("cannot refer to group defined in the same lookbehind subpattern");
    }
};

Width widthOf(const Node& n, const State& st) {
    auto add = [](std::int64_t a, std::int64_t b) { return a < 0 || b < 0 ? -1 : a + b; };
    switch (n.kind) {
    case Node::Kind::Char:
    case Node::Kind::Any:
    case Node::Kind::Set:
        return {1, 1};
    case Node::Kind::Seq: {
        Width w;
        for (const Node& k : n.kids) {
            Width kw = widthOf(k, st);
            w.lo += kw.lo;
            w.hi = add(w.hi, kw.hi);
        }
        return w;
    }
    case Node::Kind::Alt: {
        Width w{-1, 0};
        for (const Node& k : n.kids) {
            Width kw = widthOf(k, st);
            w.lo = w.lo < 0 ? kw.lo : std::min(w.lo, kw.lo);
            w.hi = w.hi < 0 || kw.hi < 0 ? -1 : std::max(w.hi, kw.hi);
        }
        return {std::max<std::int64_t>(w.lo, 0), w.hi};
    }
    case Node::Kind::Group:
        return widthOf(n.kids[0], st);
    case Node::Kind::Repeat: {
        Width kw = widthOf(n.kids[0], st);
        std::int64_t hi = kw.hi < 0 || n.max < 0 ? (kw.hi == 0 ? 0 : -1) : kw.hi * n.max;
        return {kw.lo * n.min, hi};
    }
    case Node::Kind::Backref: {
        const auto& w = st.groupWidths[static_cast<std::size_t>(n.group)];
        return w ? *w : Width{};
    }
    default:
        return {0, 0};
    }
}

Node charNode(char32_t c, std::int64_t flags) {
    Node n;
    n.kind = Node::Kind::Char;
    n.ch = c;
    n.flags = flags;
    return n;
}

Node categoryNode(Category c, std::int64_t flags) {
    Node n;
    n.kind = Node::Kind::Set;
    n.flags = flags;
    SetItem item;
    item.isCategory = true;
    item.category = c;
    n.set.push_back(item);
    return n;
}

Node atNode(Node::AtKind at, std::int64_t flags) {
    Node n;
    n.kind = Node::Kind::At;
    n.at = at;
    n.flags = flags;
    return n;
}

std::optional<Category> categoryOf(char32_t c) {
    switch (c) {
    case 'd':
        return Category::Digit;
    case 'D':
        return Category::NotDigit;
    case 's':
        return Category::Space;
    case 'S':
        return Category::NotSpace;
    case 'w':
        return Category::Word;
    case 'W':
        return Category::NotWord;
    default:
        return std::nullopt;
    }
}

std::optional<char32_t> simpleEscape(char32_t c) {
    switch (c) {
    case 'a':
        return 7;
    case 'b':
        return 8;
    case 'f':
        return 12;
    case 'n':
        return 10;
    case 'r':
        return 13;
    case 't':
        return 9;
    case 'v':
        return 11;
    case '\\':
        return '\\';
    default:
        return std::nullopt;
    }
}

std::int64_t parseInt(const std::u32string& digits, int base) {
    std::int64_t v = 0;
    for (char32_t c : digits) {
        int d = isDigit(c) ? int(c - '0') : (c | 0x20) >= 'a' ? int((c | 0x20) - 'a' + 10) : 0;
        v = v * base + d;
        if (v > (std::int64_t(1) << 40))
            return v;
    }
    return v;
}

// \x \u \U \N and octal escapes shared by _escape and _class_escape; nullopt when `escape`
// is none of them.
std::optional<char32_t> numericEscape(Tokenizer& source, std::u32string& escape) {
    char32_t c = escape[1];
    auto fixed = [&](int n, std::size_t want) -> char32_t {
        escape += source.getWhile(n, isHex);
        if (escape.size() != want)
            source.fail("incomplete escape " + encode(escape),
                        static_cast<std::int64_t>(escape.size()));
        return static_cast<char32_t>(parseInt(escape.substr(2), 16));
    };
    if (c == 'x')
        return fixed(2, 4);
    if (c == 'u')
        return fixed(4, 6);
    if (c == 'U') {
        char32_t v = fixed(8, 10);
        if (v > 0x10ffff)
            source.fail("bad escape " + encode(escape), static_cast<std::int64_t>(escape.size()));
        return v;
    }
    if (c == 'N') {
        // \N{EM DASH} needs the Unicode name database, which memstep does not carry.
        if (!source.match('{'))
            source.fail("missing {");
        source.getUntil('}', "character name");
        refuse("\\N{...} escapes in regular expressions are not supported");
    }
    return std::nullopt;
}

char32_t classEscape(Tokenizer& source, std::u32string escape, std::optional<Category>& cat) {
    char32_t c = escape[1];
    if (auto e = simpleEscape(c))
        return *e;
    if ((cat = categoryOf(c)))
        return 0;
    if (auto v = numericEscape(source, escape))
        return *v;
    if (isOctal(c)) {
        escape += source.getWhile(2, isOctal);
        std::int64_t v = parseInt(escape.substr(1), 8);
        if (v > 0377)
            source.fail("octal escape value " + encode(escape) + " outside of range 0-0o377",
                        static_cast<std::int64_t>(escape.size()));
        return static_cast<char32_t>(v);
    }
    if (isDigit(c) || isAsciiLetter(c))
        source.fail("bad escape " + encode(escape), static_cast<std::int64_t>(escape.size()));
    return c;
}

class Parser {
public:
    Parser(const std::u32string& pattern, State& st) : m_source(pattern), m_st(st) {}
    Tokenizer& source() { return m_source; }
    Node parseSub(bool verbose, int nested, std::int64_t flags);

private:
    Node parseSeq(bool& verbose, int nested, bool first, std::int64_t flags);
    Node escape(std::u32string escape, std::int64_t flags);
    Node charSet(std::int64_t flags);
    bool quantifier(const std::u32string& t, Node& seq);
    bool group(Node& seq, bool& verbose, int nested, bool first, std::int64_t flags);
    Node namedBackref(std::int64_t flags);
    Node assertion(std::u32string c, bool& verbose, int nested, std::int64_t flags,
                   std::int64_t start);
    void parseFlags(char32_t c, std::int64_t& add, std::int64_t& del, bool& global);
    std::u32string groupName(char32_t terminator);

    Tokenizer m_source;
    State& m_st;
};

Node Parser::escape(std::u32string esc, std::int64_t flags) {
    char32_t c = esc[1];
    if (auto cat = categoryOf(c))
        return categoryNode(*cat, flags);
    switch (c) {
    case 'A':
        return atNode(Node::AtKind::BeginString, flags);
    case 'Z':
        return atNode(Node::AtKind::EndString, flags);
    case 'b':
        return atNode(Node::AtKind::Boundary, flags);
    case 'B':
        return atNode(Node::AtKind::NotBoundary, flags);
    default:
        break;
    }
    if (auto e = simpleEscape(c))
        return charNode(*e, flags);
    if (auto v = numericEscape(m_source, esc))
        return charNode(*v, flags);
    if (c == '0') {
        esc += m_source.getWhile(2, isOctal);
        return charNode(static_cast<char32_t>(parseInt(esc.substr(1), 8)), flags);
    }
    if (isDigit(c)) {
        if (!m_source.atEnd() && m_source.next().size() == 1 && isDigit(m_source.next()[0])) {
            esc += m_source.get();
            if (isOctal(esc[1]) && isOctal(esc[2]) && !m_source.atEnd() &&
                m_source.next().size() == 1 && isOctal(m_source.next()[0])) {
                esc += m_source.get();
                std::int64_t v = parseInt(esc.substr(1), 8);
                if (v > 0377)
                    m_source.fail("octal escape value " + encode(esc) + " outside of range 0-0o377",
                                  static_cast<std::int64_t>(esc.size()));
                return charNode(static_cast<char32_t>(v), flags);
            }
        }
        std::int64_t group = parseInt(esc.substr(1), 10);
        if (group < m_st.groups()) {
            if (!m_st.checkGroup(static_cast<int>(group)))
                m_source.fail("cannot refer to an open group",
                              static_cast<std::int64_t>(esc.size()));
            m_st.checkLookbehindGroup(static_cast<int>(group), m_source);
            Node n;
            n.kind = Node::Kind::Backref;
            n.group = static_cast<int>(group);
            n.flags = flags;
            return n;
        }
        m_source.fail("invalid group reference " + std::to_string(group),
                      static_cast<std::int64_t>(esc.size()) - 1);
    }
    if (isAsciiLetter(c))
        m_source.fail("bad escape " + encode(esc), static_cast<std::int64_t>(esc.size()));
    return charNode(c, flags);
}

Node Parser::charSet(std::int64_t flags) {
    const std::int64_t here = m_source.tell() - 1;
    Node n;
    n.kind = Node::Kind::Set;
    n.flags = flags;
    n.negate = m_source.match('^');
    auto literalItem = [](char32_t c) {
        SetItem item;
        item.lo = item.hi = c;
        return item;
    };
    for (;;) {
        std::u32string t = m_source.get();
        if (t.empty())
            m_source.fail("unterminated character set", m_source.tell() - here);
        if (t == U"]" && !n.set.empty())
            break;
        std::optional<Category> cat1;
        char32_t c1 = t[0];
        if (t[0] == '\\')
            c1 = classEscape(m_source, t, cat1);
        if (m_source.match('-')) {
            std::u32string that = m_source.get();
            if (that.empty())
                m_source.fail("unterminated character set", m_source.tell() - here);
            if (that == U"]") {
                SetItem item = literalItem(c1);
                if (cat1) {
                    item.isCategory = true;
                    item.category = *cat1;
                }
                n.set.push_back(item);
                n.set.push_back(literalItem('-'));
                break;
            }
            std::optional<Category> cat2;
            char32_t c2 = that[0];
            if (that[0] == '\\')
                c2 = classEscape(m_source, that, cat2);
            const std::int64_t span = static_cast<std::int64_t>(t.size() + 1 + that.size());
            if (cat1 || cat2 || c2 < c1)
                m_source.fail("bad character range " + encode(t) + "-" + encode(that), span);
            SetItem item;
            item.lo = c1;
            item.hi = c2;
            n.set.push_back(item);
            continue;
        }
        SetItem item = literalItem(c1);
        if (cat1) {
            item.isCategory = true;
            item.category = *cat1;
        }
        n.set.push_back(item);
    }
    return n;
}

// A quantifier after the last item of `seq`; false when `{` turned out to be a literal.
bool Parser::quantifier(const std::u32string& t, Node& seq) {
    const std::int64_t here = m_source.tell();
    const std::size_t hereIndex = static_cast<std::size_t>(here);
    std::int64_t min = 0, max = kUnbounded;
    if (t == U"?") {
        max = 1;
    } else if (t == U"+") {
        min = 1;
    } else if (t == U"{") {
        if (m_source.nextIs('}'))
            return false;
        std::u32string lo, hi;
        while (!m_source.atEnd() && m_source.next().size() == 1 && isDigit(m_source.next()[0]))
            lo += m_source.get();
        if (m_source.match(',')) {
            while (!m_source.atEnd() && m_source.next().size() == 1 && isDigit(m_source.next()[0]))
                hi += m_source.get();
        } else {
            hi = lo;
        }
        if (!m_source.match('}')) {
            m_source.seek(hereIndex);
            return false;
        }
        if (!lo.empty()) {
            min = parseInt(lo, 10);
            if (min >= kMaxRepeat || lo.size() > 12)
                failWith(ParseError::Kind::Overflow, "the repetition number is too large");
        }
        if (!hi.empty()) {
            max = parseInt(hi, 10);
            if (max >= kMaxRepeat || hi.size() > 12)
                failWith(ParseError::Kind::Overflow, "the repetition number is too large");
            if (max < min)
                m_source.fail("min repeat greater than max repeat", m_source.tell() - here);
        }
    }
    const std::int64_t span = m_source.tell() - here + static_cast<std::int64_t>(t.size());
    if (seq.kids.empty() || seq.kids.back().kind == Node::Kind::At)
        m_source.fail("nothing to repeat", span);
    if (seq.kids.back().kind == Node::Kind::Repeat)
        m_source.fail("multiple repeat", span);
    Node rep;
    rep.kind = Node::Kind::Repeat;
    rep.min = min;
    rep.max = max;
    rep.flags = seq.kids.back().flags;
    if (m_source.match('?'))
        rep.lazy = true;
    else if (m_source.match('+'))
        rep.possessive = true;
    rep.kids.push_back(std::move(seq.kids.back()));
    seq.kids.back() = std::move(rep);
    return true;
}

std::u32string Parser::groupName(char32_t terminator) {
    std::u32string name = m_source.getUntil(terminator, "group name");
    if (!isIdentifier(name))
        m_source.fail("bad character in group name " + pyRepr(name),
                      static_cast<std::int64_t>(name.size()) + 1);
    return name;
}

void Parser::parseFlags(char32_t c, std::int64_t& add, std::int64_t& del, bool& global) {
    auto flagOf = [](char32_t f) -> std::int64_t {
        switch (f) {
        case 'i':
            return kIgnoreCase;
        case 'L':
            return kLocale;
        case 'm':
            return kMultiline;
        case 's':
            return kDotAll;
        case 'x':
            return kVerbose;
        case 'a':
            return kAscii;
        case 't':
            return kTemplate;
        case 'u':
            return kUnicode;
        default:
            return 0;
        }
    };
    const std::int64_t typeFlags = kAscii | kLocale | kUnicode;
    std::u32string t(1, c);
    auto unknown = [&](const std::u32string& ch, const char* otherwise) {
        bool alpha = ch.size() == 1 && isAlphaChar(ch[0]);
        m_source.fail(alpha ? "unknown flag" : otherwise, static_cast<std::int64_t>(ch.size()));
    };
    if (c != '-') {
        for (;;) {
            std::int64_t flag = flagOf(t[0]);
            if (t[0] == 'L')
                m_source.fail("bad inline flags: cannot use 'L' flag with a str pattern");
            add |= flag;
            if ((flag & typeFlags) && (add & typeFlags) != flag)
                m_source.fail("bad inline flags: flags 'a', 'u' and 'L' are incompatible");
            t = m_source.get();
            if (t.empty())
                m_source.fail("missing -, : or )");
            if (t == U")" || t == U"-" || t == U":")
                break;
            if (t.size() != 1 || !flagOf(t[0]))
                unknown(t, "missing -, : or )");
        }
    }
    if (t == U")") {
        global = true;
        return;
    }
    if (add & (kDebug | kTemplate))
        m_source.fail("bad inline flags: cannot turn on global flag", 1);
    if (t == U"-") {
        t = m_source.get();
        if (t.empty())
            m_source.fail("missing flag");
        if (t.size() != 1 || !flagOf(t[0]))
            unknown(t, "missing flag");
        for (;;) {
            std::int64_t flag = flagOf(t[0]);
            if (flag & typeFlags)
                m_source.fail("bad inline flags: cannot turn off flags 'a', 'u' and 'L'");
            del |= flag;
            t = m_source.get();
            if (t.empty())
                m_source.fail("missing :");
            if (t == U":")
                break;
            if (t.size() != 1 || !flagOf(t[0]))
                unknown(t, "missing :");
        }
    }
    if (del & (kDebug | kTemplate))
        m_source.fail("bad inline flags: cannot turn off global flag", 1);
    if (add & del)
        m_source.fail("bad inline flags: flag turned on and off", 1);
}

// (?P=name): a backreference to a named group.
Node Parser::namedBackref(std::int64_t flags) {
    std::u32string ref = groupName(')');
    auto it = m_st.groupDict.find(ref);
    if (it == m_st.groupDict.end())
        m_source.fail("unknown group name " + pyRepr(ref),
                      static_cast<std::int64_t>(ref.size()) + 1);
    if (!m_st.checkGroup(it->second))
        m_source.fail("cannot refer to an open group", static_cast<std::int64_t>(ref.size()) + 1);
    m_st.checkLookbehindGroup(it->second, m_source);
    Node n;
    n.kind = Node::Kind::Backref;
    n.group = it->second;
    n.flags = flags;
    return n;
}

// (?=...), (?!...), (?<=...), (?<!...): `c` is the character after `?`.
Node Parser::assertion(std::u32string c, bool& verbose, int nested, std::int64_t flags,
                       std::int64_t start) {
    bool behind = false;
    if (c == U"<") {
        c = m_source.get();
        if (c.empty())
            m_source.fail("unexpected end of pattern");
        if (c != U"=" && c != U"!")
            m_source.fail("unknown extension ?<" + encode(c),
                          static_cast<std::int64_t>(c.size()) + 2);
        behind = true;
    }
    std::optional<int> saved = m_st.lookbehindGroups;
    if (behind && !saved)
        m_st.lookbehindGroups = m_st.groups();
    Node p = parseSub(verbose, nested + 1, flags);
    if (behind && !saved)
        m_st.lookbehindGroups.reset();
    if (!m_source.match(')'))
        m_source.fail("missing ), unterminated subpattern", m_source.tell() - start);
    Node n;
    n.kind = Node::Kind::Assert;
    n.negate = c == U"!";
    n.behind = behind;
    n.flags = flags;
    if (behind) {
        Width w = widthOf(p, m_st);
        if (w.lo != w.hi && !m_st.compileError)
            m_st.compileError = "look-behind requires fixed-width pattern";
        n.width = w.lo;
    }
    n.kids.push_back(std::move(p));
    return n;
}

// `(` read: a group, an assertion, a comment, inline flags or a named backreference, added
// to `seq`. False for global flags, which add nothing.
bool Parser::group(Node& seq, bool& verbose, int nested, bool first, std::int64_t flags) {
    const std::int64_t start = m_source.tell() - 1;
    bool capture = true;
    bool atomic = false;
    std::optional<std::u32string> name;
    std::int64_t add = 0, del = 0;
    if (m_source.match('?')) {
        std::u32string c = m_source.get();
        if (c.empty())
            m_source.fail("unexpected end of pattern");
        if (c == U"P") {
            if (m_source.match('<')) {
                name = groupName('>');
            } else if (m_source.match('=')) {
                seq.kids.push_back(namedBackref(flags));
                return true;
            } else {
                std::u32string ch = m_source.get();
                if (ch.empty())
                    m_source.fail("unexpected end of pattern");
                m_source.fail("unknown extension ?P" + encode(ch),
                              static_cast<std::int64_t>(ch.size()) + 2);
            }
        } else if (c == U":") {
            capture = false;
        } else if (c == U"#") {
            for (;;) {
                if (m_source.atEnd())
                    m_source.fail("missing ), unterminated comment", m_source.tell() - start);
                if (m_source.get() == U")")
                    break;
            }
            return false;
        } else if (c == U"=" || c == U"!" || c == U"<") {
            seq.kids.push_back(assertion(c, verbose, nested, flags, start));
            return true;
        } else if (c == U"(") {
            refuse("conditional groups (?(...)...) in regular expressions are not supported");
        } else if (c == U">") {
            capture = false;
            atomic = true;
        } else if (c.size() == 1 &&
                   (c == U"-" || std::u32string(U"iLmsxatu").find(c[0]) != std::u32string::npos)) {
            bool global = false;
            parseFlags(c[0], add, del, global);
            if (global) {
                m_st.flags |= add;
                if (!first || !seq.kids.empty())
                    m_source.fail("global flags not at the start of the expression",
                                  m_source.tell() - start);
                verbose = (m_st.flags & kVerbose) != 0;
                return false;
            }
            capture = false;
        } else {
            m_source.fail("unknown extension ?" + encode(c),
                          static_cast<std::int64_t>(c.size()) + 1);
        }
    }
    int gid = -1;
    if (capture) {
        gid = m_st.groups();
        m_st.groupWidths.emplace_back();
        if (name) {
            auto it = m_st.groupDict.find(*name);
            if (it != m_st.groupDict.end())
                m_source.fail("redefinition of group name " + pyRepr(*name) + " as group " +
                                  std::to_string(gid) + "; was group " + std::to_string(it->second),
                              static_cast<std::int64_t>(name->size()) + 1);
            m_st.groupDict[*name] = gid;
            m_st.names.emplace_back(*name, gid);
        }
    }
    const bool subVerbose = (verbose || (add & kVerbose)) && !(del & kVerbose);
    Node p = parseSub(subVerbose, nested + 1, (flags | add) & ~del);
    if (!m_source.match(')'))
        m_source.fail("missing ), unterminated subpattern", m_source.tell() - start);
    if (gid >= 0)
        m_st.groupWidths[static_cast<std::size_t>(gid)] = widthOf(p, m_st);
    Node n;
    n.kind = Node::Kind::Group;
    n.group = gid;
    n.atomic = atomic;
    n.flags = flags;
    n.kids.push_back(std::move(p));
    seq.kids.push_back(std::move(n));
    return true;
}

Node Parser::parseSeq(bool& verbose, int nested, bool first, std::int64_t flags) {
    Node seq;
    seq.kind = Node::Kind::Seq;
    seq.flags = flags;
    for (;;) {
        if (m_source.atEnd() || m_source.nextIs('|') || m_source.nextIs(')'))
            break;
        std::u32string t = m_source.get();
        // Global flags read at the start apply to all that follows at the top level (a group
        // got them with its own flags).
        const std::int64_t f = nested == 1 ? (flags | m_st.flags) : flags;
        if (verbose) {
            if (t.size() == 1 && (t[0] == ' ' || t[0] == '\t' || t[0] == '\n' || t[0] == '\r' ||
                                  t[0] == '\v' || t[0] == '\f'))
                continue;
            if (t == U"#") {
                for (;;) {
                    std::u32string c = m_source.get();
                    if (c.empty() || c == U"\n")
                        break;
                }
                continue;
            }
        }
        if (t[0] == '\\' && t.size() == 2) {
            seq.kids.push_back(escape(t, f));
            continue;
        }
        const char32_t c = t[0];
        if (c == '[') {
            seq.kids.push_back(charSet(f));
        } else if (c == '?' || c == '*' || c == '+' || c == '{') {
            if (!quantifier(t, seq))
                seq.kids.push_back(charNode(c, f));
        } else if (c == '.') {
            Node n;
            n.kind = Node::Kind::Any;
            n.flags = f;
            seq.kids.push_back(std::move(n));
        } else if (c == '(') {
            group(seq, verbose, nested, first, f);
        } else if (c == '^') {
            seq.kids.push_back(atNode(Node::AtKind::Begin, f));
        } else if (c == '$') {
            seq.kids.push_back(atNode(Node::AtKind::End, f));
        } else {
            seq.kids.push_back(charNode(c, f));
        }
    }
    return seq;
}

Node Parser::parseSub(bool verbose, int nested, std::int64_t flags) {
    std::vector<Node> items;
    for (;;) {
        items.push_back(parseSeq(verbose, nested + 1, nested == 0 && items.empty(), flags));
        if (!m_source.match('|'))
            break;
        if (nested == 0)
            verbose = (m_st.flags & kVerbose) != 0;
    }
    if (items.size() == 1)
        return std::move(items[0]);
    Node alt;
    alt.kind = Node::Kind::Alt;
    alt.flags = flags;
    alt.kids = std::move(items);
    return alt;
}

} // namespace

std::optional<Program> parse(const std::u32string& pattern, std::int64_t flags, ParseError& error) {
    State st;
    st.flags = flags;
    try {
        Parser parser(pattern, st);
        Node root = parser.parseSub((flags & kVerbose) != 0, 0, flags);
        if (st.flags & kLocale)
            failWith(ParseError::Kind::Value, "cannot use LOCALE flag with a str pattern");
        if (!(st.flags & kAscii))
            st.flags |= kUnicode;
        else if (st.flags & kUnicode)
            failWith(ParseError::Kind::Value, "ASCII and UNICODE flags are incompatible");
        if (!parser.source().atEnd())
            parser.source().fail("unbalanced parenthesis");
        if (st.compileError)
            failWith(ParseError::Kind::Error, *st.compileError);
        Program p;
        p.root = std::move(root);
        p.flags = st.flags;
        p.groups = st.groups() - 1;
        for (const auto& [name, gid] : st.names)
            p.names.emplace_back(encode(name), gid);
        return p;
    } catch (const Failure& f) {
        error = f.error;
        return std::nullopt;
    }
}

} // namespace memstep::core::modules::re
