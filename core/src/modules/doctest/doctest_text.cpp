// doctest's parser and output checker (see doctest_text.h).
#include "modules/doctest/doctest_text.h"

#include <algorithm>
#include <cctype>
#include <cstddef>

namespace memstep::core::modules::doctest {

namespace {

constexpr std::string_view kBlankline = "<BLANKLINE>";

std::vector<std::string> splitLines(std::string_view s) { // str.split('\n')
    std::vector<std::string> out;
    std::size_t start = 0;
    for (;;) {
        std::size_t nl = s.find('\n', start);
        if (nl == std::string_view::npos) {
            out.emplace_back(s.substr(start));
            return out;
        }
        out.emplace_back(s.substr(start, nl - start));
        start = nl + 1;
    }
}

std::string joinLines(const std::vector<std::string>& lines) {
    std::string out;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        if (i)
            out += '\n';
        out += lines[i];
    }
    return out;
}

std::string expandTabs(std::string_view s) { // str.expandtabs() (columns count code points)
    std::string out;
    std::size_t column = 0;
    for (char c : s) {
        if (c == '\t') {
            std::size_t spaces = 8 - column % 8;
            out.append(spaces, ' ');
            column += spaces;
            continue;
        }
        out += c;
        if (c == '\n' || c == '\r')
            column = 0;
        else if ((static_cast<unsigned char>(c) & 0xC0) != 0x80)
            ++column;
    }
    return out;
}

bool isSpace(char c) {
    return c == ' ' || (c >= '\t' && c <= '\r');
}

std::size_t leadingSpaces(std::string_view line) {
    std::size_t n = 0;
    while (n < line.size() && line[n] == ' ')
        ++n;
    return n;
}

bool onlySpaces(std::string_view line) {
    return leadingSpaces(line) == line.size();
}

bool startsWithPrompt(std::string_view line, std::string_view prompt) {
    return line.substr(leadingSpaces(line)).substr(0, 3) == prompt;
}

bool isWordStart(char c) {
    auto u = static_cast<unsigned char>(c);
    return std::isalnum(u) || c == '_' || u >= 0x80;
}

// _EXCEPTION_RE: a want that starts with a traceback header; the message is everything from
// the first later line that starts with a word character.
std::optional<std::string> exceptionMessage(const std::string& want) {
    static const std::string_view kHeaders[] = {"Traceback (most recent call last):",
                                                "Traceback (innermost last):"};
    std::size_t pos = std::string::npos;
    for (std::string_view h : kHeaders)
        if (want.compare(0, h.size(), h) == 0)
            pos = h.size();
    if (pos == std::string::npos)
        return std::nullopt;
    while (pos < want.size() && want[pos] != '\n' && isSpace(want[pos]))
        ++pos;
    if (pos < want.size() && want[pos] != '\n')
        return std::nullopt; // the header's line goes on
    for (std::size_t nl = want.find('\n', pos); nl != std::string::npos;
         nl = want.find('\n', nl + 1))
        if (nl + 1 < want.size() && isWordStart(want[nl + 1]))
            return want.substr(nl + 1);
    return std::nullopt;
}

bool isBlankOrComment(std::string_view source) { // _IS_BLANK_OR_COMMENT on the whole source
    if (!source.empty() && source.back() == '\n')
        source.remove_suffix(1);
    std::size_t i = leadingSpaces(source);
    if (i == source.size())
        return true;
    return source[i] == '#' && source.find('\n', i) == std::string_view::npos;
}

// _find_options: `# doctest: +FLAG, -FLAG` directives on the source's lines.
std::optional<std::string> findOptions(const std::string& source, const std::string& name,
                                       int lineno, std::map<int, bool>& options) {
    for (const std::string& line : splitLines(source)) {
        for (std::size_t hash = line.find('#'); hash != std::string::npos;
             hash = line.find('#', hash + 1)) {
            std::size_t i = hash + 1;
            while (i < line.size() && isSpace(line[i]))
                ++i;
            if (line.compare(i, 8, "doctest:") != 0)
                continue;
            i += 8;
            std::string rest = line.substr(i);
            if (rest.find_first_of("'\"") != std::string::npos)
                continue;
            std::replace(rest.begin(), rest.end(), ',', ' ');
            std::size_t p = 0;
            while (p < rest.size()) {
                while (p < rest.size() && isSpace(rest[p]))
                    ++p;
                std::size_t end = p;
                while (end < rest.size() && !isSpace(rest[end]))
                    ++end;
                if (end == p)
                    break;
                std::string option = rest.substr(p, end - p);
                p = end;
                int flag = 0;
                for (const OptionName& o : kOptionNames)
                    if (option.size() > 1 && option.substr(1) == o.name)
                        flag = o.flag;
                if ((option[0] != '+' && option[0] != '-') || flag == 0)
                    return "line " + std::to_string(lineno + 1) + " of the doctest for " + name +
                           " has an invalid option: '" + option + "'";
                options[flag] = option[0] == '+';
            }
            break;
        }
    }
    if (!options.empty() && isBlankOrComment(source))
        return "line " + std::to_string(lineno + 1) + " of the doctest for " + name +
               " has an option directive on a line with no example: '" + source + "'";
    return std::nullopt;
}

std::optional<std::string> checkPrefix(const std::vector<std::string>& lines, std::size_t from,
                                       const std::string& prefix, const std::string& name,
                                       int lineno) {
    for (std::size_t i = from; i < lines.size(); ++i)
        if (!lines[i].empty() && lines[i].compare(0, prefix.size(), prefix) != 0)
            return "line " + std::to_string(lineno + static_cast<int>(i - from) + 1) +
                   " of the docstring for " + name + " has inconsistent leading whitespace: '" +
                   lines[i] + "'";
    return std::nullopt;
}

// _parse_example: the source lines (the `>>>` line and its `...` lines) and the want lines.
std::optional<std::string> parseExample(const std::vector<std::string>& sourceLines,
                                        std::vector<std::string> wantLines, const std::string& name,
                                        int lineno, Example& ex) {
    std::size_t indent = leadingSpaces(sourceLines[0]);
    for (std::size_t i = 0; i < sourceLines.size(); ++i) {
        const std::string& line = sourceLines[i];
        if (line.size() >= indent + 4 && line[indent + 3] != ' ')
            return "line " + std::to_string(lineno + static_cast<int>(i) + 1) +
                   " of the docstring for " + name + " lacks blank after " +
                   line.substr(indent, 3) + ": '" + line + "'";
    }
    if (auto e = checkPrefix(sourceLines, 1, std::string(indent, ' ') + ".", name, lineno))
        return e;
    std::vector<std::string> src;
    for (const std::string& l : sourceLines)
        src.push_back(l.size() > indent + 4 ? l.substr(indent + 4) : "");
    ex.source = joinLines(src);
    if (wantLines.size() > 1 && onlySpaces(wantLines.back()))
        wantLines.pop_back();
    if (auto e = checkPrefix(wantLines, 0, std::string(indent, ' '), name,
                             lineno + static_cast<int>(sourceLines.size())))
        return e;
    for (std::string& l : wantLines)
        l = l.size() > indent ? l.substr(indent) : "";
    ex.want = joinLines(wantLines);
    ex.excMsg = exceptionMessage(ex.want);
    if (auto e = findOptions(ex.source, name, lineno, ex.options))
        return e;
    if (!ex.source.empty() && ex.source.back() != '\n')
        ex.source += '\n';
    if (ex.source.empty())
        ex.source = "\n";
    if (!ex.want.empty() && ex.want.back() != '\n')
        ex.want += '\n';
    if (ex.excMsg && !ex.excMsg->empty() && ex.excMsg->back() != '\n')
        *ex.excMsg += '\n';
    ex.lineno = lineno;
    return std::nullopt;
}

} // namespace

