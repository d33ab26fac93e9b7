// An attribute namespace: the `__dict__` of an instance or a class.
//
// The diagram draws attributes in `__dict__` order, so this keeps insertion order exactly as
// CPython's dict does (a replaced value keeps its place, a deleted name leaves the order of
// the others alone). Namespaces in teaching programs hold a handful of names, so a plain
// vector searched linearly is both the simplest and the fastest choice here.
#pragma once

#include "runtime/object.h"

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace memstep::core::rt {

struct AttrDict {
    std::vector<std::pair<std::string, ObjRef>> items; // insertion order

    const ObjRef* find(std::string_view name) const {
        for (const auto& [n, v] : items)
            if (n == name)
                return &v;
        return nullptr;
    }
    // Returns true when the name was new (appended at the end).
    bool set(std::string_view name, ObjRef value) {
        for (auto& [n, v] : items)
            if (n == name) {
                v = std::move(value);
                return false;
            }
        items.emplace_back(std::string(name), std::move(value));
        return true;
    }
    // Removes the name, handing its value back (null when it was absent).
    ObjRef erase(std::string_view name) {
        for (auto it = items.begin(); it != items.end(); ++it)
            if (it->first == name) {
                ObjRef old = std::move(it->second);
                items.erase(it);
                return old;
            }
        return nullptr;
    }
};

} // namespace memstep::core::rt
