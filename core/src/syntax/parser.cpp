#include "syntax/parser.h"

namespace memstep::core::syntax {

ParseResult parse(std::string_view) {
    ParseResult result;
    result.error = Diagnostic{kUnsupported, "the parser is not written yet", 0, 0, {}};
    return result;
}

std::string formatSyntaxError(const Diagnostic& error, std::string_view, std::string_view) {
    return error.type + ": " + error.message;
}

} // namespace memstep::core::syntax
