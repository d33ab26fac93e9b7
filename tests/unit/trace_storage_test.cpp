// The compact trace storage: long random traces rebuilt from checkpoints must equal the
// states obtained by applying every event from the start; memory per step stays bounded;
// seeking stays fast; a finished trace can be read from several threads.
#include "memstep/trace.h"

#include <algorithm>
#include <atomic>
#include <gtest/gtest.h>
#include <iostream>
#include <map>
#include <random>
#include <set>
#include <thread>
#include <time.h>

namespace memstep::core {
namespace {

// Makes random events that fit the recorder's current state, covering every kind and op.
class RandomProgram {
public:
    explicit RandomProgram(unsigned seed) : m_random(seed) {}

    Event next(const ProgramState& state) {
        for (;;) {
            if (auto event = tryNext(state)) {
                return *event;
            }
        }
    }

    StepInfo stepInfo(const ProgramState& state) {
        StepInfo info;
        info.line = pick(1, 400);
        const int kind = pick(0, 9);
        if (kind == 0) {
            info.kind = StepKind::Call;
        } else if (kind == 1 && !state.heap.empty()) {
            info.kind = StepKind::Return;
            info.returnValue = anyObject(state);
        } else if (kind == 2) {
            info.kind = StepKind::Exception;
            info.exception = ExceptionInfo{"ValueError", "bad value " + std::to_string(pick(0, 9))};
        }
        return info;
    }

private:
    int pick(int low, int high) { return std::uniform_int_distribution<int>(low, high)(m_random); }

    ObjectId anyObject(const ProgramState& state) {
        auto it = state.heap.begin();
        std::advance(it, pick(0, static_cast<int>(state.heap.size()) - 1));
        return it->first;
    }

    std::string anyName() { return std::string(1, static_cast<char>('a' + pick(0, 11))); }

    HeapObject randomObject(const ProgramState& state) {
        HeapObject o;
        const bool haveRefs = !state.heap.empty();
        switch (pick(0, 6)) {
        case 0: {
            o.type = "int";
            // Decimal values (stored compactly) and texts the compact form must leave alone.
            static const char* const kOddTexts[] = {"-0",
                                                    "007",
                                                    "+1",
                                                    "-9223372036854775808",
                                                    "123456789012345678901234567890",
                                                    "999999999999999999"};
            o.value =
                pick(0, 5) == 0 ? kOddTexts[pick(0, 5)] : std::to_string(pick(-1000, 1000000));
            break;
        }
        case 1:
            o.type = "str";
            o.value = pick(0, 3) == 0 ? "" : "s\n\"" + std::to_string(pick(0, 50));
            break;
        case 2:
            o.type = pick(0, 1) ? "list" : "set";
            for (int i = pick(0, 4); haveRefs && i > 0; --i) {
                o.items.push_back(anyObject(state));
            }
            break;
        case 3:
            o.type = "dict";
            for (int i = pick(0, 3); haveRefs && i > 0; --i) {
                o.entries.emplace_back(anyObject(state), anyObject(state));
            }
            break;
        case 4:
            o.type = "instance";
            o.className = "Point";
            if (haveRefs) {
                o.attrs.emplace_back("x", anyObject(state));
            }
            break;
        case 5:
            o.type = "function";
            o.name = "f" + std::to_string(pick(0, 3));
            o.params = {"a", "b"};
            if (haveRefs) {
                o.defaults.push_back(anyObject(state));
                o.closure.emplace_back("k", anyObject(state));
            }
            break;
        default:
            o.type = "class";
            o.name = "C";
            for (int i = pick(0, 2); i > 0; --i) {
                o.bases.push_back("B" + std::to_string(pick(0, 3)));
            }
            break;
        }
        return o;
    }

