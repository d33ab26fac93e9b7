#include "diagram_layout.h"
#include "layout_geometry.h"
#include "memstep/run.h"
#include "python_id.h"
#include "state_builder.h"

#include <QElapsedTimer>
#include <QLineF>
#include <algorithm>
#include <gtest/gtest.h>
#include <iostream>
#include <set>

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

// A state with a bit of everything: two frames, shared references, nesting, a dict.
StateBuilder richState() {
    StateBuilder b;
    const ObjectId ten = b.integer(10);
    const ObjectId one = b.integer(1);
    const ObjectId two = b.integer(2);
    const ObjectId inner = b.list({one, two});
    const ObjectId outer = b.list({inner, inner, ten});
    const ObjectId name = b.str("name");
    const ObjectId ada = b.str("Ada");
    const ObjectId person = b.dict({{name, ada}});
    const ObjectId tup = b.sequence("tuple", {one, ada});
    const ObjectId f = b.function("f", {"n"});
    b.frame("<module>",
            {{"a", ten}, {"b", ten}, {"xs", outer}, {"person", person}, {"f", f}, {"t", tup}});
    b.frame("f", {{"n", ten}, {"ys", outer}});
    return b;
}

} // namespace

TEST(DiagramLayout, BoxesNeverOverlap) {
    StateBuilder b = richState();
    // Many small lists referenced from one frame, so placement has to stack and push down.
    std::vector<memstep::core::NamedRef> vars;
    for (int i = 0; i < 12; ++i) {
        vars.push_back({"v" + std::to_string(i), b.list({b.integer(300 + i)})});
    }
    b.frame("g", vars);
    DiagramLayout layout;
    const DiagramLayoutResult r = layout.layout(b.state, {});
    const auto boxes = allBoxes(r);
    ASSERT_GT(boxes.size(), 20u);
    for (std::size_t i = 0; i < boxes.size(); ++i) {
        for (std::size_t j = i + 1; j < boxes.size(); ++j) {
            EXPECT_FALSE(boxes[i]->rect.intersects(boxes[j]->rect))
                << boxes[i]->title.toStdString() << " overlaps " << boxes[j]->title.toStdString();
        }
    }
}

TEST(DiagramLayout, EveryArrowStartsAtItsSlotAndEndsOnItsTargetsEdge) {
    StateBuilder b = richState();
    DiagramLayout layout;
    const DiagramLayoutResult r = layout.layout(b.state, {});
    ASSERT_FALSE(r.arrows.empty());
    std::size_t slotCount = 0;
    for (const LayoutBox* box : allBoxes(r)) {
        for (const auto& cell : box->cells) {
            slotCount += cell.target.has_value() ? 1 : 0;
        }
    }
    EXPECT_EQ(slotCount, r.arrows.size());
    for (const LayoutArrow& arrow : r.arrows) {
        const LayoutBox* target = r.findObject(arrow.target);
        ASSERT_NE(target, nullptr);
        EXPECT_TRUE(onEdge(arrow.end, target->rect))
            << arrow.source.toString().toStdString() << " ends off its target";
        bool fromSlot = false;
        for (const LayoutBox* box : allBoxes(r)) {
            for (const auto& cell : box->cells) {
                if (cell.target == arrow.target &&
                    QLineF(cell.anchor, arrow.start).length() < 0.01 &&
                    cell.rect.contains(arrow.start)) {
                    fromSlot = true;
                }
            }
        }
        EXPECT_TRUE(fromSlot) << arrow.source.toString().toStdString();
    }
}

TEST(DiagramLayout, ArrowsToOneObjectEndAtDifferentPoints) {
    StateBuilder b;
    const ObjectId xs = b.list({});
    b.frame("<module>", {{"a", xs}, {"b", xs}, {"c", xs}});
    DiagramLayout layout;
    const DiagramLayoutResult r = layout.layout(b.state, {});
    ASSERT_EQ(r.arrows.size(), 3u);
    for (std::size_t i = 0; i < r.arrows.size(); ++i) {
        for (std::size_t j = i + 1; j < r.arrows.size(); ++j) {
            EXPECT_GT(QLineF(r.arrows[i].end, r.arrows[j].end).length(), 4.0);
        }
    }
}

TEST(DiagramLayout, PositionsStayWhenNothingMoved) {
    StateBuilder b = richState();
    DiagramLayout layout;
    const DiagramLayoutResult before = layout.layout(b.state, {.everyObject = true});
    // Next step: a new variable bound to a new object in the innermost frame.
    b.state.frames.back().vars.push_back({"z", b.list({b.integer(7)})});
    const DiagramLayoutResult after = layout.layout(b.state, {.everyObject = true});
    EXPECT_EQ(after.objects.size(), before.objects.size() + 2);
    for (const LayoutBox& old : before.objects) {
        const LayoutBox* now = after.findObject(old.object);
        ASSERT_NE(now, nullptr);
        EXPECT_EQ(now->rect.topLeft(), old.rect.topLeft()) << old.title.toStdString();
    }
    // Going back to the first state gives the first picture again.
    b.state.frames.back().vars.pop_back();
    const DiagramLayoutResult again = layout.layout(b.state, {.everyObject = true});
    for (const LayoutBox& old : before.objects) {
        EXPECT_EQ(again.findObject(old.object)->rect, old.rect);
    }
}

