// Benchmarks of the diagram: laying out and drawing one step, exporting it as PNG, and the
// animation frame time, all on hand-built states so they measure the window's code
// alone, not the interpreter.
//
// "Draw" means what the window does for a step: DiagramScene::showState (layout plus creating or
// updating the items) followed by painting what a window shows at 100% zoom, a 1280x800 view of
// the diagram's top-left corner. draw_full paints the whole diagram instead, which is what an
// export costs and grows with the diagram's area. repaint is the least one animation frame
// must do; animation_frame is a real one (StepAnimator posing items mid-step, then painting).
//
// step_forward, step_back and jump drive the window itself (MainWindow::stepForward, stepBack,
// goToStep, then the event loop until the view has repainted) on the recorded trace of a
// program that grows a list of lists to N objects and then changes one thing per step: what a
// key press or the slider costs, captions and output pane included.
#include "benchmarks.h"
#include "diagram_exporter.h"
#include "diagram_layout.h"
#include "diagram_scene.h"
#include "diagram_view.h"
#include "main_window.h"
#include "memstep/trace.h"
#include "step_animator.h"

#include <QAction>
#include <QApplication>
#include <QElapsedTimer>
#include <QImage>
#include <QPainter>
#include <QTemporaryDir>
#include <benchmark/benchmark.h>
#include <memory>
#include <random>
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
        module.vars.emplace_back("n" + std::to_string(i),
                                 add(scalar("int", std::to_string(500 + i))));

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

// A window's diagram pane at 100% zoom, scrolled to the top left.
constexpr QSizeF kViewSize{1280, 800};

// Paints `source` of the scene into an image of the same size, antialiased like the view.
QImage renderScene(ui::DiagramScene& scene, const QRectF& source) {
    QImage image(source.size().toSize().expandedTo(QSize(1, 1)),
                 QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    scene.render(&painter, QRectF(QPointF(0, 0), source.size()), source);
    return image;
}

QImage renderView(ui::DiagramScene& scene) {
    const QRectF all = scene.diagramRect();
    return renderScene(scene, QRectF(all.topLeft(), kViewSize));
}

// The layout alone: geometry of boxes, cells and arrows, no items, no painting. The second
// argument is the view: 0 the default (scalars in containers written in their cells), 1 every
// object a box.
void layoutOnly(benchmark::State& state) {
    const int objectCount = static_cast<int>(state.range(0));
    const core::ProgramState program = makeState(objectCount);
    if (!checkSize(state, program, objectCount))
        return;
    const ui::LayoutOptions options{.everyObject = state.range(1) != 0};
    ui::DiagramLayout layout;
    for (auto _ : state) {
        layout.reset();
        ui::DiagramLayoutResult result = layout.layout(program, options);
        benchmark::DoNotOptimize(result.bounds);
    }
    state.counters["objects"] = objectCount;
}

// A step shown for the first time in a fresh scene, then the window's view of it painted: the
// target's measure.
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
        QImage image = renderView(scene);
        benchmark::DoNotOptimize(image.bits());
        items = scene.objectItemCount();
    }
    state.counters["objects"] = objectCount;
    state.counters["object_items"] = static_cast<double>(items);
    state.counters["diagram_width"] = scene.diagramRect().width();
    state.counters["diagram_height"] = scene.diagramRect().height();
}

// The same, painting the whole diagram: grows with its area, as an export does.
void drawFull(benchmark::State& state) {
    const int objectCount = static_cast<int>(state.range(0));
    const core::ProgramState program = makeState(objectCount);
    if (!checkSize(state, program, objectCount))
        return;
    ui::DiagramScene scene;
    for (auto _ : state) {
        scene.clearDiagram();
        scene.showState(program);
        QImage image = renderScene(scene, scene.diagramRect());
        benchmark::DoNotOptimize(image.bits());
    }
    state.counters["objects"] = objectCount;
    state.counters["diagram_height"] = scene.diagramRect().height();
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
        QImage image = renderView(scene);
        benchmark::DoNotOptimize(image.bits());
    }
    state.counters["objects"] = objectCount;
}

core::Event allocation(ObjectId id, const HeapObject& contents) {
    core::Event event;
    event.kind = core::EventKind::Allocate;
    event.object = id;
    event.contents = contents;
    return event;
}

