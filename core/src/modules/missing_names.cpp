// The whole namespace of heapq, bisect, functools, itertools, operator and string in
// CPython 3.11 (dir(module), sorted for binary search). ModuleLibrary::isMissingAttribute is
// asked only about a name memstep's module lacks, so any name listed here that a program
// reads is one memstep does not have yet: it is refused as Unsupported, never answered with
// an AttributeError CPython would not raise.
#include "modules/modules.h"

#include <algorithm>
#include <span>

namespace memstep::core::modules {

namespace {

constexpr std::string_view kHeapq[] = {
    "__about__",   "__all__",       "__builtins__", "__cached__",
    "__doc__",     "__file__",      "__loader__",   "__package__",
    "__spec__",    "_heapify_max",  "_heappop_max", "_heapreplace_max",
    "_siftdown",   "_siftdown_max", "_siftup",      "_siftup_max",
    "heapify",     "heappop",       "heappush",     "heappushpop",
    "heapreplace", "merge",         "nlargest",     "nsmallest"};

constexpr std::string_view kBisect[] = {"__builtins__", "__cached__",   "__doc__",  "__file__",
                                        "__loader__",   "__package__",  "__spec__", "bisect",
                                        "bisect_left",  "bisect_right", "insort",   "insort_left",
                                        "insort_right"};

constexpr std::string_view kFunctools[] = {"GenericAlias",
                                           "RLock",
                                           "WRAPPER_ASSIGNMENTS",
                                           "WRAPPER_UPDATES",
                                           "_CacheInfo",
                                           "_HashedSeq",
                                           "_NOT_FOUND",
                                           "__all__",
                                           "__builtins__",
                                           "__cached__",
                                           "__doc__",
                                           "__file__",
                                           "__loader__",
                                           "__package__",
                                           "__spec__",
                                           "_c3_merge",
                                           "_c3_mro",
                                           "_compose_mro",
                                           "_convert",
                                           "_find_impl",
                                           "_ge_from_gt",
                                           "_ge_from_le",
                                           "_ge_from_lt",
                                           "_gt_from_ge",
                                           "_gt_from_le",
                                           "_gt_from_lt",
                                           "_initial_missing",
                                           "_le_from_ge",
                                           "_le_from_gt",
                                           "_le_from_lt",
                                           "_lru_cache_wrapper",
                                           "_lt_from_ge",
                                           "_lt_from_gt",
                                           "_lt_from_le",
                                           "_make_key",
                                           "_unwrap_partial",
                                           "cache",
                                           "cached_property",
                                           "cmp_to_key",
                                           "get_cache_token",
                                           "lru_cache",
                                           "namedtuple",
                                           "partial",
                                           "partialmethod",
                                           "recursive_repr",
                                           "reduce",
                                           "singledispatch",
                                           "singledispatchmethod",
                                           "total_ordering",
                                           "update_wrapper",
                                           "wraps"};

constexpr std::string_view kItertools[] = {"__doc__",
                                           "__loader__",
                                           "__package__",
                                           "__spec__",
                                           "_grouper",
                                           "_tee",
                                           "_tee_dataobject",
                                           "accumulate",
                                           "chain",
                                           "combinations",
                                           "combinations_with_replacement",
                                           "compress",
                                           "count",
                                           "cycle",
                                           "dropwhile",
                                           "filterfalse",
                                           "groupby",
                                           "islice",
                                           "pairwise",
                                           "permutations",
                                           "product",
                                           "repeat",
                                           "starmap",
                                           "takewhile",
                                           "tee",
                                           "zip_longest"};

constexpr std::string_view kOperator[] = {"__abs__",     "__add__",      "__all__",
                                          "__and__",     "__builtins__", "__cached__",
                                          "__call__",    "__concat__",   "__contains__",
                                          "__delitem__", "__doc__",      "__eq__",
                                          "__file__",    "__floordiv__", "__ge__",
                                          "__getitem__", "__gt__",       "__iadd__",
                                          "__iand__",    "__iconcat__",  "__ifloordiv__",
                                          "__ilshift__", "__imatmul__",  "__imod__",
                                          "__imul__",    "__index__",    "__inv__",
                                          "__invert__",  "__ior__",      "__ipow__",
                                          "__irshift__", "__isub__",     "__itruediv__",
                                          "__ixor__",    "__le__",       "__loader__",
                                          "__lshift__",  "__lt__",       "__matmul__",
                                          "__mod__",     "__mul__",      "__ne__",
                                          "__neg__",     "__not__",      "__or__",
                                          "__package__", "__pos__",      "__pow__",
                                          "__rshift__",  "__setitem__",  "__spec__",
                                          "__sub__",     "__truediv__",  "__xor__",
                                          "_abs",        "abs",          "add",
                                          "and_",        "attrgetter",   "call",
                                          "concat",      "contains",     "countOf",
                                          "delitem",     "eq",           "floordiv",
                                          "ge",          "getitem",      "gt",
                                          "iadd",        "iand",         "iconcat",
                                          "ifloordiv",   "ilshift",      "imatmul",
                                          "imod",        "imul",         "index",
                                          "indexOf",     "inv",          "invert",
                                          "ior",         "ipow",         "irshift",
                                          "is_",         "is_not",       "isub",
                                          "itemgetter",  "itruediv",     "ixor",
                                          "le",          "length_hint",  "lshift",
                                          "lt",          "matmul",       "methodcaller",
                                          "mod",         "mul",          "ne",
                                          "neg",         "not_",         "or_",
                                          "pos",         "pow",          "rshift",
                                          "setitem",     "sub",          "truediv",
                                          "truth",       "xor"};

constexpr std::string_view kString[] = {
    "Formatter",       "Template",    "_ChainMap",     "__all__",
    "__builtins__",    "__cached__",  "__doc__",       "__file__",
    "__loader__",      "__package__", "__spec__",      "_re",
    "_sentinel_dict",  "_string",     "ascii_letters", "ascii_lowercase",
    "ascii_uppercase", "capwords",    "digits",        "hexdigits",
    "octdigits",       "printable",   "punctuation",   "whitespace"};

struct ModuleNames {
    std::string_view module;
    std::span<const std::string_view> names;
};

constexpr ModuleNames kCourseModules[] = {{"heapq", kHeapq},         {"bisect", kBisect},
                                          {"functools", kFunctools}, {"itertools", kItertools},
                                          {"operator", kOperator},   {"string", kString}};

} // namespace

bool isMissingCourseAttribute(std::string_view module, std::string_view name) {
    for (const ModuleNames& m : kCourseModules)
        if (m.module == module)
            return std::binary_search(m.names.begin(), m.names.end(), name);
    return false;
}

} // namespace memstep::core::modules
