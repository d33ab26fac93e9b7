#include "syntax/lexer.h"

#include "numeric/utf8.h"

#include <algorithm>
#include <array>
#include <cstdio>

namespace memstep::core::syntax {

namespace {

// CPython measures indentation twice, with tabs to multiples of 8 and with tabs as 1 column;
// the two must agree on the order of every indentation level, otherwise it is a TabError.
constexpr int kTabSize = 8;
// CPython's MAXINDENT: deeper nesting is "too many levels of indentation".
constexpr std::size_t kMaxIndent = 100;
// CPython's tokenizer allows this many open brackets (MAXLEVEL) and answers "too many nested
// parentheses" at the next one. It also bounds the parser's recursion through brackets, which
// would otherwise overflow the C++ stack on thousands of '(' or '['.
constexpr std::size_t kMaxBracketNesting = 200;

bool isAsciiIdentStart(unsigned char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
}
bool isAsciiIdentChar(unsigned char c) {
    return isAsciiIdentStart(c) || (c >= '0' && c <= '9');
}
bool isDigit(int c) {
    return c >= '0' && c <= '9';
}
bool isHexDigit(int c) {
    return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

// Non-ASCII code points that CPython rejects as "invalid non-printable character".
bool isNonPrintable(char32_t cp) {
    return cp < 0x20 || cp == 0x7f || (cp >= 0x80 && cp <= 0xa0) || cp == 0xad ||
           (cp >= 0x2000 && cp <= 0x200f) || (cp >= 0x2028 && cp <= 0x202f) ||
           (cp >= 0x205f && cp <= 0x206f) || cp == 0x3000 || cp == 0xfeff;
}

// An approximation of Unicode's XID_Continue for the code points above ASCII: letters and
// marks of all scripts are accepted, punctuation and symbol blocks are not.
bool isIdentifierCodePoint(char32_t cp) {
    if (cp < 0x80)
        return isAsciiIdentChar(static_cast<unsigned char>(cp));
    if (cp <= 0xbf)
        return cp == 0xaa || cp == 0xb5 || cp == 0xba;
    if (cp == 0xd7 || cp == 0xf7)
        return false;
    if (cp >= 0x2000 && cp <= 0x2bff)
        return (cp >= 0x203f && cp <= 0x2040) || cp == 0x2054 || cp == 0x2071 || cp == 0x207f ||
               (cp >= 0x2090 && cp <= 0x209c) || (cp >= 0x2102 && cp <= 0x2188);
    if (cp >= 0x2e00 && cp <= 0x2e7f)
        return false;
    if (cp >= 0x3000 && cp <= 0x303f)
        return cp >= 0x3005 && cp <= 0x3007;
    if (cp >= 0xfe30 && cp <= 0xfe4f)
        return cp == 0xfe33 || cp == 0xfe34 || (cp >= 0xfe4d && cp <= 0xfe4f);
    if (cp >= 0xff00 && cp <= 0xff0f)
        return false;
    if ((cp >= 0xff1a && cp <= 0xff20) || (cp >= 0xff3b && cp <= 0xff40 && cp != 0xff3f) ||
        (cp >= 0xff5b && cp <= 0xff65))
        return false;
    if (cp >= 0xfff0 && cp <= 0xffff)
        return false;
    if (cp >= 0x1f000 && cp <= 0x1faff)
        return false;
    return !isNonPrintable(cp);
}

bool isStringPrefix(std::string_view word) {
    if (word.size() > 2)
        return false;
    std::string lower;
    for (char c : word)
        lower += static_cast<char>(c | 0x20);
    static constexpr std::array<std::string_view, 8> kPrefixes = {"r",  "u",  "f",  "b",
                                                                  "br", "rb", "fr", "rf"};
    return std::find(kPrefixes.begin(), kPrefixes.end(), lower) != kPrefixes.end();
}

std::string hexCodePoint(char32_t cp) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04X", static_cast<unsigned>(cp));
    return buf;
}

class Lexer {
public:
    explicit Lexer(TokenStream& out) : m_out(out), m_src(*out.source) {}

