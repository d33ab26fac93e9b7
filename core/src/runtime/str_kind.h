// The width CPython 3.11 stores a str's code points in (PyUnicode_KIND): 1 byte when every
// code point is below 0x100, 2 below 0x10000, else 4. memstep keeps str as UTF-8, so the width
// is found by decoding; sys.getsizeof and str.split's allocation both follow it.
#pragma once

#include "runtime/object.h"

#include <cstdint>

namespace memstep::core::rt {

inline int unicodeKind(const StrObject& s) {
    if (s.ascii)
        return 1;
    std::uint32_t widest = 0;
    const std::string& t = s.text;
    for (std::size_t i = 0; i < t.size();) {
        auto b = static_cast<unsigned char>(t[i]);
        std::uint32_t cp = b;
        std::size_t n = 1;
        if (b >= 0xF0) {
            cp = b & 0x07u;
            n = 4;
        } else if (b >= 0xE0) {
            cp = b & 0x0Fu;
            n = 3;
        } else if (b >= 0xC0) {
            cp = b & 0x1Fu;
            n = 2;
        }
        for (std::size_t k = 1; k < n && i + k < t.size(); ++k)
            cp = (cp << 6) | (static_cast<unsigned char>(t[i + k]) & 0x3Fu);
        widest = std::max(widest, cp);
        i += n;
    }
    return widest < 0x100 ? 1 : widest < 0x10000 ? 2 : 4;
}

} // namespace memstep::core::rt
