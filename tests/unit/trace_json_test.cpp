// The JSON trace: a golden text for the seed program, escaping as json.dumps does, a richer
// trace that python3 itself parses back and checks, and the compact form's key steps.
#include "memstep/source_text.h"
#include "memstep/trace_json.h"

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>
#include <sstream>
#include <unistd.h>

namespace memstep::core {
namespace {

Event event(EventKind kind) {
    Event e;
    e.kind = kind;
    return e;
}

Event allocate(std::uint32_t id, std::string type, std::string value = "") {
    Event e = event(EventKind::Allocate);
    e.object = {id};
    e.contents.type = std::move(type);
    e.contents.value = std::move(value);
    return e;
}

Event bind(std::uint32_t frame, std::string name, std::uint32_t id, std::uint32_t from = 0) {
    Event e = event(from ? EventKind::Rebind : EventKind::Bind);
    e.frame = {frame};
    e.name = std::move(name);
    e.object = {id};
    e.from = {from};
    return e;
}

Event push(std::uint32_t frame, std::string function, bool classBody = false) {
    Event e = event(EventKind::FramePush);
    e.frame = {frame};
    e.function = std::move(function);
    e.isClassBody = classBody;
    return e;
}

StepInfo step(StepKind kind, int line, std::optional<ObjectId> value = std::nullopt) {
    return StepInfo{kind, line, value, std::nullopt, std::nullopt, std::nullopt, false};
}

RunResult seedRun() {
    TraceRecorder recorder("a = 10\nb = a\na += 1\n");
    recorder.addEvent(push(1, "<module>"));
    recorder.endStep(step(StepKind::Line, 1));
    recorder.addEvent(allocate(1, "int", "10"));
    recorder.addEvent(bind(1, "a", 1));
    recorder.endStep(step(StepKind::Line, 2));
    recorder.addEvent(bind(1, "b", 1));
    recorder.endStep(step(StepKind::Line, 3));
    recorder.addEvent(allocate(2, "int", "11"));
    recorder.addEvent(bind(1, "a", 2, 1));
    recorder.addEvent(allocate(3, "NoneType", "None"));
    recorder.endStep(step(StepKind::Return, 3, ObjectId{3}));
    RunResult result;
    result.trace = recorder.finish();
    result.steps = 4;
    return result;
}

TEST(TraceJson, SeedProgramGolden) {
    std::ostringstream out;
    writeTraceJson(out, seedRun());
    const std::string expected =
        R"({"format": "memstep-trace", "version": 1, "source": "a = 10\nb = a\na += 1\n", "steps": [
{"event": "line", "line": 1, "frames": [{"id": 1, "function": "<module>", "line": 1, "vars": []}], "heap": {}, "stdout": "", "events": [{"kind": "frame_push", "frame": 1, "function": "<module>"}]},
{"event": "line", "line": 2, "frames": [{"id": 1, "function": "<module>", "line": 2, "vars": [["a", "o1"]]}], "heap": {"o1": {"type": "int", "value": "10"}}, "stdout": "", "events": [{"kind": "allocate", "object": "o1", "type": "int", "value": "10"}, {"kind": "bind", "frame": 1, "name": "a", "object": "o1"}]},
{"event": "line", "line": 3, "frames": [{"id": 1, "function": "<module>", "line": 3, "vars": [["a", "o1"], ["b", "o1"]]}], "heap": {"o1": {"type": "int", "value": "10"}}, "stdout": "", "events": [{"kind": "bind", "frame": 1, "name": "b", "object": "o1"}]},
{"event": "return", "line": 3, "frames": [{"id": 1, "function": "<module>", "line": 3, "vars": [["a", "o2"], ["b", "o1"]], "return": "o3"}], "heap": {"o1": {"type": "int", "value": "10"}, "o2": {"type": "int", "value": "11"}, "o3": {"type": "NoneType", "value": "None"}}, "stdout": "", "events": [{"kind": "allocate", "object": "o2", "type": "int", "value": "11"}, {"kind": "rebind", "frame": 1, "name": "a", "from": "o1", "to": "o2"}, {"kind": "allocate", "object": "o3", "type": "NoneType", "value": "None"}]}
], "stdout": "", "error": null}
)";
    EXPECT_EQ(out.str(), expected);
}

