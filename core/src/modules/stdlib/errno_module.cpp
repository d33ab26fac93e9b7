// The errno module: the error numbers as names (errno.ENOENT) and `errorcode`, the dict from
// number to name, with Linux's numbers (interp/errors/errno_table.h).
#include "interp/errors/errno_table.h"
#include "modules/modules.h"

#include <span>

namespace memstep::core::modules {

void fillErrno(Interpreter& in, rt::ModuleObject& m) {
    auto codes = in.heap().newDict();
    using Names = std::span<const std::pair<std::string_view, int>>;
    for (Names names : {Names(interp::kErrnoNamesFirst), Names(interp::kErrnoNamesThen)})
        for (const auto& [name, number] : names) {
            ObjRef value = in.heap().newInt(number);
            m.set(std::string(name), value);
            in.dictSet(codes.get(), value, in.internedStr(std::string(name)));
        }
    m.set("errorcode", codes);
}

} // namespace memstep::core::modules
