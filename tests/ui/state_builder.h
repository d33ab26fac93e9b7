// Builds core::ProgramState values by hand, so layout and scene tests need no interpreter.
#pragma once

#include "memstep/trace.h"

#include <string>
#include <vector>

namespace memstep::ui::test {

class StateBuilder {
public:
    core::ObjectId add(core::HeapObject object) {
        const core::ObjectId id{m_next++};
        state.heap[id] = std::move(object);
        return id;
    }
    core::ObjectId scalar(const std::string& type, const std::string& value) {
        core::HeapObject o;
        o.type = type;
        o.value = value;
        return add(o);
    }
    core::ObjectId integer(long long v) { return scalar("int", std::to_string(v)); }
    core::ObjectId str(const std::string& v) { return scalar("str", v); }
    core::ObjectId sequence(const std::string& type, std::vector<core::ObjectId> items) {
        core::HeapObject o;
        o.type = type;
        o.items = std::move(items);
        return add(o);
    }
    core::ObjectId list(std::vector<core::ObjectId> items) {
        return sequence("list", std::move(items));
    }
    core::ObjectId instance(const std::string& className, std::vector<core::NamedRef> attrs) {
        core::HeapObject o;
        o.type = "instance";
        o.className = className;
        o.attrs = std::move(attrs);
        return add(std::move(o));
    }
    core::ObjectId dict(std::vector<std::pair<core::ObjectId, core::ObjectId>> entries) {
        core::HeapObject o;
        o.type = "dict";
        o.entries = std::move(entries);
        return add(o);
    }
    core::ObjectId function(const std::string& name, std::vector<std::string> params) {
        core::HeapObject o;
        o.type = "function";
        o.name = name;
        o.params = std::move(params);
        return add(o);
    }
    core::FrameState& frame(const std::string& function, std::vector<core::NamedRef> vars) {
        core::FrameState f;
        f.id = core::FrameId{std::uint32_t(state.frames.size() + 1)};
        f.function = function;
        f.vars = std::move(vars);
        state.frames.push_back(std::move(f));
        return state.frames.back();
    }

    core::ProgramState state;

private:
    std::uint32_t m_next = 1;
};

} // namespace memstep::ui::test