    void run() {
        while (step()) {
        }
    }

private:
    struct Bracket {
        char ch;
        int line;
        int column;
    };

    int peek(std::size_t ahead = 0) const {
        std::size_t i = m_pos + ahead;
        return i < m_src.size() ? static_cast<unsigned char>(m_src[i]) : -1;
    }
    int column(std::size_t pos) const { return static_cast<int>(pos - m_lineStart); }

    void newLine() {
        ++m_line;
        m_lineStart = m_pos;
    }

    void emit(TokenKind kind, std::size_t begin, int line, int column) {
        Token t;
        t.kind = kind;
        t.text = std::string_view(m_src).substr(begin, m_pos - begin);
        t.line = line;
        t.column = column;
        t.endLine = m_line;
        t.endColumn = this->column(m_pos);
        m_out.tokens.push_back(t);
        if (kind != TokenKind::Newline && kind != TokenKind::Indent && kind != TokenKind::Dedent)
            m_lineHasTokens = true;
    }

    // Records the error; `offset` is CPython's 1-based character offset in `line`.
    bool fail(const char* type, std::string message, int line, int offset) {
        m_out.error = Diagnostic{type, std::move(message), line, offset, {}};
        Token t;
        t.kind = TokenKind::Error;
        t.line = t.endLine = line;
        t.column = t.endColumn = column(std::min(m_pos, m_src.size()));
        m_out.tokens.push_back(t);
        return false;
    }
    // Offset as CPython computes it for tokenizer errors: the characters before byte `pos`.
    int offsetBefore(std::size_t pos, std::size_t lineStart) const {
        int n = 0;
        for (std::size_t i = lineStart; i < pos && i < m_src.size(); ++i)
            if ((static_cast<unsigned char>(m_src[i]) & 0xc0) != 0x80)
                ++n;
        return n;
    }
    int offsetBefore(std::size_t pos) const { return offsetBefore(pos, m_lineStart); }

    bool step() {
        if (m_atLineStart) {
            m_atLineStart = false;
            if (!indentation())
                return false;
        }
        while (peek() == ' ' || peek() == '\t' || peek() == '\f')
            ++m_pos;
        int c = peek();
        if (c == -1)
            return endOfFile();
        if (c == '#') {
            while (peek() != -1 && peek() != '\n')
                ++m_pos;
            return true;
        }
        if (c == '\n') {
            std::size_t begin = m_pos;
            int col = column(m_pos);
            ++m_pos;
            if (m_brackets.empty() && m_lineHasTokens) {
                Token t;
                t.kind = TokenKind::Newline;
                t.text = std::string_view(m_src).substr(begin, 1);
                t.line = t.endLine = m_line;
                t.column = col;
                t.endColumn = col + 1;
                m_out.tokens.push_back(t);
                m_lineHasTokens = false;
            }
            newLine();
            m_atLineStart = true;
            return true;
        }
        if (c == '\\') {
            int next = peek(1);
            if (next == '\n') {
                int offset = offsetBefore(m_pos) + 2;
                m_pos += 2;
                newLine();
                if (peek() == -1)
                    return fail("SyntaxError", "unexpected EOF while parsing", m_line - 1, offset);
                return true;
            }
            int offset = offsetBefore(m_pos) + 2;
            if (next == -1)
                return fail("SyntaxError", "unexpected EOF while parsing", m_line, offset);
            return fail("SyntaxError", "unexpected character after line continuation character",
                        m_line, offset);
        }
        if (isAsciiIdentStart(static_cast<unsigned char>(c)) || c >= 0x80)
            return nameOrString();
        if (isDigit(c) || (c == '.' && isDigit(peek(1))))
            return number();
        if (c == '\'' || c == '"')
            return string(m_pos);
        return op();
    }

