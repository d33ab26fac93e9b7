#include "interp/generators/coroutine.h"

#include <algorithm>
#include <atomic>
#include <cstdint>
#include <sys/mman.h>
#include <sys/resource.h>
#include <unistd.h>

#if defined(__has_feature)
#if __has_feature(address_sanitizer)
#define MEMSTEP_ASAN 1
#endif
#endif
#if defined(__SANITIZE_ADDRESS__)
#define MEMSTEP_ASAN 1
#endif

#ifdef MEMSTEP_ASAN
#include <sanitizer/common_interface_defs.h>
#endif

#if defined(__x86_64__)
// Saves the callee-saved registers (and the SSE and x87 control words) of the running code on
// its own stack, stores its stack pointer in *from, and continues the code whose stack pointer
// is `to` by restoring the same set from there: what the System V ABI says a call preserves,
// and nothing else, so no system call. A new stack is laid out (Coroutine::prepare) so that
// the first switch to it "returns" into memstep_coroutine_start with the coroutine in r12 and
// Coroutine::entry in r13.
extern "C" void memstep_switch_stack(void** from, void* to);
extern "C" void memstep_coroutine_start();
asm(R"(
    .text
    .globl memstep_switch_stack
    .type memstep_switch_stack, @function
memstep_switch_stack:
    pushq %rbp
    pushq %rbx
    pushq %r12
    pushq %r13
    pushq %r14
    pushq %r15
    subq $8, %rsp
    stmxcsr (%rsp)
    fnstcw 4(%rsp)
    movq %rsp, (%rdi)
    movq %rsi, %rsp
    ldmxcsr (%rsp)
    fldcw 4(%rsp)
    addq $8, %rsp
    popq %r15
    popq %r14
    popq %r13
    popq %r12
    popq %rbx
    popq %rbp
    ret
    .size memstep_switch_stack, .-memstep_switch_stack

    .globl memstep_coroutine_start
    .type memstep_coroutine_start, @function
memstep_coroutine_start:
    movq %r12, %rdi
    callq *%r13
    ud2
    .size memstep_coroutine_start, .-memstep_coroutine_start
)");
#endif

