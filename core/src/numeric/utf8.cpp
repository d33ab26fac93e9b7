#include "numeric/utf8.h"

namespace memstep::core::numeric {

void appendCodePoint(std::string& out, std::uint32_t cp) {
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

std::string codePointText(std::uint32_t cp) {
    std::string out;
    appendCodePoint(out, cp);
    return out;
}

CodePoint codePointAt(std::string_view text, std::size_t i) {
    const auto lead = static_cast<unsigned char>(text[i]);
    const std::size_t length = lead < 0x80           ? 1
                               : (lead >> 5) == 0x6  ? 2
                               : (lead >> 4) == 0xE  ? 3
                               : (lead >> 3) == 0x1E ? 4
                                                     : 1;
    if (length == 1 || i + length > text.size())
        return {lead, 1};
    std::uint32_t cp = lead & (0x7F >> length);
    for (std::size_t k = 1; k < length; ++k) {
        const auto byte = static_cast<unsigned char>(text[i + k]);
        if ((byte & 0xC0) != 0x80)
            return {lead, 1};
        cp = (cp << 6) | (byte & 0x3F);
    }
    return {cp, length};
}

char32_t readCodePoint(std::string_view text, std::size_t& i) {
    const CodePoint c = codePointAt(text, i);
    i += c.length;
    return static_cast<char32_t>(c.value);
}

std::u32string codePoints(std::string_view text) {
    std::u32string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size();) {
        out += readCodePoint(text, i);
    }
    return out;
}

std::string utf8Text(std::u32string_view points) {
    std::string out;
    out.reserve(points.size());
    for (const char32_t c : points)
        appendCodePoint(out, static_cast<std::uint32_t>(c));
    return out;
}

} // namespace memstep::core::numeric