TEST(DiagramLayout, ThePictureOfAStateDoesNotDependOnTheWayThere) {
    // Five states of a growing linked list with a walking `cur`; laid out forwards, backwards
    // and in a jumping order by one layout, each must equal a fresh layout of that state.
    std::vector<memstep::core::ProgramState> states;
    StateBuilder b;
    const ObjectId none = b.scalar("NoneType", "None");
    ObjectId head = none;
    std::vector<ObjectId> nodes;
    for (int i = 0; i < 5; ++i) {
        head = b.instance("Node", {{"value", b.integer(i)}, {"next", head}});
        nodes.push_back(head);
        b.state.frames.clear();
        b.frame("<module>", {{"head", head}, {"cur", nodes.front()}, {"i", b.integer(i)}});
        states.push_back(b.state);
    }
    std::vector<DiagramLayoutResult> fresh;
    for (const auto& state : states) {
        fresh.push_back(DiagramLayout().layout(state, {}));
    }
    DiagramLayout layout;
    for (const std::size_t step : {0, 1, 2, 3, 4, 3, 2, 1, 0, 4, 0, 2, 4, 1}) {
        const DiagramLayoutResult r = layout.layout(states[step], {});
        ASSERT_EQ(r.objects.size(), fresh[step].objects.size()) << step;
        for (std::size_t k = 0; k < r.objects.size(); ++k) {
            EXPECT_TRUE(memstep::ui::sameBox(r.objects[k], fresh[step].objects[k])) << step;
        }
        ASSERT_EQ(r.arrows.size(), fresh[step].arrows.size()) << step;
        for (std::size_t k = 0; k < r.arrows.size(); ++k) {
            EXPECT_TRUE(memstep::ui::sameArrow(r.arrows[k], fresh[step].arrows[k])) << step;
        }
    }
    // The chain is one row: every node level with the head, each right of the one before.
    const DiagramLayoutResult last = layout.layout(states.back(), {});
    for (std::size_t k = nodes.size() - 1; k > 0; --k) {
        const LayoutBox* left = last.findObject(nodes[k]);
        const LayoutBox* right = last.findObject(nodes[k - 1]);
        ASSERT_NE(left, nullptr);
        ASSERT_NE(right, nullptr);
        EXPECT_EQ(left->rect.top(), right->rect.top());
        EXPECT_LT(left->rect.right(), right->rect.left());
    }
}

TEST(DiagramLayout, FramesStackInCallOrder) {
    StateBuilder b = richState();
    b.frame("g", {});
    DiagramLayout layout;
    const DiagramLayoutResult r = layout.layout(b.state, {});
    ASSERT_EQ(r.frames.size(), 3u);
    EXPECT_EQ(r.frames[0].title, "Global frame");
    EXPECT_EQ(r.frames[1].title, "f");
    EXPECT_EQ(r.frames[2].title, "g");
    EXPECT_LT(r.frames[0].rect.bottom(), r.frames[1].rect.top());
    EXPECT_LT(r.frames[1].rect.bottom(), r.frames[2].rect.top());
    EXPECT_FALSE(r.frames[0].active);
    EXPECT_TRUE(r.frames[2].active);
    for (const LayoutBox& object : r.objects) {
        EXPECT_GT(object.rect.left(), r.frames[0].rect.right());
    }
}

TEST(DiagramLayout, NestedObjectsReadLeftToRight) {
    StateBuilder b;
    const ObjectId leaf = b.list({});
    const ObjectId middle = b.list({leaf});
    const ObjectId top = b.list({middle});
    b.frame("<module>", {{"x", top}});
    DiagramLayout layout;
    const DiagramLayoutResult r = layout.layout(b.state, {});
    EXPECT_GT(r.findObject(middle)->rect.left(), r.findObject(top)->rect.right());
    EXPECT_GT(r.findObject(leaf)->rect.left(), r.findObject(middle)->rect.right());
}

TEST(DiagramLayout, ReturnValueRowOnReturningFrame) {
    StateBuilder b;
    const ObjectId result = b.integer(120);
    b.frame("<module>", {});
    b.frame("fact", {}).returnValue = result;
    DiagramLayout layout;
    const DiagramLayoutResult r = layout.layout(b.state, {});
    ASSERT_EQ(r.frames.size(), 2u);
    EXPECT_TRUE(r.frames[1].returning);
    ASSERT_EQ(r.frames[1].cells.size(), 2u);
    EXPECT_EQ(r.frames[1].cells[0].text, "Return value");
    EXPECT_EQ(r.frames[1].cells[1].target, result);
}

