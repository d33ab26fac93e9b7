// How many processes a program run under python3 may have at once. RLIMIT_NPROC bounds an
// ordinary user's program, but the kernel never applies it to root (uid 0), so a fork bomb run
// as root would grow without end. For root the run gets a pids cgroup of its own when the
// machine lets root make one (cgroup v1's pids hierarchy, or v2's when its root offers the pids
// controller); elsewhere RLIMIT_NPROC is the bound and this does nothing.
#pragma once

#include <cstdint>
#include <string>

namespace memstep::engine {

class ProcessCap {
public:
    // Makes the cgroup when it is needed and possible; `maxProcesses` counts the tracer too.
    // `name` is unique to the run (its temporary folder's), as several runs may be under way.
    ProcessCap(std::uint64_t maxProcesses, const std::string& name);
    ~ProcessCap(); // killAll()
    ProcessCap(const ProcessCap&) = delete;
    ProcessCap& operator=(const ProcessCap&) = delete;

    // The cgroup's membership file the child joins, or nullptr when there is no cgroup.
    const char* procsFile() const { return m_procs.empty() ? nullptr : m_procs.c_str(); }

    // Kills every process in the cgroup, also those that left the child's process group
    // (setsid), and removes the cgroup once it is empty. Nothing without a cgroup.
    void killAll();
    const char* folder() const { return m_folder.empty() ? nullptr : m_folder.c_str(); }

    // killAll() for a signal handler: system calls only. False when the cgroup would not go.
    static bool killAndRemove(const char* procsFile, const char* folder);

    // In the forked child, before exec: joins the cgroup (no allocation: only system calls).
    static void join(const char* procsFile);

private:
    std::string m_folder;
    std::string m_procs;
};

} // namespace memstep::engine