// One animation frame of a busy step on a 200-object diagram: StepAnimator::setProgress (every
// moving item posed) plus repainting the window's view. The step rebinds ten names to new
// ints (ten objects grow, ten arrows slide, ten old ints fade) and appends to a list (a flash
// and a new arrow): more at once than a real step does. A frame must take under 16.7 ms.
void animationFrame(benchmark::State& state) {
    const int objectCount = static_cast<int>(state.range(0));
    const core::ProgramState before = makeState(objectCount);
    if (!checkSize(state, before, objectCount))
        return;
    core::ProgramState after = before;
    std::vector<core::Event> events;
    std::uint32_t nextId = static_cast<std::uint32_t>(objectCount) + 1;
    core::FrameState& module = after.frames.front();
    const int rebinds = std::min<int>(10, static_cast<int>(module.vars.size()) - 1);
    for (int i = 0; i < rebinds; ++i) {
        core::NamedRef& var = module.vars[std::size_t(i + 1)];
        const ObjectId fresh{nextId++};
        after.heap.emplace(fresh, scalar("int", std::to_string(9000 + i)));
        events.push_back(allocation(fresh, after.heap.at(fresh)));
        core::Event rebind;
        rebind.kind = core::EventKind::Rebind;
        rebind.frame = module.id;
        rebind.name = var.first;
        rebind.object = fresh;
        rebind.from = var.second;
        events.push_back(rebind);
        var.second = fresh;
    }
    for (const core::Event& event : std::vector<core::Event>(events)) {
        if (event.kind == core::EventKind::Rebind) {
            after.heap.erase(event.from);
            core::Event free;
            free.kind = core::EventKind::Free;
            free.object = event.from;
            events.push_back(free);
        }
    }
    const ObjectId records = module.vars.front().second;
    const ObjectId appended{nextId++};
    after.heap.emplace(appended, scalar("int", "7"));
    after.heap.at(records).items.push_back(appended);
    events.push_back(allocation(appended, after.heap.at(appended)));
    core::Event append;
    append.kind = core::EventKind::Mutate;
    append.object = records;
    append.op = core::MutateOp::Insert;
    append.index = std::int64_t(after.heap.at(records).items.size() - 1);
    append.value = appended;
    events.push_back(append);

    ui::DiagramScene scene;
    ui::StepAnimator animator(&scene);
    constexpr int kFramesPerStep = 30;
    int frame = kFramesPerStep;
    for (auto _ : state) {
        if (frame == kFramesPerStep) {
            state.PauseTiming();
            animator.finish();
            scene.clearDiagram();
            scene.showState(before);
            animator.prepare(after, events);
            frame = 0;
            state.ResumeTiming();
        }
        ++frame;
        animator.setProgress(qreal(frame) / kFramesPerStep);
        QImage image = renderView(scene);
        benchmark::DoNotOptimize(image.bits());
    }
    state.counters["objects"] = objectCount;
    state.counters["phases"] = animator.phaseCount();
}

// The diagram of a 100-object step written as a 2x PNG by the window's exporter, as File >
// Export Diagram does with the step on screen.
void exportPng(benchmark::State& state) {
    const int objectCount = static_cast<int>(state.range(0));
    const core::ProgramState program = makeState(objectCount);
    if (!checkSize(state, program, objectCount))
        return;
    QTemporaryDir dir;
    const QString path = dir.filePath("diagram.png");
    ui::DiagramScene scene;
    scene.showState(program);
    const ui::DiagramExporter exporter(scene);
    for (auto _ : state) {
        QString error;
        if (!exporter.writePng(path, ui::ExportOptions{}, &error)) {
            state.SkipWithError(("error: " + error.toStdString()).c_str());
            break;
        }
    }
    state.counters["objects"] = objectCount;
}

// Constructing the main window and showing it, up to its first paint. (The memstep executable
// offers no flag to quit once shown, so start-up is measured in-process.) Settings are read
// from Qt's test locations, set in main(), so a developer's own window state cannot skew it.
void windowStartup(benchmark::State& state) {
    for (auto _ : state) {
        auto window = std::make_unique<ui::MainWindow>();
        window->show();
        QApplication::processEvents();
        window->repaint();
        benchmark::DoNotOptimize(window.get());
        state.PauseTiming();
        window.reset();
        QApplication::processEvents();
        state.ResumeTiming();
    }
}

// A program whose diagram grows to about `objectCount` objects (a list of rows of 99 distinct
// ints, or one shorter row) and then changes one thing a step: rebinds a name, sets a cell,
// appends, rebinds a name to a new list, deletes it again.
std::string steppingProgram(int objectCount) {
    const int columns = std::min(99, std::max(1, objectCount - 2));
    const int rows = std::max(1, (objectCount - 1 + (columns + 1) / 2) / (columns + 1));
    std::string source = "rows = []\nfor r in range(" + std::to_string(rows) +
                         "):\n    row = []\n"
                         "    for c in range(" +
                         std::to_string(columns) +
                         "):\n"
                         "        row.append(100000 + r * 1000 + c)\n    rows.append(row)\n";
    for (int i = 0; i < 8; ++i) {
        const std::string n = std::to_string(i);
        source += "total = " + std::to_string(5000 + i) + "\n";
        source += "rows[" + std::to_string(i % rows) + "][" + n +
                  "] = " + std::to_string(7000 + i) + "\n";
        source += "rows[" + std::to_string((i * 7) % rows) + "].append(" +
                  std::to_string(8000 + i) + ")\n";
        source += "extra = [" + n + "000, 'x" + n + "']\n";
        source += "del extra\n";
    }
    return source;
}

