// The number id() prints for an object, derived from its trace ObjectId.
//
// The interpreter makes id() a pure function of the ObjectId, so the diagram can show the
// same number a student printed without asking the interpreter. This is the one place the
// window spells that formula; it must match the interpreter's built-in id().
#pragma once

#include "memstep/ids.h"

#include <cstdint>

namespace memstep::ui {

// Base and stride of the interpreter's id(): large like CPython's addresses, 16-byte aligned.
inline constexpr std::uint64_t kPythonIdBase = 140'000'000'000'000ULL;
inline constexpr std::uint64_t kPythonIdStride = 16;

inline std::uint64_t pythonId(core::ObjectId id) {
    return kPythonIdBase + kPythonIdStride * id.value;
}

} // namespace memstep::ui
