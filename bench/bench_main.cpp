// memstep_bench: Google Benchmark's runner, with a QApplication first when the diagram is built
// in (offscreen unless QT_QPA_PLATFORM says otherwise), because layout and painting need one.
// Qt's test mode keeps the window benchmarks away from the user's settings.
#include "benchmarks.h"

#include <benchmark/benchmark.h>

#if MEMSTEP_BENCH_WITH_UI
#include <QApplication>
#include <QStandardPaths>
#endif

int main(int argc, char** argv) {
#if MEMSTEP_BENCH_WITH_UI
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Settings, autosave and recent files go to Qt's test locations, not the user's.
    QStandardPaths::setTestModeEnabled(true);
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
