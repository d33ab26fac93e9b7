// runProgram: parse, resolve, run, and hand back output, error and trace.
#include "memstep/run.h"

#include "interp/interpreter.h"
#include "modules/modules.h"
#include "syntax/parser.h"

#include <exception>
#include <new>

namespace memstep::core {

RunResult runProgram(std::string_view source, const RunOptions& options) {
    RunResult result;
    try {
        syntax::ParseResult parsed = syntax::parse(source);
        if (parsed.error || !parsed.module) {
            Diagnostic d =
                parsed.error.value_or(Diagnostic{"SyntaxError", "invalid syntax", 0, 0, {}});
            d.traceback = syntax::formatSyntaxError(d, source, options.filename);
            result.error = std::move(d);
            if (options.record)
                result.trace =
                    TraceRecorder(std::string(source), options.checkpointInterval).finish();
            return result;
        }
        std::optional<TraceRecorder> recorder;
        if (options.record)
            recorder.emplace(std::string(source), options.checkpointInterval);
        {
            interp::Interpreter in(options, source, recorder ? &*recorder : nullptr,
                                   &modules::standardLibrary());
            interp::resolveModule(in, *parsed.module);
            if (in.unsupported) {
                result.error = *in.unsupported;
                if (result.error->traceback.empty())
                    result.error->traceback =
                        result.error->type + ": " + result.error->message + "\n";
            } else {
                result.error = in.run(*parsed.module);
            }
            result.stdoutText = in.output();
            result.steps = in.steps();
        }
        if (recorder)
            result.trace = recorder->finish();
    } catch (const std::bad_alloc&) {
        result.error =
            Diagnostic{kMemoryLimit, "the program needed more memory than this computer could give",
                       0, 0, "MemoryLimit: out of memory\n"};
    } catch (const std::exception& e) {
        result.error = Diagnostic{"InternalError", e.what(), 0, 0,
                                  std::string("InternalError: ") + e.what() + "\n"};
    }
    return result;
}

} // namespace memstep::core
