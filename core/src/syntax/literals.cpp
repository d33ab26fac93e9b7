// Numbers, strings and f-strings: the parser half of literals. The tokenizer has already
// checked their shape; here they are decoded into Constant and JoinedStr nodes.
#include "numeric/utf8.h"
#include "syntax/parser_impl.h"

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <cstdlib>

namespace memstep::core::syntax {

namespace {

// Converts digits in `base` to decimal digits, for integers of any size.
std::string toDecimal(std::string_view digits, int base) {
    std::vector<std::uint32_t> limbs; // little-endian, base 1e9
    constexpr std::uint64_t kLimb = 1000000000;
    for (char ch : digits) {
        int d = ch <= '9' ? ch - '0' : (ch | 0x20) - 'a' + 10;
        std::uint64_t carry = static_cast<std::uint64_t>(d);
        for (auto& limb : limbs) {
            std::uint64_t v = static_cast<std::uint64_t>(limb) * base + carry;
            limb = static_cast<std::uint32_t>(v % kLimb);
            carry = v / kLimb;
        }
        while (carry) {
            limbs.push_back(static_cast<std::uint32_t>(carry % kLimb));
            carry /= kLimb;
        }
    }
    if (limbs.empty())
        return "0";
    std::string out = std::to_string(limbs.back());
    for (std::size_t i = limbs.size() - 1; i-- > 0;) {
        std::string part = std::to_string(limbs[i]);
        out += std::string(9 - part.size(), '0') + part;
    }
    return out;
}

struct StringPrefix {
    bool raw = false;
    bool bytes = false;
    bool formatted = false;
};

} // namespace

ExprPtr Parser::parseNumber(const Token& t) {
    auto node = startNode<Constant>(t);
    finish(*node);
    std::string text;
    for (char c : t.text)
        if (c != '_')
            text += c;
    char last = text.back() | 0x20;
    if (last == 'j') {
        // An imaginary literal: its digits are a decimal float's (0777j is 777j).
        text.pop_back();
        node->constKind = ConstantKind::Complex;
        node->floatValue = std::strtod(text.c_str(), nullptr);
        return node;
    }
    bool isHex = text.size() > 1 && text[0] == '0' && (text[1] | 0x20) == 'x';
    bool isFloat = !isHex && text.find_first_of(".eE") != std::string::npos;
    if (isFloat) {
        node->constKind = ConstantKind::Float;
        node->floatValue = std::strtod(text.c_str(), nullptr);
        return node;
    }
    node->constKind = ConstantKind::Int;
    int base = 10;
    std::string_view digits = text;
    if (text.size() > 1 && text[0] == '0') {
        char p = text[1] | 0x20;
        if (p == 'x' || p == 'o' || p == 'b') {
            base = p == 'x' ? 16 : p == 'o' ? 8 : 2;
            digits.remove_prefix(2);
        }
    }
    node->text = toDecimal(digits, base);
    if (node->text.size() < 19 ||
        (node->text.size() == 19 && node->text <= "9223372036854775807")) {
        node->fitsInt64 = true;
        node->intValue = std::strtoll(node->text.c_str(), nullptr, 10);
    }
    return node;
}

// Decodes backslash escapes of a non-raw str literal body.
static bool decodeEscapes(std::string_view body, std::string& out, std::string& error) {
    for (std::size_t i = 0; i < body.size(); ++i) {
        char c = body[i];
        if (c != '\\' || i + 1 >= body.size()) {
            out += c;
            continue;
        }
        char e = body[++i];
        auto hex = [&](int count, const char* kind) -> bool {
            char32_t cp = 0;
            for (int k = 1; k <= count; ++k) {
                if (i + k >= body.size() ||
                    !std::isxdigit(static_cast<unsigned char>(body[i + k]))) {
                    error = std::string("(unicode error) 'unicodeescape' codec can't decode "
                                        "bytes in position ") +
                            "0-" + std::to_string(k) + ": truncated " + kind + " escape";
                    return false;
                }
                char h = body[i + k];
                cp = cp * 16 + (h <= '9' ? h - '0' : (h | 0x20) - 'a' + 10);
            }
            if (cp > 0x10ffff) {
                error = "(unicode error) 'unicodeescape' codec can't decode bytes in position "
                        "0-9: illegal Unicode character";
                return false;
            }
            numeric::appendCodePoint(out, cp);
            i += count;
            return true;
        };
        switch (e) {
        case '\n':
            break;
        case '\\':
            out += '\\';
            break;
        case '\'':
            out += '\'';
            break;
        case '"':
            out += '"';
            break;
        case 'a':
            out += '\a';
            break;
        case 'b':
            out += '\b';
            break;
        case 'f':
            out += '\f';
            break;
        case 'n':
            out += '\n';
            break;
        case 'r':
            out += '\r';
            break;
        case 't':
            out += '\t';
            break;
        case 'v':
            out += '\v';
            break;
        case 'x':
            if (!hex(2, "\\xXX"))
                return false;
            break;
        case 'u':
            if (!hex(4, "\\uXXXX"))
                return false;
            break;
        case 'U':
            if (!hex(8, "\\UXXXXXXXX"))
                return false;
            break;
        case 'N':
            error = "N";
            return false;
        default:
            if (e >= '0' && e <= '7') {
                int v = e - '0';
                for (int k = 0;
                     k < 2 && i + 1 < body.size() && body[i + 1] >= '0' && body[i + 1] <= '7'; ++k)
                    v = v * 8 + (body[++i] - '0');
                numeric::appendCodePoint(out, static_cast<char32_t>(v));
            } else {
                out += '\\';
                out += e;
            }
        }
    }
    return true;
}

// Decodes backslash escapes of a non-raw bytes literal body (CPython's _PyBytes_DecodeEscape):
// no \u, \U or \N, an octal escape keeps its low eight bits, an unknown escape stays as it is.
static bool decodeBytesEscapes(std::string_view body, std::string& out, std::string& error) {
    auto hexValue = [](char h) { return h <= '9' ? h - '0' : (h | 0x20) - 'a' + 10; };
    for (std::size_t i = 0; i < body.size(); ++i) {
        char c = body[i];
        if (c != '\\' || i + 1 >= body.size()) {
            out += c;
            continue;
        }
        const std::size_t slash = i;
        char e = body[++i];
        static constexpr std::string_view kSimple = "\\'\"abfnrtv";
        static constexpr std::string_view kMeaning = "\\'\"\a\b\f\n\r\t\v";
        if (e == '\n')
            continue;
        if (auto k = kSimple.find(e); k != std::string_view::npos) {
            out += kMeaning[k];
        } else if (e == 'x') {
            if (i + 2 >= body.size() || !std::isxdigit(static_cast<unsigned char>(body[i + 1])) ||
                !std::isxdigit(static_cast<unsigned char>(body[i + 2]))) {
                error = "(value error) invalid \\x escape at position " + std::to_string(slash);
                return false;
            }
            out += static_cast<char>(hexValue(body[i + 1]) * 16 + hexValue(body[i + 2]));
            i += 2;
        } else if (e >= '0' && e <= '7') {
            int v = e - '0';
            for (int k = 0;
                 k < 2 && i + 1 < body.size() && body[i + 1] >= '0' && body[i + 1] <= '7'; ++k)
                v = v * 8 + (body[++i] - '0');
            out += static_cast<char>(v & 0xFF);
        } else {
            out += '\\';
            out += e;
        }
    }
    return true;
}

// The parts of one f-string body: literal text and replacement fields.
struct FStringParser {
    Parser& parser;
    const Token& token;
    const Token& errorAt; // the token after the literal, where CPython reports f-string errors
    bool raw;
    int depth = 0;