    bool indentation() {
        int col = 0;
        int alt = 0;
        std::size_t p = m_pos;
        for (;; ++p) {
            char c = p < m_src.size() ? m_src[p] : '\0';
            if (c == ' ') {
                ++col;
                ++alt;
            } else if (c == '\t') {
                col = (col / kTabSize + 1) * kTabSize;
                ++alt;
            } else if (c == '\f') {
                col = alt = 0;
            } else {
                break;
            }
        }
        m_pos = p;
        bool blank = p >= m_src.size() || m_src[p] == '#' || m_src[p] == '\n';
        if (blank || !m_brackets.empty())
            return true;
        int tokenCol = column(p);
        if (col == m_indents.back()) {
            if (alt != m_altIndents.back())
                return tabError();
        } else if (col > m_indents.back()) {
            if (m_indents.size() >= kMaxIndent)
                return fail("IndentationError", "too many levels of indentation", m_line,
                            tokenCol + 1);
            if (alt <= m_altIndents.back())
                return tabError();
            m_indents.push_back(col);
            m_altIndents.push_back(alt);
            Token t;
            t.kind = TokenKind::Indent;
            t.text = std::string_view(m_src).substr(m_lineStart, p - m_lineStart);
            t.line = t.endLine = m_line;
            t.column = 0;
            t.endColumn = tokenCol;
            m_out.tokens.push_back(t);
        } else {
            while (m_indents.size() > 1 && col < m_indents.back()) {
                m_indents.pop_back();
                m_altIndents.pop_back();
                Token t;
                t.kind = TokenKind::Dedent;
                t.line = t.endLine = m_line;
                t.column = t.endColumn = tokenCol;
                m_out.tokens.push_back(t);
            }
            if (col != m_indents.back()) {
                std::size_t end = m_src.find('\n', p);
                if (end == std::string::npos)
                    end = m_src.size();
                return fail("IndentationError",
                            "unindent does not match any outer indentation level", m_line,
                            offsetBefore(end) + 1);
            }
            if (alt != m_altIndents.back())
                return tabError();
        }
        return true;
    }

    bool tabError() {
        return fail("TabError", "inconsistent use of tabs and spaces in indentation", m_line, 1);
    }

    bool endOfFile() {
        if (!m_brackets.empty()) {
            const Bracket& b = m_brackets.back();
            m_out.unclosedBracketAtEof = true;
            std::size_t lineStart = m_out.lineStarts[b.line - 1];
            std::string msg = "'";
            msg += b.ch;
            msg += "' was never closed";
            return fail("SyntaxError", msg, b.line,
                        offsetBefore(lineStart + b.column, lineStart) + 1);
        }
        if (m_lineHasTokens) {
            Token t;
            t.kind = TokenKind::Newline;
            t.line = t.endLine = m_line;
            t.column = t.endColumn = column(m_pos);
            m_out.tokens.push_back(t);
            m_lineHasTokens = false;
        }
        // CPython places the end marker at the end of the last line that has characters.
        int lastLine = m_line;
        int lastColumn = column(m_pos);
        if (lastColumn == 0 && lastLine > 1) {
            --lastLine;
            lastColumn = static_cast<int>(m_out.lineText(lastLine).size());
        }
        while (m_indents.size() > 1) {
            m_indents.pop_back();
            Token t;
            t.kind = TokenKind::Dedent;
            t.line = t.endLine = lastLine;
            t.column = t.endColumn = lastColumn;
            m_out.tokens.push_back(t);
        }
        Token t;
        t.kind = TokenKind::EndOfFile;
        t.line = t.endLine = lastLine;
        t.column = t.endColumn = lastColumn;
        m_out.tokens.push_back(t);
        return false;
    }

