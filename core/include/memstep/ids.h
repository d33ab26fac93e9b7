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
inline std::string toString(ObjectId id) {
    return "o" + std::to_string(id.value);
}

// The number Python's id() gives for an object: a pure function of its ObjectId, so the
// diagram can show the number a student printed without asking the interpreter. Large like
// CPython's addresses and 16-byte aligned like them.
inline constexpr std::uint64_t kPythonIdBase = 140'000'000'000'000ULL;
inline constexpr std::uint64_t kPythonIdStride = 16;
constexpr std::uint64_t pythonId(ObjectId id) {
    return kPythonIdBase + kPythonIdStride * id.value;
}

} // namespace memstep::core

template <> struct std::hash<memstep::core::ObjectId> {
    std::size_t operator()(memstep::core::ObjectId id) const noexcept { return id.value; }
};
template <> struct std::hash<memstep::core::FrameId> {
    std::size_t operator()(memstep::core::FrameId id) const noexcept { return id.value; }
};