ParsedExamples parseExamples(std::string_view docstring, const std::string& name) {
    ParsedExamples out;
    std::vector<std::string> lines = splitLines(expandTabs(docstring));
    std::size_t minIndent = std::string::npos;
    for (const std::string& l : lines) {
        std::size_t n = leadingSpaces(l);
        if (n < l.size() && !isSpace(l[n]))
            minIndent = std::min(minIndent, n);
    }
    if (minIndent != std::string::npos && minIndent > 0)
        for (std::string& l : lines)
            l = l.size() > minIndent ? l.substr(minIndent) : "";
    // The `want` of an example is its lines up to a blank one or the next `>>>` line; the
    // last line of the text has no newline after it, which the want then lacks too.
    for (std::size_t i = 0; i < lines.size();) {
        if (!startsWithPrompt(lines[i], ">>>")) {
            ++i;
            continue;
        }
        const int lineno = static_cast<int>(i);
        std::vector<std::string> source{lines[i++]};
        while (i < lines.size() && startsWithPrompt(lines[i], "..."))
            source.push_back(lines[i++]);
        std::vector<std::string> want;
        while (i < lines.size() && !onlySpaces(lines[i]) && !startsWithPrompt(lines[i], ">>>"))
            want.push_back(lines[i++]);
        // The regex's want keeps the newline of its last line: a trailing "" when one follows.
        if (!want.empty() && i < lines.size())
            want.emplace_back();
        if (want.empty())
            want.emplace_back();
        Example ex;
        if (auto e = parseExample(source, want, name, lineno, ex)) {
            out.error = e;
            return out;
        }
        if (!isBlankOrComment(ex.source))
            out.examples.push_back(std::move(ex));
    }
    return out;
}

