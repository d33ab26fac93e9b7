#include "exited_frames.h"

#include "object_text.h"

#include <algorithm>

namespace memstep::ui {

std::vector<ExitedFrame> ExitedFrames::at(const core::Trace& trace, int step) {
    if (!m_pops) {
        m_pops.emplace();
        for (std::size_t s = 0; s < trace.stepCount(); ++s) {
            for (const core::Event& event : trace.events(s)) {
                if (event.kind == core::EventKind::FramePop && s > 0) {
                    m_pops->emplace_back(int(s), event.frame);
                }
            }
        }
    }
    const auto end = std::upper_bound(m_pops->begin(), m_pops->end(), step,
                                      [](int value, const auto& pop) { return value < pop.first; });
    auto begin = m_pops->begin();
    if (std::size_t(end - begin) > kMaxExitedFrames) {
        begin = end - std::ptrdiff_t(kMaxExitedFrames);
    }
    std::vector<ExitedFrame> frames;
    for (auto it = begin; it != end; ++it) {
        auto cached = m_pictures.find(it->second);
        if (cached == m_pictures.end()) {
            const core::ProgramState before = trace.state(std::size_t(it->first - 1));
            ExitedFrame exited;
            for (const core::FrameState& frame : before.frames) {
                if (frame.id == it->second) {
                    exited.frame = frame;
                }
            }
            for (const core::NamedRef& var : exited.frame.vars) {
                auto object = before.heap.find(var.second);
                exited.values.push_back(object == before.heap.end() ? QStringLiteral("?")
                                        : isScalar(object->second)  ? valueText(object->second)
                                                                    : typeLabel(object->second));
            }
            cached = m_pictures.emplace(it->second, std::move(exited)).first;
        }
        if (cached->second.frame.function != "<module>" && cached->second.frame.id == it->second) {
            frames.push_back(cached->second);
        }
    }
    return frames;
}

void ExitedFrames::clear() {
    m_pops.reset();
    m_pictures.clear();
}

} // namespace memstep::ui
