// The time module's clocks and sleep(): time(), perf_counter(), monotonic(), process_time(),
// their *_ns variants, and sleep(), which really waits (in short slices, so the run's time
// limit and a cancel still stop it).
//
// The clocks are the ones CPython 3.11 reads on Linux (CLOCK_REALTIME for time(),
// CLOCK_MONOTONIC for perf_counter() and monotonic(), CLOCK_PROCESS_CPUTIME_ID for
// process_time()), so their values are of the same kind; a program can only compare them.
// The calendar (struct_time, gmtime, localtime, strftime...) is time_struct.cpp's; the rest
// of time is refused by name (isMissingTimeAttribute).
#include "interp/builtins/builtins_util.h"
#include "modules/modules.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <ctime>
#include <thread>

namespace memstep::core::modules {

using interp::CallArgs;

namespace timemod {
namespace {

std::int64_t clockNs(clockid_t id) {
    timespec ts{};
    clock_gettime(id, &ts);
    return static_cast<std::int64_t>(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

// A float clock: nanoseconds / 1e9, as CPython's _PyTime_AsSecondsDouble divides them.
ObjRef seconds(Interpreter& in, CallArgs& args, const char* name, clockid_t id) {
    if (!interp::noArguments(in, args, name))
        return nullptr;
    std::int64_t ns = clockNs(id);
    double secs =
        ns % 1000000000 == 0 ? static_cast<double>(ns / 1000000000) : static_cast<double>(ns) / 1e9;
    return in.heap().newFloat(secs);
}

ObjRef nanoseconds(Interpreter& in, CallArgs& args, const char* name, clockid_t id) {
    if (!interp::noArguments(in, args, name))
        return nullptr;
    return in.heap().newInt(clockNs(id));
}

ObjRef timeFn(Interpreter& in, Object*, CallArgs& a) {
    return seconds(in, a, "time.time", CLOCK_REALTIME);
}
ObjRef timeNs(Interpreter& in, Object*, CallArgs& a) {
    return nanoseconds(in, a, "time.time_ns", CLOCK_REALTIME);
}
ObjRef perfCounter(Interpreter& in, Object*, CallArgs& a) {
    return seconds(in, a, "time.perf_counter", CLOCK_MONOTONIC);
}
ObjRef perfCounterNs(Interpreter& in, Object*, CallArgs& a) {
    return nanoseconds(in, a, "time.perf_counter_ns", CLOCK_MONOTONIC);
}
ObjRef monotonic(Interpreter& in, Object*, CallArgs& a) {
    return seconds(in, a, "time.monotonic", CLOCK_MONOTONIC);
}
ObjRef monotonicNs(Interpreter& in, Object*, CallArgs& a) {
    return nanoseconds(in, a, "time.monotonic_ns", CLOCK_MONOTONIC);
}
ObjRef processTime(Interpreter& in, Object*, CallArgs& a) {
    return seconds(in, a, "time.process_time", CLOCK_PROCESS_CPUTIME_ID);
}
ObjRef processTimeNs(Interpreter& in, Object*, CallArgs& a) {
    return nanoseconds(in, a, "time.process_time_ns", CLOCK_PROCESS_CPUTIME_ID);
}

ObjRef sleep(Interpreter& in, Object*, CallArgs& args) {
    if (!interp::noKeywords(in, args, "time.sleep"))
        return nullptr;
    if (args.positional.size() != 1)
        return in.raise("TypeError", "time.sleep() takes exactly one argument (" +
                                         std::to_string(args.positional.size()) + " given)");
    Object* a = args.positional[0].get();
    double secs = 0;
    if (a->tag == rt::Tag::Float) {
        secs = static_cast<rt::FloatObject*>(a)->value;
        if (std::isnan(secs))
            return in.raise("ValueError", "Invalid value NaN (not a number)");
    } else {
        auto n = interp::intArg(in, a);
        if (!n)
            return nullptr;
        secs = static_cast<double>(*n);
    }
    if (secs < 0)
        return in.raise("ValueError", "sleep length must be non-negative");
    // Slices of at most 20 ms, the clock and cancel flag looked at between them.
    auto until = std::chrono::steady_clock::now() +
                 std::chrono::duration_cast<std::chrono::steady_clock::duration>(
                     std::chrono::duration<double>(std::min(secs, 1e9)));
    for (;;) {
        if (in.pollStop(Interpreter::kPollWork))
            return nullptr;
        auto now = std::chrono::steady_clock::now();
        if (now >= until)
            break;
        std::this_thread::sleep_for(std::min<std::chrono::steady_clock::duration>(
            until - now, std::chrono::milliseconds(20)));
    }
    return in.none();
}

} // namespace
} // namespace timemod

// struct_time and the calendar functions (time_struct.cpp).
void fillTimeCalendar(Interpreter& in, rt::ModuleObject& m);

void fillTime(Interpreter& in, rt::ModuleObject& m) {
    addFunction(in, m, "time", timemod::timeFn);
    addFunction(in, m, "time_ns", timemod::timeNs);
    addFunction(in, m, "perf_counter", timemod::perfCounter);
    addFunction(in, m, "perf_counter_ns", timemod::perfCounterNs);
    addFunction(in, m, "monotonic", timemod::monotonic);
    addFunction(in, m, "monotonic_ns", timemod::monotonicNs);
    addFunction(in, m, "process_time", timemod::processTime);
    addFunction(in, m, "process_time_ns", timemod::processTimeNs);
    addFunction(in, m, "sleep", timemod::sleep);
    fillTimeCalendar(in, m);
}

bool isMissingTimeAttribute(std::string_view name) {
    // dir(time) in CPython 3.11 minus what fillTime provides, sorted for binary search.
    static const std::vector<std::string_view> kMissing = {
        "CLOCK_BOOTTIME",
        "CLOCK_MONOTONIC",
        "CLOCK_MONOTONIC_RAW",
        "CLOCK_PROCESS_CPUTIME_ID",
        "CLOCK_REALTIME",
        "CLOCK_TAI",
        "CLOCK_THREAD_CPUTIME_ID",
        "_STRUCT_TM_ITEMS",
        "clock_getres",
        "clock_gettime",
        "clock_gettime_ns",
        "clock_settime",
        "clock_settime_ns",
        "ctime",
        "get_clock_info",
        "pthread_getcpuclockid",
        "strptime",
        "thread_time",
        "thread_time_ns",
        "tzset",
    };
    return isModuleDunder(ModuleOrigin::BuiltIn, name) ||
           std::binary_search(kMissing.begin(), kMissing.end(), name);
}

} // namespace memstep::core::modules
