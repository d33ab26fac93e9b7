// Names CPython 3.11 has among its builtins that memstep does not provide. Reading one must
// not end in "NameError: name 'open' is not defined": that would teach that Python has no
// open(). The run stops with an Unsupported error naming the builtin instead.
#include "interp/interpreter.h"

#include <algorithm>
#include <array>
#include <string_view>

namespace memstep::core::interp {

namespace {

// Sorted (binary search). Taken from `dir(builtins)` of CPython 3.11, minus what memstep
// defines; keep it in step when a builtin is added.
// The size is deduced: a size written out by hand, one too big after a name was taken out,
// left an empty entry that broke the binary search unnoticed.
constexpr std::array kMissingBuiltins = std::to_array<std::string_view>({
    "BaseExceptionGroup",
    "BytesWarning",
    "DeprecationWarning",
    "EncodingWarning",
    "ExceptionGroup",
    "FloatingPointError",
    "FutureWarning",
    "ImportWarning",
    "PendingDeprecationWarning",
    "ResourceWarning",
    "RuntimeWarning",
    "StopAsyncIteration",
    "SyntaxWarning",
    "UnicodeTranslateError",
    "UnicodeWarning",
    "UserWarning",
    "Warning",
    "__build_class__",
    "__loader__",
    "aiter",
    "anext",
    "breakpoint",
    "copyright",
    "credits",
    "exit",
    "help",
    "license",
    "open",
    "quit",
});
static_assert(std::is_sorted(kMissingBuiltins.begin(), kMissingBuiltins.end()),
              "kMissingBuiltins must stay sorted: isMissingBuiltin searches it by halves");

} // namespace

bool Interpreter::isMissingBuiltin(std::string_view name) {
    return std::binary_search(kMissingBuiltins.begin(), kMissingBuiltins.end(), name);
}

ObjRef Interpreter::undefinedName(const std::string& id) {
    if (isMissingBuiltin(id)) {
        return abortUnsupported("the builtin `" + id + "` is not supported");
    }
    raise("NameError", "name '" + id + "' is not defined");
    // As CPython's NameError.name, for the traceback's hint; the frame's code gives the first
    // candidates.
    auto* e = static_cast<rt::ExceptionObject*>(m_exception.get());
    e->missingName = id;
    e->missingInCode = m_frames.empty() ? nullptr : m_frames.back()->code;
    return nullptr;
}

} // namespace memstep::core::interp
