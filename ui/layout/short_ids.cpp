#include "short_ids.h"

namespace memstep::ui {

void ShortIds::add(core::ObjectId id) {
    if (id.valid()) {
        m_numbers.try_emplace(id, int(m_numbers.size()) + 1);
    }
}

void ShortIds::addContents(const core::HeapObject& object) {
    for (core::ObjectId item : object.items) {
        add(item);
    }
    for (const auto& [key, value] : object.entries) {
        add(key);
        add(value);
    }
    for (const core::NamedRef& attr : object.attrs) {
        add(attr.second);
    }
    for (core::ObjectId value : object.defaults) {
        add(value);
    }
}

std::shared_ptr<const ShortIds> ShortIds::fromTrace(const core::Trace& trace) {
    auto ids = std::make_shared<ShortIds>();
    if (trace.stepCount() == 0) {
        return ids;
    }
    // What the first step already holds, in the order the trace made it.
    const core::ProgramState first = trace.state(0);
    for (const auto& [id, object] : first.heap) {
        ids->add(id);
    }
    for (std::size_t step = 0; step < trace.stepCount(); ++step) {
        for (const core::Event& event : trace.events(step)) {
            ids->add(event.object);
            ids->add(event.key);
            ids->add(event.value);
            if (event.kind == core::EventKind::Allocate ||
                (event.kind == core::EventKind::Mutate && event.op == core::MutateOp::Replace)) {
                ids->addContents(event.contents);
            }
        }
    }
    return ids;
}

int ShortIds::number(core::ObjectId id) const {
    const auto it = m_numbers.find(id);
    return it == m_numbers.end() ? 0 : it->second;
}

} // namespace memstep::ui
