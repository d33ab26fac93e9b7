// What the caption tests share: every step's caption of a program, the examples' sources, and
// the small checks they read captions with (step_caption_test.cpp, step_caption_language_test.cpp).
#pragma once

#include "example_library.h"
#include "memstep/run.h"
#include "step_caption.h"

#include <QString>
#include <algorithm>
#include <string>
#include <vector>

namespace caption_test {

// The caption of every step of a program, in order, in the language installed now.
inline std::vector<std::string> captions(const std::string& source) {
    const memstep::core::RunResult run = memstep::core::runProgram(source);
    std::vector<std::string> result;
    memstep::core::ProgramState before;
    for (std::size_t i = 0; i < run.trace.stepCount(); ++i) {
        const memstep::core::ProgramState after = run.trace.state(i);
        result.push_back(
            memstep::ui::describeStep(before, after, run.trace.events(i), run.trace.stepInfo(i)));
        before = after;
    }
    return result;
}

// An example's source from the resources (":/examples/01_seed_same_object.py").
inline std::string seed(const char* resource) {
    return memstep::ui::ExampleLibrary::source({QString(), QString::fromLatin1(resource)})
        .toStdString();
}

inline bool contains(const std::vector<std::string>& all, const std::string& caption) {
    return std::find(all.begin(), all.end(), caption) != all.end();
}

// All captions, a line each: what a failing check prints.
inline std::string joined(const std::vector<std::string>& all) {
    std::string text;
    for (const std::string& caption : all) {
        text += caption + "\n";
    }
    return text;
}

} // namespace caption_test