namespace memstep::core::interp {

namespace {

// The bottom of each stack stays inaccessible, so running off the end faults at once
// instead of overwriting another allocation.
constexpr std::size_t kGuardBytes = 64u << 10;
// The smallest stack a generator gets: half of it is the margin for builtins, the rest is
// about 300 nested Python calls in a release build.
constexpr std::size_t kMinStackBytes = 1u << 20;

void* mapStack(std::size_t bytes) {
    void* mem = mmap(nullptr, bytes + kGuardBytes, PROT_READ | PROT_WRITE,
                     MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (mem == MAP_FAILED)
        return nullptr;
    mprotect(mem, kGuardBytes, PROT_NONE);
    return mem;
}

std::atomic<std::size_t> g_liveStacks{0};

} // namespace

StackPool::StackPool() {
    rlimit limit{};
    if (getrlimit(RLIMIT_AS, &limit) != 0 || limit.rlim_cur == RLIM_INFINITY)
        return;
    m_budget = limit.rlim_cur / 8;
    m_smallBytes = Coroutine::kStackBytes;
    while (m_smallBytes > kMinStackBytes && m_smallBytes * 2048 > limit.rlim_cur)
        m_smallBytes /= 2;
}

StackPool::~StackPool() {
    for (void* stack : m_free)
        munmap(stack, Coroutine::kStackBytes + kGuardBytes);
}

void* StackPool::take(std::size_t& bytes) {
    bytes = Coroutine::kStackBytes;
    if (!m_free.empty()) {
        void* stack = m_free.back();
        m_free.pop_back();
        return stack;
    }
    if (m_budget && m_mapped + bytes > m_budget)
        bytes = m_smallBytes;
    for (; bytes >= kMinStackBytes; bytes /= 2)
        if (void* mem = mapStack(bytes)) {
            m_mapped += bytes;
            return mem;
        }
    return nullptr;
}

void StackPool::give(void* stack, std::size_t bytes) {
#ifdef MEMSTEP_ASAN
    // A body dropped while suspended leaves its frames' redzones poisoned in the shadow; a
    // new body on that memory would trip over them. Under ASan every stack is fresh.
    const bool keep = false;
#else
    const bool keep = bytes == Coroutine::kStackBytes && m_free.size() < kKept;
#endif
    if (keep) {
        m_free.push_back(stack);
        return;
    }
    munmap(stack, bytes + kGuardBytes);
    m_mapped -= bytes;
}

std::size_t Coroutine::liveStacks() {
    return g_liveStacks.load();
}

Coroutine::Coroutine(Body body, void* argument, std::shared_ptr<StackPool> pool)
    : m_body(body), m_argument(argument), m_pool(std::move(pool)) {}

Coroutine::~Coroutine() {
    if (!m_stack)
        return;
    m_pool->give(m_stack, m_stackBytes);
    g_liveStacks.fetch_sub(1);
}

void Coroutine::entry(Coroutine* self) {
#ifdef MEMSTEP_ASAN
    __sanitizer_finish_switch_fiber(nullptr, &self->m_callerBottom, &self->m_callerSize);
#endif
    self->m_body(self->m_argument);
    self->m_finished = true;
    self->switchOut(true);
}

#if !defined(__x86_64__)
namespace {
// makecontext passes ints: the coroutine's address in two halves.
void startFromContext(unsigned hi, unsigned lo) {
    Coroutine::entry(reinterpret_cast<Coroutine*>((static_cast<std::uintptr_t>(hi) << 32) | lo));
}
} // namespace
#endif

bool Coroutine::resume() {
    if (m_finished || m_running || !prepare())
        return false;
    switchIn();
    return true;
}

bool Coroutine::prepare() {
    if (m_stack)
        return true;
    void* mem = m_pool->take(m_stackBytes);
    if (!mem)
        return false;
    m_stack = mem;
    g_liveStacks.fetch_add(1);
    char* top = static_cast<char*>(mem) + kGuardBytes + m_stackBytes;
#if defined(__x86_64__)
    // What memstep_switch_stack pops, lowest first: the control words (the current ones), r15,
    // r14, r13 = entry, r12 = this, rbx, rbp, and the address it returns to. The stack pointer
    // is then 16-byte aligned, as a call instruction wants it.
    auto* slots = reinterpret_cast<std::uint64_t*>(top - 64);
    std::uint32_t mxcsr = 0;
    std::uint16_t fpuControl = 0;
    asm volatile("stmxcsr %0" : "=m"(mxcsr));
    asm volatile("fnstcw %0" : "=m"(fpuControl));
    slots[0] = mxcsr | (std::uint64_t(fpuControl) << 32);
    slots[1] = 0;
    slots[2] = 0;
    slots[3] = reinterpret_cast<std::uint64_t>(&Coroutine::entry);
    slots[4] = reinterpret_cast<std::uint64_t>(this);
    slots[5] = 0;
    slots[6] = 0;
    slots[7] = reinterpret_cast<std::uint64_t>(&memstep_coroutine_start);
    m_sp = slots;
#else
    getcontext(&m_context);
    m_context.uc_stack.ss_sp = static_cast<char*>(mem) + kGuardBytes;
    m_context.uc_stack.ss_size = m_stackBytes;
    m_context.uc_link = nullptr;
    auto bits = reinterpret_cast<std::uintptr_t>(this);
    makecontext(&m_context, reinterpret_cast<void (*)()>(&startFromContext), 2,
                static_cast<unsigned>(bits >> 32), static_cast<unsigned>(bits & 0xFFFFFFFFu));
#endif
    return true;
}

void Coroutine::switchIn() {
    m_running = true;
#ifdef MEMSTEP_ASAN
    __sanitizer_start_switch_fiber(&m_callerFakeStack, static_cast<char*>(m_stack) + kGuardBytes,
                                   m_stackBytes);
#endif
#if defined(__x86_64__)
    memstep_switch_stack(&m_callerSp, m_sp);
#else
    swapcontext(&m_caller, &m_context);
#endif
#ifdef MEMSTEP_ASAN
    __sanitizer_finish_switch_fiber(m_callerFakeStack, nullptr, nullptr);
#endif
    m_running = false;
}

void Coroutine::suspend() {
    switchOut(false);
}

const char* Coroutine::stackLow() const {
    return m_stack ? static_cast<const char*>(m_stack) + kGuardBytes : nullptr;
}

const char* Coroutine::stackFloor() const {
    const char* low = stackLow();
    return low ? low + std::min(kStackMarginBytes, m_stackBytes / 2) : nullptr;
}

void Coroutine::switchOut(bool finishing) {
#ifdef MEMSTEP_ASAN
    // A finished body never comes back: passing null lets ASan drop its fake stack.
    __sanitizer_start_switch_fiber(finishing ? nullptr : &m_ownFakeStack, m_callerBottom,
                                   m_callerSize);
#else
    (void)finishing;
#endif
#if defined(__x86_64__)
    memstep_switch_stack(&m_sp, m_callerSp);
#else
    swapcontext(&m_context, &m_caller);
#endif
#ifdef MEMSTEP_ASAN
    __sanitizer_finish_switch_fiber(m_ownFakeStack, &m_callerBottom, &m_callerSize);
#endif
}

} // namespace memstep::core::interp
