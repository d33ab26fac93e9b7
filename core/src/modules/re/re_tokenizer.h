// The pattern tokenizer of the re parser (re_parse.cpp): Lib/re/_parser.py's Tokenizer, whose
// errors carry the position _parser.py reports, thrown as Failure up to parse().
#pragma once

#include "modules/re/re_engine.h"

namespace memstep::core::modules::re::detail {

constexpr std::int64_t kMaxRepeat = 4294967295; // _sre.MAXREPEAT
constexpr std::int64_t kUnbounded = -1;

inline bool isDigit(char32_t c) {
    return c >= '0' && c <= '9';
}
inline bool isOctal(char32_t c) {
    return c >= '0' && c <= '7';
}
inline bool isHex(char32_t c) {
    return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}
inline bool isAsciiLetter(char32_t c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

struct Failure {
    ParseError error;
};

[[noreturn]] inline void refuse(const std::string& what) {
    throw Failure{ParseError{what, -1, ParseError::Kind::Unsupported}};
}
[[noreturn]] inline void failWith(ParseError::Kind kind, const std::string& message) {
    throw Failure{ParseError{message, -1, kind}};
}

// _parser.Tokenizer: `next` is one character, or a backslash and the character after it.
class Tokenizer {
public:
    explicit Tokenizer(const std::u32string& s) : m_s(s) { advance(); }
    const std::u32string& next() const { return m_next; }
    bool atEnd() const { return !m_has; }
    bool nextIs(char32_t c) const { return m_has && m_next.size() == 1 && m_next[0] == c; }
    bool match(char32_t c) {
        if (!nextIs(c))
            return false;
        advance();
        return true;
    }
    // The next token, or an empty string at the end.
    std::u32string get() {
        std::u32string t = m_has ? m_next : std::u32string();
        advance();
        return t;
    }
    std::int64_t tell() const {
        return static_cast<std::int64_t>(m_index) - static_cast<std::int64_t>(m_next.size());
    }
    void seek(std::size_t index) {
        m_index = index;
        advance();
    }
    [[noreturn]] void fail(const std::string& msg, std::int64_t offset = 0) const {
        throw Failure{ParseError{msg, tell() - offset, ParseError::Kind::Error}};
    }
    std::u32string getWhile(int n, bool (*accept)(char32_t)) {
        std::u32string out;
        for (int i = 0; i < n && m_has && m_next.size() == 1 && accept(m_next[0]); ++i) {
            out += m_next;
            advance();
        }
        return out;
    }
    std::u32string getUntil(char32_t terminator, const std::string& name) {
        std::u32string result;
        for (;;) {
            std::u32string c = get();
            if (c.empty()) {
                if (result.empty())
                    fail("missing " + name);
                fail("missing " + encode(std::u32string(1, terminator)) + ", unterminated name",
                     static_cast<std::int64_t>(result.size()));
            }
            if (c.size() == 1 && c[0] == terminator) {
                if (result.empty())
                    fail("missing " + name, 1);
                break;
            }
            result += c;
        }
        return result;
    }

private:
    void advance() {
        if (m_index >= m_s.size()) {
            m_has = false;
            m_next.clear();
            return;
        }
        m_has = true;
        m_next.assign(1, m_s[m_index]);
        if (m_s[m_index] == '\\') {
            if (m_index + 1 >= m_s.size())
                throw Failure{ParseError{"bad escape (end of pattern)",
                                         static_cast<std::int64_t>(m_s.size()) - 1,
                                         ParseError::Kind::Error}};
            m_next += m_s[m_index + 1];
            ++m_index;
        }
        ++m_index;
    }

    const std::u32string& m_s;
    std::size_t m_index = 0;
    std::u32string m_next;
    bool m_has = false;
};

} // namespace memstep::core::modules::re::detail
