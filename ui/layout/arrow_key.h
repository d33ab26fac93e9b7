// Names an arrow by where it starts, so it can be followed from one step to the next.
#pragma once

#include <QString>
#include <compare>
#include <cstddef>
#include <cstdint>
#include <functional>

namespace memstep::ui {

// Where an arrow starts: the box holding its slot (a frame or an object, by id) and the slot's
// index in that box's cells. It stays the same from step to step while the slot does, so the
// scene keeps the arrow's item and the animation moves it.
struct ArrowKey {
    bool fromFrame = false;
    std::uint32_t box = 0; // the FrameId's or the ObjectId's value
    std::size_t cell = 0;
    auto operator<=>(const ArrowKey&) const = default;
    // "f12:3" or "o7:2", for messages.
    QString toString() const;
};

struct ArrowKeyHash {
    std::size_t operator()(const ArrowKey& key) const noexcept {
        return std::hash<std::uint64_t>()(
            (std::uint64_t(key.box) << 32 | std::uint64_t(key.cell)) * 2 + (key.fromFrame ? 1 : 0));
    }
};

} // namespace memstep::ui
