// An attribute namespace: the `__dict__` of an instance or a class.
//
// The diagram draws attributes in `__dict__` order, so this keeps insertion order exactly as
// CPython's dict does (a replaced value keeps its place, a deleted name leaves the order of
// the others alone). Namespaces in teaching programs hold a handful of names, so a plain
// vector searched linearly is both the simplest and the fastest choice here.
//
// Every `obj.x` asks whether the object's class defines __getattribute__ or __getattr__, and
// every `obj.x = v` whether it defines __setattr__: `hooks` answers that per namespace without
// comparing names. It is a function of which names are present, kept by set, erase and clear
// (the only ways to change `items`' names), and travels with `items` when a namespace is moved
// or copied, so no class can hold a stale answer (interp/attributes/attribute_hooks.cpp ORs it
// over the MRO).
#pragma once

#include "runtime/object.h"

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace memstep::core::rt {

// The special methods that change how an attribute is read, written or bound, one bit each.
enum class AttrHook : std::uint8_t {
    GetAttribute = 1 << 0, // __getattribute__
    GetAttr = 1 << 1,      // __getattr__
    SetAttr = 1 << 2,      // __setattr__
    DelAttr = 1 << 3,      // __delattr__
    Get = 1 << 4,          // __get__
    Set = 1 << 5,          // __set__
    Delete = 1 << 6,       // __delete__
    SetName = 1 << 7,      // __set_name__
};

inline constexpr std::pair<std::string_view, AttrHook> kAttrHooks[] = {
    {"__getattribute__", AttrHook::GetAttribute},
    {"__getattr__", AttrHook::GetAttr},
    {"__setattr__", AttrHook::SetAttr},
    {"__delattr__", AttrHook::DelAttr},
    {"__get__", AttrHook::Get},
    {"__set__", AttrHook::Set},
    {"__delete__", AttrHook::Delete},
    {"__set_name__", AttrHook::SetName},
};

// The hook's bit for `name`, 0 for any other name.
inline std::uint8_t attrHookBit(std::string_view name) {
    if (name.size() < 7 || name[0] != '_' || name[1] != '_')
        return 0;
    for (const auto& [hookName, hook] : kAttrHooks)
        if (name == hookName)
            return static_cast<std::uint8_t>(hook);
    return 0;
}

// The name of the hook.
constexpr std::string_view attrHookName(AttrHook hook) {
    for (const auto& [hookName, h] : kAttrHooks)
        if (h == hook)
            return hookName;
    return {};
}

struct AttrDict {
    std::vector<std::pair<std::string, ObjRef>> items; // insertion order; names change only
                                                       // through set, erase and clear
    std::uint8_t hooks = 0;                            // the AttrHook bits of the names in `items`

    const ObjRef* find(std::string_view name) const {
        for (const auto& [n, v] : items)
            if (sameName(n, name))
                return &v;
        return nullptr;
    }
    // Returns true when the name was new (appended at the end).
    bool set(std::string_view name, ObjRef value) {
        for (auto& [n, v] : items)
            if (sameName(n, name)) {
                v = std::move(value);
                return false;
            }
        items.emplace_back(std::string(name), std::move(value));
        hooks |= attrHookBit(name);
        return true;
    }
    // Removes the name, handing its value back (null when it was absent).
    ObjRef erase(std::string_view name) {
        for (auto it = items.begin(); it != items.end(); ++it)
            if (sameName(it->first, name)) {
                ObjRef old = std::move(it->second);
                items.erase(it);
                hooks &= static_cast<std::uint8_t>(~attrHookBit(name));
                return old;
            }
        return nullptr;
    }
    void clear() {
        items.clear();
        hooks = 0;
    }
    bool has(AttrHook hook) const { return (hooks & static_cast<std::uint8_t>(hook)) != 0; }

private:
    // Names of one namespace mostly differ in length or in their last letter (x, y, z; vx,
    // vy): those are checked inline before the library's memcmp is called.
    static bool sameName(const std::string& n, std::string_view name) {
        return n.size() == name.size() &&
               (n.empty() ||
                (n.back() == name.back() && std::memcmp(n.data(), name.data(), n.size() - 1) == 0));
    }
};

} // namespace memstep::core::rt