    [[noreturn]] void fail(const std::string& message) { parser.fail(message, errorAt); }

    void addLiteral(ExprList& parts, std::string& literal) {
        if (literal.empty())
            return;
        std::string decoded;
        std::string error;
        if (raw) {
            decoded = literal;
        } else if (!decodeEscapes(literal, decoded, error)) {
            if (error == "N")
                parser.unsupported("`\\N{...}` escapes", token.line);
            fail(error);
        }
        if (!parts.empty() && parts.back()->kind == ExprKind::Constant) {
            parts.back()->as<Constant>().text += decoded;
        } else {
            auto c = parser.startNode<Constant>(token);
            c->constKind = ConstantKind::Str;
            c->text = std::move(decoded);
            parser.finish(*c);
            parts.push_back(std::move(c));
        }
        literal.clear();
    }

    // Parses `body` (the text between the quotes, or a format spec) into parts.
    void parse(std::string_view body, ExprList& parts) {
        std::string literal;
        for (std::size_t i = 0; i < body.size(); ++i) {
            char c = body[i];
            if (c == '\\' && !raw && i + 1 < body.size()) {
                if (body[i + 1] == 'N' && i + 2 < body.size() && body[i + 2] == '{')
                    parser.unsupported("`\\N{...}` escapes", token.line);
                literal += c;
                literal += body[++i];
                continue;
            }
            if (c == '}') {
                if (i + 1 < body.size() && body[i + 1] == '}') {
                    literal += '}';
                    ++i;
                    continue;
                }
                fail("f-string: single '}' is not allowed");
            }
            if (c != '{') {
                literal += c;
                continue;
            }
            if (i + 1 < body.size() && body[i + 1] == '{') {
                literal += '{';
                ++i;
                continue;
            }
            addLiteral(parts, literal);
            i = field(body, i + 1, parts);
        }
        addLiteral(parts, literal);
    }