TEST(DiagramLayout, ListCellsAreIndexedAndWrap) {
    StateBuilder b;
    std::vector<ObjectId> items;
    for (int i = 0; i < 25; ++i) {
        items.push_back(b.integer(i));
    }
    const ObjectId xs = b.list(items);
    b.frame("<module>", {{"xs", xs}});
    DiagramLayout layout;
    const DiagramLayoutResult r = layout.layout(b.state, {});
    const LayoutBox* box = r.findObject(xs);
    ASSERT_NE(box, nullptr);
    int captions = 0;
    int values = 0;
    for (const auto& cell : box->cells) {
        if (cell.role == CellRole::Caption) {
            EXPECT_EQ(cell.text, QString::number(captions));
            ++captions;
        } else if (cell.role == CellRole::Value) {
            EXPECT_EQ(cell.text, QString::number(values));
            ++values;
        }
    }
    EXPECT_EQ(captions, 25);
    EXPECT_EQ(values, 25);
    // Three rows of at most kMaxCellsPerRow cells: much taller than wide would be one row.
    EXPECT_GT(box->rect.height(), 3 * DiagramLayout::kCellHeight);
}

TEST(DiagramLayout, ScalarsInContainersAreInlineUnlessAVariableNamesThem) {
    StateBuilder b = richState();
    DiagramLayout layout;
    const DiagramLayoutResult boxed = layout.layout(b.state, {.everyObject = true});
    const DiagramLayoutResult shown = layout.layout(b.state, {});
    EXPECT_LT(shown.objects.size(), boxed.objects.size());
    // Names always point at boxes: a and b share the one int 10.
    const LayoutBox& global = shown.frames[0];
    ASSERT_TRUE(global.cells[1].target.has_value());
    ASSERT_TRUE(global.cells[3].target.has_value());
    EXPECT_EQ(*global.cells[1].target, *global.cells[3].target);
    ASSERT_NE(shown.findObject(*global.cells[1].target), nullptr);
    // xs = [inner, inner, 10]: the 10 is named by a, so its slot is an arrow to a's box;
    // inner = [1, 2] names nothing, so 1 and 2 are text in their cells.
    const LayoutBox* outer = shown.findObject(*global.cells[5].target);
    ASSERT_NE(outer, nullptr);
    std::vector<const LayoutCell*> values;
    for (const LayoutCell& cell : outer->cells) {
        if (cell.role == CellRole::Value) {
            values.push_back(&cell);
        }
    }
    ASSERT_EQ(values.size(), 3u);
    EXPECT_EQ(values[2]->target, global.cells[1].target);
    const LayoutBox* inner = shown.findObject(*values[0]->target);
    ASSERT_NE(inner, nullptr);
    QStringList texts;
    for (const LayoutCell& cell : inner->cells) {
        if (cell.role == CellRole::Value) {
            EXPECT_FALSE(cell.target.has_value());
            texts << cell.text;
        }
    }
    EXPECT_EQ(texts, (QStringList{"1", "2"}));
    for (const LayoutBox& box : shown.objects) {
        EXPECT_NE(box.title, "str") << "no variable names a str here";
    }
    // Every object on the heap: each int has its box and each slot its arrow.
    int ints = 0;
    for (const LayoutBox& box : boxed.objects) {
        ints += box.title == "int" ? 1 : 0;
    }
    EXPECT_EQ(ints, 3);
}

namespace {

// The arrows into a value a variable names, from the slots of `list`.
int arrowsFromList(const DiagramLayoutResult& result, const LayoutBox& frame, std::size_t listRow,
                   std::size_t valueRow) {
    const LayoutBox* list = result.findObject(*frame.cells[listRow].target);
    EXPECT_NE(list, nullptr);
    int arrows = 0;
    for (const LayoutCell& cell : list->cells) {
        arrows += cell.role == CellRole::Value && cell.target == frame.cells[valueRow].target;
    }
    return arrows;
}

} // namespace

TEST(DiagramLayout, AValueNamedByAVariableAndHeldByManySlotsIsWrittenInThem) {
    // i = 0 beside [0, 0, 0]: three arrows show the sharing. Beside nine zeros, nine arrows into
    // one small box could not be followed: the slots write 0, and i still points at its box.
    for (const int zeros : {3, 8, 9, 60}) {
        StateBuilder b;
        const ObjectId zero = b.integer(0);
        const ObjectId list = b.list(std::vector<ObjectId>(std::size_t(zeros), zero));
        b.frame("<module>", {{"i", zero}, {"row", list}});
        DiagramLayout layout;
        const DiagramLayoutResult shown = layout.layout(b.state, {});
        const LayoutBox& global = shown.frames[0];
        ASSERT_TRUE(global.cells[1].target.has_value());
        EXPECT_NE(shown.findObject(*global.cells[1].target), nullptr) << zeros;
        EXPECT_EQ(arrowsFromList(shown, global, 3, 1), zeros <= 8 ? zeros : 0) << zeros;
        const DiagramLayoutResult boxed = layout.layout(b.state, {.everyObject = true});
        EXPECT_EQ(arrowsFromList(boxed, boxed.frames[0], 3, 1), zeros) << zeros;
    }
}

