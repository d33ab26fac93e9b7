// StringPool: every name, type name and scalar value of a trace, stored once.
//
// Strings live end to end in one character arena and are named by a small index; an
// open-addressing table of indexes finds an existing string while recording. Once the trace
// is finished the table is dropped (freeze()), leaving only the arena and the end offsets:
// about the string's length plus 8 bytes each.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace memstep::core {

class StringPool {
public:
    // Index of `text`, adding it when new. "" is not stored: it is always kEmpty.
    std::uint32_t intern(std::string_view text);
    // The string for an index from intern(); "" for kEmpty or an unknown index.
    std::string_view view(std::uint32_t index) const;
    // Drops the lookup table; view() keeps working, intern() must not be called any more.
    void freeze();
    std::size_t memoryBytes() const;

    static constexpr std::uint32_t kEmpty = 0;

private:
    void grow();
    std::size_t slotFor(std::string_view text, std::size_t hash) const;

    std::string m_chars;
    std::vector<std::uint64_t> m_ends;  // m_ends[i - 1] is where string i ends
    std::vector<std::uint32_t> m_slots; // 0 free, else a string index
};

} // namespace memstep::core
