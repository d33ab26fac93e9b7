// Strong ids for frames and heap objects.
//
// Events and trace entries name frames and objects by id, never by pointer, so that
// any step can be rebuilt from the trace alone and two interpreters never share state.
// Id 0 means "none".
#pragma once

#include <compare>
#include <cstdint>
#include <functional>
#include <string>

namespace memstep::core {

struct ObjectId {
    std::uint32_t value = 0;
    bool valid() const { return value != 0; }
    auto operator<=>(const ObjectId&) const = default;
};

struct FrameId {
    std::uint32_t value = 0;
    bool valid() const { return value != 0; }
    auto operator<=>(const FrameId&) const = default;
};

// "o12", the spelling used by the JSON trace format.
inline std::string toString(ObjectId id) { return "o" + std::to_string(id.value); }

} // namespace memstep::core

template <> struct std::hash<memstep::core::ObjectId> {
    std::size_t operator()(memstep::core::ObjectId id) const noexcept { return id.value; }
};
template <> struct std::hash<memstep::core::FrameId> {
    std::size_t operator()(memstep::core::FrameId id) const noexcept { return id.value; }
};
