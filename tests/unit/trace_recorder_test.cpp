// TraceRecorder and applyEvent on hand-built event sequences: the seed program, every
// event kind, and events that must be refused.
#include "memstep/trace.h"

#include <gtest/gtest.h>

namespace memstep::core {
namespace {

Event framePush(std::uint32_t frame, std::string function, bool classBody = false) {
    Event e;
    e.kind = EventKind::FramePush;
    e.frame = {frame};
    e.function = std::move(function);
    e.isClassBody = classBody;
    return e;
}

Event framePop(std::uint32_t frame, std::uint32_t value) {
    Event e;
    e.kind = EventKind::FramePop;
    e.frame = {frame};
    e.object = {value};
    return e;
}

Event allocInt(std::uint32_t id, std::string value) {
    Event e;
    e.kind = EventKind::Allocate;
    e.object = {id};
    e.contents.type = "int";
    e.contents.value = std::move(value);
    return e;
}

Event allocList(std::uint32_t id, std::vector<ObjectId> items, std::string type = "list") {
    Event e;
    e.kind = EventKind::Allocate;
    e.object = {id};
    e.contents.type = std::move(type);
    e.contents.items = std::move(items);
    return e;
}

Event bind(std::uint32_t frame, std::string name, std::uint32_t object) {
    Event e;
    e.kind = EventKind::Bind;
    e.frame = {frame};
    e.name = std::move(name);
    e.object = {object};
    return e;
}

Event rebind(std::uint32_t frame, std::string name, std::uint32_t from, std::uint32_t to) {
    Event e = bind(frame, std::move(name), to);
    e.kind = EventKind::Rebind;
    e.from = {from};
    return e;
}

Event unbind(std::uint32_t frame, std::string name) {
    Event e;
    e.kind = EventKind::Unbind;
    e.frame = {frame};
    e.name = std::move(name);
    return e;
}

Event freeObject(std::uint32_t id) {
    Event e;
    e.kind = EventKind::Free;
    e.object = {id};
    return e;
}

Event mutate(std::uint32_t id, MutateOp op) {
    Event e;
    e.kind = EventKind::Mutate;
    e.object = {id};
    e.op = op;
    return e;
}

Event output(std::string text) {
    Event e;
    e.kind = EventKind::Output;
    e.text = std::move(text);
    return e;
}

StepInfo line(int n) {
    return StepInfo{StepKind::Line, n,    std::nullopt, std::nullopt, std::nullopt,
                    std::nullopt,   false};
}

HeapObject intObject(std::string value) {
    HeapObject o;
    o.type = "int";
    o.value = std::move(value);
    return o;
}

// a = 10; b = a; a += 1
Trace seedTrace() {
    TraceRecorder recorder("a = 10\nb = a\na += 1\n", 2);
    recorder.addEvent(framePush(1, "<module>"));
    recorder.endStep(line(1));
    recorder.addEvent(allocInt(1, "10"));
    recorder.addEvent(bind(1, "a", 1));
    recorder.endStep(line(2));
    recorder.addEvent(bind(1, "b", 1));
    recorder.endStep(line(3));
    recorder.addEvent(allocInt(2, "11"));
    recorder.addEvent(rebind(1, "a", 1, 2));
    recorder.endStep(StepInfo{StepKind::Return, 3, ObjectId{3}, std::nullopt, std::nullopt,
                              std::nullopt, false});
    EXPECT_EQ(recorder.rejectedEvents(), 0u) << recorder.lastRejection();
    return recorder.finish();
}

TEST(TraceRecorder, SeedProgramStates) {
    Trace trace = seedTrace();
    ASSERT_EQ(trace.stepCount(), 4u);
    EXPECT_EQ(trace.source(), "a = 10\nb = a\na += 1\n");

    ProgramState s0 = trace.state(0);
    ASSERT_EQ(s0.frames.size(), 1u);
    EXPECT_EQ(s0.frames[0].function, "<module>");
    EXPECT_EQ(s0.frames[0].line, 1);
    EXPECT_TRUE(s0.frames[0].vars.empty());
    EXPECT_TRUE(s0.heap.empty());

    ProgramState s2 = trace.state(2);
    EXPECT_EQ(s2.frames[0].line, 3);
    std::vector<NamedRef> vars2{{"a", ObjectId{1}}, {"b", ObjectId{1}}};
    EXPECT_EQ(s2.frames[0].vars, vars2);
    ASSERT_EQ(s2.heap.size(), 1u);
    EXPECT_EQ(s2.heap.at(ObjectId{1}), intObject("10"));

    ProgramState s3 = trace.state(3);
    std::vector<NamedRef> vars3{{"a", ObjectId{2}}, {"b", ObjectId{1}}};
    EXPECT_EQ(s3.frames[0].vars, vars3);
    EXPECT_EQ(s3.heap.at(ObjectId{2}), intObject("11"));
    EXPECT_EQ(s3.frames[0].returnValue, ObjectId{3});
    EXPECT_FALSE(s2.frames[0].returnValue.has_value());
}

TEST(TraceRecorder, EventsAndStepInfoRoundTrip) {
    Trace trace = seedTrace();
    std::vector<Event> step1{allocInt(1, "10"), bind(1, "a", 1)};
    EXPECT_EQ(trace.events(1), step1);
    std::vector<Event> step3{allocInt(2, "11"), rebind(1, "a", 1, 2)};
    EXPECT_EQ(trace.events(3), step3);
    EXPECT_EQ(trace.stepInfo(3), (StepInfo{StepKind::Return, 3, ObjectId{3}, std::nullopt,
                                           std::nullopt, std::nullopt, false}));
    EXPECT_EQ(trace.stepInfo(1), line(2));
}

TEST(TraceRecorder, CurrentIncludesOpenStepAndFinishDropsIt) {
    TraceRecorder recorder("", 4);
    recorder.addEvent(framePush(1, "<module>"));
    recorder.endStep(line(1));
    recorder.addEvent(output("hi\n"));
    EXPECT_EQ(recorder.current().stdoutText, "hi\n");
    EXPECT_EQ(recorder.stepCount(), 1u);
    Trace trace = recorder.finish();
    ASSERT_EQ(trace.stepCount(), 1u);
    EXPECT_EQ(trace.state(0).stdoutText, "");
    EXPECT_TRUE(trace.events(0).size() == 1);
}

TEST(TraceRecorder, CopiesShareAndEmptyTraceIsSafe) {
    Trace empty;
    EXPECT_EQ(empty.stepCount(), 0u);
    EXPECT_EQ(empty.source(), "");
    EXPECT_TRUE(empty.state(5).frames.empty());
    Trace trace = seedTrace();
    Trace copy = trace;
    EXPECT_EQ(copy.state(3), trace.state(3));
}

TEST(TraceRecorder, RejectsBadEventsWithoutRecordingThem) {
    TraceRecorder recorder("", 4);
    recorder.addEvent(framePush(1, "<module>"));
    recorder.addEvent(bind(2, "x", 1)); // unknown frame
    EXPECT_EQ(recorder.rejectedEvents(), 1u);
    EXPECT_NE(recorder.lastRejection().find("unknown frame 2"), std::string::npos);
    recorder.addEvent(bind(1, "x", 1));
    recorder.endStep(line(1));
    Trace trace = recorder.finish();
    EXPECT_EQ(trace.events(0).size(), 2u);
    EXPECT_EQ(trace.state(0).frames[0].vars.size(), 1u);
}

struct BadCase {
    const char* what;
    Event event;
};

TEST(ApplyEvent, RefusesEventsThatDoNotFitAndLeavesStateAlone) {
    ProgramState base;
    ASSERT_TRUE(applyEvent(base, framePush(1, "<module>")));
    ASSERT_TRUE(applyEvent(base, framePush(2, "f")));
    ASSERT_TRUE(applyEvent(base, allocInt(1, "1")));
    ASSERT_TRUE(applyEvent(base, allocList(2, {ObjectId{1}})));
    ASSERT_TRUE(applyEvent(base, bind(2, "x", 1)));
    Event setNoName = mutate(2, MutateOp::SetAttr);
    Event setFar = mutate(2, MutateOp::SetItem);
    setFar.index = 1;
    Event insertNeg = mutate(2, MutateOp::Insert);
    insertNeg.index = -1;
    Event removeFar = mutate(2, MutateOp::Remove);
    removeFar.index = 1;
    Event delAttr = mutate(2, MutateOp::DelAttr);
    delAttr.name = "nope";
    std::vector<BadCase> cases{
        {"push existing", framePush(1, "g")},
        {"push no id", framePush(0, "g")},
        {"pop not innermost", framePop(1, 1)},
        {"pop unknown", framePop(7, 1)},
        {"bind twice", bind(2, "x", 1)},
        {"bind unknown frame", bind(9, "y", 1)},
        {"rebind wrong from", rebind(2, "x", 5, 1)},
        {"rebind unbound", rebind(2, "zz", 1, 1)},
        {"unbind unbound", unbind(1, "x")},
        {"allocate existing", allocInt(1, "2")},
        {"allocate no id", allocInt(0, "2")},
        {"free unknown", freeObject(42)},
        {"mutate unknown", mutate(42, MutateOp::Clear)},
        {"set_item out of range", setFar},
        {"insert negative", insertNeg},
        {"remove out of range", removeFar},
        {"set_attr without name", setNoName},
        {"del_attr missing", delAttr},
    };
    for (const auto& bad : cases) {
        ProgramState state = base;
        std::string why;
        EXPECT_FALSE(applyEvent(state, bad.event, &why)) << bad.what;
        EXPECT_FALSE(why.empty()) << bad.what;
        EXPECT_EQ(state, base) << bad.what;
    }
    Event dictNoKey = mutate(3, MutateOp::SetItem);
    ProgramState withDict = base;
    Event allocDict;
    allocDict.kind = EventKind::Allocate;
    allocDict.object = {3};
    allocDict.contents.type = "dict";
    ASSERT_TRUE(applyEvent(withDict, allocDict));
    EXPECT_FALSE(applyEvent(withDict, dictNoKey));
    Event removeMissingKey = mutate(3, MutateOp::Remove);
    removeMissingKey.key = {1};
    EXPECT_FALSE(applyEvent(withDict, removeMissingKey));
}

TEST(ApplyEvent, MutateOps) {
    ProgramState state;
    ASSERT_TRUE(applyEvent(state, allocList(1, {})));
    Event allocDict;
    allocDict.kind = EventKind::Allocate;
    allocDict.object = {2};
    allocDict.contents.type = "dict";
    ASSERT_TRUE(applyEvent(state, allocDict));
    Event allocInstance;
    allocInstance.kind = EventKind::Allocate;
    allocInstance.object = {3};
    allocInstance.contents.type = "instance";
    allocInstance.contents.className = "P";
    ASSERT_TRUE(applyEvent(state, allocInstance));

    Event insert = mutate(1, MutateOp::Insert);
    insert.value = {10};
    ASSERT_TRUE(applyEvent(state, insert));
    insert.value = {11};
    insert.index = 0;
    ASSERT_TRUE(applyEvent(state, insert));
    insert.value = {12};
    insert.index = 2;
    ASSERT_TRUE(applyEvent(state, insert));
    EXPECT_EQ(state.heap[ObjectId{1}].items,
              (std::vector<ObjectId>{ObjectId{11}, ObjectId{10}, ObjectId{12}}));
    Event set = mutate(1, MutateOp::SetItem);
    set.index = 1;
    set.value = {13};
    ASSERT_TRUE(applyEvent(state, set));
    Event remove = mutate(1, MutateOp::Remove);
    remove.index = 0;
    ASSERT_TRUE(applyEvent(state, remove));
    EXPECT_EQ(state.heap[ObjectId{1}].items, (std::vector<ObjectId>{ObjectId{13}, ObjectId{12}}));

    Event dset = mutate(2, MutateOp::SetItem);
    dset.key = {20};
    dset.value = {21};
    ASSERT_TRUE(applyEvent(state, dset));
    dset.key = {22};
    dset.value = {23};
    ASSERT_TRUE(applyEvent(state, dset));
    dset.key = {20};
    dset.value = {24};
    ASSERT_TRUE(applyEvent(state, dset));
    using Entries = std::vector<std::pair<ObjectId, ObjectId>>;
    EXPECT_EQ(state.heap[ObjectId{2}].entries,
              (Entries{{ObjectId{20}, ObjectId{24}}, {ObjectId{22}, ObjectId{23}}}));
    Event dremove = mutate(2, MutateOp::Remove);
    dremove.key = {20};
    ASSERT_TRUE(applyEvent(state, dremove));
    EXPECT_EQ(state.heap[ObjectId{2}].entries, (Entries{{ObjectId{22}, ObjectId{23}}}));

    Event attr = mutate(3, MutateOp::SetAttr);
    attr.name = "x";
    attr.value = {30};
    ASSERT_TRUE(applyEvent(state, attr));
    attr.name = "y";
    attr.value = {31};
    ASSERT_TRUE(applyEvent(state, attr));
    attr.name = "x";
    attr.value = {32};
    ASSERT_TRUE(applyEvent(state, attr));
    EXPECT_EQ(state.heap[ObjectId{3}].attrs,
              (std::vector<NamedRef>{{"x", ObjectId{32}}, {"y", ObjectId{31}}}));
    Event del = mutate(3, MutateOp::DelAttr);
    del.name = "x";
    ASSERT_TRUE(applyEvent(state, del));
    EXPECT_EQ(state.heap[ObjectId{3}].attrs, (std::vector<NamedRef>{{"y", ObjectId{31}}}));

    ASSERT_TRUE(applyEvent(state, mutate(1, MutateOp::Clear)));
    ASSERT_TRUE(applyEvent(state, mutate(2, MutateOp::Clear)));
    EXPECT_TRUE(state.heap[ObjectId{1}].items.empty());
    EXPECT_TRUE(state.heap[ObjectId{2}].entries.empty());

    Event replace = mutate(1, MutateOp::Replace);
    replace.contents.type = "list";
    replace.contents.items = {ObjectId{5}, ObjectId{4}};
    ASSERT_TRUE(applyEvent(state, replace));
    EXPECT_EQ(state.heap[ObjectId{1}], replace.contents);
}

TEST(ApplyEvent, FramesOutputAndStepInfo) {
    ProgramState state;
    ASSERT_TRUE(applyEvent(state, framePush(1, "<module>")));
    ASSERT_TRUE(applyEvent(state, framePush(2, "C", true)));
    EXPECT_TRUE(state.frames[1].isClassBody);
    applyStepInfo(state, line(4));
    EXPECT_EQ(state.frames[1].line, 4);
    EXPECT_EQ(state.frames[0].line, 0);
    applyStepInfo(state, StepInfo{StepKind::Return, 5, ObjectId{9}, std::nullopt, std::nullopt,
                                  std::nullopt, false});
    EXPECT_EQ(state.frames[1].returnValue, ObjectId{9});
    ProgramState returning = state;
    applyStepInfo(returning, line(6));
    EXPECT_FALSE(returning.frames[1].returnValue.has_value());
    ASSERT_TRUE(applyEvent(state, framePop(2, 9)));
    ASSERT_EQ(state.frames.size(), 1u);
    ASSERT_TRUE(applyEvent(state, output("a")));
    ASSERT_TRUE(applyEvent(state, output("b\n")));
    EXPECT_EQ(state.stdoutText, "ab\n");
    Event raise;
    raise.kind = EventKind::Raise;
    raise.text = "ValueError";
    ProgramState before = state;
    ASSERT_TRUE(applyEvent(state, raise));
    EXPECT_EQ(state, before);
    ASSERT_TRUE(applyEvent(state, unbind(1, "nothing")) == false);
}

TEST(ApplyEvent, GeneratorFramesPauseResumeAndGo) {
    ProgramState state;
    ASSERT_TRUE(applyEvent(state, framePush(1, "<module>")));
    ASSERT_TRUE(applyEvent(state, framePush(2, "gen")));
    ASSERT_TRUE(applyEvent(state, allocInt(5, "500")));
    ASSERT_TRUE(applyEvent(state, bind(2, "n", 5)));
    applyStepInfo(state, StepInfo{StepKind::Return, 3, ObjectId{5}, std::nullopt, std::nullopt,
                                  std::nullopt, false});
    Event pause = framePop(2, 5);
    pause.suspended = true;
    ASSERT_TRUE(applyEvent(state, pause));
    ASSERT_EQ(state.frames.size(), 1u);
    ASSERT_EQ(state.suspended.size(), 1u);
    EXPECT_EQ(state.suspended[0].id, FrameId{2});
    EXPECT_EQ(state.suspended[0].line, 3);
    EXPECT_FALSE(state.suspended[0].returnValue.has_value());
    ASSERT_EQ(state.suspended[0].vars.size(), 1u);
    // A new frame cannot take a suspended frame's id; resuming brings it back, vars and all.
    EXPECT_FALSE(applyEvent(state, framePush(2, "gen")));
    Event resume = framePush(2, "gen");
    resume.suspended = true;
    ASSERT_TRUE(applyEvent(state, resume));
    EXPECT_TRUE(state.suspended.empty());
    ASSERT_EQ(state.frames.size(), 2u);
    EXPECT_EQ(state.frames[1].vars, (std::vector<NamedRef>{{"n", ObjectId{5}}}));
    EXPECT_FALSE(applyEvent(state, resume)) << "only a suspended frame resumes";
    ASSERT_TRUE(applyEvent(state, pause));
    // The generator is gone: its paused frame is dropped.
    ASSERT_TRUE(applyEvent(state, framePop(2, 0)));
    EXPECT_TRUE(state.suspended.empty());
    EXPECT_EQ(state.frames.size(), 1u);
}

TEST(ApplyEvent, StepInfoMarksRaisingAndYieldOnTheInnermostFrame) {
    ProgramState state;
    ASSERT_TRUE(applyEvent(state, framePush(1, "<module>")));
    ASSERT_TRUE(applyEvent(state, framePush(2, "parse")));
    StepInfo raising{
        StepKind::Exception, 3,    std::nullopt, ExceptionInfo{"ValueError", "bad"}, std::nullopt,
        std::nullopt,        false};
    raising.raising = ObjectId{7};
    applyStepInfo(state, raising);
    EXPECT_EQ(state.frames[1].raising, ObjectId{7});
    EXPECT_FALSE(state.frames[0].raising.has_value());
    StepInfo yielding{StepKind::Return, 4,    ObjectId{8}, std::nullopt, std::nullopt,
                      std::nullopt,     false};
    yielding.yielded = true;
    applyStepInfo(state, yielding);
    EXPECT_FALSE(state.frames[1].raising.has_value());
    EXPECT_TRUE(state.frames[1].yielded);
    applyStepInfo(state, line(5));
    EXPECT_FALSE(state.frames[1].yielded);
}

} // namespace
} // namespace memstep::core
