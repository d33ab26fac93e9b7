#include "trace/string_pool.h"

#include <functional>

namespace memstep::core {

namespace {
// The table is kept at most half full so probe chains stay short.
constexpr std::size_t kMinSlots = 64;
} // namespace

std::string_view StringPool::view(std::uint32_t index) const {
    if (index == kEmpty || index > m_ends.size()) {
        return {};
    }
    const std::uint64_t begin = index == 1 ? 0 : m_ends[index - 2];
    return std::string_view(m_chars).substr(begin, m_ends[index - 1] - begin);
}

std::size_t StringPool::slotFor(std::string_view text, std::size_t hash) const {
    const std::size_t mask = m_slots.size() - 1;
    std::size_t slot = hash & mask;
    while (m_slots[slot] != 0 && view(m_slots[slot]) != text) {
        slot = (slot + 1) & mask;
    }
    return slot;
}

void StringPool::grow() {
    std::vector<std::uint32_t> old = std::move(m_slots);
    m_slots.assign(old.empty() ? kMinSlots : old.size() * 2, 0);
    for (std::uint32_t index : old) {
        if (index != 0) {
            m_slots[slotFor(view(index), std::hash<std::string_view>{}(view(index)))] = index;
        }
    }
}

std::uint32_t StringPool::intern(std::string_view text) {
    if (text.empty()) {
        return kEmpty;
    }
    if ((m_ends.size() + 1) * 2 > m_slots.size()) {
        grow();
    }
    const std::size_t slot = slotFor(text, std::hash<std::string_view>{}(text));
    if (m_slots[slot] != 0) {
        return m_slots[slot];
    }
    m_chars.append(text);
    m_ends.push_back(m_chars.size());
    const auto index = static_cast<std::uint32_t>(m_ends.size());
    m_slots[slot] = index;
    return index;
}

void StringPool::freeze() {
    m_slots.clear();
    m_slots.shrink_to_fit();
    m_chars.shrink_to_fit();
    m_ends.shrink_to_fit();
}

std::size_t StringPool::memoryBytes() const {
    return m_chars.capacity() + m_ends.capacity() * sizeof(std::uint64_t) +
           m_slots.capacity() * sizeof(std::uint32_t);
}

} // namespace memstep::core
