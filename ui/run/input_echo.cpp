#include "input_echo.h"

namespace memstep::ui {

std::string withEchoes(std::string_view output, const std::vector<InputEcho>& echoes) {
    std::string text;
    text.reserve(output.size());
    std::size_t done = 0;
    for (const InputEcho& echo : echoes) {
        // Echoes come in the order the program read them, so positions never go back.
        if (echo.position > output.size() || echo.position < done) {
            break;
        }
        text.append(output.substr(done, echo.position - done));
        text.append(echo.answer);
        text.push_back('\n');
        done = echo.position;
    }
    text.append(output.substr(done));
    return text;
}

} // namespace memstep::ui
