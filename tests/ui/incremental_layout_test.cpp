// A step costs what it changed, and draws exactly what a from-scratch layout draws.
//
// DiagramLayout keeps object boxes and arrow routes between calls, and DiagramScene leaves
// items alone whose box or arrow did not change. These tests walk the steps of every example
// and of big generated states in many orders (forwards, backwards, random jumps) and check,
// geometry by geometry and item by item, that the result equals a layout made with nothing
// kept, given the same remembered positions.
#include "arrow_item.h"
#include "box_item.h"
#include "diagram_layout.h"
#include "diagram_scene.h"
#include "memstep/run.h"
#include "state_builder.h"

#include <QDir>
#include <QFile>
#include <QGraphicsView>
#include <QPaintEvent>
#include <QRegion>
#include <QTest>
#include <gtest/gtest.h>
#include <random>
#include <set>

using memstep::core::ObjectId;
using memstep::core::ProgramState;
using namespace memstep::ui;
using memstep::ui::test::StateBuilder;

namespace {

// Layout results compared exactly: every box, cell and arrow, coordinate for coordinate.
void expectSameLayout(const DiagramLayoutResult& cached, const DiagramLayoutResult& fresh,
                      const std::string& what) {
    ASSERT_EQ(cached.frames.size(), fresh.frames.size()) << what;
    ASSERT_EQ(cached.objects.size(), fresh.objects.size()) << what;
    ASSERT_EQ(cached.arrows.size(), fresh.arrows.size()) << what;
    for (std::size_t i = 0; i < fresh.frames.size(); ++i) {
        EXPECT_TRUE(sameBox(cached.frames[i], fresh.frames[i])) << what << ": frame " << i;
    }
    for (std::size_t i = 0; i < fresh.objects.size(); ++i) {
        EXPECT_TRUE(sameBox(cached.objects[i], fresh.objects[i]))
            << what << ": object " << fresh.objects[i].object.value;
    }
    for (std::size_t i = 0; i < fresh.arrows.size(); ++i) {
        EXPECT_TRUE(sameArrow(cached.arrows[i], fresh.arrows[i]))
            << what << ": arrow " << fresh.arrows[i].source.toString().toStdString();
    }
    EXPECT_EQ(cached.bounds.x(), fresh.bounds.x()) << what;
    EXPECT_EQ(cached.bounds.y(), fresh.bounds.y()) << what;
    EXPECT_EQ(cached.bounds.width(), fresh.bounds.width()) << what;
    EXPECT_EQ(cached.bounds.height(), fresh.bounds.height()) << what;
}

// The scene's items show exactly the boxes and arrows of `fresh`, and nothing else.
void expectItemsShow(const DiagramScene& scene, const DiagramLayoutResult& fresh,
                     const std::string& what) {
    ASSERT_EQ(scene.frameItemCount(), fresh.frames.size()) << what;
    ASSERT_EQ(scene.objectItemCount(), fresh.objects.size()) << what;
    ASSERT_EQ(scene.arrowItemCount(), fresh.arrows.size()) << what;
    for (const LayoutBox& box : fresh.frames) {
        const BoxItem* item = scene.frameItem(box.frame);
        ASSERT_NE(item, nullptr) << what;
        EXPECT_TRUE(sameBox(item->box(), movedBy(box, -box.rect.topLeft())))
            << what << ": frame " << box.frame.value;
        EXPECT_EQ(item->pos().x(), box.rect.x()) << what;
        EXPECT_EQ(item->pos().y(), box.rect.y()) << what;
    }
    for (const LayoutBox& box : fresh.objects) {
        const BoxItem* item = scene.objectItem(box.object);
        ASSERT_NE(item, nullptr) << what;
        EXPECT_TRUE(sameBox(item->box(), movedBy(box, -box.rect.topLeft())))
            << what << ": object " << box.object.value;
        EXPECT_EQ(item->pos().x(), box.rect.x()) << what;
        EXPECT_EQ(item->pos().y(), box.rect.y()) << what;
    }
    for (const LayoutArrow& arrow : fresh.arrows) {
        const ArrowItem* item = scene.arrowItem(arrow.source);
        ASSERT_NE(item, nullptr) << what;
        EXPECT_TRUE(sameArrow(item->arrow(), arrow))
            << what << ": arrow " << arrow.source.toString().toStdString();
    }
}

// Step orders a person can take: forwards through all, backwards through all, and jumps.
std::vector<std::size_t> visits(std::size_t steps, unsigned seed) {
    std::vector<std::size_t> order;
    for (std::size_t s = 0; s < steps; ++s) {
        order.push_back(s);
    }
    for (std::size_t s = steps; s-- > 0;) {
        order.push_back(s);
    }
    std::mt19937 random(seed);
    std::uniform_int_distribution<std::size_t> pick(0, steps - 1);
    for (int i = 0; i < 20; ++i) {
        const std::size_t at = pick(random);
        order.push_back(at);
        if (at + 1 < steps) {
            order.push_back(at + 1); // and a step on from there
        }
    }
    return order;
}

// Two layouts given the same states in the same order, one keeping boxes and routes, the
// other forgetting them before every call; both remember positions the same way.
void expectCachesChangeNothing(const std::vector<ProgramState>& states,
                               const LayoutOptions& options, const std::string& name,
                               unsigned seed) {
    DiagramLayout cached;
    DiagramLayout fresh;
    for (std::size_t step : visits(states.size(), seed)) {
        const DiagramLayoutResult a = cached.layout(states[step], options);
        fresh.forgetCaches();
        const DiagramLayoutResult b = fresh.layout(states[step], options);
        expectSameLayout(a, b, name + " step " + std::to_string(step));
        if (testing::Test::HasFailure()) {
            return;
        }
    }
}

std::vector<ProgramState> exampleStates(const QString& file) {
    QFile f(QDir(QStringLiteral(MEMSTEP_EXAMPLES_DIR)).filePath(file));
    if (!f.open(QIODevice::ReadOnly)) {
        return {};
    }
    memstep::core::RunOptions options;
    options.readInput = [](std::string_view) { return std::optional<std::string>("Ada"); };
    const memstep::core::RunResult run =
        memstep::core::runProgram(f.readAll().toStdString(), options);
    std::vector<ProgramState> states;
    for (std::size_t step = 0; step < run.trace.stepCount(); ++step) {
        states.push_back(run.trace.state(step));
    }
    return states;
}

QStringList exampleFiles() {
    return QDir(QStringLiteral(MEMSTEP_EXAMPLES_DIR))
        .entryList({QStringLiteral("*.py")}, QDir::Files, QDir::Name);
}

// A big state changed one thing at a time: a list of `rows` lists of `columns` distinct ints
// (all drawn as boxes with arrows), then each following state rebinds a name, sets a cell,
// appends a new int, adds a new list, or drops one of the rows.
std::vector<ProgramState> growingStates(int rows, int columns, int changes, unsigned seed) {
    StateBuilder b;
    std::vector<ObjectId> rowIds;
    long long next = 100000;
    for (int r = 0; r < rows; ++r) {
        std::vector<ObjectId> items;
        for (int c = 0; c < columns; ++c) {
            items.push_back(b.integer(next++));
        }
        rowIds.push_back(b.list(items));
    }
    const ObjectId grid = b.list(rowIds);
    b.frame("<module>", {{"grid", grid}, {"total", b.integer(1)}});
    b.frame("walk", {{"row", rowIds.front()}});
    std::vector<ProgramState> states{b.state};
    std::mt19937 random(seed);
    for (int i = 0; i < changes; ++i) {
        auto& gridItems = b.state.heap.at(grid).items;
        std::uniform_int_distribution<std::size_t> pickRow(0, gridItems.size() - 1);
        const ObjectId row = gridItems[pickRow(random)];
        auto& items = b.state.heap.at(row).items;
        switch (random() % 5) {
        case 0:
            b.state.frames[0].vars[1].second = b.integer(next++);
            break;
        case 1:
            if (!items.empty()) {
                items[random() % items.size()] = b.integer(next++);
            }
            break;
        case 2:
            items.push_back(b.integer(next++));
            break;
        case 3:
            gridItems.push_back(b.list({b.integer(next++), b.str("new")}));
            break;
        case 4:
            if (gridItems.size() > 2) {
                gridItems.erase(gridItems.begin() + std::ptrdiff_t(random() % gridItems.size()));
            }
            break;
        }
        b.state.frames[1].vars[0].second = gridItems[random() % gridItems.size()];
        // What no frame reaches any more is gone, as after a free.
        std::set<ObjectId> reached;
        std::vector<ObjectId> todo;
        for (const auto& frame : b.state.frames) {
            for (const auto& var : frame.vars) {
                todo.push_back(var.second);
            }
        }
        while (!todo.empty()) {
            const ObjectId id = todo.back();
            todo.pop_back();
            if (reached.insert(id).second) {
                for (ObjectId item : b.state.heap.at(id).items) {
                    todo.push_back(item);
                }
            }
        }
        std::erase_if(b.state.heap,
                      [&](const auto& entry) { return reached.count(entry.first) == 0; });
        states.push_back(b.state);
    }
    return states;
}

} // namespace

