// The collections module: the names a program imports from it (see collections.h).
#include "modules/collections.h"

#include <algorithm>

namespace memstep::core::modules {

ObjRef property(Interpreter& in, const char* name, rt::NativeFn fn) {
    auto* d = in.heap().make<rt::DescriptorObject>();
    ObjRef out(d);
    d->kind = rt::DescriptorObject::Kind::Property;
    d->getter = in.makeBuiltin(name, fn);
    return out;
}

void fillCollections(Interpreter& in, rt::ModuleObject& m) {
    m.set("deque", ObjRef(dequeType(in)));
}

bool isMissingCollectionsAttribute(std::string_view name) {
    // The rest of dir(collections) in CPython 3.11, sorted for binary search.
    static const std::vector<std::string_view> kMissing = {
        "ChainMap",
        "Counter",
        "OrderedDict",
        "UserDict",
        "UserList",
        "UserString",
        "_Link",
        "_OrderedDictItemsView",
        "_OrderedDictKeysView",
        "_OrderedDictValuesView",
        "__all__",
        "__builtins__",
        "__cached__",
        "__doc__",
        "__file__",
        "__loader__",
        "__package__",
        "__path__",
        "__spec__",
        "_chain",
        "_collections_abc",
        "_count_elements",
        "_eq",
        "_iskeyword",
        "_itemgetter",
        "_proxy",
        "_recursive_repr",
        "_repeat",
        "_starmap",
        "_sys",
        "_tuplegetter",
        "abc",
        "defaultdict",
        "namedtuple",
    };
    return std::binary_search(kMissing.begin(), kMissing.end(), name);
}

} // namespace memstep::core::modules
