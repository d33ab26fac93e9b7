// The CPython engine (engine/cpython) run from the window: the program goes to python3 in a
// child process, under the same limits as the built-in interpreter, and its trace comes back
// as JSON, read into the RunResult the window draws (trace_json_reader.h).
//
// Unlike memstep's own interpreter, python3 runs the program with the user's rights: it can
// read and change their files. The window says so wherever it offers this engine.
#pragma once

#include "memstep/run_options.h"
#include "memstep/run_result.h"

#include <QString>
#include <QStringList>
#include <atomic>
#include <functional>
#include <optional>
#include <string>

namespace memstep::ui {

// Which interpreter runs a program: memstep's own, python3, or memstep's with python3
// offered when memstep's refuses the program (the window's default).
// The values number Preferences' choices, in this order.
enum class Engine { Builtin, Cpython, Auto };

// Why python3 cannot run programs here ("no python3 was found on PATH..."), or nullopt.
std::optional<QString> cpythonMissing();
// "Python 3.11" for the python3 found, or "python3" when it cannot say.
QString cpythonName();

// Diagnostic type of a run the CPython engine could not make (no python3, an unreadable trace).
inline constexpr const char* kEngineError = "EngineError";

// Runs `source` under python3 and returns its trace. input() reads `answers` first; when the
// program asks for more (it ends in EOFError with every answer read), askMore is called with
// the prompt it printed and, given an answer, the program runs again from the start with it:
// python3 cannot be paused at an input() the way the built-in interpreter is. `cancel` ends
// the child at once.
core::RunResult runWithCpython(const std::string& source, const std::string& filename,
                               const core::RunLimits& limits, QStringList answers,
                               const std::function<std::optional<QString>(const QString&)>& askMore,
                               const std::atomic<bool>* cancel);

} // namespace memstep::ui
