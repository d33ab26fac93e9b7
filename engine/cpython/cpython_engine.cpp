#include "cpython_engine.h"

#include "process_cap.h"

#include "memstep/trace_json.h"

#include <cerrno>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <fstream>
#include <iomanip>
#include <poll.h>
#include <sstream>
#include <string_view>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

namespace memstep::engine {

namespace {

namespace fs = std::filesystem;

// python3 itself, the tracer's modules and its JSON need address space beyond the program's
// objects; the heap limit names what the program may use.
constexpr std::uint64_t kAddressHeadroomMb = 512;
// Processes the program may add to those the user already runs (RLIMIT_NPROC counts them all).
constexpr rlim_t kExtraProcesses = kMaxProgramProcesses;
// The tracer stops itself at the time limit with a step boundary's message; the parent's kill
// is for a program stuck inside one long C call, a little later.
constexpr double kKillGraceSeconds = 2.0;
constexpr int kPollMilliseconds = 50;

std::string secondsText(double seconds) {
    std::ostringstream text;
    text << std::setprecision(15) << seconds;
    return text.str() + (text.str() == "1" ? " second" : " seconds");
}

std::string errorJson(const std::string& type, const std::string& message, int line) {
    return "{\"type\": " + core::jsonQuote(type) + ", \"message\": " + core::jsonQuote(message) +
           ", \"line\": " + std::to_string(line) +
           ", \"traceback\": " + core::jsonQuote(type + ": " + message + "\n") + "}";
}

// Tasks (processes and threads) of this user now: RLIMIT_NPROC counts them all.
rlim_t userTasks() {
    const uid_t uid = ::getuid();
    rlim_t tasks = 0;
    std::error_code error;
    for (const auto& entry : fs::directory_iterator("/proc", error)) {
        const std::string name = entry.path().filename().string();
        if (name.empty() || name.find_first_not_of("0123456789") != std::string::npos)
            continue;
        std::ifstream status(entry.path() / "status");
        std::string line;
        bool mine = false;
        while (std::getline(status, line)) {
            if (line.rfind("Uid:", 0) == 0) {
                std::istringstream fields(line.substr(4));
                uid_t real = 0;
                fields >> real;
                mine = real == uid;
            } else if (mine && line.rfind("Threads:", 0) == 0) {
                tasks += std::strtoul(line.c_str() + 8, nullptr, 10);
            }
        }
    }
    return tasks;
}

// Lowers both the soft and the hard limit, so the program cannot raise it again.
void setLimit(int resource, rlim_t value) {
    struct rlimit limit {};
    if (::getrlimit(resource, &limit) != 0)
        return;
    if (limit.rlim_max != RLIM_INFINITY && value > limit.rlim_max)
        value = limit.rlim_max;
    limit.rlim_cur = value;
    limit.rlim_max = value;
    ::setrlimit(resource, &limit);
}

// Reads the tracer's line records and writes the JSON document around them.
class Assembler {
public:
    Assembler(const CpythonRun& run, std::ostream& out) : m_run(run), m_out(out) {
        std::string head = "{\"format\": \"memstep-trace\", \"version\": 1";
        if (run.compact)
            head += ", \"compact\": true";
        head += ", \"source\": " + core::jsonQuote(run.source) + ", \"steps\": [";
        m_written = head.size();
        m_out << head;
    }

    void record(std::string_view line) {
        if (line.rfind("O ", 0) == 0 && line.size() >= 4) {
            // A JSON string of what stdout gained: its escaped text joins the rest.
            m_stdout.append(line.substr(3, line.size() - 4));
        } else if (line.rfind("S ", 0) == 0) {
            step(line.substr(2));
        } else if (line.rfind("E ", 0) == 0) {
            m_end = std::string(line.substr(2));
        }
    }

    bool ended() const { return m_end.has_value(); }
    int lastLine() const { return m_lastLine; }

