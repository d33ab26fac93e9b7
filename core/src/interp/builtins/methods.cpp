// Methods of the builtin types: the registry that fills the per-type tables from each type's
// file (str_methods.cpp, list_methods.cpp, dict_methods.cpp, set_methods.cpp,
// number_methods.cpp).
#include "interp/builtins/bytes_util.h"

namespace memstep::core::interp {

void registerMethods(MethodTables& t) {
    registerStrMethods(t);
    registerListMethods(t);
    registerDictMethods(t);
    registerSetMethods(t);
    registerNumberMethods(t);
    registerSliceMethods(t);
    registerStrTranslate(t);
    registerDunderMethods(t);
    registerNumberDunders(t);
    registerBytesMethods(t);
    registerByteArrayMethods(t);
    registerBytesConversions(t);
    registerComplexMethods(t);
}

} // namespace memstep::core::interp