TEST(TraceJson, EmptyRunWithSyntaxError) {
    RunResult result;
    result.error = Diagnostic{"SyntaxError", "invalid syntax", 2, 5, ""};
    std::ostringstream out;
    writeTraceJson(out, result, "x = (\n");
    EXPECT_EQ(out.str(),
              "{\"format\": \"memstep-trace\", \"version\": 1, \"source\": \"x = (\\n\", "
              "\"steps\": [], \"stdout\": \"\", \"error\": {\"type\": \"SyntaxError\", "
              "\"message\": \"invalid syntax\", \"line\": 2}}\n");
}

TEST(TraceJson, QuotesLikeJsonDumps) {
    EXPECT_EQ(jsonQuote("plain"), "\"plain\"");
    EXPECT_EQ(jsonQuote("a\"b\\c"), "\"a\\\"b\\\\c\"");
    EXPECT_EQ(jsonQuote("\n\r\t\b\f"), "\"\\n\\r\\t\\b\\f\"");
    EXPECT_EQ(jsonQuote(std::string("\x01\x1f\x7f", 3)), "\"\\u0001\\u001f\x7f\"");
    EXPECT_EQ(jsonQuote(std::string("\0", 1)), "\"\\u0000\"");
    EXPECT_EQ(jsonQuote("é \xe2\x80\xa8 \xf0\x9f\x98\x80"), "\"é \xe2\x80\xa8 \xf0\x9f\x98\x80\"");
    // Not UTF-8: replaced so that the document stays valid.
    EXPECT_EQ(jsonQuote("a\xff"
                        "b"),
              "\"a\xef\xbf\xbd"
              "b\"");
    EXPECT_EQ(jsonQuote("\xe2\x82"), "\"\xef\xbf\xbd\"");
}

// Runs python3 on `script` with the JSON file as argv[1]; returns what it printed.
std::string python(const std::string& script, const std::filesystem::path& json) {
    const auto scriptPath = std::filesystem::temp_directory_path() /
                            ("memstep_trace_json_test_" + std::to_string(::getpid()) + ".py");
    std::ofstream(scriptPath) << script;
    const std::string command = "python3 " + scriptPath.string() + " " + json.string() + " 2>&1";
    std::string output;
    if (FILE* pipe = ::popen(command.c_str(), "r")) {
        char buffer[4096];
        std::size_t n;
        while ((n = std::fread(buffer, 1, sizeof buffer, pipe)) > 0) {
            output.append(buffer, n);
        }
        ::pclose(pipe);
    }
    std::filesystem::remove(scriptPath);
    return output;
}

RunResult richRun() {
    TraceRecorder recorder("rich");
    recorder.addEvent(push(1, "<module>"));
    recorder.endStep(step(StepKind::Line, 1));
    recorder.addEvent(allocate(1, "list"));
    recorder.addEvent(allocate(2, "str", "tab\there \"q\" \\ é\x01"));
    Event append = event(EventKind::Mutate);
    append.object = {1};
    append.op = MutateOp::Insert;
    append.value = {2};
    recorder.addEvent(append);
    recorder.addEvent(allocate(3, "dict"));
    Event setItem = event(EventKind::Mutate);
    setItem.object = {3};
    setItem.key = {2};
    setItem.value = {1};
    recorder.addEvent(setItem);
    recorder.addEvent(bind(1, "d", 3));
    Event out = event(EventKind::Output);
    out.text = "line one\n";
    recorder.addEvent(out);
    recorder.endStep(step(StepKind::Line, 2));
    recorder.addEvent(push(2, "C", true));
    recorder.addEvent(allocate(4, "function"));
    recorder.addEvent(bind(2, "m", 4));
    recorder.endStep(step(StepKind::Call, 2));
    Event raise = event(EventKind::Raise);
    raise.text = "KeyError";
    raise.message = "'x'";
    recorder.addEvent(raise);
    StepInfo exception = step(StepKind::Exception, 3);
    exception.exception = ExceptionInfo{"KeyError", "'x'"};
    recorder.endStep(exception);
    Event replace = event(EventKind::Mutate);
    replace.object = {1};
    replace.op = MutateOp::Replace;
    replace.contents.type = "list";
    replace.contents.items = {ObjectId{2}, ObjectId{2}};
    recorder.addEvent(replace);
    recorder.endStep(step(StepKind::Line, 4));
    RunResult result;
    result.trace = recorder.finish();
    result.stdoutText = "line one\n";
    result.error = Diagnostic{"KeyError", "'x'", 3, 0, ""};
    return result;
}