    std::optional<Event> tryNext(const ProgramState& state) {
        Event e;
        const int choice = pick(0, 15);
        const bool haveFrame = !state.frames.empty();
        const FrameState* frame = haveFrame ? &state.frames[static_cast<std::size_t>(pick(
                                                  0, static_cast<int>(state.frames.size()) - 1))]
                                            : nullptr;
        switch (choice) {
        case 0:
            if (state.frames.size() > 6) {
                return std::nullopt;
            }
            e.kind = EventKind::FramePush;
            e.frame = FrameId{++m_lastFrame};
            e.function = haveFrame ? "g" : "<module>";
            e.isClassBody = haveFrame && pick(0, 4) == 0;
            return e;
        case 1:
            if (state.frames.size() < 2) {
                return std::nullopt;
            }
            e.kind = EventKind::FramePop;
            e.frame = state.frames.back().id;
            e.object = state.heap.empty() ? ObjectId{} : anyObject(state);
            return e;
        case 2:
        case 3: {
            if (!frame || state.heap.empty()) {
                return std::nullopt;
            }
            e.frame = frame->id;
            e.name = anyName();
            e.object = anyObject(state);
            auto var = std::find_if(frame->vars.begin(), frame->vars.end(),
                                    [&](const NamedRef& ref) { return ref.first == e.name; });
            if (var == frame->vars.end()) {
                e.kind = EventKind::Bind;
            } else if (choice == 2) {
                e.kind = EventKind::Rebind;
                e.from = var->second;
            } else {
                e.kind = EventKind::Unbind;
                e.object = {};
            }
            return e;
        }
        case 4:
        case 5:
            if (state.heap.size() > kMaxHeap) {
                return std::nullopt;
            }
            e.kind = EventKind::Allocate;
            e.object = ObjectId{++m_lastObject};
            e.contents = randomObject(state);
            return e;
        case 6:
        case 7:
            if (state.heap.size() < 20) {
                return std::nullopt;
            }
            e.kind = EventKind::Free;
            e.object = anyObject(state);
            return e;
        case 8:
            if (pick(0, 3) != 0) {
                return std::nullopt;
            }
            e.kind = EventKind::Output;
            e.text = "out " + std::to_string(pick(0, 99)) + "\n";
            return e;
        case 9:
            e.kind = EventKind::Raise;
            e.text = "KeyError";
            e.message = pick(0, 1) ? "'k'" : "";
            return e;
        default:
            return tryMutate(state);
        }
    }

    std::optional<Event> tryMutate(const ProgramState& state) {
        if (state.heap.empty()) {
            return std::nullopt;
        }
        Event e;
        e.kind = EventKind::Mutate;
        e.object = anyObject(state);
        const HeapObject& o = state.heap.at(e.object);
        e.value = anyObject(state);
        const auto size = static_cast<int>(o.items.size());
        if (o.type == "list" || o.type == "set") {
            switch (pick(0, 4)) {
            case 0:
                if (size == 0) {
                    return std::nullopt;
                }
                e.op = MutateOp::SetItem;
                e.index = pick(0, size - 1);
                return e;
            case 1:
                e.op = MutateOp::Insert;
                e.index = pick(0, size);
                return e;
            case 2:
                if (size == 0) {
                    return std::nullopt;
                }
                e.op = MutateOp::Remove;
                e.index = pick(0, size - 1);
                e.value = {};
                return e;
            case 3:
                e.op = MutateOp::Clear;
                e.value = {};
                return e;
            default:
                e.op = MutateOp::Replace;
                e.value = {};
                e.contents = o;
                std::reverse(e.contents.items.begin(), e.contents.items.end());
                e.contents.items.push_back(anyObject(state));
                return e;
            }
        }
        if (o.type == "dict") {
            e.key = anyObject(state);
            if (pick(0, 2) == 0 && !o.entries.empty()) {
                e.op = MutateOp::Remove;
                e.key = o.entries[static_cast<std::size_t>(
                                      pick(0, static_cast<int>(o.entries.size()) - 1))]
                            .first;
                e.value = {};
            } else {
                e.op = MutateOp::SetItem;
            }
            return e;
        }
        if (o.type == "instance" || o.type == "class") {
            e.name = anyName();
            const bool has = std::any_of(o.attrs.begin(), o.attrs.end(),
                                         [&](const NamedRef& ref) { return ref.first == e.name; });
            if (has && pick(0, 1) == 0) {
                e.op = MutateOp::DelAttr;
                e.value = {};
            } else {
                e.op = MutateOp::SetAttr;
            }
            return e;
        }
        return std::nullopt;
    }

    // Picking a random object walks the map: keep the heap small so the test stays quick.
    static constexpr std::size_t kMaxHeap = 150;

