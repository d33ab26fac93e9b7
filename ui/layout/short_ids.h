// Short object ids, Python Tutor style: id1, id2, … in the order objects first appear in a run.
//
// CPython's id() is a 15-digit number that reads as noise on a slide; what a student needs
// from an id is "same number, same object". The numbers are given once per run, from its
// trace, so an object keeps its number on every step and in every export of the run.
// View > Show id() Numbers (--python-ids) shows the number id() prints instead.
#pragma once

#include "memstep/trace.h"

#include <map>
#include <memory>

namespace memstep::ui {

class ShortIds {
public:
    // Numbers every object the run's events mention (allocated, bound, stored, returned),
    // in the order they do; objects there before the first step come first.
    static std::shared_ptr<const ShortIds> fromTrace(const core::Trace& trace);

    // 1-based; 0 for an object the run never mentioned.
    int number(core::ObjectId id) const;
    std::size_t size() const { return m_numbers.size(); }

private:
    void add(core::ObjectId id);
    void addContents(const core::HeapObject& object);

    std::map<core::ObjectId, int> m_numbers;
};

} // namespace memstep::ui