TEST(DiagramLayout, DictKeysAreInlineAndStrsQuoted) {
    StateBuilder b;
    const ObjectId key = b.str("name");
    const ObjectId value = b.str("Ada");
    const ObjectId d = b.dict({{key, value}});
    b.frame("<module>", {{"d", d}});
    DiagramLayout layout;
    const DiagramLayoutResult r = layout.layout(b.state, {.everyObject = true});
    const LayoutBox* box = r.findObject(d);
    ASSERT_NE(box, nullptr);
    ASSERT_EQ(box->cells.size(), 2u);
    EXPECT_EQ(box->cells[0].text, "'name'");
    EXPECT_EQ(box->cells[1].target, value);
    EXPECT_EQ(r.findObject(key), nullptr);
    ASSERT_NE(r.findObject(value), nullptr);
    EXPECT_EQ(r.findObject(value)->cells[0].text, "'Ada'");
    // By default the value is text too: no variable names it.
    const DiagramLayoutResult table = layout.layout(b.state, {});
    ASSERT_NE(table.findObject(d), nullptr);
    ASSERT_EQ(table.findObject(d)->cells.size(), 2u);
    EXPECT_EQ(table.findObject(d)->cells[1].text, "'Ada'");
    EXPECT_EQ(table.findObject(value), nullptr);
}

TEST(DiagramLayout, CollectionsContainersAreDrawnAsListsAndDicts) {
    // A deque has numbered cells like a list; a Counter (any type with entries) has key/value
    // rows like a dict; an empty deque says so.
    StateBuilder b;
    const ObjectId one = b.integer(1);
    const ObjectId two = b.integer(2);
    const ObjectId key = b.str("a");
    const ObjectId queue = b.sequence("deque", {one, two});
    const ObjectId empty = b.sequence("deque", {});
    memstep::core::HeapObject counter;
    counter.type = "Counter";
    counter.entries = {{key, two}};
    const ObjectId tally = b.add(counter);
    b.frame("<module>", {{"q", queue}, {"e", empty}, {"c", tally}});
    DiagramLayout layout;
    const DiagramLayoutResult r = layout.layout(b.state, {});
    const LayoutBox* q = r.findObject(queue);
    ASSERT_NE(q, nullptr);
    EXPECT_EQ(q->title, "deque");
    QStringList captions, values;
    for (const LayoutCell& cell : q->cells) {
        (cell.role == CellRole::Caption ? captions : values) << cell.text;
    }
    EXPECT_EQ(captions, (QStringList{"0", "1"}));
    EXPECT_EQ(values, (QStringList{"1", "2"}));
    const LayoutBox* e = r.findObject(empty);
    ASSERT_NE(e, nullptr);
    ASSERT_EQ(e->cells.size(), 1u);
    EXPECT_EQ(e->cells[0].text, "empty");
    const LayoutBox* c = r.findObject(tally);
    ASSERT_NE(c, nullptr);
    EXPECT_EQ(c->title, "Counter");
    ASSERT_EQ(c->cells.size(), 2u);
    EXPECT_EQ(c->cells[0].text, "'a'");
    EXPECT_EQ(c->cells[1].text, "2");
}

TEST(DiagramLayout, IdsShownOnRequest) {
    StateBuilder b;
    const ObjectId ten = b.integer(10);
    b.frame("<module>", {{"a", ten}});
    DiagramLayout layout;
    EXPECT_TRUE(layout.layout(b.state, {}).findObject(ten)->idText.isEmpty());
    const DiagramLayoutResult r = layout.layout(b.state, {.showIds = true, .pythonIds = true});
    EXPECT_EQ(r.findObject(ten)->idText,
              "id " + QString::number(140000000000000ULL + 16 * ten.value));
}