TEST(IncrementalLayout, EveryExampleStepInAnyOrderEqualsAFreshLayout) {
    const QStringList files = exampleFiles();
    ASSERT_GE(files.size(), 10);
    unsigned seed = 1;
    for (const QString& file : files) {
        const std::vector<ProgramState> states = exampleStates(file);
        ASSERT_FALSE(states.empty()) << file.toStdString();
        expectCachesChangeNothing(states, {}, file.toStdString(), seed);
        expectCachesChangeNothing(states, {.showIds = true}, file.toStdString() + " (inline, ids)",
                                  seed + 100);
        ++seed;
        if (HasFailure()) {
            return;
        }
    }
}

// Sizes on each side of the router's modes: arrows kept apart (up to 64), detours (up to
// 300), single curves only (more).
TEST(IncrementalLayout, GeneratedStatesWithArrowsKeptApartEqualAFreshLayout) {
    expectCachesChangeNothing(growingStates(3, 8, 30, 7), {}, "40 objects", 7);
}

TEST(IncrementalLayout, GeneratedStatesWithDetoursEqualAFreshLayout) {
    expectCachesChangeNothing(growingStates(8, 10, 12, 8), {}, "90 objects", 8);
}

TEST(IncrementalLayout, BigGeneratedStatesEqualAFreshLayout) {
    expectCachesChangeNothing(growingStates(30, 40, 10, 9), {}, "1,230 objects", 9);
}

