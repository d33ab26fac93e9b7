#include "interp/generators/coroutine.h"

#include <atomic>
#include <cstdint>
#include <sys/mman.h>
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

namespace memstep::core::interp {

namespace {

// The bottom of each stack stays inaccessible, so running off the end faults at once
// instead of overwriting another allocation.
constexpr std::size_t kGuardBytes = 64u << 10;

std::atomic<std::size_t> g_liveStacks{0};

} // namespace

std::size_t Coroutine::liveStacks() {
    return g_liveStacks.load();
}

Coroutine::Coroutine(Body body, void* argument) : m_body(body), m_argument(argument) {}

Coroutine::~Coroutine() {
    if (!m_stack)
        return;
    munmap(m_stack, kStackBytes + kGuardBytes);
    g_liveStacks.fetch_sub(1);
}

void Coroutine::entry(unsigned hi, unsigned lo) {
    auto* self = reinterpret_cast<Coroutine*>((static_cast<std::uintptr_t>(hi) << 32) | lo);
#ifdef MEMSTEP_ASAN
    __sanitizer_finish_switch_fiber(nullptr, &self->m_callerBottom, &self->m_callerSize);
#endif
    self->m_body(self->m_argument);
    self->m_finished = true;
    self->switchOut(true);
}

bool Coroutine::resume() {
    if (m_finished || m_running || !prepare())
        return false;
    switchIn();
    return true;
}

bool Coroutine::prepare() {
    if (!m_stack) {
        void* mem = mmap(nullptr, kStackBytes + kGuardBytes, PROT_READ | PROT_WRITE,
                         MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
        if (mem == MAP_FAILED)
            return false;
        mprotect(mem, kGuardBytes, PROT_NONE);
        m_stack = mem;
        g_liveStacks.fetch_add(1);
        getcontext(&m_context);
        m_context.uc_stack.ss_sp = static_cast<char*>(mem) + kGuardBytes;
        m_context.uc_stack.ss_size = kStackBytes;
        m_context.uc_link = nullptr;
        auto bits = reinterpret_cast<std::uintptr_t>(this);
        makecontext(&m_context, reinterpret_cast<void (*)()>(&Coroutine::entry), 2,
                    static_cast<unsigned>(bits >> 32), static_cast<unsigned>(bits & 0xFFFFFFFFu));
    }
    return true;
}

void Coroutine::switchIn() {
    m_running = true;
#ifdef MEMSTEP_ASAN
    __sanitizer_start_switch_fiber(&m_callerFakeStack, static_cast<char*>(m_stack) + kGuardBytes,
                                   kStackBytes);
#endif
    swapcontext(&m_caller, &m_context);
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

void Coroutine::switchOut(bool finishing) {
#ifdef MEMSTEP_ASAN
    // A finished body never comes back: passing null lets ASan drop its fake stack.
    __sanitizer_start_switch_fiber(finishing ? nullptr : &m_ownFakeStack, m_callerBottom,
                                   m_callerSize);
#else
    (void)finishing;
#endif
    swapcontext(&m_context, &m_caller);
#ifdef MEMSTEP_ASAN
    __sanitizer_finish_switch_fiber(m_ownFakeStack, &m_callerBottom, &m_callerSize);
#endif
}

} // namespace memstep::core::interp