TEST(TraceJson, PythonParsesARichTrace) {
    const auto path = std::filesystem::temp_directory_path() /
                      ("memstep_trace_json_test_" + std::to_string(::getpid()) + ".json");
    {
        std::ofstream file(path, std::ios::binary);
        writeTraceJson(file, richRun());
    }
    const std::string script = R"(
import json, sys
t = json.load(open(sys.argv[1], encoding="utf-8"))
s = t["steps"]
print(len(s), t["error"]["type"], t["error"]["line"], repr(t["stdout"]))
print(repr(s[1]["heap"]["o2"]["value"]), s[1]["heap"]["o1"]["items"], s[1]["heap"]["o3"]["entries"])
print(s[1]["events"][2], s[1]["stdout"] == "line one\n")
print(s[2]["frames"][1]["kind"], s[2]["events"][0].get("is_class_body"), s[2]["heap"]["o4"])
print(s[3]["event"], s[3]["exception"], s[3]["events"][0])
print(s[4]["heap"]["o1"], s[4]["events"][0]["op"], s[4]["events"][0]["contents"])
)";
    const std::string output = python(script, path);
    std::filesystem::remove(path);
    EXPECT_EQ(output,
              "5 KeyError 3 'line one\\n'\n"
              "'tab\\there \"q\" \\\\ é\\x01' ['o2'] [['o2', 'o1']]\n"
              "{'kind': 'mutate', 'object': 'o1', 'op': 'insert', 'index': 0, 'value': 'o2'} "
              "True\n"
              "class True {'type': 'function', 'name': '', 'params': [], 'defaults': [], "
              "'closure': []}\n"
              "exception {'type': 'KeyError', 'message': \"'x'\"} "
              "{'kind': 'raise', 'type': 'KeyError', 'message': \"'x'\"}\n"
              "{'type': 'list', 'items': ['o2', 'o2']} replace {'type': 'list', 'items': "
              "['o2', 'o2']}\n");
}

// Three objects at step 1, then single events: steps 2-4 fit within the key step's three
// objects, so only steps 0 and 1 are key steps; 2 is an exception step, 4 a return step.
RunResult compactRun() {
    TraceRecorder recorder("a = 1\nb = 2\nprint('hi')\n");
    recorder.addEvent(push(1, "<module>"));
    recorder.endStep(step(StepKind::Line, 1));
    recorder.addEvent(allocate(1, "int", "1"));
    recorder.addEvent(allocate(2, "int", "2"));
    recorder.addEvent(allocate(3, "NoneType", "None"));
    recorder.addEvent(bind(1, "a", 1));
    recorder.endStep(step(StepKind::Line, 2));
    Event raise = event(EventKind::Raise);
    raise.text = "ValueError";
    raise.message = "bad";
    recorder.addEvent(raise);
    recorder.endStep(StepInfo{StepKind::Exception, 2, std::nullopt,
                              ExceptionInfo{"ValueError", "bad"}, std::nullopt, std::nullopt,
                              false});
    recorder.addEvent(bind(1, "b", 2));
    recorder.endStep(step(StepKind::Line, 3));
    Event output = event(EventKind::Output);
    output.text = "hi\n";
    recorder.addEvent(output);
    recorder.endStep(step(StepKind::Return, 3, ObjectId{3}));
    RunResult result;
    result.trace = recorder.finish();
    result.stdoutText = "hi\n";
    result.steps = 5;
    return result;
}

