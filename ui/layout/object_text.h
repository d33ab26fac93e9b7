// How a heap object reads in the diagram: its type label, its one-line value, whether it
// is immutable, and whether it is a scalar that may be drawn inline in a slot.
//
// Kept apart from layout and painting so that both (and the tests) agree on the words a
// student sees, and so that a new object type is taught to the diagram in one place.
#pragma once

#include "memstep/trace.h"

#include <QString>

namespace memstep::ui {

// A std::string of the trace (UTF-8) as a QString.
QString fromUtf8(const std::string& text);

// Longest value text drawn before it is cut with an ellipsis; keeps boxes readable.
inline constexpr int kMaxValueChars = 40;
// Longest whole value a tooltip shows: a string of a million characters would otherwise fill
// the screen and take seconds to lay out.
inline constexpr int kMaxWholeValueChars = 4000;

// "list", "dict", "Point" for an instance of Point, "class", "function", ... A str or int drawn
// cut says how long it is: "str, 200 chars" (as len() counts), "int, 61 digits".
QString typeLabel(const core::HeapObject& object);

// Scalars: int, float, complex, Decimal, str, bool, NoneType (not an object of a program's subclass
// of one, with its class and attributes). Only these may be shown inline in a slot.
bool isScalar(const core::HeapObject& object);

// int, float, str, bool, NoneType, tuple, frozenset, range, ... (the value can never change;
// never an object of a program's subclass, whose attributes can).
bool isImmutable(const core::HeapObject& object);

// The text shown for a value-like object: 10, 'hi' (quoted, escaped, shortened), 3.5, None,
// range(0, 5), or a name for modules and builtins. Empty for containers.
QString valueText(const core::HeapObject& object);

// Whether valueText() had to cut the value (it then ends in an ellipsis).
bool isValueCut(const core::HeapObject& object);

// The value valueText() cut, whole (up to kMaxWholeValueChars, then an ellipsis and how many
// characters are left out), for hovering over it; empty when nothing was cut.
QString wholeValueText(const core::HeapObject& object);

// Drawn as cells in a row like a list: list, tuple, set, frozenset, collections.deque, and any
// other type the trace gives `items`.
bool isSequenceLike(const core::HeapObject& object);
// Sequences whose cells are numbered by their index: list, tuple, deque.
bool isIndexedSequence(const core::HeapObject& object);
// Drawn as key/value rows like a dict: dict, collections' defaultdict, Counter and
// OrderedDict, and any other type the trace gives `entries`.
bool isMappingLike(const core::HeapObject& object);

// "f(a, b)" for a function.
QString signatureText(const core::HeapObject& function);

// The signature in lines of at most about `maxChars` characters, broken after a parameter's
// comma, the lines after the first indented: a long signature in one line would make its box,
// and so the whole fitted diagram, as wide as the signature (a projected diagram shrank to 11 px).
QStringList wrappedSignature(const core::HeapObject& function, int maxChars);

} // namespace memstep::ui
