#include "interp/resolver/scope.h"

#include <algorithm>

namespace memstep::core::interp {

void sortFreeNames(Scope& s) {
    std::sort(s.code->freeNames.begin(), s.code->freeNames.end());
    for (auto& c : s.children)
        sortFreeNames(*c);
}

void assignSlots(Scope& s) {
    if (!s.isModule() && !s.isClass()) {
        for (const std::string& n : s.boundOrder) {
            if (!bindsLocally(s, n))
                continue;
            s.code->slotNames.push_back(n);
            s.code->slotIsCell.push_back(s.cells.count(n) > 0);
            if (s.code->slotIsCell.back())
                s.code->hasCells = true;
        }
    }
    for (auto& c : s.children)
        assignSlots(*c);
}

int indexOf(const std::vector<std::string>& v, const std::string& n) {
    auto it = std::find(v.begin(), v.end(), n);
    return it == v.end() ? -1 : static_cast<int>(it - v.begin());
}

} // namespace memstep::core::interp
