// An int's value as C's integer conversions see it (PyLong_AsLong, PyLong_AsUnsignedLong...),
// for the modules that store ints as machine words: array.array's items and struct's formats.
// Each module raises its own errors from these facts, with its own messages.
#pragma once

#include "numeric/bigint.h"
#include "runtime/object.h"

#include <cstdint>
#include <vector>

namespace memstep::core::modules {

struct MachineInt {
    bool negative = false;
    bool fitsSigned = true;   // fits int64 (then `small`)
    bool fitsUnsigned = true; // fits uint64 (then `wide`)
    std::int64_t small = 0;
    std::uint64_t wide = 0;
};

// `v` must be an int or a bool.
inline MachineInt machineInt(const rt::Object* v) {
    MachineInt out;
    if (v->tag == rt::Tag::Bool) {
        out.small = static_cast<const rt::BoolObject*>(v)->value ? 1 : 0;
        out.wide = static_cast<std::uint64_t>(out.small);
        return out;
    }
    const auto* i = static_cast<const rt::IntObject*>(v);
    if (!i->isBig()) {
        out.small = i->small;
        out.negative = i->small < 0;
        out.fitsUnsigned = !out.negative;
        out.wide = static_cast<std::uint64_t>(i->small);
        return out;
    }
    out.negative = i->big->isNegative();
    out.fitsSigned = false;
    out.fitsUnsigned = !out.negative && i->big->bitLength() <= 64;
    if (out.fitsUnsigned) {
        const std::vector<std::uint32_t> words = i->big->limbs();
        for (std::size_t k = words.size(); k-- > 0;)
            out.wide = (out.wide << 32) | words[k];
    }
    return out;
}

} // namespace memstep::core::modules