TEST(DiagramLayout, ShortIdsInOrderOfFirstAppearance) {
    const memstep::core::RunResult run =
        memstep::core::runProgram("a = [1, 2]\nb = 'hi'\nc = a\nd = {'k': b}\n");
    const auto ids = memstep::ui::ShortIds::fromTrace(run.trace);
    const memstep::core::ProgramState last = run.trace.state(run.trace.stepCount() - 1);
    std::map<std::string, ObjectId> names;
    for (const auto& [name, id] : last.frames.front().vars) {
        names[name] = id;
    }
    const int a = ids->number(names.at("a"));
    const int b = ids->number(names.at("b"));
    const int d = ids->number(names.at("d"));
    EXPECT_GT(a, 0);
    EXPECT_LT(a, b); // the list came first, then the string, then the dict
    EXPECT_LT(b, d);
    EXPECT_EQ(ids->number(names.at("c")), a); // same object, same id
    DiagramLayout layout;
    const DiagramLayoutResult r =
        layout.layout(last, {.everyObject = true, .showIds = true, .shortIds = ids});
    EXPECT_EQ(r.findObject(names.at("a"))->idText, QStringLiteral("id%1").arg(a));
    EXPECT_EQ(r.findObject(names.at("d"))->idText, QStringLiteral("id%1").arg(d));
}

TEST(DiagramLayout, ImmutabilityAndSignatures) {
    StateBuilder b;
    const ObjectId t = b.sequence("tuple", {});
    const ObjectId l = b.list({});
    const ObjectId f = b.function("area", {"w", "h"});
    b.frame("<module>", {{"t", t}, {"l", l}, {"area", f}});
    DiagramLayout layout;
    const DiagramLayoutResult r = layout.layout(b.state, {});
    EXPECT_TRUE(r.findObject(t)->immutable);
    EXPECT_FALSE(r.findObject(l)->immutable);
    EXPECT_EQ(r.findObject(f)->cells.at(0).text, "area(w, h)");
}

TEST(DiagramLayout, AFunctionsOwnAttributesAreRowsBelowItsSignature) {
    // fib.cache = {} and fib.calls = 3: the function's __dict__, drawn as an instance's.
    StateBuilder b;
    const ObjectId cache = b.dict({});
    const ObjectId three = b.integer(3);
    ObjectId fib = b.function("fib", {"n"});
    b.state.heap[fib].attrs = {{"cache", cache}, {"calls", three}};
    b.frame("<module>", {{"fib", fib}});
    DiagramLayout layout;
    const DiagramLayoutResult r = layout.layout(b.state, {});
    const LayoutBox* box = r.findObject(fib);
    ASSERT_NE(box, nullptr);
    EXPECT_EQ(box->cells.at(0).text, "fib(n)");
    QStringList labels;
    const LayoutCell* cacheCell = nullptr;
    const LayoutCell* callsCell = nullptr;
    for (std::size_t c = 1; c < box->cells.size(); ++c) {
        if (box->cells[c].role == CellRole::Label) {
            labels << box->cells[c].text;
        } else if (box->cells[c].role == CellRole::Value) {
            (labels.size() == 1 ? cacheCell : callsCell) = &box->cells[c];
        }
    }
    EXPECT_EQ(labels, (QStringList{"cache", "calls"}));
    ASSERT_NE(cacheCell, nullptr);
    ASSERT_NE(callsCell, nullptr);
    EXPECT_EQ(cacheCell->target, cache) << "an arrow to the dict";
    EXPECT_NE(r.findObject(cache), nullptr);
    EXPECT_EQ(callsCell->text, "3");
}

TEST(DiagramLayout, AClassBoxNamesItsBasesAsTheClassStatementDoes) {
    StateBuilder b;
    auto cls = [&](const std::string& name, std::vector<std::string> bases) {
        memstep::core::HeapObject o;
        o.type = "class";
        o.name = name;
        o.bases = std::move(bases);
        return b.add(std::move(o));
    };
    const ObjectId animal = cls("Animal", {});
    const ObjectId dog = cls("Dog", {"Animal"});
    const ObjectId duck = cls("Duck", {"Swimmer", "Flyer"});
    b.frame("<module>", {{"Animal", animal}, {"Dog", dog}, {"Duck", duck}});
    DiagramLayout layout;
    const DiagramLayoutResult r = layout.layout(b.state, {});
    EXPECT_EQ(r.findObject(animal)->cells.at(0).text, "Animal");
    EXPECT_EQ(r.findObject(dog)->cells.at(0).text, "Dog(Animal)");
    EXPECT_EQ(r.findObject(duck)->cells.at(0).text, "Duck(Swimmer, Flyer)");
}

TEST(DiagramLayout, AnObjectThatBecomesNestedMovesRightOfItsParent) {
    StateBuilder b;
    const ObjectId node = b.list({});
    b.frame("<module>", {{"head", node}});
    DiagramLayout layout;
    const QRectF before = layout.layout(b.state, {}).findObject(node)->rect;
    // head = [head]: the old list is now reached only through the new one.
    const ObjectId outer = b.list({node});
    b.state.frames[0].vars = {{"head", outer}};
    const DiagramLayoutResult r = layout.layout(b.state, {});
    EXPECT_GT(r.findObject(node)->rect.left(), r.findObject(outer)->rect.right());
    EXPECT_NE(r.findObject(node)->rect.topLeft(), before.topLeft());
}

