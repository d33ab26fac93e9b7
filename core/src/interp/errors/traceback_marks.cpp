#include "interp/errors/traceback_marks.h"

#include <algorithm>
#include <cstdint>
#include <utility>
#include <vector>

namespace memstep::core::interp {

using Where = rt::ExceptionObject::Where;

Where tracebackEntry(std::string function, int line, const syntax::Location* at,
                     const syntax::Expr* failed) {
    Where w{std::move(function), line, {}};
    if (!at)
        return w;
    w.endLine = at->endLine;
    w.column = at->column;
    w.endColumn = at->endColumn;
    // A traceback line other than the range's first has no markers (CPython's line is the
    // instruction's first line).
    if (at->line != line) {
        w.column = w.endColumn = -1;
        return w;
    }
    if (failed && failed->kind == syntax::ExprKind::BinOp) {
        auto& b = failed->as<syntax::BinOp>();
        w.shape = Where::Shape::BinaryOp;
        w.partEnd = b.left->endColumn;
        w.partStart = b.right->column;
    } else if (failed && failed->kind == syntax::ExprKind::Subscript) {
        auto& s = failed->as<syntax::Subscript>();
        w.shape = Where::Shape::Subscript;
        w.partEnd = s.value->endColumn;
        w.partStart = s.slice->endColumn;
    }
    return w;
}

namespace {

// A line's code points; a byte that starts no valid sequence stands for one U+FFFD, as
// Python's decode(errors="replace") makes it.
std::vector<char32_t> codePoints(std::string_view s) {
    std::vector<char32_t> out;
    for (std::size_t i = 0; i < s.size();) {
        auto c = static_cast<unsigned char>(s[i]);
        std::size_t n = c < 0x80 ? 1 : c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 0;
        if (n == 0 || i + n > s.size()) {
            out.push_back(0xFFFD);
            ++i;
            continue;
        }
        char32_t cp = n == 1 ? c : c & (0x7F >> n);
        for (std::size_t k = 1; k < n; ++k)
            cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
        out.push_back(cp);
        i += n;
    }
    return out;
}

// The characters in the first `offset` bytes of `s` (traceback's
// _byte_offset_to_character_offset): a sequence cut short counts as one.
int charOffset(std::string_view s, int offset) {
    if (offset <= 0)
        return 0;
    return static_cast<int>(
        codePoints(s.substr(0, std::min<std::size_t>(s.size(), static_cast<std::size_t>(offset))))
            .size());
}

bool isSpace(char32_t c) {
    return c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1C && c <= 0x1F) || c == 0x85 ||
           c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 ||
           c == 0x202F || c == 0x205F || c == 0x3000;
}

// East Asian Wide and Fullwidth characters take two columns on a terminal (traceback's
// _display_width). The main blocks of Unicode 14's table, not every emoji of it: a program
// line holding a rarer wide symbol is drawn one column short per symbol.
bool isWide(char32_t c) {
    static constexpr std::pair<char32_t, char32_t> kWide[] = {
        {0x1100, 0x115F},   {0x231A, 0x231B},   {0x2329, 0x232A},   {0x23E9, 0x23EC},
        {0x2614, 0x2615},   {0x2648, 0x2653},   {0x26AA, 0x26AB},   {0x26BD, 0x26BE},
        {0x26C4, 0x26C5},   {0x2705, 0x2705},   {0x270A, 0x270B},   {0x2728, 0x2728},
        {0x274C, 0x274C},   {0x2753, 0x2755},   {0x2757, 0x2757},   {0x2795, 0x2797},
        {0x2B1B, 0x2B1C},   {0x2B50, 0x2B50},   {0x2B55, 0x2B55},   {0x2E80, 0x303E},
        {0x3041, 0x33FF},   {0x3400, 0x4DBF},   {0x4E00, 0x9FFF},   {0xA000, 0xA4CF},
        {0xA960, 0xA97F},   {0xAC00, 0xD7A3},   {0xF900, 0xFAFF},   {0xFE10, 0xFE19},
        {0xFE30, 0xFE6F},   {0xFF00, 0xFF60},   {0xFFE0, 0xFFE6},   {0x1F300, 0x1F320},
        {0x1F32D, 0x1F335}, {0x1F337, 0x1F37C}, {0x1F37E, 0x1F393}, {0x1F3A0, 0x1F3CA},
        {0x1F3CF, 0x1F3D3}, {0x1F3E0, 0x1F3F0}, {0x1F3F4, 0x1F3F4}, {0x1F3F8, 0x1F43E},
        {0x1F440, 0x1F440}, {0x1F442, 0x1F4FC}, {0x1F4FF, 0x1F53D}, {0x1F54B, 0x1F54E},
        {0x1F550, 0x1F567}, {0x1F5A4, 0x1F5A4}, {0x1F5FB, 0x1F64F}, {0x1F680, 0x1F6C5},
        {0x1F90C, 0x1F93A}, {0x1F93C, 0x1F945}, {0x1F947, 0x1F9FF}, {0x1FA70, 0x1FAFF},
        {0x20000, 0x2FFFD}, {0x30000, 0x3FFFD},
    };
    return std::any_of(std::begin(kWide), std::end(kWide),
                       [c](const auto& r) { return c >= r.first && c <= r.second; });
}

// The terminal columns of the first `n` characters of `chars`.
int displayWidth(const std::vector<char32_t>& chars, int n) {
    int width = 0;
    for (int i = 0; i < n && i < static_cast<int>(chars.size()); ++i)
        width += isWide(chars[static_cast<std::size_t>(i)]) ? 2 : 1;
    return width + std::max(0, n - static_cast<int>(chars.size()));
}

std::string repeat(char c, int n) {
    return n > 0 ? std::string(static_cast<std::size_t>(n), c) : std::string();
}

struct Anchors {
    int leftEnd = 0;    // characters of the segment marked `~` before the `^`s
    int rightStart = 0; // where the `~`s after the `^`s start
};

// traceback's _extract_caret_anchors_from_line_segment, its mix of byte and character
// offsets included (they differ only when the segment is not ASCII).
Anchors anchorsOf(std::string_view segment, const std::vector<char32_t>& chars, const Where& w) {
    const int size = static_cast<int>(chars.size());
    auto at = [&](int i) { return chars[static_cast<std::size_t>(i)]; };
    if (w.shape == Where::Shape::Subscript) {
        int left = charOffset(segment, w.partEnd - w.column);
        int right = charOffset(segment, w.partStart - w.column + 1);
        while (left < size && at(left) != '[')
            ++left;
        while (right < size && at(right) != ']')
            ++right;
        if (right < size)
            ++right;
        return {left, right};
    }
    const int leftEndByte = w.partEnd - w.column;
    const int opStart = charOffset(segment, leftEndByte);
    const int opEnd = std::max(opStart, charOffset(segment, w.partStart - w.column));
    int opOffset = 0;
    while (opStart + opOffset < opEnd && isSpace(at(opStart + opOffset)))
        ++opOffset;
    int left = leftEndByte + opOffset;
    int right = left + 1;
    if (opStart + opOffset + 1 < opEnd && !isSpace(at(opStart + opOffset + 1)))
        ++right;
    while (left >= 0 && left < size && (isSpace(at(left)) || at(left) == ')' || at(left) == '#')) {
        ++left;
        ++right;
    }
    return {charOffset(segment, left), charOffset(segment, right)};
}

} // namespace