    // Closes the document; `fallback` is the error when the tracer wrote no end record.
    std::string finish(const std::optional<std::pair<std::string, std::string>>& fallback) {
        std::string tail = m_stepsWritten ? "\n]" : "]";
        std::string type;
        if (m_cutAt) {
            const std::string message =
                "the trace's JSON output reached " + std::to_string(m_run.maxJsonBytes >> 20) +
                " MB at step " + std::to_string(*m_cutAt + 1) + " of " + std::to_string(m_steps) +
                "; the later steps are left out - lower the step limit or raise the JSON limit";
            tail += ", \"stdout\": \"" + m_writtenStdout + "\"" +
                    ", \"error\": {\"type\": \"MemoryLimit\", \"message\": " +
                    core::jsonQuote(message) + ", \"line\": " + std::to_string(m_cutLine) + "}}";
            type = "MemoryLimit";
        } else if (m_end && !fallback) {
            tail += ", " + m_end->substr(1);
            const std::size_t at = m_end->rfind("\"error\": ");
            if (at != std::string::npos && m_end->compare(at + 9, 10, "{\"type\": \"") == 0) {
                const std::size_t start = at + 19;
                type = m_end->substr(start, m_end->find('"', start) - start);
            }
        } else {
            const auto& [errorType, message] = *fallback;
            tail += ", \"stdout\": \"" + m_stdout + "\", \"error\": " +
                    (errorType.empty() ? "null" : errorJson(errorType, message, m_lastLine)) + "}";
            type = errorType;
        }
        m_out << tail << '\n';
        m_out.flush();
        return type;
    }

private:
    void step(std::string_view rest) {
        const std::size_t space = rest.find(' ');
        const int line = std::atoi(std::string(rest.substr(0, space)).c_str());
        const std::string_view json = rest.substr(space + 1);
        ++m_steps;
        m_lastLine = line;
        if (m_cutAt)
            return;
        const std::string_view separator = m_stepsWritten ? ",\n" : "\n";
        const std::uint64_t size = separator.size() + json.size();
        if (m_run.maxJsonBytes != 0 && m_written + size > m_run.maxJsonBytes) {
            m_cutAt = m_steps - 1;
            m_cutLine = line;
            return;
        }
        m_out << separator << json;
        m_written += size;
        ++m_stepsWritten;
        m_writtenStdout = m_stdout;
    }

