// The detour search's cost and parent of every state (router internals), in arrays that
// outlive one search and one routeArrows call: forgetting them is a new generation, not a fill
// of megabytes per search, and a step does not allocate them anew (RouteMemo keeps them).
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <vector>

namespace memstep::ui::routing {

class SearchStates {
public:
    void reset(std::size_t states) {
        if (m_stamp.size() < states) {
            m_stamp.resize(states, 0);
            m_cost.resize(states);
            m_parent.resize(states);
        }
        if (++m_generation == 0) {
            std::fill(m_stamp.begin(), m_stamp.end(), 0);
            m_generation = 1;
        }
    }
    int cost(int state) const {
        return m_stamp[std::size_t(state)] == m_generation ? m_cost[std::size_t(state)]
                                                           : std::numeric_limits<int>::max();
    }
    int parent(int state) const {
        return m_stamp[std::size_t(state)] == m_generation ? m_parent[std::size_t(state)] : -1;
    }
    void set(int state, int cost, int parent) {
        m_stamp[std::size_t(state)] = m_generation;
        m_cost[std::size_t(state)] = cost;
        m_parent[std::size_t(state)] = parent;
    }

private:
    std::uint32_t m_generation = 0;
    std::vector<std::uint32_t> m_stamp;
    std::vector<int> m_cost;
    std::vector<int> m_parent;
};

} // namespace memstep::ui::routing