namespace {

QPointF bezierPoint(const LayoutArrow& a, qreal t) {
    const qreal u = 1 - t;
    return u * u * u * a.start + 3 * u * u * t * a.control1 + 3 * u * t * t * a.control2 +
           t * t * t * a.end;
}

// Whether the two drawn curves cross, by intersecting their sampled polylines.
bool arrowsCross(const LayoutArrow& a, const LayoutArrow& b) {
    constexpr int kSteps = 64;
    for (int i = 0; i < kSteps; ++i) {
        const QLineF sa(bezierPoint(a, qreal(i) / kSteps), bezierPoint(a, qreal(i + 1) / kSteps));
        for (int j = 0; j < kSteps; ++j) {
            const QLineF sb(bezierPoint(b, qreal(j) / kSteps),
                            bezierPoint(b, qreal(j + 1) / kSteps));
            if (sa.intersects(sb, nullptr) == QLineF::BoundedIntersection) {
                return true;
            }
        }
    }
    return false;
}

const LayoutArrow* arrowFromFrameRow(const DiagramLayoutResult& r, ObjectId target) {
    for (const LayoutArrow& arrow : r.arrows) {
        if (arrow.target == target && arrow.source.fromFrame) {
            return &arrow;
        }
    }
    return nullptr;
}

} // namespace

TEST(DiagramLayout, ArrowsDoNotCrossAfterRebindingTheFirstVariable) {
    // Seed 2, step by step: a = 10; b = a; a += 1.
    StateBuilder b;
    const ObjectId ten = b.integer(10);
    b.frame("<module>", {{"a", ten}});
    DiagramLayout layout;
    layout.layout(b.state, {});
    b.state.frames[0].vars = {{"a", ten}, {"b", ten}};
    layout.layout(b.state, {});
    const ObjectId eleven = b.integer(11);
    b.state.frames[0].vars = {{"a", eleven}, {"b", ten}};
    const DiagramLayoutResult r = layout.layout(b.state, {});
    const LayoutArrow* fromA = arrowFromFrameRow(r, eleven);
    const LayoutArrow* fromB = arrowFromFrameRow(r, ten);
    ASSERT_NE(fromA, nullptr);
    ASSERT_NE(fromB, nullptr);
    EXPECT_LT(fromA->start.y(), fromB->start.y());
    EXPECT_FALSE(arrowsCross(*fromA, *fromB));
    // No box overlaps another.
    for (const LayoutBox& o : r.objects) {
        for (const LayoutBox* other : allBoxes(r)) {
            if (other != &o) {
                EXPECT_FALSE(o.rect.intersects(other->rect));
            }
        }
    }
}

TEST(DiagramLayout, ThousandObjectsPackWithoutOverlapInBoundedHeight) {
    StateBuilder b;
    // A list of 250 records of three scalars each (like the benchmark), plus loose ints.
    std::vector<ObjectId> records;
    for (int i = 0; i < 250; ++i) {
        records.push_back(b.list({b.str("item" + std::to_string(i)), b.integer(1000 + i),
                                  b.scalar("float", std::to_string(i) + ".5")}));
    }
    const ObjectId all = b.list(records);
    std::vector<memstep::core::NamedRef> vars = {{"records", all}};
    for (int i = 0; i < 5; ++i) {
        vars.push_back({"n" + std::to_string(i), b.integer(500 + i)});
    }
    b.frame("<module>", vars);
    ASSERT_EQ(b.state.heap.size(), 1006u);
    DiagramLayout layout;
    QElapsedTimer timer;
    timer.start();
    const DiagramLayoutResult r = layout.layout(b.state, {.everyObject = true});
    // Printed, not asserted (the machine is shared): bench/ measures it properly.
    std::cout << "layout of 1,006 objects: " << timer.elapsed() << " ms\n";
    ASSERT_EQ(r.objects.size(), 1006u);
    // Sorted sweep: no two boxes overlap.
    std::vector<QRectF> rects;
    for (const LayoutBox* box : allBoxes(r)) {
        rects.push_back(box->rect);
    }
    std::sort(rects.begin(), rects.end(),
              [](const QRectF& x, const QRectF& y) { return x.left() < y.left(); });
    for (std::size_t i = 0; i < rects.size(); ++i) {
        for (std::size_t j = i + 1; j < rects.size() && rects[j].left() < rects[i].right(); ++j) {
            EXPECT_FALSE(rects[i].intersects(rects[j])) << i << " " << j;
        }
    }
    // One tall column would be about 1,000 x 76 px; packed, it stays within a couple of screens.
    // The records hang to the right of the list's cells in order, top to bottom, so the
    // list's arrows fan out without crossing.
    for (std::size_t i = 1; i < records.size(); ++i) {
        EXPECT_LT(r.findObject(records[i - 1])->rect.bottom(),
                  r.findObject(records[i])->rect.top());
    }
    // Every arrow still ends on its target's edge.
    for (const LayoutArrow& arrow : r.arrows) {
        ASSERT_TRUE(onEdge(arrow.end, r.findObject(arrow.target)->rect))
            << arrow.source.toString().toStdString();
    }
}

