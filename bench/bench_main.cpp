// memstep_bench: Google Benchmark's runner, with a QApplication first when the diagram is built
// in (offscreen unless QT_QPA_PLATFORM says otherwise), because layout and painting need one.
#include "benchmarks.h"

#include <benchmark/benchmark.h>

#if MEMSTEP_BENCH_WITH_UI
#include <QApplication>
#endif

int main(int argc, char** argv) {
#if MEMSTEP_BENCH_WITH_UI
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    memstep::bench::registerUiBenchmarks();
#endif
    memstep::bench::registerCoreBenchmarks();
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
