// memstep-trace: the command-line tracer. Placeholder until the trace CLI lands.
#include "memstep/version.h"

#include <cstring>
#include <iostream>

int main(int argc, char** argv) {
    if (argc > 1 && std::strcmp(argv[1], "--version") == 0) {
        std::cout << "memstep-trace " << memstep::kVersion << '\n';
        return 0;
    }
    std::cerr << "usage: memstep-trace [--version] PROGRAM.py\n";
    return 2;
}
