// Arrow routing checked on real pictures: every step of every bundled example, and hand-built
// states that crowd arrows (a list of lists, many names for one object, wrapped lists).
#include "diagram_layout.h"
#include "layout_geometry.h"
#include "memstep/run.h"
#include "shared_runs.h"
#include "state_builder.h"

#include <QDir>
#include <QFile>
#include <QLineF>
#include <algorithm>
#include <cmath>
#include <gtest/gtest.h>
#include <map>
#include <set>

using memstep::core::FrameId;
using memstep::core::ObjectId;
using memstep::ui::CellRole;
using memstep::ui::DiagramLayout;
using memstep::ui::DiagramLayoutResult;
using memstep::ui::LayoutArrow;
using memstep::ui::LayoutBox;
using memstep::ui::LayoutCell;
using memstep::ui::LayoutOptions;
using memstep::ui::test::allBoxes;
using memstep::ui::test::onEdge;
using memstep::ui::test::StateBuilder;

namespace {

// The drawn curve as a fine polyline (finer than the router's own check).
std::vector<QPointF> polyline(const LayoutArrow& a) {
    constexpr int kPiecesPerCubic = 200;
    std::vector<QPointF> points = {a.start};
    for (const auto& piece : memstep::ui::arrowCurve(a)) {
        for (int i = 1; i <= kPiecesPerCubic; ++i) {
            const qreal t = qreal(i) / kPiecesPerCubic;
            const qreal u = 1 - t;
            points.push_back(u * u * u * piece[0] + 3 * u * u * t * piece[1] +
                             3 * u * t * t * piece[2] + t * t * t * piece[3]);
        }
    }
    return points;
}

// Whether segment ab runs through the inside of r, found by fine stepping (independent of the
// router's clipping arithmetic).
bool segmentEnters(QPointF a, QPointF b, const QRectF& r) {
    const QRectF inside = r.adjusted(0.5, 0.5, -0.5, -0.5);
    constexpr int kSteps = 8;
    for (int i = 0; i <= kSteps; ++i) {
        if (inside.contains(a + (b - a) * (qreal(i) / kSteps))) {
            return true;
        }
    }
    return false;
}

const LayoutBox* sourceBox(const DiagramLayoutResult& r, const LayoutArrow& arrow) {
    return arrow.source.fromFrame ? r.findFrame(FrameId{arrow.source.box})
                                  : r.findObject(ObjectId{arrow.source.box});
}

std::size_t sourceCell(const LayoutArrow& arrow) {
    return arrow.source.cell;
}

// Every property issue #5 asks of the arrows of one picture; `what` names it in failures.
// cleanSlots: also require that no arrow runs over another cell of its own box (true unless a
// list wraps, where a middle row's cells have no free edge).
void expectCleanArrows(const DiagramLayoutResult& r, const std::string& what,
                       bool cleanSlots = true) {
    const std::vector<const LayoutBox*> boxes = allBoxes(r);
    std::map<ObjectId, std::vector<QPointF>> ends;
    for (const LayoutArrow& arrow : r.arrows) {
        const std::string name = what + " " + arrow.source.toString().toStdString();
        const LayoutBox* source = sourceBox(r, arrow);
        const LayoutBox* target = r.findObject(arrow.target);
        ASSERT_NE(source, nullptr) << name;
        ASSERT_NE(target, nullptr) << name;
        const std::size_t cellIndex = sourceCell(arrow);
        ASSERT_LT(cellIndex, source->cells.size()) << name;
        const LayoutCell& cell = source->cells[cellIndex];
        EXPECT_EQ(cell.target, arrow.target) << name;
        EXPECT_LT(QLineF(arrow.start, cell.anchor).length(), 0.01)
            << name << " does not start at its slot";
        EXPECT_TRUE(cell.rect.contains(arrow.start)) << name;
        EXPECT_TRUE(onEdge(arrow.end, target->rect))
            << name << " does not end on its target's edge";
        ends[arrow.target].push_back(arrow.end);

        const std::vector<QPointF> points = polyline(arrow);
        for (const LayoutBox* box : boxes) {
            if (box == source || box == target) {
                continue;
            }
            bool crosses = false;
            for (std::size_t i = 1; i < points.size() && !crosses; ++i) {
                crosses = segmentEnters(points[i - 1], points[i], box->rect);
            }
            EXPECT_FALSE(crosses) << name << " runs through " << box->title.toStdString() << " box";
        }
        if (cleanSlots) {
            for (std::size_t c = 0; c < source->cells.size(); ++c) {
                const LayoutCell& other = source->cells[c];
                if (c == cellIndex || other.role != CellRole::Value) {
                    continue;
                }
                bool crosses = false;
                for (std::size_t i = 1; i < points.size() && !crosses; ++i) {
                    crosses = segmentEnters(points[i - 1], points[i], other.rect);
                }
                EXPECT_FALSE(crosses) << name << " runs over cell " << c << " of its own box";
            }
            // Nor through the title and indices above its box's cells (below them in a box
            // drawn upside down).
            QRectF cells;
            for (const LayoutCell& c : source->cells) {
                if (c.role == CellRole::Value) {
                    cells |= c.rect;
                }
            }
            const QRectF title =
                source->upward ? QRectF(QPointF(cells.left() + 0.5, cells.bottom() + 0.5),
                                        QPointF(cells.right() - 0.5, source->rect.bottom() - 0.5))
                               : QRectF(QPointF(cells.left() + 0.5, source->rect.top() + 0.5),
                                        QPointF(cells.right() - 0.5, cells.top() - 0.5));
            const bool strikes = std::any_of(points.begin(), points.end(),
                                             [&](QPointF p) { return title.contains(p); });
            EXPECT_FALSE(strikes) << name << " runs through its box's title";
        }
    }
    for (const auto& [target, points] : ends) {
        for (std::size_t i = 0; i < points.size(); ++i) {
            for (std::size_t j = i + 1; j < points.size(); ++j) {
                EXPECT_GT(QLineF(points[i], points[j]).length(), 4.0)
                    << what << ": two arrows into object " << target.value << " end at one point";
            }
        }
    }
}

// Two arrows that run along one line for a stretch read as one: the pairs of arrows sharing
// more than kMaxShared cells of a 2-pixel grid, away from the boxes where they leave and
// arrive (where arrows into one object must meet). A crossing shares a cell or two.
void expectArrowsApart(const DiagramLayoutResult& r, const std::string& what) {
    constexpr qreal kGrid = 2;
    constexpr std::size_t kMaxShared = 12; // about 24 pixels side by side
    constexpr qreal kNearBox = 16;
    std::vector<QRectF> nearBoxes;
    for (const LayoutBox* b : allBoxes(r)) {
        nearBoxes.push_back(b->rect.adjusted(-kNearBox, -kNearBox, kNearBox, kNearBox));
    }
    std::vector<std::set<std::pair<int, int>>> cells(r.arrows.size());
    for (std::size_t i = 0; i < r.arrows.size(); ++i) {
        for (const QPointF& p : polyline(r.arrows[i])) {
            if (std::none_of(nearBoxes.begin(), nearBoxes.end(),
                             [&](const QRectF& b) { return b.contains(p); })) {
                cells[i].emplace(int(std::floor(p.x() / kGrid)), int(std::floor(p.y() / kGrid)));
            }
        }
    }
    for (std::size_t i = 0; i < r.arrows.size(); ++i) {
        for (std::size_t j = i + 1; j < r.arrows.size(); ++j) {
            std::size_t shared = 0;
            for (const auto& c : cells[i]) {
                shared += cells[j].count(c);
            }
            EXPECT_LE(shared, kMaxShared)
                << what << ": arrows " << r.arrows[i].source.toString().toStdString() << " and "
                << r.arrows[j].source.toString().toStdString() << " run along one line";
        }
    }
}

bool hasWrappedList(const memstep::core::ProgramState& state) {
    for (const auto& [id, object] : state.heap) {
        if ((object.type == "list" || object.type == "tuple" || object.type == "set" ||
             object.type == "frozenset") &&
            object.items.size() > std::size_t(DiagramLayout::kMaxCellsPerRow)) {
            return true;
        }
    }
    return false;
}

} // namespace

