#include "trace/utf8.h"

namespace memstep::core {

Utf8Sequence utf8SequenceAt(std::string_view text, std::size_t at) {
    const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
    const unsigned char lead = byte(at);
    if (lead < 0x80) {
        return {1, Utf8Error::None};
    }
    std::size_t need = 0;
    unsigned char low = 0x80;
    unsigned char high = 0xbf;
    if (lead >= 0xc2 && lead <= 0xdf) {
        need = 1;
    } else if (lead >= 0xe0 && lead <= 0xef) {
        need = 2;
        low = lead == 0xe0 ? 0xa0 : 0x80;  // no overlong forms
        high = lead == 0xed ? 0x9f : 0xbf; // no surrogates
    } else if (lead >= 0xf0 && lead <= 0xf4) {
        need = 3;
        low = lead == 0xf0 ? 0x90 : 0x80;
        high = lead == 0xf4 ? 0x8f : 0xbf; // nothing past U+10FFFF
    } else {
        return {1, Utf8Error::InvalidStart};
    }
    for (std::size_t k = 1; k <= need; ++k) {
        if (at + k >= text.size()) {
            return {k, Utf8Error::UnexpectedEnd};
        }
        const unsigned char next = byte(at + k);
        const unsigned char min = k == 1 ? low : 0x80;
        const unsigned char max = k == 1 ? high : 0xbf;
        if (next < min || next > max) {
            return {k, Utf8Error::InvalidContinuation};
        }
    }
    return {need + 1, Utf8Error::None};
}

std::size_t firstInvalidUtf8(std::string_view text) {
    for (std::size_t at = 0; at < text.size();) {
        const Utf8Sequence sequence = utf8SequenceAt(text, at);
        if (sequence.error != Utf8Error::None) {
            return at;
        }
        at += sequence.length;
    }
    return std::string_view::npos;
}

} // namespace memstep::core
