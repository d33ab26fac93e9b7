// A stackful coroutine: a function that runs on its own native stack and can stop in the
// middle (suspend) and continue later (resume) from exactly where it stopped.
//
// The interpreter walks the syntax tree recursively, so a generator that stops at `yield`
// inside an expression inside a loop inside a `try` has its state spread over many C++
// frames. Rather than rewriting the evaluator as a state machine, each started generator body
// runs on a stack of its own, and `yield` just switches back to whoever resumed it. The
// trade-off is memory: a stack is reserved (not committed) per generator that has started and
// not finished, so it is allocated lazily on the first resume and given back as soon as the
// body ends. AddressSanitizer is told about every switch so it does not report the other
// stack's frames as errors.
//
// A switch is a handful of instructions (x86-64: the callee-saved registers and the stack
// pointer; elsewhere ucontext's swapcontext, which also saves the signal mask with a system
// call), and the stacks of finished bodies are kept for the next ones (StackPool): a program
// making thousands of short generators, `sum(d for d in row)` in a loop, would otherwise map,
// guard, fault in and unmap 16 MiB and make four system calls per value.
#pragma once

#include <cstddef>
#include <memory>
#include <vector>

#if !defined(__x86_64__)
#include <ucontext.h>
#endif

namespace memstep::core::interp {

// How close to the end of a coroutine's stack a Python call is refused with RecursionError
// (Interpreter::m_stackFloor): room for the deepest builtin a call may still run. A smaller
// stack (StackPool's fallbacks) keeps half of itself.
constexpr std::size_t kStackMarginBytes = 1u << 20;

// Native stacks of coroutines that ended, for the next ones of one interpreter: a few are
// kept (their touched pages stay committed, which is the point), the rest unmapped. Shared by
// the interpreter and each coroutine, so whichever goes last frees it.
class StackPool {
public:
    StackPool();
    ~StackPool();
    StackPool(const StackPool&) = delete;
    StackPool& operator=(const StackPool&) = delete;

    // The lowest address of a stack and its guard, or null when none could be mapped; `bytes`
    // is set to the stack's size: Coroutine::kStackBytes, unless the address space is limited
    // (ulimit -v) and an eighth of it is already generators' stacks. Past that each stack is
    // smaller, so that a thousand live generators (a recursive `yield from` as deep as the
    // recursion limit) fit in half of it as python3's would, and smaller still when even that
    // is not left. The first generators, the ones a program recurses deeply inside, keep
    // whole stacks.
    void* take(std::size_t& bytes);
    void give(void* stack, std::size_t bytes);

private:
    static constexpr std::size_t kKept = 8;
    std::size_t m_budget = 0;     // bytes of whole stacks allowed at once; 0: no limit
    std::size_t m_smallBytes = 0; // the size past the budget
    std::size_t m_mapped = 0;     // bytes of the stacks mapped now (kept ones too)
    std::vector<void*> m_free;    // whole stacks only
};

class Coroutine {
public:
    using Body = void (*)(void* argument);

    // Native stack of one coroutine: reserved (not committed), touched only as deep as the
    // body goes. Twice the usual 8 MB thread stack, so a generator can nest as deeply as a
    // program running on an ordinary thread.
    static constexpr std::size_t kStackBytes = 16u << 20;

    Coroutine(Body body, void* argument, std::shared_ptr<StackPool> pool);
    ~Coroutine(); // only while not running; a suspended body is simply dropped
    Coroutine(const Coroutine&) = delete;
    Coroutine& operator=(const Coroutine&) = delete;

    // Runs the body until it suspends or returns. False when the stack could not be
    // allocated (then nothing ran).
    bool resume();
    // Allocates the stack (resume() does it too); false when that failed.
    bool prepare();
    // Called from inside the body: switches back to the resume() that is running it.
    void suspend();
    bool started() const { return m_stack != nullptr; }
    bool finished() const { return m_finished; }
    bool running() const { return m_running; }
    // The lowest usable address of the stack (it grows down towards it); null before start.
    const char* stackLow() const;
    // Below this a Python call raises RecursionError: stackLow() and the margin for builtins.
    const char* stackFloor() const;

    // How many coroutine stacks exist right now (for tests).
    static std::size_t liveStacks();

    // Where a body starts: runs it and switches out for good (public for the switch code).
    static void entry(Coroutine* self);

private:
    void switchIn();
    void switchOut(bool finishing);

    Body m_body;
    void* m_argument;
    std::shared_ptr<StackPool> m_pool;
    void* m_stack = nullptr;
    std::size_t m_stackBytes = 0;
#if defined(__x86_64__)
    void* m_sp = nullptr;       // the body's saved stack pointer while it is not running
    void* m_callerSp = nullptr; // the resumer's, while the body runs
#else
    ucontext_t m_context{};
    ucontext_t m_caller{};
#endif
    bool m_finished = false;
    bool m_running = false;
    // AddressSanitizer bookkeeping: the resumer's stack, and the fake stacks of both sides.
    const void* m_callerBottom = nullptr;
    std::size_t m_callerSize = 0;
    void* m_callerFakeStack = nullptr;
    void* m_ownFakeStack = nullptr;
};

} // namespace memstep::core::interp
