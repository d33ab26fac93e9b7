// How a heap object reads in the diagram: its type label, its one-line value, whether it
// is immutable, and whether it is a scalar that may be drawn inline in a slot.
//
// Kept apart from layout and painting so that both (and the tests) agree on the words a
// student sees, and so that a new object type is taught to the diagram in one place.
#pragma once

#include "memstep/trace.h"

#include <QString>

namespace memstep::ui {

// Longest value text drawn before it is cut with an ellipsis; keeps boxes readable.
inline constexpr int kMaxValueChars = 40;

// "list", "dict", "Point" for an instance of Point, "class", "function", ...
QString typeLabel(const core::HeapObject& object);

// Scalars: int, float, str, bool, NoneType. Only these may be shown inline in a slot.
bool isScalar(const core::HeapObject& object);

// int, float, str, bool, NoneType, tuple, frozenset, range, ... (the value can never change).
bool isImmutable(const core::HeapObject& object);

// The text shown for a value-like object: 10, 'hi' (quoted, escaped, shortened), 3.5, None,
// range(0, 5), or a name for modules and builtins. Empty for containers.
QString valueText(const core::HeapObject& object);

// "f(a, b)" for a function.
QString signatureText(const core::HeapObject& function);

} // namespace memstep::ui
