// The queue module: Queue, LifoQueue and PriorityQueue (queue_classes.cpp), classes CPython
// 3.11's Lib/queue.py writes in Python, and SimpleQueue (simple_queue.cpp) and Empty, which it
// takes from the C module _queue.
//
// Queue's objects keep what Lib/queue.py keeps in their __dict__ (maxsize, queue, mutex, the
// three conditions, unfinished_tasks), so `q.queue` is the deque (a list for LifoQueue and
// PriorityQueue, kept as a heap by heapq's own sift loops) the program can read, and a
// program's subclass overriding _init, _qsize, _put or _get has them called where Queue calls
// them, as its own steps. memstep runs no other thread, so a wait that CPython could end only
// when another thread puts or gets ends at once: with a timeout as CPython ends it after the
// timeout (Empty or Full, without sleeping), without one the run stops as Unsupported, naming
// the call, where python3 would wait forever.
#pragma once

#include "modules/modules.h"

namespace memstep::core::modules::queue {

// _queue.SimpleQueue (simple_queue.cpp), whose get() raises `emptyType`.
rt::TypeObject* makeSimpleQueue(Interpreter& in, rt::TypeObject* emptyType);
// Raises an exception of `type` with no arguments, as `raise Empty` does. Always null.
ObjRef raiseBare(Interpreter& in, rt::TypeObject* type);
// Stops the run: `call` (e.g. "Queue.get()") would wait forever for another thread.
ObjRef waitsForever(Interpreter& in, const std::string& call, const std::string& because);

} // namespace memstep::core::modules::queue