    bool nameOrString() {
        std::size_t begin = m_pos;
        while (peek() != -1 &&
               (isAsciiIdentChar(static_cast<unsigned char>(peek())) || peek() >= 0x80))
            ++m_pos;
        std::string_view word = std::string_view(m_src).substr(begin, m_pos - begin);
        if ((peek() == '\'' || peek() == '"') && isStringPrefix(word))
            return string(begin);
        for (std::size_t i = begin; i < m_pos;) {
            std::size_t at = i;
            if (static_cast<unsigned char>(m_src[i]) < 0x80) {
                ++i;
                continue;
            }
            char32_t cp = numeric::readCodePoint(m_src, i);
            bool ok = isIdentifierCodePoint(cp);
            if (ok && at == begin && cp >= 0x300 && cp <= 0x36f)
                ok = false; // combining marks cannot start a name
            if (!ok) {
                m_pos = at;
                std::string msg;
                if (isNonPrintable(cp)) {
                    msg = "invalid non-printable character U+" + hexCodePoint(cp);
                } else {
                    msg = "invalid character '";
                    numeric::appendCodePoint(msg, cp);
                    msg += "' (U+" + hexCodePoint(cp) + ")";
                }
                return fail("SyntaxError", msg, m_line, offsetBefore(at) + 1);
            }
        }
        emit(TokenKind::Name, begin, m_line, column(begin));
        return true;
    }

    // After a number: a letter right behind it is an error, except the keywords that may
    // legally follow a number ("1if x else 2").
    bool endOfNumber(const char* kind) {
        int c = peek();
        if (c == -1 || !(isAsciiIdentChar(static_cast<unsigned char>(c))))
            return true;
        static constexpr std::array<std::string_view, 8> kAllowed = {"and", "else", "for", "if",
                                                                     "in",  "is",   "not", "or"};
        std::string_view rest = std::string_view(m_src).substr(m_pos);
        for (std::string_view kw : kAllowed)
            if (rest.substr(0, kw.size()) == kw)
                return true;
        return fail("SyntaxError", std::string("invalid ") + kind + " literal", m_line,
                    offsetBefore(m_pos));
    }

    bool invalidDecimal() {
        return fail("SyntaxError", "invalid decimal literal", m_line, offsetBefore(m_pos));
    }

    // Digits with single underscores between them; false (error reported) on a bad '_'.
    bool decimalTail() {
        for (;;) {
            while (isDigit(peek()))
                ++m_pos;
            if (peek() != '_')
                return true;
            ++m_pos;
            if (!isDigit(peek()))
                return invalidDecimal();
        }
    }

    bool radixDigits(int base, const char* kind) {
        auto inBase = [base](int c) {
            return base == 16 ? isHexDigit(c) : (c >= '0' && c < '0' + base);
        };
        do {
            if (peek() == '_')
                ++m_pos;
            if (!inBase(peek())) {
                if (isDigit(peek()))
                    return fail("SyntaxError",
                                std::string("invalid digit '") + static_cast<char>(peek()) +
                                    "' in " + kind + " literal",
                                m_line, offsetBefore(m_pos) + 1);
                return fail("SyntaxError", std::string("invalid ") + kind + " literal", m_line,
                            offsetBefore(m_pos));
            }
            while (inBase(peek()))
                ++m_pos;
        } while (peek() == '_');
        if (isDigit(peek()))
            return fail("SyntaxError",
                        std::string("invalid digit '") + static_cast<char>(peek()) + "' in " +
                            kind + " literal",
                        m_line, offsetBefore(m_pos) + 1);
        return endOfNumber(kind);
    }