// The window, shown, with the stepping program run and its last step on screen. Animation off
// (a Step then shows its target at once, as Back and jumps always do), view at 100%, not fitted,
// captions on, every object drawn as a box (the default view writes these ints in their rows'
// cells, a diagram of a few dozen boxes): everything a step can cost.
struct SteppingWindow {
    std::unique_ptr<ui::MainWindow> window;
    int steps = 0;
    int objects = 0;

    explicit SteppingWindow(int objectCount) : window(std::make_unique<ui::MainWindow>()) {
        window->resize(1600, 1000);
        window->setAnimationSpeed(ui::AnimationSpeed::Off);
        window->captionsAction()->setChecked(true);
        window->everyObjectAction()->setChecked(true);
        window->view()->resetZoom();
        window->show();
        window->setSource(QString::fromStdString(steppingProgram(objectCount)));
        window->visualize();
        QElapsedTimer waited;
        waited.start();
        while ((window->isRunning() || !window->hasVisualization()) && waited.elapsed() < 120000)
            QApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
        steps = window->stepCount();
        if (steps > 0) {
            window->goLast();
            QApplication::processEvents();
            objects = static_cast<int>(window->scene()->objectItemCount());
        }
    }

    // Shows a step the way a key press does and lets the window repaint what changed.
    template <typename F> void show(F&& action) {
        action();
        QApplication::processEvents();
    }
};

// The last steps of the stepping program, each changing one thing.
constexpr int kChangeSteps = 40;

bool checkWindow(benchmark::State& state, const SteppingWindow& w, int objectCount) {
    if (w.steps <= kChangeSteps || w.objects < objectCount * 9 / 10) {
        state.SkipWithError("error: the stepping program did not reach its size");
        return false;
    }
    return true;
}

void stepForward(benchmark::State& state) {
    const int objectCount = static_cast<int>(state.range(0));
    SteppingWindow w(objectCount);
    if (!checkWindow(state, w, objectCount))
        return;
    const int first = w.steps - kChangeSteps;
    w.show([&] { w.window->goToStep(first); });
    for (auto _ : state) {
        if (w.window->currentStep() + 1 >= w.steps) {
            state.PauseTiming();
            w.show([&] { w.window->goToStep(first); });
            state.ResumeTiming();
        }
        w.show([&] { w.window->stepForward(); });
    }
    state.counters["objects"] = w.objects;
}

void stepBack(benchmark::State& state) {
    const int objectCount = static_cast<int>(state.range(0));
    SteppingWindow w(objectCount);
    if (!checkWindow(state, w, objectCount))
        return;
    const int first = w.steps - kChangeSteps;
    for (auto _ : state) {
        if (w.window->currentStep() <= first) {
            state.PauseTiming();
            w.show([&] { w.window->goLast(); });
            state.ResumeTiming();
        }
        w.show([&] { w.window->stepBack(); });
    }
    state.counters["objects"] = w.objects;
}

// The slider dragged anywhere: a jump to a random step of the whole run (so on average a third
// of the diagram differs), seeded, so every run jumps the same way.
void jump(benchmark::State& state) {
    const int objectCount = static_cast<int>(state.range(0));
    SteppingWindow w(objectCount);
    if (!checkWindow(state, w, objectCount))
        return;
    std::mt19937 random(14);
    std::uniform_int_distribution<int> pick(0, w.steps - 1);
    for (auto _ : state)
        w.show([&] { w.window->goToStep(pick(random)); });
    state.counters["objects"] = w.objects;
    state.counters["steps"] = w.steps;
}

} // namespace

void registerUiBenchmarks() {
    for (auto [name, function] : {std::pair{"step_forward", &stepForward},
                                  std::pair{"step_back", &stepBack}, std::pair{"jump", &jump}})
        benchmark::RegisterBenchmark(name, function)
            ->Arg(45)
            ->Arg(1000)
            ->Arg(10000)
            ->Unit(benchmark::kMillisecond)
            ->MinTime(1.0);
    benchmark::RegisterBenchmark("layout_only", layoutOnly)
        ->ArgsProduct({{10, 100, 1000}, {0, 1}})
        ->Unit(benchmark::kMillisecond);
    benchmark::RegisterBenchmark("layout_draw", layoutAndDraw)
        ->Arg(10)
        ->Arg(100)
        ->Arg(1000)
        ->Unit(benchmark::kMillisecond);
    // Not 1000: that diagram is about 68,000 pixels tall, a 270 MB image.
    benchmark::RegisterBenchmark("draw_full", drawFull)
        ->Arg(10)
        ->Arg(100)
        ->Unit(benchmark::kMillisecond);
    benchmark::RegisterBenchmark("repaint", repaint)->Arg(200)->Unit(benchmark::kMillisecond);
    benchmark::RegisterBenchmark("animation_frame", animationFrame)
        ->Arg(200)
        ->Unit(benchmark::kMillisecond);
    benchmark::RegisterBenchmark("export_png", exportPng)->Arg(100)->Unit(benchmark::kMillisecond);
    benchmark::RegisterBenchmark("window_startup", windowStartup)->Unit(benchmark::kMillisecond);
}

} // namespace memstep::bench
