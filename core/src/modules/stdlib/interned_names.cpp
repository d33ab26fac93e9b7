// See interned_names.h.
#include "modules/stdlib/interned_names.h"

#include "interp/builtins/builtins_util.h"

namespace memstep::core::modules {

ObjRef internedName(Interpreter& in, const std::string& name) {
    for (const ObjRef& c : in.constantPool)
        if (c && c->tag == rt::Tag::Str && interp::text(c.get()) == name)
            return c;
    ObjRef s = in.newStr(name);
    in.constantPool.push_back(s);
    return s;
}

} // namespace memstep::core::modules
