// The wall-time limit of a run (RunLimits::maxSeconds).
//
// A program can be slow without taking many steps (a builtin working on a huge list, or a
// loaded machine), so the step limit alone does not bound how long a student waits. Reading
// the clock costs far more than a step's other bookkeeping, so the deadline is only compared
// every kCheckInterval steps: a run overshoots its limit by at most that many steps.
#pragma once

#include <algorithm>
#include <chrono>
#include <cstdint>

namespace memstep::core::interp {

class Deadline {
public:
    static constexpr std::uint64_t kCheckInterval = 1024;
    // Longer limits are this one (a year), so the end time cannot overflow.
    static constexpr double kLongest = 365.0 * 24 * 3600;

    // seconds <= 0: no limit.
    explicit Deadline(double seconds)
        : m_enabled(seconds > 0),
          m_end(std::chrono::steady_clock::now() +
                std::chrono::duration_cast<std::chrono::steady_clock::duration>(
                    std::chrono::duration<double>(m_enabled ? std::min(seconds, kLongest) : 0.0))) {
    }

    // True once the limit has passed; looks at the clock only on every kCheckInterval-th step.
    bool passed(std::uint64_t steps) const {
        return m_enabled && steps % kCheckInterval == 0 &&
               std::chrono::steady_clock::now() >= m_end;
    }

    // True once the limit has passed, looking at the clock now.
    bool passedNow() const { return m_enabled && std::chrono::steady_clock::now() >= m_end; }

private:
    bool m_enabled;
    std::chrono::steady_clock::time_point m_end;
};

} // namespace memstep::core::interp