    // A replacement field starting after '{'; returns the index of its closing '}'.
    std::size_t field(std::string_view body, std::size_t start, ExprList& parts) {
        if (depth >= 2)
            fail("f-string: expressions nested too deeply");
        std::size_t i = start;
        int nesting = 0;
        char quote = 0;
        std::size_t exprEnd = std::string_view::npos;
        for (; i < body.size(); ++i) {
            char c = body[i];
            if (quote) {
                if (c == quote)
                    quote = 0;
                continue;
            }
            if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == '(' || c == '[' || c == '{') {
                ++nesting;
            } else if (c == ')' || c == ']' || c == '}') {
                if (nesting == 0) {
                    if (c != '}')
                        fail(std::string("f-string: unmatched '") + c + "'");
                    break;
                }
                --nesting;
            } else if (nesting == 0 && c == '!' && i + 1 < body.size() && body[i + 1] != '=') {
                break;
            } else if (nesting == 0 && c == ':') {
                break;
            } else if (c == '\\') {
                fail("f-string expression part cannot include a backslash");
            } else if (c == '#') {
                fail("f-string expression part cannot include '#'");
            }
        }
        if (quote)
            fail("f-string: unterminated string");
        if (i >= body.size())
            fail("f-string: expecting '}'");
        exprEnd = i;
        std::string_view exprText = body.substr(start, exprEnd - start);
        // The self-documenting `=`: `{x=}` or `{x = }`.
        std::string selfDoc;
        {
            std::size_t k = exprText.find_last_not_of(" \t\n");
            if (k != std::string_view::npos && exprText[k] == '=' && k > 0 &&
                exprText[k - 1] != '=' && exprText[k - 1] != '!' && exprText[k - 1] != '<' &&
                exprText[k - 1] != '>') {
                selfDoc = std::string(exprText);
                exprText = exprText.substr(0, k);
            }
        }
        if (exprText.find_first_not_of(" \t\n") == std::string_view::npos)
            fail("f-string: empty expression not allowed");
        ExprPtr value = parseExpr(exprText);
        auto fv = parser.startNode<FormattedValue>(*value);
        fv->endLine = value->endLine;
        fv->endColumn = value->endColumn;
        fv->value = std::move(value);
        if (body[i] == '!') {
            if (i + 1 >= body.size())
                fail("f-string: expecting '}'");
            char conv = body[i + 1];
            if (conv != 's' && conv != 'r' && conv != 'a')
                fail("f-string: invalid conversion character: expected 's', 'r', or 'a'");
            fv->conversion = conv;
            i += 2;
            if (i >= body.size() || (body[i] != ':' && body[i] != '}'))
                fail("f-string: expecting '}'");
        }
        if (body[i] == ':') {
            std::size_t specStart = i + 1;
            int inner = 0;
            for (i = specStart; i < body.size(); ++i) {
                if (body[i] == '{')
                    ++inner;
                else if (body[i] == '}') {
                    if (inner == 0)
                        break;
                    --inner;
                }
            }
            if (i >= body.size())
                fail("f-string: expecting '}'");
            auto spec = parser.startNode<JoinedStr>(token);
            ++depth;
            parse(body.substr(specStart, i - specStart), spec->values);
            --depth;
            // A format spec spans its own literal token, not the whole concatenation.
            const Location tokenSpan{token.line, token.column, token.endLine, token.endColumn};
            static_cast<Location&>(*spec) = tokenSpan;
            for (auto& part : spec->values)
                static_cast<Location&>(*part) = tokenSpan;
            fv->formatSpec = std::move(spec);
        }
        if (!selfDoc.empty()) {
            std::string text = selfDoc;
            if (!parts.empty() && parts.back()->kind == ExprKind::Constant) {
                parts.back()->as<Constant>().text += text;
            } else {
                auto c = parser.startNode<Constant>(token);
                c->constKind = ConstantKind::Str;
                c->text = std::move(text);
                parser.finish(*c);
                parts.push_back(std::move(c));
            }
            if (fv->conversion == 0 && !fv->formatSpec)
                fv->conversion = 'r';
        }
        parts.push_back(std::move(fv));
        return i;
    }