TEST(TraceJson, CompactFormGolden) {
    std::ostringstream out;
    const RunResult result = compactRun();
    JsonOptions options;
    options.compact = true;
    writeTraceJson(out, result, result.trace.source(), options);
    const std::string expected =
        R"({"format": "memstep-trace", "version": 1, "compact": true, "source": "a = 1\nb = 2\nprint('hi')\n", "steps": [
{"event": "line", "line": 1, "key": true, "frames": [{"id": 1, "function": "<module>", "line": 1, "vars": []}], "heap": {}, "stdout": "", "events": [{"kind": "frame_push", "frame": 1, "function": "<module>"}]},
{"event": "line", "line": 2, "key": true, "frames": [{"id": 1, "function": "<module>", "line": 2, "vars": [["a", "o1"]]}], "heap": {"o1": {"type": "int", "value": "1"}, "o2": {"type": "int", "value": "2"}, "o3": {"type": "NoneType", "value": "None"}}, "stdout": "", "events": [{"kind": "allocate", "object": "o1", "type": "int", "value": "1"}, {"kind": "allocate", "object": "o2", "type": "int", "value": "2"}, {"kind": "allocate", "object": "o3", "type": "NoneType", "value": "None"}, {"kind": "bind", "frame": 1, "name": "a", "object": "o1"}]},
{"event": "exception", "line": 2, "exception": {"type": "ValueError", "message": "bad"}, "events": [{"kind": "raise", "type": "ValueError", "message": "bad"}]},
{"event": "line", "line": 3, "events": [{"kind": "bind", "frame": 1, "name": "b", "object": "o2"}]},
{"event": "return", "line": 3, "return": "o3", "events": [{"kind": "output", "text": "hi\n"}]}
], "stdout": "hi\n", "error": null}
)";
    EXPECT_EQ(out.str(), expected);
}

// A class's bases are a list of names after its name, in both forms; a class without bases
// (a lone `object`) has no "bases" key at all, as before the field existed.
TEST(TraceJson, ClassBasesOnlyWhenThereAreAny) {
    TraceRecorder recorder("class A: pass\nclass B(A): pass\n");
    recorder.addEvent(push(1, "<module>"));
    Event a = allocate(1, "class");
    a.contents.name = "A";
    recorder.addEvent(a);
    recorder.addEvent(bind(1, "A", 1));
    Event b = allocate(2, "class");
    b.contents.name = "B";
    b.contents.bases = {"A", "Exception"};
    recorder.addEvent(b);
    recorder.addEvent(bind(1, "B", 2));
    recorder.endStep(step(StepKind::Line, 2));
    RunResult result;
    result.trace = recorder.finish();
    result.steps = 1;
    for (const bool compact : {false, true}) {
        std::ostringstream out;
        JsonOptions options;
        options.compact = compact;
        writeTraceJson(out, result, result.trace.source(), options);
        const std::string json = out.str();
        EXPECT_NE(
            json.find(
                R"("o2": {"type": "class", "name": "B", "bases": ["A", "Exception"], "attrs": []})"),
            std::string::npos)
            << json;
        EXPECT_NE(json.find(R"("o1": {"type": "class", "name": "A", "attrs": []})"),
                  std::string::npos)
            << json;
        EXPECT_NE(
            json.find(
                R"({"kind": "allocate", "object": "o2", "type": "class", "name": "B", "bases": ["A", "Exception"], "attrs": []})"),
            std::string::npos)
            << json;
    }
}

