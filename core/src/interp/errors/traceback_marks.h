// The ~~~^^^ position markers CPython 3.11 prints under a traceback's source line (PEP 657).
//
// Each traceback entry keeps the source range of the instruction that failed (the innermost
// expression whose evaluation failed, else the running statement), as CPython's co_positions
// gives it; the marker line is drawn from it by the traceback module's rules: none when the
// range covers the whole stripped line, `~` for a binary operation's operands and `^` for its
// operator, `~` for a subscript's value and `^` for its brackets, `^` under the whole range
// otherwise, and a range past its first line marked to that line's end. Columns are UTF-8
// bytes, shown as characters, East Asian wide ones two columns wide.
#pragma once

#include "runtime/callable.h"
#include "syntax/ast.h"

#include <string>
#include <string_view>

namespace memstep::core::interp {

// The entry for `function` at `line` pointing at the range `failed` (null: no markers), the
// node `expr` when that is an expression (else null).
rt::ExceptionObject::Where tracebackEntry(std::string function, int line,
                                          const syntax::Location* failed, const syntax::Expr* expr);
// The marker line (with its newline) printed under `source`, entry `w`'s source line without
// its newline; empty when python3 prints none.
std::string positionMarkers(std::string_view source, const rt::ExceptionObject::Where& w);

} // namespace memstep::core::interp