    bool number() {
        std::size_t begin = m_pos;
        int startCol = column(begin);
        auto done = [&] {
            emit(TokenKind::Number, begin, m_line, startCol);
            return true;
        };
        if (peek() == '0' && (peek(1) == 'x' || peek(1) == 'X' || peek(1) == 'o' ||
                              peek(1) == 'O' || peek(1) == 'b' || peek(1) == 'B')) {
            int k = peek(1) | 0x20;
            m_pos += 2;
            bool ok = k == 'x'   ? radixDigits(16, "hexadecimal")
                      : k == 'o' ? radixDigits(8, "octal")
                                 : radixDigits(2, "binary");
            return ok ? done() : false;
        }
        if (peek() == '0') {
            bool nonzero = false;
            for (;;) {
                if (peek() == '_') {
                    ++m_pos;
                    if (!isDigit(peek()))
                        return invalidDecimal();
                }
                if (peek() != '0')
                    break;
                ++m_pos;
            }
            if (isDigit(peek())) {
                nonzero = true;
                if (!decimalTail())
                    return false;
            }
            int c = peek();
            if (c != '.' && c != 'e' && c != 'E' && c != 'j' && c != 'J' && nonzero) {
                return fail("SyntaxError",
                            "leading zeros in decimal integer literals are not permitted; use "
                            "an 0o prefix for octal integers",
                            m_line, offsetBefore(begin) + 1);
            }
        } else if (peek() != '.' && !decimalTail()) {
            return false;
        }
        if (peek() == '.') {
            ++m_pos;
            if (isDigit(peek()) && !decimalTail())
                return false;
        }
        if (peek() == 'e' || peek() == 'E') {
            std::size_t ePos = m_pos;
            ++m_pos;
            if (peek() == '+' || peek() == '-') {
                ++m_pos;
                if (!isDigit(peek()))
                    return invalidDecimal();
            } else if (!isDigit(peek())) {
                m_pos = ePos;
                if (!endOfNumber("decimal"))
                    return false;
                return done();
            }
            if (!decimalTail())
                return false;
        }
        if (peek() == 'j' || peek() == 'J') {
            ++m_pos;
            return done(); // the parser reports imaginary numbers as Unsupported
        }
        if (!endOfNumber("decimal"))
            return false;
        return done();
    }

    bool string(std::size_t begin) {
        int startLine = m_line;
        std::size_t startLineStart = m_lineStart;
        int startCol = column(begin);
        char quote = m_src[m_pos];
        bool triple = peek(1) == quote && peek(2) == quote;
        m_pos += triple ? 3 : 1;
        for (;;) {
            int c = peek();
            if (c == -1 || (c == '\n' && !triple)) {
                int offset = offsetBefore(begin, startLineStart) + 1;
                // At the end of the file CPython counts the last line that has characters.
                bool afterNewline = c == -1 && m_pos > 0 && m_src[m_pos - 1] == '\n';
                std::string detected = std::to_string(afterNewline ? m_line - 1 : m_line);
                if (triple)
                    return fail("SyntaxError",
                                "unterminated triple-quoted string literal (detected at line " +
                                    detected + ")",
                                startLine, offset);
                return fail("SyntaxError",
                            "unterminated string literal (detected at line " + detected + ")",
                            startLine, offset);
            }
            ++m_pos;
            if (c == '\\') {
                if (peek() == '\n') {
                    ++m_pos;
                    newLine();
                } else if (peek() != -1) {
                    ++m_pos;
                }
            } else if (c == '\n') {
                newLine();
            } else if (c == quote) {
                if (!triple)
                    break;
                if (peek() == quote && peek(1) == quote) {
                    m_pos += 2;
                    break;
                }
            }
        }
        emit(TokenKind::String, begin, startLine, startCol);
        return true;
    }