namespace {

QStringList labelsOf(const LayoutBox& box) {
    QStringList labels;
    for (const LayoutCell& cell : box.cells) {
        if (cell.role == CellRole::Label) {
            labels << cell.text;
        }
    }
    return labels;
}

} // namespace

TEST(DiagramLayout, AFrameRaisingPointsAtTheExceptionNotAReturnValue) {
    StateBuilder b;
    const ObjectId error = b.scalar("ValueError", "bad value");
    const ObjectId none = b.scalar("NoneType", "None");
    b.frame("<module>", {});
    memstep::core::FrameState& parse = b.frame("parse", {{"e", error}});
    parse.returnValue = none; // what CPython's debugger reports at the return of an unwinding frame
    parse.raising = error;
    DiagramLayout layout;
    const DiagramLayoutResult r = layout.layout(b.state, {});
    ASSERT_EQ(r.frames.size(), 2u);
    EXPECT_EQ(labelsOf(r.frames[1]), (QStringList{"e", "Raising"}));
    EXPECT_TRUE(r.frames[1].returning);
    EXPECT_EQ(r.frames[1].cells.back().target, error);
    EXPECT_EQ(r.findObject(none), nullptr);
    // The same frame returning normally says so.
    b.state.frames[1].raising.reset();
    EXPECT_EQ(labelsOf(layout.layout(b.state, {}).frames[1]), (QStringList{"e", "Return value"}));
    b.state.frames[1].yielded = true;
    EXPECT_EQ(labelsOf(layout.layout(b.state, {}).frames[1]), (QStringList{"e", "Yielded value"}));
}

TEST(DiagramLayout, PausedGeneratorFramesAreDrawnAndSuperCellsAreNot) {
    StateBuilder b;
    memstep::core::HeapObject dog;
    dog.type = "class";
    dog.name = "Dog";
    const ObjectId cls = b.add(dog);
    const ObjectId items = b.list({b.integer(3)});
    b.frame("<module>", {});
    b.frame("speak", {{"self", b.instance("Dog", {})}, {"__class__", cls}});
    memstep::core::FrameState paused;
    paused.id = memstep::core::FrameId{9};
    paused.function = "countdown";
    paused.vars = {{"items", items}};
    b.state.suspended.push_back(paused);
    DiagramLayout layout;
    const DiagramLayoutResult r = layout.layout(b.state, {});
    ASSERT_EQ(r.frames.size(), 3u);
    EXPECT_EQ(labelsOf(r.frames[1]), (QStringList{"self"}));
    EXPECT_EQ(r.findObject(cls), nullptr);
    EXPECT_EQ(r.frames[2].title, "countdown (paused)");
    EXPECT_FALSE(r.frames[2].active);
    EXPECT_TRUE(r.frames[1].active);
    EXPECT_GT(r.frames[2].rect.top(), r.frames[1].rect.bottom());
    // Its variable points at what the generator keeps.
    ASSERT_NE(r.findObject(items), nullptr);
    EXPECT_EQ(r.frames[2].cells[1].target, items);
}

TEST(DiagramLayout, AMethodsSuperCellIsNotAClosureRow) {
    // class Stack(list): def __init__(self): super().__init__() gives __init__ a __class__ cell;
    // the function box shows its other closure cells only.
    StateBuilder b;
    memstep::core::HeapObject stack;
    stack.type = "class";
    stack.name = "Stack";
    const ObjectId cls = b.add(stack);
    const ObjectId count = b.integer(3);
    const ObjectId init = b.function("__init__", {"self"});
    b.state.heap.at(init).closure = {{"__class__", cls}, {"count", count}};
    b.frame("<module>", {{"init", init}});
    DiagramLayout layout;
    const DiagramLayoutResult r = layout.layout(b.state, {.everyObject = true});
    const LayoutBox* box = r.findObject(init);
    ASSERT_NE(box, nullptr);
    EXPECT_EQ(labelsOf(*box), (QStringList{"count (closure)"}));
    EXPECT_EQ(r.findObject(cls), nullptr);
}

