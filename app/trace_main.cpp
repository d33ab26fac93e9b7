// memstep-trace: the command-line tracer. Argument parsing, file reading and calls into the
// core; everything else (decoding, running, JSON) lives in memstep_core.
#include "cpython_engine.h"
#include "memstep/run.h"
#include "memstep/source_text.h"
#include "memstep/trace_json.h"
#include "memstep/version.h"

#include <cerrno>
#include <charconv>
#include <chrono>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iomanip>
#include <iostream>
#include <iterator>
#include <optional>
#include <sstream>
#include <stdlib.h>
#include <string>
#include <string_view>
#include <unistd.h>
#include <vector>

namespace {

using namespace memstep::core;

// Recording (JSON, --compact, --stats) uses the window's default limits (run.h), so a trace
// ends where the window's would. The full JSON form repeats the heap at every step; past this
// size the later steps are left out (MemoryLimit). The compact form is held to it too: its key
// steps still repeat the state and all output so far.
constexpr std::uint64_t kJsonMaxMb = 256;
// --run records nothing: a program may run as long as python3 would let it.
constexpr std::uint64_t kRunMaxSteps = 1'000'000'000'000;
constexpr int kExitUsage = 2;

constexpr const char* kUsage =
    "usage: memstep-trace [options] PROGRAM.py\n"
    "Runs a Python program and prints its memory trace as JSON (see trace-format.md).\n"
    "PROGRAM.py may be '-' to read the program from standard input.\n"
    "\n"
    "options:\n"
    "  --compact         the compact JSON form: the whole state only at key steps\n"
    "                    (\"key\": true), the events at every step; its size follows the\n"
    "                    events, not steps x heap\n"
    "  --run             run without recording; print the program's output as it goes\n"
    "                    and, on an uncaught error, its traceback on stderr (exit 1)\n"
    "  --stats           record the whole trace and print its size and recording time\n"
    "  --stdin FILE      input() reads lines from FILE (default: standard input)\n"
    "  --engine E        builtin (default): memstep's own interpreter; cpython: the\n"
    "                    system python3 under a tracer (every program runs, with your\n"
    "                    rights: it can touch your files); auto: builtin, and cpython\n"
    "                    when builtin does not support the program (a note on stderr)\n"
    "\n"
    "limits (recording gets the window's defaults; --run has no step or time limit):\n"
    "  --max-steps N     stop after N steps (default 100000)\n"
    "  --max-seconds S   stop after S seconds of wall time (default 30; 0: no limit)\n"
    "  --max-heap-mb N   memory the program's objects may use, in MB (default 1024)\n"
    "  --max-json-mb N   size of the JSON trace, in MB (default 256): later steps are left\n"
    "                    out and the error says so\n"
    "\n"
    "  --version         print the version and exit\n"
    "  --help            print this help and exit\n";

enum class Mode { Json, Run, Stats };
enum class Engine { Builtin, Cpython, Auto };

struct Arguments {
    Mode mode = Mode::Json;
    std::string program;
    std::optional<std::string> stdinPath;
    std::optional<std::uint64_t> maxSteps;
    std::optional<std::uint64_t> maxHeapMb;
    std::optional<std::uint64_t> maxJsonMb;
    std::optional<double> maxSeconds;
    Engine engine = Engine::Builtin;
    bool compact = false;
    bool help = false;
    bool version = false;
};

std::optional<std::uint64_t> parseCount(std::string_view text) {
    std::uint64_t value = 0;
    const char* end = text.data() + text.size();
    auto [at, error] = std::from_chars(text.data(), end, value);
    if (error != std::errc{} || at != end || text.empty()) {
        return std::nullopt;
    }
    return value;
}

// A finite number of seconds, 0 or more ("2", "0.5"; "0": no limit), or nullopt.
std::optional<double> parseSeconds(std::string_view text) {
    double value = 0;
    const char* end = text.data() + text.size();
    auto [at, error] = std::from_chars(text.data(), end, value);
    if (error != std::errc{} || at != end || text.empty() || !std::isfinite(value) || value < 0) {
        return std::nullopt;
    }
    return value;
}

// nullopt with *problem set on bad arguments.
std::optional<Arguments> parseArguments(int argc, char** argv, std::string* problem) {
    Arguments args;
    bool haveProgram = false;
    bool modeSet = false;
    for (int i = 1; i < argc; ++i) {
        const std::string_view arg = argv[i];
        auto value = [&]() -> std::optional<std::string_view> {
            if (i + 1 >= argc) {
                *problem = "option " + std::string(arg) + " needs a value";
                return std::nullopt;
            }
            return std::string_view(argv[++i]);
        };
        auto setMode = [&](Mode mode) {
            if (modeSet && args.mode != mode) {
                *problem = "--run and --stats cannot be used together";
                return false;
            }
            modeSet = true;
            args.mode = mode;
            return true;
        };
        if (arg == "--help" || arg == "-h") {
            args.help = true;
        } else if (arg == "--version") {
            args.version = true;
        } else if (arg == "--run") {
            if (!setMode(Mode::Run)) {
                return std::nullopt;
            }
        } else if (arg == "--stats") {
            if (!setMode(Mode::Stats)) {
                return std::nullopt;
            }
        } else if (arg == "--engine") {
            auto name = value();
            if (!name) {
                return std::nullopt;
            }
            if (*name == "builtin") {
                args.engine = Engine::Builtin;
            } else if (*name == "cpython") {
                args.engine = Engine::Cpython;
            } else if (*name == "auto") {
                args.engine = Engine::Auto;
            } else {
                *problem = "--engine is builtin, cpython or auto, not '" + std::string(*name) + "'";
                return std::nullopt;
            }
        } else if (arg == "--compact") {
            args.compact = true;
        } else if (arg == "--stdin") {
            auto path = value();
            if (!path) {
                return std::nullopt;
            }
            args.stdinPath = std::string(*path);
        } else if (arg == "--max-seconds") {
            auto text = value();
            if (!text) {
                return std::nullopt;
            }
            auto seconds = parseSeconds(*text);
            if (!seconds) {
                *problem = "--max-seconds needs a number of seconds (0: no limit), not '" +
                           std::string(*text) + "'";
                return std::nullopt;
            }
            args.maxSeconds = seconds;
        } else if (arg == "--max-steps" || arg == "--max-heap-mb" || arg == "--max-json-mb") {
            auto text = value();
            if (!text) {
                return std::nullopt;
            }
            auto count = parseCount(*text);
            if (!count || *count == 0) {
                *problem = std::string(arg) + " needs a positive whole number, not '" +
                           std::string(*text) + "'";
                return std::nullopt;
            }
            (arg == "--max-steps"     ? args.maxSteps
             : arg == "--max-heap-mb" ? args.maxHeapMb
                                      : args.maxJsonMb) = count;
        } else if (arg.size() > 1 && arg[0] == '-') {
            *problem = "unknown option " + std::string(arg);
            return std::nullopt;
        } else if (haveProgram) {
            *problem = "only one program can be traced, got '" + args.program + "' and '" +
                       std::string(arg) + "'";
            return std::nullopt;
        } else {
            args.program = std::string(arg);
            haveProgram = true;
        }
    }
    if (args.compact && args.mode != Mode::Json) {
        *problem = "--compact is a form of the JSON trace; --run and --stats print none";
        return std::nullopt;
    }
    if (args.engine == Engine::Cpython && args.mode != Mode::Json) {
        *problem = "--engine cpython records the JSON trace only; --run and --stats use the "
                   "built-in interpreter";
        return std::nullopt;
    }
    if (!haveProgram && !args.help && !args.version) {
        *problem = "no program given";
        return std::nullopt;
    }
    return args;
}

std::optional<std::string> readAll(std::istream& in) {
    std::ostringstream bytes;
    bytes << in.rdbuf();
    return in.bad() ? std::nullopt : std::optional<std::string>(bytes.str());
}

// How python3 names the script in tracebacks: "<stdin>" for '-', otherwise the path made
// absolute by prefixing the working directory (not normalised: "/tmp/./x.py" stays).
std::string pythonFilename(const std::string& program) {
    if (program == "-") {
        return "<stdin>";
    }
    if (!program.empty() && program[0] == '/') {
        return program;
    }
    std::error_code error;
    const std::filesystem::path cwd = std::filesystem::current_path(error);
    return error ? program : cwd.string() + "/" + program;
}

bool cannotOpen(const std::string& path) {
    std::cerr << "memstep-trace: cannot open '" << path << "': " << std::strerror(errno) << '\n';
    return false;
}

// One input() line without its line ending, or nullopt at the end (EOFError). python3's own
// sys.stdin splits at "\n" only (a "\r" stays in the line); the reference tracer reads
// --stdin files with universal newlines ("\r\n" and "\r" end lines too), and the JSON trace
// follows it.
std::optional<std::string> readLine(std::istream& in, bool universalNewlines) {
    std::string line;
    if (!universalNewlines) {
        if (!std::getline(in, line)) {
            return std::nullopt;
        }
        return line;
    }
    int c = in.get();
    if (c == std::char_traits<char>::eof()) {
        return std::nullopt;
    }
    while (c != std::char_traits<char>::eof() && c != '\n' && c != '\r') {
        line += static_cast<char>(c);
        c = in.get();
    }
    if (c == '\r' && in.peek() == '\n') {
        in.get();
    }
    return line;
}

void printStats(const RunResult& result, double seconds) {
    const TraceStats stats = result.trace.stats();
    const double megabytes = static_cast<double>(stats.memoryBytes) / (1024.0 * 1024.0);
    const double perStep =
        stats.steps ? static_cast<double>(stats.memoryBytes) / static_cast<double>(stats.steps)
                    : 0.0;
    std::cout << std::fixed << "steps: " << stats.steps << '\n'
              << "events: " << stats.events << '\n'
              << "trace memory: " << stats.memoryBytes << " bytes (" << std::setprecision(1)
              << megabytes << " MB)\n"
              << "bytes per step: " << std::setprecision(1) << perStep << '\n'
              << "seconds: " << std::setprecision(3) << seconds << '\n';
    if (result.error) {
        std::cout << "error: " << result.error->type << ": " << result.error->message << '\n';
    }
}

// Why the CPython engine cannot run here, or nullopt when it can; fills python and tracer.
std::optional<std::string> cpythonMissing(memstep::engine::CpythonRun& run) {
    auto python = memstep::engine::findPython();
    if (!python) {
        return "no python3 was found on PATH: install python3 (3.11) to use the CPython engine";
    }
    auto tracer = memstep::engine::findTracer();
    if (!tracer) {
        return "memstep_cpython_trace.py was not found beside memstep-trace: reinstall memstep";
    }
    run.python = *python;
    run.tracer = *tracer;
    return std::nullopt;
}

// Runs the program under python3 and prints its trace; `bytes` is the program's file content
// when it came from standard input.
int runCpythonEngine(const Arguments& args, memstep::engine::CpythonRun run,
                     const std::string& bytes) {
    std::string stdinCopy;
    if (args.program == "-") {
        stdinCopy = (std::filesystem::temp_directory_path() / "memstep-program-XXXXXX").string();
        const int fd = ::mkstemp(stdinCopy.data());
        if (fd < 0 ||
            ::write(fd, bytes.data(), bytes.size()) != static_cast<ssize_t>(bytes.size())) {
            std::cerr << "memstep-trace: cannot write a temporary copy of the program\n";
            return kExitUsage;
        }
        ::close(fd);
        run.programPath = stdinCopy;
    } else {
        run.programPath = args.program;
    }
    if (args.stdinPath) {
        run.answersPath = std::filesystem::absolute(*args.stdinPath).string();
    } else if (args.program == "-") {
        run.answersPath = "/dev/null"; // standard input was the program
    }
    run.maxSteps = args.maxSteps.value_or(kDefaultMaxSteps);
    run.maxSeconds = args.maxSeconds.value_or(kDefaultMaxSeconds);
    run.maxHeapMb = args.maxHeapMb.value_or(kDefaultMaxHeapMb);
    run.maxJsonBytes = args.maxJsonMb.value_or(kJsonMaxMb) << 20;
    run.compact = args.compact;
    const memstep::engine::CpythonResult result = memstep::engine::runCpython(run, std::cout);
    if (!stdinCopy.empty()) {
        std::filesystem::remove(stdinCopy);
    }
    if (!result.started) {
        std::cerr << "memstep-trace: " << result.problem << '\n';
        return kExitUsage;
    }
    return std::cout ? 0 : 1;
}

// --engine auto after the built-in interpreter refused the program: the window's offer, on the
// command line. The note says which engine ran and why; input() answers already read by the
// built-in run are given to the CPython run again, before the rest of standard input.
int runCpythonInstead(const Arguments& args, memstep::engine::CpythonRun cpython,
                      const std::string& bytes, const Diagnostic& refusal,
                      const std::vector<std::string>& answered) {
    std::string version = memstep::engine::pythonVersion(cpython.python);
    std::cerr << "memstep-trace: memstep's interpreter does not support this program: "
              << refusal.message << "; ran with " << (version.empty() ? "python3" : version)
              << '\n';
    if (args.stdinPath || args.program == "-") {
        return runCpythonEngine(args, std::move(cpython), bytes);
    }
    // input() answers from standard input: the lines the built-in run read, then the
    // rest, in a file the CPython run reads from the start.
    std::string answers;
    for (const std::string& line : answered) {
        answers += line + "\n";
    }
    answers += readAll(std::cin).value_or("");
    std::string path = (std::filesystem::temp_directory_path() / "memstep-answers-XXXXXX").string();
    const int fd = ::mkstemp(path.data());
    if (fd < 0 ||
        ::write(fd, answers.data(), answers.size()) != static_cast<ssize_t>(answers.size())) {
        std::cerr << "memstep-trace: cannot write a temporary file of the answers\n";
        return kExitUsage;
    }
    ::close(fd);
    Arguments withAnswers = args;
    withAnswers.stdinPath = path;
    const int status = runCpythonEngine(withAnswers, std::move(cpython), bytes);
    std::filesystem::remove(path);
    return status;
}

int run(const Arguments& args) {
    std::string bytes;
    std::string filename = pythonFilename(args.program);
    if (args.program == "-") {
        auto all = readAll(std::cin);
        if (!all) {
            std::cerr << "memstep-trace: cannot read standard input\n";
            return kExitUsage;
        }
        bytes = std::move(*all);
    } else {
        std::ifstream file(args.program, std::ios::binary);
        auto all = file ? readAll(file) : std::nullopt;
        if (!all) {
            cannotOpen(args.program);
            return kExitUsage;
        }
        bytes = std::move(*all);
    }
    std::ifstream stdinFile;
    if (args.stdinPath) {
        stdinFile.open(*args.stdinPath, std::ios::binary);
        if (!stdinFile) {
            cannotOpen(*args.stdinPath);
            return kExitUsage;
        }
    }
    std::istream& input = args.stdinPath ? static_cast<std::istream&>(stdinFile) : std::cin;
    const bool programFromStdin = args.program == "-" && !args.stdinPath;

    RunOptions options;
    options.filename = filename;
    const bool recording = args.mode != Mode::Run;
    options.record = recording;
    options.limits.maxSteps = args.maxSteps.value_or(recording ? kDefaultMaxSteps : kRunMaxSteps);
    options.limits.maxHeapBytes = args.maxHeapMb.value_or(kDefaultMaxHeapMb) << 20;
    options.limits.maxSeconds = args.maxSeconds.value_or(recording ? kDefaultMaxSeconds : 0);
    const bool terminal = ::isatty(STDOUT_FILENO) != 0;
    const bool universalNewlines = args.mode != Mode::Run && args.stdinPath.has_value();
    std::vector<std::string> answered; // for a CPython run after this one (--engine auto)
    options.readInput = [&](std::string_view) -> std::optional<std::string> {
        std::cout.flush();
        auto line = programFromStdin ? std::nullopt : readLine(input, universalNewlines);
        if (line && args.engine == Engine::Auto) {
            answered.push_back(*line);
        }
        return line;
    };
    if (args.mode == Mode::Run) {
        options.onOutput = [terminal](std::string_view text) {
            std::cout << text;
            if (terminal && text.find('\n') != std::string_view::npos) {
                std::cout.flush();
            }
        };
    }

    SourceText source = decodeSource(bytes, filename);
    memstep::engine::CpythonRun cpython;
    cpython.filename = filename;
    cpython.source = source.text;
    if (args.engine == Engine::Cpython) {
        if (auto missing = cpythonMissing(cpython)) {
            std::cerr << "memstep-trace: " << *missing << '\n';
            return kExitUsage;
        }
        return runCpythonEngine(args, std::move(cpython), bytes);
    }
    const auto start = std::chrono::steady_clock::now();
    RunResult result;
    if (source.error) {
        result.error = source.error;
    } else {
        result = runProgram(source.text, options);
    }
    const std::chrono::duration<double> seconds = std::chrono::steady_clock::now() - start;

    switch (args.mode) {
    case Mode::Run:
        std::cout.flush();
        if (result.error) {
            const Diagnostic& error = *result.error;
            const std::string& text = error.printed.empty() ? error.traceback : error.printed;
            if (!text.empty()) {
                std::cerr << text;
                if (text.back() != '\n') {
                    std::cerr << '\n';
                }
                return 1;
            }
            // Only an uncaught SystemExit prints nothing: python3 exits with its int code.
            try {
                return error.message.empty() ? 0 : std::stoi(error.message) & 0xff;
            } catch (const std::exception&) {
                return 0;
            }
        }
        return 0;
    case Mode::Stats:
        printStats(result, seconds.count());
        return 0;
    case Mode::Json:
        if (args.engine == Engine::Auto && result.error && result.error->type == kUnsupported &&
            !cpythonMissing(cpython)) {
            return runCpythonInstead(args, std::move(cpython), bytes, *result.error, answered);
        }
        writeTraceJson(std::cout, result, source.text,
                       JsonOptions{args.maxJsonMb.value_or(kJsonMaxMb) << 20, args.compact});
        std::cout.flush();
        return std::cout ? 0 : 1;
    }
    return 0;
}

} // namespace

int main(int argc, char** argv) {
    std::ios::sync_with_stdio(false);
    std::string problem;
    const std::optional<Arguments> args = parseArguments(argc, argv, &problem);
    if (!args) {
        std::cerr << "memstep-trace: " << problem << '\n' << kUsage;
        return kExitUsage;
    }
    if (args->help) {
        std::cout << kUsage;
        return 0;
    }
    if (args->version) {
        std::cout << "memstep-trace " << memstep::kVersion << '\n';
        return 0;
    }
    return run(*args);
}