TEST(ArrowRouting, EveryStepOfEveryExampleHasCleanArrows) {
    const QDir dir(QStringLiteral(MEMSTEP_EXAMPLES_DIR));
    const QStringList files = dir.entryList({QStringLiteral("*.py")}, QDir::Files, QDir::Name);
    ASSERT_GE(files.size(), 10);
    for (const QString& file : files) {
        QFile f(dir.filePath(file));
        ASSERT_TRUE(f.open(QIODevice::ReadOnly)) << file.toStdString();
        const QByteArray source = f.readAll();
        memstep::core::RunOptions options;
        options.readInput = [](std::string_view) { return std::optional<std::string>("Ada"); };
        const memstep::core::RunResult run =
            memstep::core::runProgram(source.toStdString(), options);
        ASSERT_GT(run.trace.stepCount(), 0u) << file.toStdString();
        for (const bool everyObject : {false, true}) {
            DiagramLayout layout; // one per run, stepping forwards like the window
            for (std::size_t step = 0; step < run.trace.stepCount(); ++step) {
                const memstep::core::ProgramState state = run.trace.state(step);
                const DiagramLayoutResult r = layout.layout(state, {.everyObject = everyObject});
                const std::string what = file.toStdString() + " step " + std::to_string(step) +
                                         (everyObject ? " (every object)" : "");
                expectCleanArrows(r, what, !hasWrappedList(state));
                expectArrowsApart(r, what);
            }
        }
    }
}