// Every object of a row of cells drops straight down from its own cell, in staggered lanes
// when the boxes are wider than the cells, and an object several cells hold sits under the
// middle of them: no arrow bends or runs past another box.
TEST(DiagramLayout, ARowOfCellsHandsItsObjectsStraightDownInLanes) {
    StateBuilder b;
    std::vector<ObjectId> items;
    for (int i = 0; i < 12; ++i) {
        items.push_back(b.integer(100 + i));
    }
    const ObjectId none = b.scalar("NoneType", "None");
    items.insert(items.end(), {none, none, none});
    const ObjectId xs = b.list(items);
    b.frame("<module>", {{"xs", xs}});
    DiagramLayout layout;
    const DiagramLayoutResult r = layout.layout(b.state, {.everyObject = true});
    const LayoutBox* list = r.findObject(xs);
    ASSERT_NE(list, nullptr);
    std::vector<qreal> cellX;
    for (const LayoutCell& cell : list->cells) {
        if (cell.target) {
            cellX.push_back(cell.anchor.x());
        }
    }
    ASSERT_EQ(cellX.size(), 15u);
    std::set<qreal> laneTops;
    for (int i = 0; i < 12; ++i) {
        const LayoutBox* item = r.findObject(items[std::size_t(i)]);
        ASSERT_NE(item, nullptr);
        EXPECT_NEAR(item->rect.center().x(), cellX[std::size_t(i)], 0.5) << "item " << i;
        EXPECT_GT(item->rect.top(), list->rect.bottom());
        laneTops.insert(item->rect.top());
        // The drop from the cell to this box's top passes no other box.
        const QRectF drop(QPointF(cellX[std::size_t(i)] - 1, list->rect.bottom()),
                          QPointF(cellX[std::size_t(i)] + 1, item->rect.top()));
        for (const LayoutBox& other : r.objects) {
            if (&other != item && &other != list) {
                EXPECT_FALSE(other.rect.intersects(drop)) << "item " << i;
            }
        }
    }
    EXPECT_GE(laneTops.size(),
              2u); // an int's box is wider than its cell: one lane cannot hold them
    const LayoutBox* noneBox = r.findObject(none);
    ASSERT_NE(noneBox, nullptr);
    EXPECT_NEAR(noneBox->rect.center().x(), (cellX[12] + cellX[14]) / 2, 0.5);
}

// `ordered = sorted(numbers)` in the every-object view: the second list sits under the ints the
// first one hangs, so it is drawn upside down (cells on top, indices and type strip under them)
// and each of its arrows leaves its cell straight up, through a gap with a lane for each.
TEST(DiagramLayout, AListUnderWhatItPointsAtFacesUp) {
    StateBuilder b;
    std::vector<ObjectId> items;
    for (int i = 0; i < 8; ++i) {
        items.push_back(b.integer(300 + (i * 5) % 8));
    }
    std::vector<ObjectId> sorted = items;
    std::sort(sorted.begin(), sorted.end(), [&](ObjectId x, ObjectId y) {
        return b.state.heap.at(x).value < b.state.heap.at(y).value;
    });
    const ObjectId numbers = b.list(items);
    const ObjectId ordered = b.list(sorted);
    const ObjectId pair = b.list({items[0], items[1]});
    b.frame("<module>", {{"numbers", numbers}, {"ordered", ordered}, {"pair", pair}});
    DiagramLayout layout;
    const DiagramLayoutResult r = layout.layout(b.state, {.everyObject = true});
    const LayoutBox* top = r.findObject(numbers);
    const LayoutBox* under = r.findObject(ordered);
    const LayoutBox* two = r.findObject(pair);
    ASSERT_TRUE(top != nullptr && under != nullptr && two != nullptr);
    EXPECT_FALSE(top->upward);
    // Two arrows leave a row well enough by its side: that box stays the right way up.
    EXPECT_FALSE(two->upward);
    ASSERT_TRUE(under->upward);
    qreal lowestItem = 0;
    for (ObjectId item : items) {
        lowestItem = std::max(lowestItem, r.findObject(item)->rect.bottom());
    }
    // A lane for each of its arrows beyond two, above the usual gap.
    EXPECT_GE(under->rect.top() - lowestItem, DiagramLayout::kObjectGap + 6 * 8 - 0.5);
    EXPECT_NEAR(under->headerRect.bottom(), under->rect.bottom(), 0.5);
    for (const LayoutCell& cell : under->cells) {
        if (cell.role == CellRole::Value) {
            EXPECT_LT(cell.rect.top() - under->rect.top(), DiagramLayout::kPadding + 0.5);
        } else if (cell.role == CellRole::Caption) {
            EXPECT_GT(cell.rect.top(), under->cells[1].rect.top());
        }
    }
    for (const LayoutArrow& arrow : r.arrows) {
        if (arrow.source.fromFrame || arrow.source.box != ordered.value) {
            continue;
        }
        const auto curve = memstep::ui::arrowCurve(arrow);
        // Straight up out of the cell: the first control point is above the start.
        EXPECT_LT(curve.front()[1].y(), arrow.start.y() - 1)
            << arrow.source.toString().toStdString();
        EXPECT_NEAR(curve.front()[1].x(), arrow.start.x(), 0.5);
    }
}
