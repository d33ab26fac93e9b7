// A compact S-expression rendering of the AST, for tests and debugging.
//
// One line per tree, e.g. `x = f(1)` dumps as
//   (Module (Assign (targets (Name x Store)) (Call (Name x) (args (Constant 1)))))
// Positions are left out (dumpLocations adds `@line:col-endLine:endCol` to each node) so
// tests about shape do not break when a column changes.
#pragma once

#include "syntax/ast.h"

#include <string>

namespace memstep::core::syntax {

struct DumpOptions {
    bool locations = false;
};

std::string dump(const Module& module, DumpOptions options = {});
std::string dump(const Expr& expr, DumpOptions options = {});
std::string dump(const Stmt& stmt, DumpOptions options = {});

} // namespace memstep::core::syntax
