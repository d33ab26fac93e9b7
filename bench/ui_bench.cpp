// Benchmarks of the diagram: laying out and drawing one step, exporting it as PNG, and a proxy
// for the animation frame time, all on hand-built states so they measure the window's code
// alone, not the interpreter.
//
// "Draw" means what the window does for a step: DiagramScene::showState (layout plus creating or
// updating the items) followed by painting the whole scene into an image the size of the diagram.
// The scene has no animation yet, so the animation target is reported from the cost of
// repainting a 200-object scene, which is the least one animation frame must do.
#include "benchmarks.h"
#include "diagram_layout.h"
#include "diagram_scene.h"
#include "memstep/trace.h"

#include <benchmark/benchmark.h>

#include <QImage>
#include <QPainter>
#include <QTemporaryDir>

#include <string>

namespace memstep::bench {
namespace {

using core::HeapObject;
using core::ObjectId;

HeapObject scalar(const char* type, std::string value) {
    HeapObject object;
    object.type = type;
    object.value = std::move(value);
    return object;
}

// A state with exactly `objectCount` heap objects (objectCount >= 1): a module frame whose
// `records` names a list of small [name, count, ratio] lists, the rest as loose ints, plus a
// function frame sharing some of them, which is what a first course's programs look like.
core::ProgramState makeState(int objectCount) {
    core::ProgramState state;
    std::uint32_t nextId = 1;
    auto add = [&](HeapObject object) {
        const ObjectId id{nextId++};
        state.heap.emplace(id, std::move(object));
        return id;
    };

    core::FrameState module;
    module.id = core::FrameId{1};
    module.function = "<module>";
    module.line = 12;
    core::FrameState function;
    function.id = core::FrameId{2};
    function.function = "summarise";
    function.line = 5;

    const ObjectId records = add(HeapObject{.type = "list"});
    module.vars.emplace_back("records", records);
    function.vars.emplace_back("rows", records);
    const int recordCount = (objectCount - 1) / 4;
    for (int i = 0; i < recordCount; ++i) {
        HeapObject record{.type = "list"};
        record.items.push_back(add(scalar("str", "item" + std::to_string(i))));
        record.items.push_back(add(scalar("int", std::to_string(1000 + i))));
        record.items.push_back(add(scalar("float", std::to_string(i) + ".5")));
        const ObjectId recordId = add(std::move(record));
        state.heap[records].items.push_back(recordId);
        if (i == recordCount - 1)
            function.vars.emplace_back("last", recordId);
    }
    const int loose = objectCount - 1 - 4 * recordCount;
    for (int i = 0; i < loose; ++i)
        module.vars.emplace_back("n" + std::to_string(i), add(scalar("int", std::to_string(500 + i))));

    state.frames.push_back(std::move(module));
    state.frames.push_back(std::move(function));
    state.stdoutText = "ready\n";
    return state;
}

bool checkSize(benchmark::State& state, const core::ProgramState& program, int objectCount) {
    if (static_cast<int>(program.heap.size()) == objectCount)
        return true;
    state.SkipWithError("error: the hand-built state has the wrong number of objects");
    return false;
}

QImage renderScene(ui::DiagramScene& scene, qreal scale) {
    const QRectF source = scene.diagramRect();
    QImage image((source.size() * scale).toSize(), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    scene.render(&painter, QRectF(QPointF(0, 0), source.size() * scale), source);
    return image;
}

// The layout alone: geometry of boxes, cells and arrows, no items, no painting.
void layoutOnly(benchmark::State& state) {
    const int objectCount = static_cast<int>(state.range(0));
    const core::ProgramState program = makeState(objectCount);
    if (!checkSize(state, program, objectCount))
        return;
    ui::DiagramLayout layout;
    for (auto _ : state) {
        layout.reset();
        ui::DiagramLayoutResult result = layout.layout(program, {});
        benchmark::DoNotOptimize(result.bounds);
    }
    state.counters["objects"] = objectCount;
}

// A step shown for the first time in a fresh scene, then painted: the target's measure.
void layoutAndDraw(benchmark::State& state) {
    const int objectCount = static_cast<int>(state.range(0));
    const core::ProgramState program = makeState(objectCount);
    if (!checkSize(state, program, objectCount))
        return;
    ui::DiagramScene scene;
    std::size_t items = 0;
    for (auto _ : state) {
        scene.clearDiagram();
        scene.showState(program);
        QImage image = renderScene(scene, 1.0);
        benchmark::DoNotOptimize(image.bits());
        items = scene.objectItemCount();
    }
    state.counters["objects"] = objectCount;
    state.counters["object_items"] = static_cast<double>(items);
}

// Repainting an unchanged scene: the floor of one animation frame.
void repaint(benchmark::State& state) {
    const int objectCount = static_cast<int>(state.range(0));
    const core::ProgramState program = makeState(objectCount);
    if (!checkSize(state, program, objectCount))
        return;
    ui::DiagramScene scene;
    scene.showState(program);
    for (auto _ : state) {
        QImage image = renderScene(scene, 1.0);
        benchmark::DoNotOptimize(image.bits());
    }
    state.counters["objects"] = objectCount;
}

// The diagram of a 100-object step written as a 2x PNG, as File > Export Diagram does.
void exportPng(benchmark::State& state) {
    const int objectCount = static_cast<int>(state.range(0));
    const core::ProgramState program = makeState(objectCount);
    if (!checkSize(state, program, objectCount))
        return;
    QTemporaryDir dir;
    const QString path = dir.filePath("diagram.png");
    ui::DiagramScene scene;
    for (auto _ : state) {
        scene.clearDiagram();
        scene.showState(program);
        if (!renderScene(scene, 2.0).save(path, "PNG")) {
            state.SkipWithError("error: the PNG could not be written");
            break;
        }
    }
    state.counters["objects"] = objectCount;
}

} // namespace

void registerUiBenchmarks() {
    benchmark::RegisterBenchmark("layout_only", layoutOnly)
        ->Arg(10)->Arg(100)->Arg(1000)->Unit(benchmark::kMillisecond);
    benchmark::RegisterBenchmark("layout_draw", layoutAndDraw)
        ->Arg(10)->Arg(100)->Arg(1000)->Unit(benchmark::kMillisecond);
    benchmark::RegisterBenchmark("repaint", repaint)->Arg(200)->Unit(benchmark::kMillisecond);
    benchmark::RegisterBenchmark("export_png", exportPng)->Arg(100)->Unit(benchmark::kMillisecond);
}

} // namespace memstep::bench