TEST(IncrementalLayout, SceneItemsEqualAFreshLayoutWhicheverWayTheStepWasReached) {
    for (const QString& file :
         {QStringLiteral("05_list_of_lists.py"), QStringLiteral("07_linked_list.py"),
          QStringLiteral("11_call_frames.py"), QStringLiteral("18_copy_vs_deepcopy.py")}) {
        const std::vector<ProgramState> states = exampleStates(file);
        ASSERT_FALSE(states.empty()) << file.toStdString();
        DiagramScene scene;
        DiagramLayout fresh;
        for (std::size_t step : visits(states.size(), 3)) {
            scene.showState(states[step]);
            fresh.forgetCaches();
            const DiagramLayoutResult expected = fresh.layout(states[step], {});
            const std::string what = file.toStdString() + " step " + std::to_string(step);
            expectSameLayout(scene.currentLayout(), expected, what);
            expectItemsShow(scene, expected, what);
            if (HasFailure()) {
                return;
            }
        }
    }
    const std::vector<ProgramState> big = growingStates(20, 30, 20, 4);
    DiagramScene scene;
    DiagramLayout fresh;
    for (std::size_t step : visits(big.size(), 5)) {
        scene.showState(big[step]);
        fresh.forgetCaches();
        const DiagramLayoutResult expected = fresh.layout(big[step], {});
        expectItemsShow(scene, expected, "generated step " + std::to_string(step));
        if (HasFailure()) {
            return;
        }
    }
}

// What a widget repaints.
class Painted : public QObject {
public:
    QRegion region;
    bool eventFilter(QObject*, QEvent* event) override {
        if (event->type() == QEvent::Paint) {
            region += static_cast<QPaintEvent*>(event)->region();
        }
        return false;
    }
};

qreal areaOf(const QRegion& region) {
    qreal area = 0;
    for (const QRect& rect : region) {
        area += qreal(rect.width()) * rect.height();
    }
    return area;
}

// Rebinding one name of a 600-object diagram repaints about the boxes and arrows it touched,
// not every item in view.
TEST(IncrementalLayout, AStepThatChangesOneThingRepaintsLittle) {
    const ProgramState first = growingStates(20, 30, 0, 1).front();
    ProgramState next = first;
    memstep::core::HeapObject fortyTwo;
    fortyTwo.type = "int";
    fortyTwo.value = "42";
    const ObjectId fresh{999999};
    next.heap[fresh] = fortyTwo;
    const ObjectId old = next.frames[0].vars[1].second;
    next.frames[0].vars[1].second = fresh;
    next.heap.erase(old);

    DiagramScene scene;
    scene.showState(first);
    QGraphicsView view(&scene);
    view.resize(900, 700);
    view.show();
    view.fitInView(scene.diagramRect(), Qt::KeepAspectRatio); // every item in view
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    QCoreApplication::processEvents();
    QRegion items;
    for (QGraphicsItem* item : scene.items()) {
        items += view.mapFromScene(item->sceneBoundingRect()).boundingRect();
    }
    items &= view.viewport()->rect();
    Painted painted;
    view.viewport()->installEventFilter(&painted);
    scene.showState(next);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !painted.region.isEmpty(); }, 2000));
    QCoreApplication::processEvents();
    EXPECT_LT(areaOf(painted.region), 0.2 * areaOf(items))
        << "repainted " << areaOf(painted.region) << " px, items cover " << areaOf(items);
}