std::string positionMarkers(std::string_view source, const Where& w) {
    if (w.column < 0 || w.endColumn < 0)
        return "";
    // The line as linecache gives it: with its newline, which counts among the characters
    // the traceback module strips (so trailing blanks shift the markers left, as in 3.11).
    std::string original(source);
    if (!original.empty() && original.back() == '\r')
        original.pop_back();
    original += '\n';
    const std::vector<char32_t> chars = codePoints(original);
    const int total = static_cast<int>(chars.size());
    int first = 0, last = total;
    while (first < total && isSpace(chars[static_cast<std::size_t>(first)]))
        ++first;
    while (last > first && isSpace(chars[static_cast<std::size_t>(last - 1)]))
        --last;
    const int strippedLength = last - first;
    int start = charOffset(original, w.column);
    int end = charOffset(original, w.endColumn);
    const bool anchored = w.line == w.endLine && w.shape != Where::Shape::Plain;
    if (w.line != w.endLine)
        end = last; // marked to the end of the first line
    std::vector<char32_t> segmentChars;
    std::string_view segment;
    Anchors anchors;
    if (anchored && start <= end && end <= total) {
        segment = std::string_view(original).substr(
            static_cast<std::size_t>(w.column),
            static_cast<std::size_t>(std::max(0, w.endColumn - w.column)));
        segmentChars = codePoints(segment);
        anchors = anchorsOf(segment, segmentChars, w);
    }
    if (!(end - start < strippedLength || (anchored && anchors.rightStart > anchors.leftEnd)))
        return "";
    const int dpStart = displayWidth(chars, start) + 1;
    const int dpEnd = displayWidth(chars, end) + 1;
    std::string out = "    " + repeat(' ', dpStart - (total - strippedLength));
    if (anchored) {
        const int dpLeft = displayWidth(segmentChars, anchors.leftEnd);
        const int dpRight = displayWidth(segmentChars, anchors.rightStart);
        out += repeat('~', dpLeft) + repeat('^', dpRight - dpLeft) +
               repeat('~', dpEnd - dpStart - dpRight);
    } else {
        out += repeat('^', dpEnd - dpStart);
    }
    return out + "\n";
}

} // namespace memstep::core::interp
