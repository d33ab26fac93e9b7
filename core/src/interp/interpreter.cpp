// Interpreter set-up, the run loop and steps (names: names.cpp; statements: exec.cpp).
#include "interp/interpreter.h"

#include "interp/errors/traceback_marks.h"
#include "interp/generators/coroutine.h"
#include "interp/generators/generator.h"
#include "interp/stand_ins.h"
#include "interp/tracing/tracer.h"
#include "numeric/float_format.h"

#include <algorithm>
#include <cstring>
#include <exception>
#include <pthread.h>
#include <sys/mman.h>

namespace memstep::core::interp {

using namespace syntax;

namespace {

// Nested eval() calls allowed before RecursionError, so that pathological expressions can
// not exhaust the C++ stack (a Python call costs a handful of eval levels).
constexpr int kMaxNativeDepth = 12000;
// How often onProgress is called.
constexpr std::uint64_t kProgressInterval = 4096;

bool isDunder(const std::string& n) {
    return n.size() > 4 && n[0] == '_' && n[1] == '_' && n[n.size() - 1] == '_' &&
           n[n.size() - 2] == '_';
}

std::string withThousands(std::uint64_t n) {
    std::string digits = std::to_string(n);
    std::string out;
    int count = 0;
    for (auto it = digits.rbegin(); it != digits.rend(); ++it) {
        if (count > 0 && count % 3 == 0)
            out.push_back(',');
        out.push_back(*it);
        ++count;
    }
    std::reverse(out.begin(), out.end());
    return out;
}

// "1 second", "2.5 seconds".
std::string secondsText(double seconds) {
    std::string number = numeric::floatStr(seconds);
    if (number.size() > 2 && number.compare(number.size() - 2, 2, ".0") == 0)
        number.resize(number.size() - 2);
    return number + (number == "1" ? " second" : " seconds");
}

std::string timeLimitMessage(double seconds) {
    return "stopped after " + secondsText(seconds) + " - the program may be in an infinite loop";
}

} // namespace

Interpreter::Interpreter(const RunOptions& options, std::string_view source,
                         TraceRecorder* recorder, const ModuleLibrary* modules)
    : m_options(options), m_source(source),
      m_heap(std::make_unique<rt::Heap>(options.limits.maxHeapBytes)),
      m_deadline(options.limits.maxSeconds), m_recursionLimit(options.limits.maxRecursionDepth),
      m_library(modules), m_stackPool(std::make_shared<StackPool>()) {
    std::size_t start = 0;
    while (start <= m_source.size()) {
        std::size_t end = m_source.find('\n', start);
        if (end == std::string::npos)
            end = m_source.size();
        std::string line = m_source.substr(start, end - start);
        if (!line.empty() && line.back() == '\r')
            line.pop_back();
        m_lines.push_back(std::move(line));
        start = end + 1;
    }
    if (recorder && options.record)
        m_tracer = std::make_unique<Tracer>(*this, *recorder);
    setupTypes();
    registerBuiltins();
    setupModuleBuiltins();
    setupClasses();
}

Interpreter::~Interpreter() {
    // Unwind every generator still suspended while the interpreter can still run its code.
    while (!m_generators.empty()) {
        GeneratorState* g = m_generators.back();
        closeGenerator(*g);
        if (!m_generators.empty() && m_generators.back() == g)
            m_generators.pop_back();
    }
    m_exception = nullptr;
    m_globals.clear();
    m_globalsDict = nullptr;
    m_tracer.reset();
    constants.clear();
    setDisplayConstants.clear();
    percentAsFString.clear();
    constantPool.clear();
    classNames.clear();
    annotationConstants.clear();
    mainName = nullptr;
    moduleDoc = nullptr;
    m_builtinsModule = nullptr;
    m_futureFeatures.clear();
    m_builtinBySlot.clear();
    m_builtins.clear();
    m_methods.clear();
    m_keepAlive.clear();
}

std::uint32_t Interpreter::ensureId(Object* o) {
    if (o->id == 0)
        o->id = ++m_nextId;
    return o->id;
}

int Interpreter::globalSlot(const std::string& name) {
    auto [it, isNew] = m_globalIndex.emplace(name, static_cast<int>(m_globalNames.size()));
    if (isNew) {
        m_globalNames.push_back(name);
        m_globals.emplace_back();
        m_globalBoundAt.push_back(0);
        m_globalHidden.push_back(m_outsideGlobals || isDunder(name));
    }
    return it->second;
}

rt::TypeObject* Interpreter::addType(const std::string& name, rt::Tag tag, rt::NativeFn ctor,
                                     rt::TypeObject* base, bool exc) {
    auto* t = m_heap->make<rt::TypeObject>();
    t->name = name;
    t->instanceTag = tag;
    t->construct = ctor;
    t->base = base;
    t->isException = exc;
    m_keepAlive.push_back(ObjRef(t));
    return t;
}

rt::TypeObject* Interpreter::lazyType(const std::string& name,
                                      rt::TypeObject* (*make)(Interpreter&)) {
    rt::TypeObject*& type = m_iteratorTypes[name]; // a map's references survive its growth
    return type ? type : (type = make(*this));
}

rt::TypeObject* Interpreter::exceptionType(std::string_view name) {
    auto it = m_exceptionTypes.find(std::string(name));
    if (it != m_exceptionTypes.end())
        return it->second;
    auto* t = addType(std::string(name), rt::Tag::Exception, nullptr, m_exceptionTypes["Exception"],
                      true);
    m_exceptionTypes[std::string(name)] = t;
    return t;
}

rt::TypeObject* Interpreter::typeOf(const Object* o) {
    if (o->tag == rt::Tag::Type && static_cast<const rt::TypeObject*>(o)->metaclass)
        return static_cast<const rt::TypeObject*>(o)->metaclass;
    if (const rt::SubclassPart* part = rt::subclassPart(o))
        return part->cls;
    if (o->tag == rt::Tag::Exception)
        return static_cast<const rt::ExceptionObject*>(o)->type;
    if (o->tag == rt::Tag::Instance)
        return static_cast<const rt::InstanceObject*>(o)->cls;
    if (o->tag == rt::Tag::Iterator) {
        auto* it = static_cast<const rt::IteratorObject*>(o);
        if (it->nativeType)
            return it->nativeType;
        // Each kind has its own type, as in CPython: type(iter([])) is list_iterator.
        rt::TypeObject*& t = m_iteratorTypes[it->typeName];
        if (!t)
            t = addType(it->typeName, rt::Tag::Iterator, nullptr);
        return t;
    }
    if (o->tag == rt::Tag::Descriptor)
        return m_descriptorTypes[static_cast<std::size_t>(
            static_cast<const rt::DescriptorObject*>(o)->kind)];
    if (rt::TypeObject* t = libraryType(o))
        return t;
    if (o->tag == rt::Tag::Builtin &&
        isPythonFunctionStandIn(static_cast<const rt::BuiltinObject*>(o)))
        return m_types[static_cast<std::size_t>(rt::Tag::Function)];
    if (o->tag == rt::Tag::Builtin)
        if (auto kind = static_cast<const rt::BuiltinObject*>(o)->kind;
            kind != rt::BuiltinKind::Function) {
            rt::TypeObject*& t = m_builtinKindTypes[static_cast<std::size_t>(kind)];
            if (!t)
                t = addType(typeName(o), rt::Tag::Builtin, nullptr);
            return t;
        }
    return m_types[static_cast<std::size_t>(o->tag)];
}

const char* Interpreter::typeName(const Object* o) {
    if (const rt::SubclassPart* part = rt::subclassPart(o))
        return part->cls->name.c_str();
    switch (o->tag) {
    case rt::Tag::Exception:
        return static_cast<const rt::ExceptionObject*>(o)->type->name.c_str();
    case rt::Tag::Iterator:
        return static_cast<const rt::IteratorObject*>(o)->typeName.c_str();
    case rt::Tag::Instance:
    case rt::Tag::Descriptor:
    case rt::Tag::Dict:
    case rt::Tag::Tuple:
        return typeOf(o)->name.c_str();
    case rt::Tag::DictView:
        switch (static_cast<const rt::DictViewObject*>(o)->kind) {
        case rt::DictViewObject::Kind::Keys:
            return "dict_keys";
        case rt::DictViewObject::Kind::Values:
            return "dict_values";
        case rt::DictViewObject::Kind::Items:
            return "dict_items";
        }
        return "dict_keys";
    case rt::Tag::Builtin:
        if (isPythonFunctionStandIn(static_cast<const rt::BuiltinObject*>(o)))
            return "function";
        switch (static_cast<const rt::BuiltinObject*>(o)->kind) {
        case rt::BuiltinKind::MethodDescriptor:
            return "method_descriptor";
        case rt::BuiltinKind::WrapperDescriptor:
            return "wrapper_descriptor";
        case rt::BuiltinKind::MethodWrapper:
            return "method-wrapper";
        case rt::BuiltinKind::Function:
            break;
        }
        return m_types[static_cast<std::size_t>(o->tag)]->name.c_str();
    default:
        return m_types[static_cast<std::size_t>(o->tag)]->name.c_str();
    }
}

ObjRef Interpreter::raise(const char* type, std::string message) {
    const std::string_view kind = type;
    if (kind == kMemoryLimit) {
        abort(kMemoryLimit, std::move(message));
        return nullptr;
    }
    if (kind == numeric::kStoppedError) {
        // The WorkPoll that said stop (pollStop) has aborted the run already.
        if (!m_abort)
            abort(kCancelled, "the run was cancelled");
        return nullptr;
    }
    auto* e = m_heap->make<rt::ExceptionObject>();
    e->type = exceptionType(type);
    if (!message.empty())
        e->args.push_back(newStr(message)); // ValueError("...").args
    e->message = std::move(message);
    return raiseObject(ObjRef(e));
}

namespace {

// The line a refusal points at: the innermost frame's, but text given to exec or eval has no
// line in the editor, so the line of the program that ran it.
int refusalLine(const std::vector<Frame*>& frames) {
    for (auto it = frames.rbegin(); it != frames.rend(); ++it)
        if (!(*it)->text)
            return (*it)->line;
    return 0;
}

} // namespace

void Interpreter::abort(std::string type, std::string message) {
    // The line where it stopped, before the frames unwind (a refusal inside a call must
    // point at the callee's line, not at the module's).
    if (!m_abort)
        m_abort = Abort{std::move(type), std::move(message), refusalLine(m_frames)};
    if (!m_exception) {
        auto* e = m_heap->make<rt::ExceptionObject>();
        e->type = exceptionType("BaseException");
        m_exception = ObjRef(e);
    }
}

ObjRef Interpreter::memoryLimit() {
    abort(kMemoryLimit, "the program's objects needed more than the memory limit of " +
                            withThousands(m_options.limits.maxHeapBytes >> 20) +
                            " MB - raise the limit in Settings");
    return nullptr;
}

std::uint64_t Interpreter::intBitBudget() const {
    return std::min(m_heap->room(), numeric::kMaxResultBits / 8) * 8;
}

ObjRef Interpreter::abortUnsupported(const std::string& what) {
    int line = refusalLine(m_frames);
    abort(kUnsupported, what + " (line " + std::to_string(line) + ")");
    return nullptr;
}

bool Interpreter::recursionTooDeep() {
    const bool stackLow =
        m_stackFloor && static_cast<const char*>(__builtin_frame_address(0)) < m_stackFloor;
    if (m_depth < m_recursionLimit && m_depth < kMaxRecursionLimit && !stackLow)
        return false;
    if (m_depth >= m_recursionLimit || stackLow)
        raise("RecursionError", "maximum recursion depth exceeded");
    else
        recursionPastCap();
    return true;
}

ObjRef Interpreter::recursionPastCap() {
    return abortUnsupported("recursion " + std::to_string(m_depth) +
                            " calls deep: memstep goes no deeper, whatever "
                            "sys.setrecursionlimit says");
}

void Interpreter::write(std::string_view text) {
    if (m_capture) {
        m_capture->append(text);
        return;
    }
    if (m_outputTruncated)
        return;
    std::size_t limit = m_options.limits.maxOutputBytes;
    if (m_output.size() + text.size() > limit) {
        text = text.substr(0, limit - std::min(limit, m_output.size()));
        m_outputTruncated = true;
    }
    m_output.append(text);
    if (m_options.onOutput)
        m_options.onOutput(text);
    if (m_tracer)
        m_tracer->output(text);
    if (m_outputTruncated) {
        std::string note = "\n[output limit reached: the rest of the output was dropped]\n";
        m_output.append(note);
        if (m_options.onOutput)
            m_options.onOutput(note);
        if (m_tracer)
            m_tracer->output(note);
    }
}

std::optional<std::string> Interpreter::readLine(std::string_view prompt, bool* eof) {
    *eof = false;
    if (!prompt.empty())
        write(prompt);
    std::optional<std::string> line;
    if (m_options.readInput)
        line = m_options.readInput(prompt);
    if (!line)
        *eof = true;
    return line;
}

bool Interpreter::step(Frame& f, StepKind kind, int line, Object* returnValue) {
    if (m_abort)
        return false;
    if (m_quiet > 0)
        return true;
    if (m_steps >= m_options.limits.maxSteps) {
        abort(kStepLimit, "stopped after " + withThousands(m_options.limits.maxSteps) +
                              " steps - the program may be in an infinite loop");
        return false;
    }
    if (m_deadline.passed(m_steps)) {
        abort(kTimeLimit, timeLimitMessage(m_options.limits.maxSeconds));
        return false;
    }
    if (m_options.cancel && m_options.cancel->load(std::memory_order_relaxed)) {
        abort(kCancelled, "the run was cancelled");
        return false;
    }
    ++m_steps;
    if (m_options.onProgress && m_steps % kProgressInterval == 0)
        m_options.onProgress(m_steps);
    if (f.localsDict) // CPython's debugger calls PyFrame_FastToLocals before each event
        refreshFrameLocals(f);
    if (m_tracer) {
        StepInfo info;
        info.kind = kind;
        info.line = line;
        if (kind == StepKind::Exception && m_exception) {
            auto* e = static_cast<rt::ExceptionObject*>(m_exception.get());
            info.exception = ExceptionInfo{e->type->name, e->message};
        }
        info.yielded = kind == StepKind::Return && m_yieldStep;
        // What CPython holds at this step: the exception in flight at an `exception` event and
        // at the `return` of a frame it unwinds; otherwise sys.exc_info(), which on the line of
        // the `except` clause about to catch it is already that exception.
        Object* raising = nullptr;
        Object* handling = m_handling.empty() ? nullptr : m_handling.back().get();
        if (m_exception && (kind == StepKind::Exception || kind == StepKind::Return))
            raising = m_exception.get();
        else if (m_exception && kind == StepKind::Line)
            handling = m_exception.get();
        m_tracer->endStep(info, returnValue, raising, handling);
    }
    return true;
}

bool Interpreter::pollStopNow() {
    m_nativeWork = 0;
    if (m_abort)
        return true;
    if (m_options.cancel && m_options.cancel->load(std::memory_order_relaxed)) {
        abort(kCancelled, "the run was cancelled");
        return true;
    }
    if (m_deadline.passedNow()) {
        abort(kTimeLimit, timeLimitMessage(m_options.limits.maxSeconds));
        return true;
    }
    return false;
}

bool Interpreter::markNewLine(Frame& f, int line) {
    f.line = line;
    if (m_heap->overLimit()) {
        memoryLimit();
        return false;
    }
    return step(f, StepKind::Line, line);
}

void Interpreter::reportException(Frame& f) {
    if (f.traced != &f) // a comprehension's frame: comprehensionEntry reports it
        return;
    const syntax::Location* at = f.failedAt;
    const syntax::Expr* atExpr = f.failedExpr;
    f.failedAt = f.failedExpr = nullptr;
    if (m_abort || !m_exception || f.exceptionReported)
        return;
    f.exceptionReported = true;
    auto* e = static_cast<rt::ExceptionObject*>(m_exception.get());
    e->traceback.push_back(tracebackEntry(f.code->name, f.line, at ? at : f.stmt, atExpr));
    if (m_tracer && m_raisePending)
        m_tracer->raise(e->type->name, e->message, e);
    m_raisePending = false;
    step(f, StepKind::Exception, f.line);
}

// What python3 prints for an uncaught SystemExit: no traceback, only its code when that is
// neither None nor an int (`sys.exit("bye")` prints bye; the process exit status is 1).
std::string Interpreter::systemExitText(rt::ExceptionObject* e) {
    if (e->args.empty())
        return "";
    ObjRef code = e->args.size() == 1 ? e->args[0] : m_heap->newTuple(e->args);
    if (code->tag == rt::Tag::None || code->tag == rt::Tag::Int || code->tag == rt::Tag::Bool)
        return "";
    std::optional<std::string> text = str(code.get());
    clearException();
    return text ? *text + "\n" : "";
}

Diagnostic Interpreter::makeDiagnostic() {
    Diagnostic d;
    if (m_abort) {
        d.type = m_abort->type;
        d.message = m_abort->message;
        d.line = m_abort->line;
        d.traceback = d.type + ": " + d.message + "\n";
        return d;
    }
    auto* e = static_cast<rt::ExceptionObject*>(m_exception.get());
    d.type = e->type->name;
    d.message = e->message;
    d.line = 0; // the innermost line of the program's own file
    for (const auto& w : e->traceback)
        if (w.file.empty()) {
            d.line = w.line;
            break;
        }
    if (isSubtype(e->type, exceptionType("SystemExit"))) {
        d.traceback = systemExitText(e);
        return d;
    }
    d.traceback = tracebackText(e, false);
    if (std::string printed = tracebackText(e, true); printed != d.traceback)
        d.printed = std::move(printed);
    return d;
}

namespace {

// The whole program runs on a thread with a native stack of its own, reserved (not committed)
// and touched only as deep as the program goes. The caller's stack (8 MB on the main thread,
// what the platform gives a QThread) is not ours to size, and a sanitizer build's frames are
// many times larger than a release build's: with a stack of our own, CPython's recursion
// limit is reached before the native stack runs out in every build, and m_stackFloor turns
// running out into a RecursionError rather than a crash if it ever does. A thread rather than
// a coroutine, because AddressSanitizer supports threads fully and swapcontext only in part.
constexpr std::size_t kProgramStackBytes = std::size_t(512) << 20;
constexpr std::size_t kGuardBytes = 64u << 10; // faults at once when the stack runs out

struct ProgramRun {
    Interpreter* interpreter;
    const Module* module;
    std::optional<Diagnostic> error;
    std::exception_ptr thrown; // rethrown on the caller's thread
};

void* runProgramThread(void* argument) {
    auto* job = static_cast<ProgramRun*>(argument);
    try {
        job->error = job->interpreter->runOnThisStack(*job->module);
    } catch (...) {
        job->thrown = std::current_exception();
    }
    return nullptr;
}

} // namespace

std::optional<Diagnostic> Interpreter::run(const Module& module) {
    void* memory = mmap(nullptr, kProgramStackBytes + kGuardBytes, PROT_READ | PROT_WRITE,
                        MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE | MAP_STACK, -1, 0);
    if (memory == MAP_FAILED)
        return runOnThisStack(module); // no address space to spare: run here
    mprotect(memory, kGuardBytes, PROT_NONE);
    char* low = static_cast<char*>(memory) + kGuardBytes;
    ProgramRun job{this, &module, {}, nullptr};
    pthread_attr_t attributes;
    pthread_attr_init(&attributes);
    pthread_attr_setstack(&attributes, low, kProgramStackBytes);
    pthread_t thread;
    m_stackFloor = low + kStackMarginBytes;
    const bool started = pthread_create(&thread, &attributes, &runProgramThread, &job) == 0;
    pthread_attr_destroy(&attributes);
    if (started)
        pthread_join(thread, nullptr);
    m_stackFloor = nullptr;
    munmap(memory, kProgramStackBytes + kGuardBytes);
    if (!started)
        return runOnThisStack(module);
    if (job.thrown)
        std::rethrow_exception(job.thrown);
    return job.error;
}

std::optional<Diagnostic> Interpreter::runOnThisStack(const Module& module) {

    const CodeInfo* code = codes.empty() ? nullptr : codes.front().get();
    m_moduleCode = code;
    Frame f;
    f.id = FrameId{++m_nextFrame};
    f.code = code;
    f.traced = &f;
    m_frames.push_back(&f);
    m_depth = 1;
    if (m_tracer)
        m_tracer->framePush(f);
    bindModuleNames();
    // A program of nothing but comments still runs one instruction, at line 0: CPython's
    // debugger stops there once before the return.
    if (module.body.empty())
        step(f, StepKind::Line, 0);
    Flow flow = execBlock(module.body, f);
    if (!m_abort)
        step(f, StepKind::Return, f.line, none().get());
    std::optional<Diagnostic> error;
    if (flow == Flow::Raise || m_abort)
        error = makeDiagnostic();
    m_frames.pop_back();
    return error;
}

} // namespace memstep::core::interp