    ExprPtr parseExpr(std::string_view text) {
        // Where the expression text sits in the file, so its nodes get real positions.
        std::size_t offset = static_cast<std::size_t>(text.data() - token.text.data());
        std::string_view before = token.text.substr(0, offset);
        int line = token.line;
        int column = token.column + static_cast<int>(offset);
        if (std::size_t nl = before.rfind('\n'); nl != std::string_view::npos) {
            line += static_cast<int>(std::count(before.begin(), before.end(), '\n'));
            column = static_cast<int>(offset - nl - 1);
        }
        std::string wrapped = "(" + std::string(text) + ")";
        TokenStream sub = tokenize(wrapped);
        if (sub.error)
            fail("f-string: " + sub.error->message);
        {
            // CPython 3.11 reports errors inside the braces on the real line but at the
            // column within "(expression)"; parse once unshifted to get exactly that.
            Parser probe(sub);
            // The expression nests inside the literal: it continues the outer depth counts.
            probe.m_nesting = parser.m_nesting;
            probe.m_chain = parser.m_chain;
            try {
                probe.parseStandaloneExpression();
            } catch (ParseFailure& failure) {
                if (failure.diagnostic.type == kUnsupported ||
                    failure.diagnostic.type == "MemoryError")
                    throw;
                failure.diagnostic.message = "f-string: " + failure.diagnostic.message;
                failure.diagnostic.line += line - 1;
                failure.end.line += line - 1;
                failure.end.text = wrapped;
                throw;
            }
        }
        for (Token& t : sub.tokens) {
            if (t.line == 1)
                t.column += column - 1;
            if (t.endLine == 1)
                t.endColumn += column - 1;
            t.line += line - 1;
            t.endLine += line - 1;
        }
        Parser inner(sub);
        inner.m_className = parser.m_className;
        inner.m_nesting = parser.m_nesting;
        inner.m_chain = parser.m_chain;
        try {
            ExprPtr e = inner.parseStandaloneExpression();
            if (inner.m_tooDeep && !parser.m_tooDeep)
                parser.m_tooDeep = inner.m_tooDeep;
            return e;
        } catch (ParseFailure& failure) {
            if (failure.diagnostic.type == kUnsupported || failure.diagnostic.type == "MemoryError")
                throw;
            fail("f-string: " + failure.diagnostic.message);
        }
    }
};

// CPython 3.11 gives every part of an f-string (and of its format specs) the position of
// the whole literal.
static void spanParts(JoinedStr& joined, const Location& whole) {
    for (auto& part : joined.values)
        static_cast<Location&>(*part) = whole;
}

