// The "Did you mean" hint CPython 3.11 adds to an uncaught NameError or AttributeError when it
// prints the traceback (Python/suggestions.c): the candidate nearest the missing name by a
// Levenshtein distance in which a change of case costs 1 and any other edit 2, within a third
// of the characters involved. Only the printed traceback gets it; str(exc) never does.
#include "interp/names/suggestions.h"

#include "interp/builtins/cpython_names.h"
#include "interp/interpreter.h"
#include "runtime/module.h"

#include <algorithm>
#include <limits>
#include <unordered_set>

namespace memstep::core::interp {

namespace {

constexpr std::size_t kMoveCost = 2;
constexpr std::size_t kCaseCost = 1;
// Longer names (after their common ends are trimmed) are never near anything.
constexpr std::size_t kMaxStringSize = 40;
// CPython offers nothing when there are this many candidates or more (the cost is quadratic).
constexpr std::size_t kMaxCandidates = 750;

std::size_t substitutionCost(char a, char b) {
    if ((a & 31) != (b & 31))
        return kMoveCost;
    if (a == b)
        return 0;
    auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; };
    return lower(a) == lower(b) ? kCaseCost : kMoveCost;
}

} // namespace

std::size_t suggestionDistance(std::string_view a, std::string_view b, std::size_t maxCost) {
    while (!a.empty() && !b.empty() && a.front() == b.front()) {
        a.remove_prefix(1);
        b.remove_prefix(1);
    }
    while (!a.empty() && !b.empty() && a.back() == b.back()) {
        a.remove_suffix(1);
        b.remove_suffix(1);
    }
    if (a.empty() || b.empty())
        return (a.size() + b.size()) * kMoveCost;
    if (a.size() > kMaxStringSize || b.size() > kMaxStringSize)
        return maxCost + 1;
    if (b.size() < a.size())
        std::swap(a, b);
    if ((b.size() - a.size()) * kMoveCost > maxCost)
        return maxCost + 1;
    // One row of the matrix, updated in place: row[i] is the cost of b[:j] -> a[:i+1].
    std::size_t row[kMaxStringSize];
    for (std::size_t i = 0; i < a.size(); ++i)
        row[i] = (i + 1) * kMoveCost;
    std::size_t result = 0;
    for (std::size_t j = 0; j < b.size(); ++j) {
        std::size_t distance = result = j * kMoveCost;
        std::size_t minimum = std::numeric_limits<std::size_t>::max();
        for (std::size_t i = 0; i < a.size(); ++i) {
            std::size_t substitute = distance + substitutionCost(b[j], a[i]);
            distance = row[i];
            std::size_t insertDelete = std::min(result, distance) + kMoveCost;
            result = std::min(insertDelete, substitute);
            row[i] = result;
            minimum = std::min(minimum, result);
        }
        if (minimum > maxCost)
            return maxCost + 1;
    }
    return result;
}

std::string bestSuggestion(const std::vector<std::string>& candidates, std::string_view name) {
    if (candidates.size() >= kMaxCandidates)
        return "";
    std::size_t best = std::numeric_limits<std::size_t>::max();
    const std::string* suggestion = nullptr;
    for (const std::string& item : candidates) {
        if (item == name)
            continue;
        // No more than a third of the characters involved may change, and a match must beat
        // the one already found.
        std::size_t maxDistance = (name.size() + item.size() + 3) * kMoveCost / 6;
        if (best != std::numeric_limits<std::size_t>::max())
            maxDistance = std::min(maxDistance, best - 1);
        std::size_t d = suggestionDistance(name, item, maxDistance);
        if (d > maxDistance)
            continue;
        if (!suggestion || d < best) {
            suggestion = &item;
            best = d;
        }
    }
    return suggestion ? *suggestion : "";
}