TEST(ArrowRouting, ListOfListsArrowsLeaveTheirCellsAndArriveApart) {
    // grid = [[0] * 3] * 3: three cells of one list point at one inner list.
    StateBuilder b;
    const ObjectId zero = b.integer(0);
    const ObjectId inner = b.list({zero, zero, zero});
    const ObjectId grid = b.list({inner, inner, inner});
    b.frame("<module>", {{"grid", grid}});
    DiagramLayout layout;
    const DiagramLayoutResult r = layout.layout(b.state, {.everyObject = true});
    ASSERT_EQ(r.arrows.size(), 7u); // grid, three into inner, three into 0
    expectCleanArrows(r, "grid");
    // A list of lists is drawn as a column: each arrow leaves its cell by its own row, never
    // across a neighbouring cell.
    const LayoutBox* outer = r.findObject(grid);
    ASSERT_NE(outer, nullptr);
    int fromGrid = 0;
    for (const LayoutArrow& arrow : r.arrows) {
        if (arrow.source.fromFrame || arrow.source.box != grid.value) {
            continue;
        }
        ++fromGrid;
        const QRectF cell = outer->cells[sourceCell(arrow)].rect;
        for (const QPointF& p : polyline(arrow)) {
            if (outer->rect.contains(p)) {
                EXPECT_GE(p.y(), cell.top() - 0.5);
                EXPECT_LE(p.y(), cell.bottom() + 0.5);
            }
        }
    }
    EXPECT_EQ(fromGrid, 3);
}

TEST(ArrowRouting, CellsSharingOneIntRunApart) {
    // The list-of-lists gotcha's picture: twelve cells in five lists point at one int 0 (and
    // two at 5), so most arrows must detour round the lists to reach it.
    StateBuilder b;
    const ObjectId zero = b.integer(0);
    const ObjectId five = b.integer(5);
    const ObjectId row = b.list({five, zero, zero});
    const ObjectId grid = b.list({row, row, row});
    const ObjectId first = b.list({five, zero, zero});
    const ObjectId second = b.list({zero, zero, zero});
    const ObjectId third = b.list({zero, zero, zero});
    const ObjectId fixed = b.list({first, second, third});
    b.frame("<module>", {{"grid", grid}, {"fixed", fixed}});
    DiagramLayout layout;
    const DiagramLayoutResult r = layout.layout(b.state, {.everyObject = true});
    ASSERT_EQ(r.arrows.size(), 20u);
    expectCleanArrows(r, "list of lists");
    expectArrowsApart(r, "list of lists");
}