// A heap of 100 objects and then one rebind a step: a key step every 101 steps, so the compact
// form is a small fraction of the full one, which repeats the 100 objects at every step.
TEST(TraceJson, CompactKeyStepsFollowTheEvents) {
    constexpr int kObjects = 100;
    constexpr int kSteps = 1000;
    TraceRecorder recorder("");
    recorder.addEvent(push(1, "<module>"));
    Event list = allocate(1, "list");
    for (std::uint32_t id = 2; id < 2 + kObjects - 1; ++id) {
        recorder.addEvent(allocate(id, "int", std::to_string(1000 + id)));
        list.contents.items.push_back(ObjectId{id});
    }
    recorder.addEvent(list);
    recorder.addEvent(bind(1, "items", 1));
    recorder.addEvent(bind(1, "x", 2));
    recorder.endStep(step(StepKind::Line, 1));
    for (int i = 1; i < kSteps; ++i) {
        const auto from = static_cast<std::uint32_t>(2 + (i - 1) % (kObjects - 1));
        const auto to = static_cast<std::uint32_t>(2 + i % (kObjects - 1));
        recorder.addEvent(bind(1, "x", to, from));
        recorder.endStep(step(StepKind::Line, 2));
    }
    ASSERT_EQ(recorder.rejectedEvents(), 0u) << recorder.lastRejection();
    RunResult result;
    result.trace = recorder.finish();
    std::ostringstream full;
    std::ostringstream compact;
    writeTraceJson(full, result, "", JsonOptions{});
    writeTraceJson(compact, result, "", JsonOptions{0, true});
    const std::string text = compact.str();
    std::size_t keys = 0;
    for (auto at = text.find("\"key\": true"); at != std::string::npos;
         at = text.find("\"key\": true", at + 1)) {
        ++keys;
    }
    EXPECT_EQ(keys, 1u + (kSteps - 1) / (kObjects + 1));
    EXPECT_LT(text.size() * 10, full.str().size()) << text.size() << " vs " << full.str().size();
}

TEST(SourceText, StripsBomAndAcceptsUtf8) {
    SourceText plain = decodeSource("x = 'é'\r\n", "x.py");
    EXPECT_FALSE(plain.error);
    EXPECT_EQ(plain.text, "x = 'é'\r\n");
    SourceText bom = decodeSource("\xef\xbb\xbfprint(1)\n", "x.py");
    EXPECT_FALSE(bom.error);
    EXPECT_EQ(bom.text, "print(1)\n");
}

// The messages are the ones python3's compile() gives for these bytes.
TEST(SourceText, RefusesInvalidUtf8LikeCPython) {
    struct Case {
        std::string bytes;
        std::string message;
        int line;
    };
    const std::vector<Case> cases{
        {"\xff\n", "byte 0xff in position 0: invalid start byte", 1},
        {"x = 1\n\xff\n", "byte 0xff in position 0: invalid start byte", 2},
        {"x = \"\xc3\"\n", "byte 0xc3 in position 0: unexpected end of data", 1},
        {"x = 1\ny = \"ab\xe2\x82\"\n", "bytes in position 2-3: unexpected end of data", 2},
        {"x = 1\n\xed\xa0\x80\n", "byte 0xed in position 0: invalid continuation byte", 2},
        {"x=1\n\xf4\x90\x80\x80\n", "byte 0xf4 in position 0: invalid continuation byte", 2},
        {"\x80"
         "abc",
         "byte 0x80 in position 0: invalid start byte", 1},
    };
    for (const Case& c : cases) {
        SourceText source = decodeSource(c.bytes, "p.py");
        ASSERT_TRUE(source.error) << c.message;
        EXPECT_EQ(source.error->type, "SyntaxError");
        EXPECT_EQ(source.error->message, "(unicode error) 'utf-8' codec can't decode " + c.message);
        EXPECT_EQ(source.error->line, c.line) << c.message;
    }
    SourceText bad = decodeSource("x = 1\n\xff\n", "p.py");
    EXPECT_EQ(bad.error->traceback,
              "SyntaxError: Non-UTF-8 code starting with '\\xff' in file p.py on line 2, but no "
              "encoding declared; see https://peps.python.org/pep-0263/ for details\n");
}

} // namespace
} // namespace memstep::core