std::vector<std::string> Interpreter::attributeCandidates(Object* o) {
    std::vector<std::string> names;
    auto addType = [&](std::string_view type) {
        for (std::string_view n : cpythonTypeNames(type))
            names.emplace_back(n);
    };
    auto addUserClass = [&](rt::TypeObject* t) {
        for (rt::TypeObject* c : mroOf(t)) {
            if (!c->isUser) {
                addType(c->name);
                continue;
            }
            for (const auto& [n, v] : c->dict.items)
                if (n != "__qualname__")
                    names.push_back(n);
            for (const char* n : {"__dict__", "__doc__", "__module__", "__weakref__"})
                names.emplace_back(n);
        }
        addType("object");
    };
    if (o->tag == rt::Tag::Module) {
        auto* m = static_cast<rt::ModuleObject*>(o);
        for (const auto& [n, v] : m->attrs)
            names.push_back(n);
        for (const char* n : {"__doc__", "__loader__", "__name__", "__package__", "__spec__"})
            names.emplace_back(n);
    } else if (o->tag == rt::Tag::Type) {
        auto* t = static_cast<rt::TypeObject*>(o);
        if (t->isUser)
            addUserClass(t);
        else
            addType(t->name);
    } else if (isUserObject(o)) {
        const rt::AttrDict& d = o->tag == rt::Tag::Exception
                                    ? static_cast<rt::ExceptionObject*>(o)->attrs
                                    : static_cast<rt::InstanceObject*>(o)->attrs;
        for (const auto& [n, v] : d.items)
            names.push_back(n);
        addUserClass(typeOf(o));
    } else if (o->tag == rt::Tag::Function) {
        for (const auto& [n, v] : static_cast<rt::FunctionObject*>(o)->dict.items)
            names.push_back(n); // dir(f) lists its own attributes too
        addType("function");
    } else if (!libraryType(o)) {
        addType(typeName(o));
    }
    // dir() sorts and removes duplicates.
    std::sort(names.begin(), names.end());
    names.erase(std::unique(names.begin(), names.end()), names.end());
    return names;
}

std::string Interpreter::suggestionFor(rt::ExceptionObject* e) {
    if (e->missingName.empty())
        return "";
    if (e->type == exceptionType("AttributeError")) {
        if (!e->missingFrom)
            return "";
        return bestSuggestion(attributeCandidates(e->missingFrom.get()), e->missingName);
    }
    if (e->type != exceptionType("NameError"))
        return "";
    // The frame's local variable names (co_varnames: parameters, then locals that no inner
    // function captures), then the module's globals in the order they were bound, then the
    // builtins in their dict's order.
    std::vector<std::string> locals;
    if (const CodeInfo* code = e->missingInCode;
        code && code->kind != CodeInfo::Kind::Module && code->kind != CodeInfo::Kind::Class) {
        if (code->kind == CodeInfo::Kind::Comprehension)
            locals.emplace_back(".0");
        for (std::size_t i = 0; i < code->slotNames.size(); ++i)
            if (i < code->paramSlots || i >= code->slotIsCell.size() || !code->slotIsCell[i])
                locals.push_back(code->slotNames[i]);
    }
    if (std::string s = bestSuggestion(locals, e->missingName); !s.empty())
        return s;
    std::vector<std::string> globals = {"__name__",     "__doc__",  "__package__",
                                        "__loader__",   "__spec__", "__annotations__",
                                        "__builtins__", "__file__", "__cached__"};
    std::unordered_set<std::string> seen(globals.begin(), globals.end());
    for (std::size_t i = 0; i < m_globalNames.size(); ++i)
        if (i < m_globals.size() && m_globals[i] && seen.insert(m_globalNames[i]).second)
            globals.push_back(m_globalNames[i]);
    if (std::string s = bestSuggestion(globals, e->missingName); !s.empty())
        return s;
    std::vector<std::string> builtins;
    for (std::string_view n : cpythonBuiltinNames())
        builtins.emplace_back(n);
    return bestSuggestion(builtins, e->missingName);
}

} // namespace memstep::core::interp
