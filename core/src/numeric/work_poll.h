// How a long computation below the interpreter (a big-int product, == of two huge nested
// lists, the hash of a deeply shared tuple) hears about the run's time limit and Cancel.
//
// The runtime and numeric code know nothing of the interpreter, yet one such call can run
// for minutes inside a single step. Instead of a global flag, the caller passes one of these:
// the computation reports its work now and then and gives up when told to. Counting and
// reading the clock are the implementer's business, so a report is cheap.
#pragma once

#include <cstdint>

namespace memstep::core::numeric {

class WorkPoll {
public:
    // Bytes of text compared or written that count as one unit of work.
    static constexpr std::uint64_t kBytesPerUnit = 64;

    // `work`: units done since the last report (an item compared, a limb row multiplied).
    // True: stop now; the computation's result is meaningless and the caller drops it.
    virtual bool stop(std::uint64_t work) = 0;

protected:
    ~WorkPoll() = default;
};

} // namespace memstep::core::numeric