namespace {

bool ellipsisMatch(const std::string& want, const std::string& got) {
    if (want.find("...") == std::string::npos)
        return want == got;
    std::vector<std::string> ws;
    for (std::size_t start = 0;;) {
        std::size_t p = want.find("...", start);
        if (p == std::string::npos) {
            ws.push_back(want.substr(start));
            break;
        }
        ws.push_back(want.substr(start, p - start));
        start = p + 3;
    }
    std::size_t startpos = 0, endpos = got.size();
    std::size_t first = 0, last = ws.size();
    if (!ws.front().empty()) {
        if (got.compare(0, ws.front().size(), ws.front()) != 0)
            return false;
        startpos = ws.front().size();
        first = 1;
    }
    const std::string& tail = ws.back();
    if (!tail.empty()) {
        if (got.size() < tail.size() ||
            got.compare(got.size() - tail.size(), tail.size(), tail) != 0)
            return false;
        endpos -= tail.size();
        last = ws.size() - 1;
    }
    if (startpos > endpos)
        return false;
    for (std::size_t k = first; k < last; ++k) {
        if (startpos > endpos)
            return false;
        std::size_t p = got.substr(0, endpos).find(ws[k], startpos);
        if (p == std::string::npos)
            return false;
        startpos = p + ws[k].size();
    }
    return true;
}

std::string normalizeWhitespace(const std::string& s) { // ' '.join(s.split())
    std::string out;
    std::size_t i = 0;
    while (i < s.size()) {
        while (i < s.size() && isSpace(s[i]))
            ++i;
        std::size_t end = i;
        while (end < s.size() && !isSpace(s[end]))
            ++end;
        if (end > i) {
            if (!out.empty())
                out += ' ';
            out.append(s, i, end - i);
        }
        i = end;
    }
    return out;
}

// Applies `fix` to every line of `s` (the text between newlines) and joins them back.
template <class F> std::string mapLines(const std::string& s, F fix) {
    std::vector<std::string> lines = splitLines(s);
    for (std::size_t i = 0; i < lines.size(); ++i)
        fix(lines[i], i + 1 < lines.size());
    return joinLines(lines);
}

} // namespace

bool checkOutput(const std::string& wantIn, const std::string& gotIn, int flags) {
    std::string want = wantIn, got = gotIn;
    if (got == want)
        return true;
    if (!(flags & kDontAcceptTrueFor1)) {
        if (got == "True\n" && want == "1\n")
            return true;
        if (got == "False\n" && want == "0\n")
            return true;
    }
    if (!(flags & kDontAcceptBlankline)) {
        want = mapLines(want, [](std::string& l, bool) {
            if (l.compare(0, kBlankline.size(), kBlankline) == 0 &&
                onlySpaces(l.substr(kBlankline.size())))
                l.clear();
        });
        got = mapLines(got, [](std::string& l, bool) {
            if (!l.empty() && std::all_of(l.begin(), l.end(), isSpace))
                l.clear();
        });
        if (got == want)
            return true;
    }
    if (flags & kNormalizeWhitespace) {
        got = normalizeWhitespace(got);
        want = normalizeWhitespace(want);
        if (got == want)
            return true;
    }
    if (flags & kEllipsis)
        return ellipsisMatch(want, got);
    return false;
}

std::string indentLines(std::string_view text) {
    std::string out;
    bool lineStart = true;
    for (char c : text) {
        if (lineStart && c != '\n')
            out += "    ";
        out += c;
        lineStart = c == '\n';
    }
    return out;
}

std::string outputDifference(const Example& example, const std::string& gotIn, int flags) {
    const std::string& want = example.want;
    std::string got = gotIn;
    if (!(flags & kDontAcceptBlankline))
        got = mapLines(got, [](std::string& l, bool followedByNewline) {
            if (followedByNewline && onlySpaces(l))
                l = std::string(kBlankline);
        });
    if (!want.empty() && !got.empty())
        return "Expected:\n" + indentLines(want) + "Got:\n" + indentLines(got);
    if (!want.empty())
        return "Expected:\n" + indentLines(want) + "Got nothing\n";
    if (!got.empty())
        return "Expected nothing\nGot:\n" + indentLines(got);
    return "Expected nothing\nGot nothing\n";
}

std::string stripExceptionDetails(const std::string& msg) {
    std::size_t start = 0, end = msg.size();
    if (std::size_t i = msg.find('\n'); i != std::string::npos)
        end = i;
    if (std::size_t i = msg.substr(0, end).find(':'); i != std::string::npos)
        end = i;
    if (std::size_t i = msg.substr(0, end).rfind('.'); i != std::string::npos)
        start = i + 1;
    return msg.substr(start, end - start);
}

} // namespace memstep::core::modules::doctest
