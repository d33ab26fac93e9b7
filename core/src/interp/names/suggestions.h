// CPython 3.11's "Did you mean" hint (Python/suggestions.c), the part that needs no interpreter:
// the distance between two names and the choice among candidates. The interpreter gathers the
// candidates (Interpreter::suggestionFor in suggestions.cpp).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace memstep::core::interp {

// Levenshtein distance of two UTF-8 names where an edit costs 2 and a change of ASCII case 1;
// anything above maxCost may be reported as maxCost + 1.
std::size_t suggestionDistance(std::string_view a, std::string_view b, std::size_t maxCost);
// The first candidate nearest `name` within CPython's cutoff, or "" for none (also when there
// are 750 candidates or more).
std::string bestSuggestion(const std::vector<std::string>& candidates, std::string_view name);

} // namespace memstep::core::interp
