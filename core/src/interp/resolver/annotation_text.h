// The text `from __future__ import annotations` stores for an annotation instead of running
// it, as CPython 3.11's compiler unparses it (ast.unparse's spelling: `dict[str, int]`,
// `'Node'`, `int | None`).
//
// Only the expressions annotations are made of are written out; for anything else the caller
// refuses the program as Unsupported rather than store a text CPython would not.
#pragma once

#include "syntax/ast.h"

#include <optional>
#include <string>
#include <vector>

namespace memstep::core::interp {

// The annotation's text, or nullopt for an expression this unparser does not spell.
std::optional<std::string> annotationText(const syntax::Expr& e);

struct NamedAnnotation {
    const std::string* name; // the parameter's name, or "return"
    const syntax::Expr* annotation;
};

// A def's annotations in the order CPython 3.11 runs them: positional-or-keyword
// parameters, positional-only ones, *args, keyword-only ones, **kwargs, the return.
std::vector<NamedAnnotation> functionAnnotations(const syntax::FunctionDef& d);

} // namespace memstep::core::interp
