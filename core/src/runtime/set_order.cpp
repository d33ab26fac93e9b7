// SetObject::orderIndex, the position of a set's slot in its iteration order, which the trace
// asks for at every add to a set the diagram shows: apart from containers.cpp, which holds the
// tables themselves, because it is bookkeeping for the trace rather than part of the table.
#include "runtime/containers.h"

namespace memstep::core::rt {

std::int64_t SetObject::orderIndex(std::int64_t slot) const {
    auto end = static_cast<std::size_t>(slot);
    std::size_t from = 0;
    std::int64_t n = 0;
    if (table.size() >= kOrderBlocksFrom) {
        if (m_orderBlocks.empty()) {
            m_orderBlocks.assign(table.size() / kOrderBlock, 0);
            for (std::size_t i = 0; i < table.size(); ++i)
                if (table[i].key)
                    ++m_orderBlocks[i / kOrderBlock];
        }
        for (; from + kOrderBlock <= end; from += kOrderBlock)
            n += m_orderBlocks[from / kOrderBlock];
    }
    for (std::size_t i = from; i < end; ++i)
        if (table[i].key)
            ++n;
    return n;
}

} // namespace memstep::core::rt
