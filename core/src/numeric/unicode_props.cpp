// Lookups in the generated tables of unicode_tables.h.
#include "numeric/float_format.h"
#include "numeric/unicode_tables.h"
#include "numeric/utf8.h"

#include <algorithm>

namespace memstep::core::numeric::unicode {

std::uint16_t flagsOf(char32_t cp) {
    if (cp > 0x10ffff) {
        return 0;
    }
    const FlagRun* end = kFlagRuns + kFlagRunCount;
    const FlagRun* run = std::upper_bound(kFlagRuns, end, cp,
                                          [](char32_t c, const FlagRun& r) { return c < r.first; });
    return run == kFlagRuns ? 0 : (run - 1)->flags;
}

void appendMapped(char32_t cp, CaseMap map, std::string& out) {
    const CaseEntry* end = kCaseEntries + kCaseEntryCount;
    const CaseEntry* entry = std::lower_bound(
        kCaseEntries, end, cp, [](const CaseEntry& e, char32_t c) { return e.cp < c; });
    if (entry == end || entry->cp != cp || entry->maps[int(map)][0] == 0) {
        out += codePointText(cp);
        return;
    }
    for (char32_t mapped : entry->maps[int(map)]) {
        if (mapped == 0) {
            break;
        }
        out += codePointText(mapped);
    }
}

} // namespace memstep::core::numeric::unicode