    std::mt19937 m_random;
    std::uint32_t m_lastFrame = 0;
    std::uint32_t m_lastObject = 0;
};

struct Recorded {
    Trace trace;
    std::map<std::size_t, ProgramState> expectedStates;
    std::map<std::size_t, std::vector<Event>> expectedEvents;
    std::map<std::size_t, StepInfo> expectedInfos;
};

// Records `steps` random steps, and keeps, for the sampled steps, the state obtained by
// applying every event from the start, independently of the recorder.
Recorded recordRandom(std::size_t steps, std::size_t interval, const std::set<std::size_t>& sample,
                      unsigned seed) {
    RandomProgram program(seed);
    TraceRecorder recorder("source", interval);
    ProgramState reference;
    Recorded out;
    std::mt19937 counts(seed + 1);
    for (std::size_t step = 0; step < steps; ++step) {
        std::vector<Event> events;
        const int eventCount = step == 0 ? 1 : static_cast<int>(counts() % 5);
        for (int i = 0; i < eventCount; ++i) {
            Event event = program.next(recorder.current());
            std::string why;
            EXPECT_TRUE(applyEvent(reference, event, &why)) << why;
            recorder.addEvent(event);
            events.push_back(std::move(event));
        }
        StepInfo info = program.stepInfo(recorder.current());
        applyStepInfo(reference, info);
        recorder.endStep(info);
        if (sample.count(step)) {
            EXPECT_EQ(recorder.current(), reference);
            out.expectedStates[step] = reference;
            out.expectedEvents[step] = std::move(events);
            out.expectedInfos[step] = info;
        }
    }
    EXPECT_EQ(recorder.rejectedEvents(), 0u) << recorder.lastRejection();
    out.trace = recorder.finish();
    return out;
}

std::set<std::size_t> randomSample(std::size_t steps, std::size_t count, unsigned seed) {
    std::mt19937 random(seed);
    std::set<std::size_t> sample{0, steps - 1};
    while (sample.size() < count) {
        sample.insert(random() % steps);
    }
    return sample;
}

TEST(TraceStorage, CheckpointedStatesEqualFullReplay) {
    constexpr std::size_t kSteps = 100'000;
    const auto sample = randomSample(kSteps, 300, 7);
    Recorded recorded = recordRandom(kSteps, 64, sample, 42);
    ASSERT_EQ(recorded.trace.stepCount(), kSteps);
    for (const auto& [step, expected] : recorded.expectedStates) {
        ASSERT_EQ(recorded.trace.state(step), expected) << "step " << step;
        ASSERT_EQ(recorded.trace.events(step), recorded.expectedEvents[step]) << "step " << step;
        ASSERT_EQ(recorded.trace.stepInfo(step), recorded.expectedInfos[step]) << "step " << step;
    }
}

TEST(TraceStorage, EveryStepOfAShortTraceAtSeveralIntervals) {
    constexpr std::size_t kSteps = 700;
    std::set<std::size_t> all;
    for (std::size_t i = 0; i < kSteps; ++i) {
        all.insert(i);
    }
    for (std::size_t interval : {0u, 1u, 3u, 256u, 100000u}) {
        Recorded recorded = recordRandom(kSteps, interval, all, 5);
        for (std::size_t step = 0; step < kSteps; ++step) {
            ASSERT_EQ(recorded.trace.state(step), recorded.expectedStates[step])
                << "interval " << interval << " step " << step;
        }
    }
}

// a = 1000 + i, step after step: each step allocates the new int, rebinds, frees the old one.
Trace rebindLoop(std::size_t steps, std::size_t interval, std::size_t listSize = 0) {
    TraceRecorder recorder("loop", interval);
    Event push;
    push.kind = EventKind::FramePush;
    push.frame = {1};
    push.function = "<module>";
    recorder.addEvent(push);
    std::uint32_t nextId = 1;
    if (listSize > 0) {
        Event big;
        big.kind = EventKind::Allocate;
        big.object = {nextId++};
        big.contents.type = "list";
        for (std::size_t i = 0; i < listSize; ++i) {
            Event item;
            item.kind = EventKind::Allocate;
            item.object = {nextId++};
            item.contents.type = "str";
            item.contents.value = "item number " + std::to_string(i);
            recorder.addEvent(item);
            big.contents.items.push_back(item.object);
        }
        recorder.addEvent(big);
        Event bind;
        bind.kind = EventKind::Bind;
        bind.frame = {1};
        bind.name = "big";
        bind.object = big.object;
        recorder.addEvent(bind);
    }
    ObjectId previous;
    for (std::size_t step = 0; step < steps; ++step) {
        Event alloc;
        alloc.kind = EventKind::Allocate;
        alloc.object = {nextId++};
        alloc.contents.type = "int";
        alloc.contents.value = std::to_string(1000 + step);
        recorder.addEvent(alloc);
        Event bind;
        bind.kind = previous.valid() ? EventKind::Rebind : EventKind::Bind;
        bind.frame = {1};
        bind.name = "a";
        bind.from = previous;
        bind.object = alloc.object;
        recorder.addEvent(bind);
        if (previous.valid()) {
            Event free;
            free.kind = EventKind::Free;
            free.object = previous;
            recorder.addEvent(free);
        }
        previous = alloc.object;
        recorder.endStep(
            StepInfo{StepKind::Line, static_cast<int>(2 + step % 3), {}, {}, {}, {}, false});
    }
    EXPECT_EQ(recorder.rejectedEvents(), 0u) << recorder.lastRejection();
    return recorder.finish();
}

TEST(TraceStorage, MemoryPerStepIsBounded) {
    constexpr std::size_t kSteps = 100'000;
    Trace trace = rebindLoop(kSteps, 64);
    TraceStats stats = trace.stats();
    EXPECT_EQ(stats.steps, kSteps);
    EXPECT_EQ(stats.events, 3 * kSteps); // the frame push, then three events a step
    const double perStep = static_cast<double>(stats.memoryBytes) / kSteps;
    EXPECT_LT(perStep, 100.0) << stats.memoryBytes << " bytes";
    std::cout << "rebind loop: " << perStep << " bytes a step\n";
    // Not absurdly small either: each step's int value alone is stored somewhere.
    EXPECT_GT(perStep, 8.0);
    ProgramState last = trace.state(kSteps - 1);
    ASSERT_EQ(last.heap.size(), 1u);
    EXPECT_EQ(last.heap.begin()->second.value, std::to_string(1000 + kSteps - 1));
}

TEST(TraceStorage, BigHeapCheckpointsAreSpacedOut) {
    constexpr std::size_t kSteps = 100'000;
    Trace trace = rebindLoop(kSteps, 64, 5'000);
    const double perStep = static_cast<double>(trace.stats().memoryBytes) / kSteps;
    // A checkpoint every 64 steps would copy the 5,000-item list: > 1 kB a step.
    EXPECT_LT(perStep, 200.0) << trace.stats().memoryBytes << " bytes";
    std::cout << "rebind loop beside a 5,000-item list: " << perStep << " bytes a step\n";
    ProgramState middle = trace.state(kSteps / 2);
    EXPECT_EQ(middle.heap.size(), 5'000u + 2u);
    EXPECT_EQ(middle.frames[0].vars.size(), 2u);
}

// CPU time of this thread: the machine running the tests may be shared and busy, and the
// question is how much work a seek takes, not how long the scheduler kept us waiting.
double threadMilliseconds() {
    timespec now{};
    ::clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return static_cast<double>(now.tv_sec) * 1e3 + static_cast<double>(now.tv_nsec) / 1e6;
}

// Seek time is measured by bench/ (memstep_bench state rebuild); this prints it and checks the
// rebuilt states of a long trace with a large heap.
TEST(TraceStorage, SeeksIntoALongTraceWithALargeHeap) {
    constexpr std::size_t kSteps = 200'000;
    Trace trace = rebindLoop(kSteps, 256, 2'000);
    std::mt19937 random(3);
    double worst = 0;
    double total = 0;
    constexpr int kSeeks = 100;
    for (int i = 0; i < kSeeks; ++i) {
        const double start = threadMilliseconds();
        ProgramState state = trace.state(random() % kSteps);
        const double took = threadMilliseconds() - start;
        worst = std::max(worst, took);
        total += took;
        ASSERT_EQ(state.heap.size(), 2'002u);
    }
    std::cout << "state(): worst " << worst << " ms, mean " << total / kSeeks << " ms of CPU\n";
}

TEST(TraceStorage, ConcurrentReadersSeeTheSameStates) {
    const auto sample = randomSample(5'000, 40, 11);
    Recorded recorded = recordRandom(5'000, 32, sample, 9);
    std::vector<std::thread> readers;
    std::atomic<int> mismatches = 0;
    for (int t = 0; t < 4; ++t) {
        readers.emplace_back([&] {
            for (const auto& [step, expected] : recorded.expectedStates) {
                if (!(recorded.trace.state(step) == expected)) {
                    ++mismatches;
                }
            }
        });
    }
    for (auto& reader : readers) {
        reader.join();
    }
    EXPECT_EQ(mismatches.load(), 0);
}

} // namespace
} // namespace memstep::core