    const CpythonRun& m_run;
    std::ostream& m_out;
    std::uint64_t m_written = 0;
    std::size_t m_steps = 0;
    std::size_t m_stepsWritten = 0;
    std::optional<std::size_t> m_cutAt;
    int m_cutLine = 0;
    int m_lastLine = 0;
    std::string m_stdout;        // the latest stdout, escaped as in a JSON string
    std::string m_writtenStdout; // the stdout of the last step written, escaped
    std::optional<std::string> m_end;
};

std::vector<std::string> tracerArguments(const CpythonRun& run, const std::string& program) {
    std::vector<std::string> args = {run.python, run.tracer, "--protocol", "--filename",
                                     run.filename};
    args.insert(args.end(),
                {"--max-steps", std::to_string(run.maxSteps), "--max-seconds",
                 std::to_string(run.maxSeconds), "--max-heap-mb", std::to_string(run.maxHeapMb),
                 "--max-processes", std::to_string(kExtraProcesses)});
    if (run.answersPath)
        args.push_back("--universal-newlines");
    if (run.compact)
        args.push_back("--compact");
    args.push_back(program);
    return args;
}

// Runs in the forked child: it allocates nothing (argv is built before the fork), because the
// address-space limit set here would make any allocation fail, and a sanitizer's allocator
// then ends the child before it reaches execv.
[[noreturn]] void execChild(char* const* argv, int answersFd, int outFd, const std::string& folder,
                            const CpythonRun& run, rlim_t tasks, const char* cgroupProcs) {
    ::setpgid(0, 0);
    ProcessCap::join(cgroupProcs);
    if (answersFd >= 0)
        ::dup2(answersFd, STDIN_FILENO);
    ::dup2(outFd, STDOUT_FILENO);
    const int null = ::open("/dev/null", O_WRONLY);
    if (null >= 0)
        ::dup2(null, STDERR_FILENO);
    if (::chdir(folder.c_str()) != 0)
        ::_exit(126);
    setLimit(RLIMIT_AS, static_cast<rlim_t>(run.maxHeapMb + kAddressHeadroomMb) << 20);
    setLimit(RLIMIT_NPROC, tasks + kExtraProcesses);
    setLimit(RLIMIT_CORE, 0);
    if (run.maxSeconds > 0)
        setLimit(RLIMIT_CPU, static_cast<rlim_t>(run.maxSeconds + 10));
    ::execv(run.python.c_str(), argv);
    ::_exit(127);
}

// The child's process group and process cgroup while a run is under way, for the signal
// handlers below (which can reach nothing else).
volatile sig_atomic_t g_childGroup = 0;
const char* volatile g_cgroupProcs = nullptr;
const char* volatile g_cgroupFolder = nullptr;
const char* volatile g_runFolder = nullptr;

// Ctrl+C or a kill of memstep-trace ends the program too: it runs in a process group of its
// own, which the terminal's signals do not reach.
void killChildAndDie(int signal) {
    if (g_childGroup > 0)
        ::kill(-g_childGroup, SIGKILL);
    if (g_cgroupFolder)
        ProcessCap::killAndRemove(g_cgroupProcs, g_cgroupFolder);
    // The run's temporary folder goes too; removing a tree is no work for a signal handler,
    // so a child does it, after the program is gone.
    if (const char* folder = g_runFolder; folder && ::fork() == 0) {
        const char* const argv[] = {"rm", "-rf", "--", folder, nullptr};
        ::execv("/bin/rm", const_cast<char* const*>(argv));
        ::_exit(127);
    }
    ::signal(signal, SIG_DFL);
    ::raise(signal);
}

} // namespace

std::optional<std::string> findPython() {
    const char* path = std::getenv("PATH");
    std::istringstream dirs(path ? path : "/usr/bin:/bin");
    std::string dir;
    while (std::getline(dirs, dir, ':')) {
        const std::string candidate = (dir.empty() ? "." : dir) + "/python3";
        if (::access(candidate.c_str(), X_OK) == 0)
            return candidate;
    }
    return std::nullopt;
}

std::string pythonVersion(const std::string& python) {
    const std::string command = "'" + python +
                                "' -c 'import sys; print(\"Python %d.%d\" % "
                                "sys.version_info[:2])' 2>/dev/null";
    if (python.find('\'') != std::string::npos)
        return "";
    FILE* pipe = ::popen(command.c_str(), "r");
    if (!pipe)
        return "";
    char buffer[64] = {};
    std::string text = std::fgets(buffer, sizeof buffer, pipe) ? buffer : "";
    ::pclose(pipe);
    while (!text.empty() && (text.back() == '\n' || text.back() == '\r'))
        text.pop_back();
    return text;
}

std::optional<std::string> findTracer() {
    if (const char* env = std::getenv("MEMSTEP_CPYTHON_TRACER"); env && *env)
        return std::string(env);
    std::error_code error;
    const fs::path exe = fs::read_symlink("/proc/self/exe", error);
    if (error)
        return std::nullopt;
    const fs::path beside = exe.parent_path() / "memstep_cpython_trace.py";
    if (fs::exists(beside, error))
        return beside.string();
    return std::nullopt;
}

CpythonResult runCpython(const CpythonRun& run, std::ostream& out) {
    CpythonResult result;
    std::error_code error;
    const fs::path program = fs::absolute(run.programPath, error);
    std::string folderTemplate = (fs::temp_directory_path(error) / "memstep-run-XXXXXX").string();
    if (!::mkdtemp(folderTemplate.data())) {
        result.problem = std::string("cannot make a temporary folder: ") + std::strerror(errno);
        return result;
    }
    const std::string folder = folderTemplate;
    int answersFd = -1;
    if (run.answersPath) {
        answersFd = ::open(run.answersPath->c_str(), O_RDONLY | O_CLOEXEC);
        if (answersFd < 0) {
            result.problem = "cannot open '" + *run.answersPath + "': " + std::strerror(errno);
            fs::remove_all(folder, error);
            return result;
        }
    }
    int pipeFds[2];
    if (::pipe2(pipeFds, O_CLOEXEC) != 0) {
        result.problem = std::string("cannot make a pipe: ") + std::strerror(errno);
        return result;
    }
    const std::vector<std::string> args = tracerArguments(run, program.string());
    std::vector<char*> argv;
    for (const std::string& arg : args)
        argv.push_back(const_cast<char*>(arg.c_str()));
    argv.push_back(nullptr);
    const rlim_t tasks = userTasks();
    ProcessCap cap(kExtraProcesses + 1, fs::path(folder).filename().string());
    const pid_t pid = ::fork();
    if (pid == 0)
        execChild(argv.data(), answersFd, pipeFds[1], folder, run, tasks, cap.procsFile());
    ::close(pipeFds[1]);
    if (answersFd >= 0)
        ::close(answersFd);
    if (pid < 0) {
        ::close(pipeFds[0]);
        result.problem = std::string("cannot start python3: ") + std::strerror(errno);
        fs::remove_all(folder, error);
        return result;
    }
    ::setpgid(pid, pid);
    g_childGroup = pid;
    g_cgroupProcs = cap.procsFile();
    g_cgroupFolder = cap.folder();
    g_runFolder = folder.c_str();
    struct sigaction onSignal {
    }, oldInt{}, oldTerm{}, oldHup{};
    onSignal.sa_handler = killChildAndDie;
    ::sigaction(SIGINT, &onSignal, &oldInt);
    ::sigaction(SIGTERM, &onSignal, &oldTerm);
    ::sigaction(SIGHUP, &onSignal, &oldHup);
    result.started = true;

    Assembler assembler(run, out);
    const auto start = std::chrono::steady_clock::now();
    std::optional<std::pair<std::string, std::string>> killedFor;
    std::string pending;
    char buffer[1 << 16];
    for (;;) {
        struct pollfd poller = {pipeFds[0], POLLIN, 0};
        const int ready = ::poll(&poller, 1, kPollMilliseconds);
        if (ready > 0) {
            const ssize_t n = ::read(pipeFds[0], buffer, sizeof buffer);
            if (n <= 0 && !(n < 0 && errno == EINTR))
                break;
            if (n > 0) {
                pending.append(buffer, static_cast<std::size_t>(n));
                std::size_t from = 0;
                for (std::size_t end; (end = pending.find('\n', from)) != std::string::npos;
                     from = end + 1)
                    assembler.record(std::string_view(pending).substr(from, end - from));
                pending.erase(0, from);
            }
        }
        // The end record is the tracer's last word; a forked copy of the program may still
        // hold the pipe open, and is killed below.
        if (assembler.ended())
            break;
        const std::chrono::duration<double> elapsed = std::chrono::steady_clock::now() - start;
        if (run.cancel && run.cancel->load(std::memory_order_relaxed)) {
            killedFor = {"Cancelled", "the run was cancelled"};
        } else if (run.maxSeconds > 0 && elapsed.count() > run.maxSeconds + kKillGraceSeconds) {
            killedFor = {"TimeLimit", "stopped after " + secondsText(run.maxSeconds) +
                                          " - the program may be in an infinite loop"};
        }
        if (killedFor) {
            ::kill(-pid, SIGKILL);
            break;
        }
    }
    ::close(pipeFds[0]);
    ::kill(-pid, SIGKILL); // what the program forked and left running
    int status = 0;
    while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
    cap.killAll(); // and what left the process group
    g_childGroup = 0;
    g_cgroupFolder = nullptr;
    g_runFolder = nullptr;
    ::sigaction(SIGINT, &oldInt, nullptr);
    ::sigaction(SIGTERM, &oldTerm, nullptr);
    ::sigaction(SIGHUP, &oldHup, nullptr);
    fs::remove_all(folder, error);
    if (!killedFor && !assembler.ended()) {
        if (WIFSIGNALED(status) && WTERMSIG(status) == SIGXCPU) {
            killedFor = {"TimeLimit", "stopped after " + secondsText(run.maxSeconds) +
                                          " - the program may be in an infinite loop"};
        } else if (WIFSIGNALED(status)) {
            killedFor = {"MemoryLimit",
                         "the program needed more memory than this computer could give"};
        } else if (WEXITSTATUS(status) == 0) {
            killedFor = {"", ""}; // the program called os._exit(0): a plain end
        } else {
            // os._exit(n) of the program, or python3 could not start the tracer.
            killedFor = {"SystemExit", std::to_string(WEXITSTATUS(status))};
        }
    }
    result.errorType = assembler.finish(killedFor);
    return result;
}

} // namespace memstep::engine