    bool op() {
        static constexpr std::array<std::string_view, 5> kThree = {
            "**=", "//=", ">>=", "<<=", "..."};
        static constexpr std::array<std::string_view, 19> kTwo = {
            "**", "//", ">>", "<<", "<=", ">=", "==", "!=", "->", ":=",
            "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "@="};
        std::string_view rest = std::string_view(m_src).substr(m_pos);
        std::size_t len = 1;
        for (auto t : kThree)
            if (rest.substr(0, 3) == t)
                len = 3;
        if (len == 1)
            for (auto t : kTwo)
                if (rest.substr(0, 2) == t)
                    len = 2;
        char c = rest[0];
        std::size_t begin = m_pos;
        int col = column(begin);
        if (static_cast<unsigned char>(c) < 0x20 && c != '\t') {
            return fail("SyntaxError",
                        "invalid non-printable character U+" +
                            hexCodePoint(static_cast<unsigned char>(c)),
                        m_line, offsetBefore(m_pos) + 1);
        }
        if (len == 1 && (c == '(' || c == '[' || c == '{')) {
            if (m_brackets.size() >= kMaxBracketNesting)
                return fail("SyntaxError", "too many nested parentheses", m_line,
                            offsetBefore(m_pos) + 1);
            m_brackets.push_back({c, m_line, col});
        } else if (len == 1 && (c == ')' || c == ']' || c == '}')) {
            if (m_brackets.empty())
                return fail("SyntaxError", std::string("unmatched '") + c + "'", m_line,
                            offsetBefore(m_pos) + 1);
            Bracket open = m_brackets.back();
            char expected = open.ch == '(' ? ')' : open.ch == '[' ? ']' : '}';
            if (c != expected) {
                std::string msg = std::string("closing parenthesis '") + c +
                                  "' does not match opening parenthesis '" + open.ch + "'";
                if (open.line != m_line)
                    msg += " on line " + std::to_string(open.line);
                return fail("SyntaxError", msg, m_line, offsetBefore(m_pos) + 1);
            }
            m_brackets.pop_back();
        }
        m_pos += len;
        emit(TokenKind::Op, begin, m_line, col);
        return true;
    }

    TokenStream& m_out;
    const std::string& m_src;
    std::size_t m_pos = 0;
    int m_line = 1;
    std::size_t m_lineStart = 0;
    bool m_atLineStart = true;
    bool m_lineHasTokens = false;
    std::vector<int> m_indents{0};
    std::vector<int> m_altIndents{0};
    std::vector<Bracket> m_brackets;
};

} // namespace

bool isKeyword(std::string_view w) {
    static constexpr std::array<std::string_view, 35> kKeywords = {
        "False", "None",     "True",  "and",    "as",   "assert", "async",  "await",    "break",
        "class", "continue", "def",   "del",    "elif", "else",   "except", "finally",  "for",
        "from",  "global",   "if",    "import", "in",   "is",     "lambda", "nonlocal", "not",
        "or",    "pass",     "raise", "return", "try",  "while",  "with",   "yield"};
    return std::find(kKeywords.begin(), kKeywords.end(), w) != kKeywords.end();
}

std::string_view TokenStream::lineText(int line) const {
    if (line < 1 || line > lineCount())
        return {};
    std::size_t begin = lineStarts[line - 1];
    std::size_t end = line < lineCount() ? lineStarts[line] - 1 : source->size();
    if (end > begin && (*source)[end - 1] == '\n')
        --end;
    return std::string_view(*source).substr(begin, end - begin);
}

int TokenStream::charOffset(int line, int byteColumn) const {
    std::string_view text = lineText(line);
    int n = 1;
    for (int i = 0; i < byteColumn && i < static_cast<int>(text.size()); ++i)
        if ((static_cast<unsigned char>(text[i]) & 0xc0) != 0x80)
            ++n;
    if (byteColumn > static_cast<int>(text.size()))
        n += byteColumn - static_cast<int>(text.size());
    return n;
}

TokenStream tokenize(std::string_view source) {
    TokenStream out;
    if (source.substr(0, 3) == "\xEF\xBB\xBF")
        source.remove_prefix(3);
    std::string text;
    text.reserve(source.size());
    for (std::size_t i = 0; i < source.size(); ++i) {
        if (source[i] == '\r') {
            text += '\n';
            if (i + 1 < source.size() && source[i + 1] == '\n')
                ++i;
        } else {
            text += source[i];
        }
    }
    out.lineStarts.push_back(0);
    for (std::size_t i = 0; i < text.size(); ++i)
        if (text[i] == '\n' && i + 1 < text.size())
            out.lineStarts.push_back(i + 1);
    out.source = std::make_shared<const std::string>(std::move(text));
    out.tokens.reserve(out.source->size() / 3 + 8);
    Lexer(out).run();
    return out;
}

} // namespace memstep::core::syntax
