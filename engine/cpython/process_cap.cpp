#include "process_cap.h"

#include <csignal>
#include <ctime>
#include <fcntl.h>
#include <fstream>
#include <sys/stat.h>
#include <unistd.h>

namespace memstep::engine {

namespace {

// Where root may make a pids cgroup: v1's own pids hierarchy, or the v2 hierarchy when its
// root hands the pids controller to the groups below it.
std::string pidsHierarchy() {
    if (::access("/sys/fs/cgroup/pids/cgroup.procs", W_OK) == 0)
        return "/sys/fs/cgroup/pids";
    std::ifstream control("/sys/fs/cgroup/cgroup.subtree_control");
    std::string word;
    while (control >> word) {
        if (word == "pids")
            return "/sys/fs/cgroup";
    }
    return "";
}

bool writeFile(const std::string& path, const std::string& text) {
    std::ofstream file(path);
    file << text;
    file.flush();
    return static_cast<bool>(file);
}

} // namespace

ProcessCap::ProcessCap(std::uint64_t maxProcesses, const std::string& name) {
    if (::geteuid() != 0)
        return; // RLIMIT_NPROC binds every other user
    const std::string hierarchy = pidsHierarchy();
    if (hierarchy.empty())
        return;
    const std::string folder = hierarchy + "/" + name;
    if (::mkdir(folder.c_str(), 0755) != 0)
        return;
    if (!writeFile(folder + "/pids.max", std::to_string(maxProcesses))) {
        ::rmdir(folder.c_str());
        return;
    }
    m_folder = folder;
    m_procs = folder + "/cgroup.procs";
}

ProcessCap::~ProcessCap() {
    killAll();
}

void ProcessCap::killAll() {
    if (!m_folder.empty() && killAndRemove(m_procs.c_str(), m_folder.c_str())) {
        m_folder.clear();
        m_procs.clear();
    }
}

bool ProcessCap::killAndRemove(const char* procsFile, const char* folder) {
    // A process being forked may join after a read, and killed processes leave the group a
    // moment later: kill, then try to remove, until the removal succeeds or 5 s pass.
    constexpr int kTries = 1000;
    const struct timespec pause = {0, 5'000'000};
    for (int attempt = 0; attempt < kTries; ++attempt) {
        const int fd = ::open(procsFile, O_RDONLY | O_CLOEXEC);
        if (fd < 0)
            return ::rmdir(folder) == 0;
        char buffer[4096];
        long pid = 0;
        bool inNumber = false;
        for (ssize_t n; (n = ::read(fd, buffer, sizeof buffer)) > 0;) {
            for (ssize_t i = 0; i < n; ++i) {
                if (buffer[i] >= '0' && buffer[i] <= '9') {
                    pid = pid * 10 + (buffer[i] - '0');
                    inNumber = true;
                } else if (inNumber) {
                    ::kill(static_cast<pid_t>(pid), SIGKILL);
                    pid = 0;
                    inNumber = false;
                }
            }
        }
        if (inNumber)
            ::kill(static_cast<pid_t>(pid), SIGKILL);
        ::close(fd);
        if (::rmdir(folder) == 0)
            return true;
        ::nanosleep(&pause, nullptr);
    }
    return false;
}

void ProcessCap::join(const char* procsFile) {
    if (!procsFile)
        return;
    const int fd = ::open(procsFile, O_WRONLY | O_CLOEXEC);
    if (fd < 0)
        return;
    // "0" names the writing process itself, in v1 as in v2.
    [[maybe_unused]] const ssize_t written = ::write(fd, "0", 1);
    ::close(fd);
}

} // namespace memstep::engine
