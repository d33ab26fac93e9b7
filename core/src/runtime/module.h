// Module objects: what `import math` binds.
//
// A module is a named namespace of attributes made once per run, so `math.pi is math.pi`
// and `from math import pi` bind the very object the module holds, as in CPython. The heap
// graph never follows a module's contents (tests/README.md), so the diagram shows a module
// as one box with its name. A module that keeps run-time state (random's generator) owns it
// through ModuleState, so two runs never share it.
#pragma once

#include "runtime/object.h"

#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace memstep::core::rt {

// Per-module state that lives as long as the module object (e.g. a random generator).
struct ModuleState {
    virtual ~ModuleState() = default;
};

struct ModuleObject : Object {
    ModuleObject() : Object(Tag::Module) {}
    std::string name;
    std::vector<std::pair<std::string, ObjRef>> attrs; // definition order, as dir() shows it
    std::unique_ptr<ModuleState> state;

    Object* find(const std::string& attr) const {
        for (const auto& [n, v] : attrs)
            if (n == attr)
                return v.get();
        return nullptr;
    }
    void set(std::string attr, ObjRef value) {
        for (auto& [n, v] : attrs) {
            if (n == attr) {
                v = std::move(value);
                return;
            }
        }
        attrs.emplace_back(std::move(attr), std::move(value));
    }
    void clear() { attrs.clear(); }
};

} // namespace memstep::core::rt
