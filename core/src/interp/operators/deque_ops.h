// A collections.deque's own operations that the interpreter reaches: indexing (`d[i]`,
// `d[i] = x`, `del d[i]`), `+`/`+=`, and the appends that keep `maxlen`.
//
// A deque is a sequence without slicing (CPython gives it sq_item but no mp_subscript), so its
// index rules and messages differ from a list's: "sequence index must be integer, not 'slice'",
// "deque index out of range". They live here so the interpreter's list paths stay list-only.
#pragma once

#include "interp/interpreter.h"

#include <optional>

namespace memstep::core::interp {

// d[key]: the item, or null with TypeError/IndexError set.
ObjRef dequeItem(Interpreter& in, rt::DequeObject* d, Object* key);
// d[key] = value, or `del d[key]` when value is null; false with the error set.
bool dequeStore(Interpreter& in, rt::DequeObject* d, Object* key, ObjRef value);

// append / appendleft: a full bounded deque drops the item at the other end afterwards, as
// CPython does (so the trace shows the insert, then the removal).
void dequeAppend(Interpreter& in, rt::DequeObject* d, ObjRef v);
void dequeAppendLeft(Interpreter& in, rt::DequeObject* d, ObjRef v);
// Empties d (deque.clear, and repeating it by n <= 0), each item's slot given back.
void dequeClearAll(Interpreter& in, rt::DequeObject* d);
// extend: each item of `iterable` appended (a copy first when it is `d` itself); false with
// the error set.
bool dequeExtend(Interpreter& in, rt::DequeObject* d, Object* iterable);
// `a op b` with a deque on either side: `deque + deque`, `deque += iterable`; nullopt when
// the operator does not apply (the caller raises its TypeError).
std::optional<ObjRef> dequeBinary(Interpreter& in, syntax::Operator op, Object* a, Object* b,
                                  bool inplace);

} // namespace memstep::core::interp
