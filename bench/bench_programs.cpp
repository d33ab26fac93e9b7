#include "bench_programs.h"

#include <cstdlib>
#include <fstream>
#include <sstream>

namespace memstep::bench {

std::string programSource(const std::string& name) {
    const char* overridden = std::getenv("MEMSTEP_BENCH_PROGRAMS");
    const std::string dir = overridden ? overridden : MEMSTEP_BENCH_PROGRAMS_DIR;
    std::ifstream in(dir + "/" + name + ".py", std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

} // namespace memstep::bench
