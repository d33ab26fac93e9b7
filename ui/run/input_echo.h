// What a terminal shows of input(): the typed answer and its newline after the prompt.
//
// CPython with piped input (and so memstep's trace and `memstep-trace`) prints only the
// prompt, so the output reads "How old are you? Name: Ann will be 18". A student typed the
// answers at a terminal in their mind: the window's output pane shows them there, as
// "How old are you? 17\nName: Ann\n...". The trace itself is never changed; the echoes are
// kept beside it, each at the byte of output where the program read its line.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace memstep::ui {

struct InputEcho {
    std::size_t position = 0; // bytes of output printed before the answer was read
    std::string answer;       // UTF-8, without the newline
};

// The output with each echo whose position it reaches inserted there, followed by "\n".
// An echo at exactly the output's end is shown: the prompt (the step that read the line)
// is the last thing printed.
std::string withEchoes(std::string_view output, const std::vector<InputEcho>& echoes);

} // namespace memstep::ui