TEST(ArrowRouting, ManyNamesForOneObjectEndApart) {
    StateBuilder b;
    const ObjectId shared = b.integer(7);
    std::vector<memstep::core::NamedRef> vars;
    for (int i = 0; i < 14; ++i) {
        vars.push_back({"v" + std::to_string(i), shared});
    }
    const ObjectId many = b.list({shared, shared, shared, shared, shared, shared});
    vars.push_back({"xs", many});
    b.frame("<module>", vars);
    b.frame("f", {{"x", shared}, {"y", shared}});
    DiagramLayout layout;
    const DiagramLayoutResult r = layout.layout(b.state, {});
    ASSERT_EQ(r.arrows.size(), 23u);
    expectCleanArrows(r, "shared");
}

TEST(ArrowRouting, RichStatesWithNestingAndDicts) {
    StateBuilder b;
    const ObjectId one = b.integer(1);
    const ObjectId two = b.integer(2);
    const ObjectId inner = b.list({one, two});
    const ObjectId outer = b.list({inner, inner, one, b.sequence("tuple", {two, inner})});
    const ObjectId name = b.str("name");
    const ObjectId person = b.dict({{name, b.str("Ada")}, {b.str("langs"), outer}});
    b.frame("<module>", {{"a", one}, {"xs", outer}, {"p", person}, {"ys", inner}});
    b.frame("f", {{"n", two}, {"zs", outer}, {"q", person}});
    DiagramLayout layout;
    expectCleanArrows(layout.layout(b.state, {}), "rich");
    layout.reset();
    expectCleanArrows(layout.layout(b.state, {}), "rich inline");
}

TEST(ArrowRouting, WrappedListArrowsStillMissOtherBoxes) {
    StateBuilder b;
    std::vector<ObjectId> items;
    for (int i = 0; i < 24; ++i) {
        items.push_back(b.list({b.integer(i)}));
    }
    b.frame("<module>", {{"rows", b.list(items)}});
    DiagramLayout layout;
    const DiagramLayoutResult r = layout.layout(b.state, {});
    expectCleanArrows(r, "wrapped", false);
}

TEST(ArrowRouting, ArrowsCrossingInANarrowGapDoNotRunAlongEachOther) {
    // A sparse table's query (TheAlgorithms' arrays/sparse_table.py, step 298): the ints the
    // frame names hang in the gap between the table's first two rows, and in the second row
    // slot 4 points at the 4 above slot 5 while slot 5 points at the 3 above slot 3. The two
    // arrows must cross; they took one shape of curve, whose flat middles ran along each other
    // for 13 px, and no detour fitted in the gap.
    StateBuilder b;
    std::map<int, ObjectId> ints;
    auto integer = [&](int v) {
        auto it = ints.find(v);
        return it != ints.end() ? it->second : ints.emplace(v, b.integer(v)).first->second;
    };
    auto row = [&](std::vector<int> values) {
        std::vector<ObjectId> items;
        for (int v : values) {
            items.push_back(integer(v));
        }
        return b.list(items);
    };
    const ObjectId table = b.list(
        {row({8, 1, 0, 3, 4, 9, 3}), row({1, 0, 0, 3, 4, 3, 0}), row({0, 0, 0, 3, 0, 0, 0})});
    b.frame("<module>",
            {{"build_sparse_table", b.function("build_sparse_table", {"number_list"})},
             {"query", b.function("query", {"sparse_table", "left_bound", "right_bound"})}});
    b.frame("query", {{"sparse_table", table},
                      {"left_bound", integer(4)},
                      {"right_bound", integer(6)},
                      {"j", integer(1)}})
        .returnValue = integer(3);
    DiagramLayout layout;
    for (bool everyObject : {false, true}) {
        layout.reset();
        const DiagramLayoutResult r = layout.layout(b.state, {.everyObject = everyObject});
        std::vector<std::vector<QPointF>> routes;
        for (const LayoutArrow& arrow : r.arrows) {
            routes.push_back(memstep::ui::routing::flattenedArrow(arrow));
        }
        for (const auto& run : memstep::ui::routing::findSharedRuns(routes)) {
            ADD_FAILURE() << (everyObject ? "every object: " : "default: ")
                          << r.arrows[run.first].source.toString().toStdString() << " and "
                          << r.arrows[run.second].source.toString().toStdString()
                          << " run along each other";
        }
        expectCleanArrows(r, everyObject ? "sparse table, every object" : "sparse table");
    }
}
