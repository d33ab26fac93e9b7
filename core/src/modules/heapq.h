// What heapq's two files share: the sift loops of _heapqmodule.c (heapq_module.cpp), which
// heapq.merge (heapq_merge.cpp) runs on its own heap of [key, order, ...] lists, so its
// comparisons, and the program's __lt__ and __eq__ they call, come in CPython's order.
#pragma once

#include "modules/modules.h"

namespace memstep::core::modules::heapq {

// `a < b` as PyObject_RichCompareBool, then "list changed size during iteration" when the
// comparison changed the heap's length: 1, 0, or -1 with the exception set.
int lessThan(Interpreter& in, rt::ListObject* heap, Object* a, Object* b);
// heap[i], heap[j] = heap[j], heap[i], each a traced listSet.
void swap(Interpreter& in, rt::ListObject* heap, std::size_t i, std::size_t j);
// _siftdown / _siftup of the min-heap, or with `max` of the max-heap (siftdown_max,
// siftup_max); false with the exception set.
bool siftDown(Interpreter& in, rt::ListObject* heap, std::size_t start, std::size_t pos,
              bool max = false);
bool siftUp(Interpreter& in, rt::ListObject* heap, std::size_t pos, bool max = false);

// merge(*iterables, key=None, reverse=False) (heapq_merge.cpp).
ObjRef merge(Interpreter& in, Object*, rt::CallArgs& args);

} // namespace memstep::core::modules::heapq