void Parser::appendBytesPart(const Token& t, std::string_view body, bool raw, const Token& after,
                             ExprList& parts) {
    for (char ch : body) {
        if (static_cast<unsigned char>(ch) < 0x80)
            continue;
        // CPython's caret spans the literal's bytes, not its characters (its end offset is a
        // byte count added to the start's character column).
        ParseFailure f;
        const int start = m_stream.charOffset(t.line, t.column);
        f.diagnostic = Diagnostic{
            "SyntaxError", "bytes can only contain ASCII literal characters", t.line, start, {}};
        f.tokenLine = std::max(t.line, after.line);
        f.end = {t.endLine,
                 t.endLine == t.line ? start + (t.endColumn - t.column)
                                     : m_stream.charOffset(t.endLine, t.endColumn),
                 false,
                 {}};
        throw f;
    }
    std::string decoded;
    std::string error;
    if (raw)
        decoded = body;
    else if (!decodeBytesEscapes(body, decoded, error))
        fail(error, after);
    if (parts.empty()) {
        auto c = startNode<Constant>(t);
        c->constKind = ConstantKind::Bytes;
        parts.push_back(std::move(c));
    }
    parts.back()->as<Constant>().text += decoded;
}

ExprPtr Parser::parseStrings() {
    const Token& first = peek();
    std::size_t begin = m_pos;
    while (peek().kind == TokenKind::String)
        next();
    std::size_t end = m_pos;
    // CPython decodes the literals once the token after them has been read, and reports
    // their errors there.
    const Token& after = peek();
    ExprList parts;
    bool anyFormatted = false;
    bool firstIsBytes = false;
    for (std::size_t i = begin; i < end; ++i) {
        const Token& t = m_stream.tokens[i];
        StringPrefix prefix;
        std::size_t q = 0;
        while (t.text[q] != '\'' && t.text[q] != '"') {
            char p = t.text[q] | 0x20;
            prefix.raw |= p == 'r';
            prefix.bytes |= p == 'b';
            prefix.formatted |= p == 'f';
            ++q;
        }
        if (i == begin)
            firstIsBytes = prefix.bytes;
        else if (prefix.bytes != firstIsBytes)
            fail("cannot mix bytes and nonbytes literals", after);
        std::size_t quoteLen =
            t.text.size() - q >= 6 && t.text[q + 1] == t.text[q] && t.text[q + 2] == t.text[q] ? 3
                                                                                               : 1;
        std::string_view body = t.text.substr(q + quoteLen, t.text.size() - q - 2 * quoteLen);
        if (prefix.bytes) {
            appendBytesPart(t, body, prefix.raw, after, parts);
            continue;
        }
        if (prefix.formatted) {
            anyFormatted = true;
            FStringParser fp{*this, t, after, prefix.raw};
            fp.parse(body, parts);
            continue;
        }
        std::string decoded;
        if (prefix.raw) {
            decoded = body;
        } else {
            std::string error;
            if (!decodeEscapes(body, decoded, error)) {
                if (error == "N")
                    unsupported("`\\N{...}` escapes", t.line);
                fail(error, after);
            }
        }
        if (decoded.empty())
            continue;
        if (!parts.empty() && parts.back()->kind == ExprKind::Constant) {
            parts.back()->as<Constant>().text += decoded;
        } else {
            auto c = startNode<Constant>(t);
            c->constKind = ConstantKind::Str;
            c->text = std::move(decoded);
            c->endLine = t.endLine;
            c->endColumn = t.endColumn;
            parts.push_back(std::move(c));
        }
    }
    if (anyFormatted) {
        auto joined = startNode<JoinedStr>(first);
        joined->values = std::move(parts);
        finish(*joined);
        spanParts(*joined, *joined);
        return joined;
    }
    auto c = startNode<Constant>(first);
    c->constKind = firstIsBytes ? ConstantKind::Bytes : ConstantKind::Str;
    if (!parts.empty())
        c->text = std::move(parts.front()->as<Constant>().text);
    finish(*c);
    return c;
}

} // namespace memstep::core::syntax
