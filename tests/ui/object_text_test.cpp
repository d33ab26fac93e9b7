// Long values: a str or int too long to draw whole is cut, says how long it is in its type
// label, and shows its whole text when the pointer rests on it, in its own box or inline.
#include "diagram_scene.h"
#include "memstep/run.h"
#include "object_text.h"

#include <QCoreApplication>
#include <QGraphicsSceneHelpEvent>
#include <QToolTip>
#include <gtest/gtest.h>

using memstep::core::HeapObject;
using memstep::ui::CellRole;
using memstep::ui::DiagramScene;
using memstep::ui::LayoutBox;
using memstep::ui::LayoutCell;

namespace {

HeapObject scalar(const char* type, std::string value) {
    HeapObject o;
    o.type = type;
    o.value = std::move(value);
    return o;
}

// The state at the program's last step, shown in a scene.
void show(DiagramScene& scene, const char* source) {
    const memstep::core::RunResult run = memstep::core::runProgram(source);
    ASSERT_FALSE(run.error.has_value()) << run.error->message;
    scene.showState(run.trace.state(run.trace.stepCount() - 1));
}

const LayoutBox* boxTitled(const DiagramScene& scene, const QString& title) {
    for (const LayoutBox& box : scene.currentLayout().objects) {
        if (box.title == title) {
            return &box;
        }
    }
    return nullptr;
}

const LayoutCell* cell(const LayoutBox& box, CellRole role, const QString& text) {
    for (const LayoutCell& c : box.cells) {
        if (c.role == role && c.text == text) {
            return &c;
        }
    }
    return nullptr;
}

} // namespace

TEST(ObjectText, ShortValuesAreWholeAndPlainlyTyped) {
    const HeapObject word = scalar("str", "hello");
    EXPECT_EQ(memstep::ui::typeLabel(word), "str");
    EXPECT_EQ(memstep::ui::valueText(word), "'hello'");
    EXPECT_FALSE(memstep::ui::isValueCut(word));
    EXPECT_TRUE(memstep::ui::wholeValueText(word).isEmpty());
    EXPECT_EQ(memstep::ui::typeLabel(scalar("int", "-12345")), "int");
}

TEST(ObjectText, ALongStrIsCutAndSaysHowManyCharacters) {
    const HeapObject text = scalar("str", std::string(200, 'x'));
    EXPECT_EQ(memstep::ui::typeLabel(text), "str, 200 chars");
    const QString shown = memstep::ui::valueText(text);
    EXPECT_EQ(shown.size(), memstep::ui::kMaxValueChars);
    EXPECT_TRUE(shown.endsWith(QChar(0x2026)));
    EXPECT_TRUE(memstep::ui::isValueCut(text));
    EXPECT_EQ(memstep::ui::wholeValueText(text), QStringLiteral("'%1'").arg(QString(200, 'x')));
    // len() counts characters, not UTF-8 bytes: 50 'é' are 50 chars (100 bytes).
    std::string accents;
    for (int i = 0; i < 50; ++i) {
        accents += "\xc3\xa9";
    }
    EXPECT_EQ(memstep::ui::typeLabel(scalar("str", accents)), "str, 50 chars");
}

TEST(ObjectText, ABigIntIsCutAndSaysHowManyDigits) {
    const std::string digits =
        "1606938044258990275541962092341162602522202993782792835301376"; // 2**200
    ASSERT_EQ(digits.size(), 61u);
    EXPECT_EQ(memstep::ui::typeLabel(scalar("int", digits)), "int, 61 digits");
    EXPECT_EQ(memstep::ui::typeLabel(scalar("int", "-" + digits)), "int, 61 digits");
    EXPECT_EQ(memstep::ui::wholeValueText(scalar("int", digits)).toStdString(), digits);
}

TEST(ObjectText, AHugeValueIsWholeOnlyUpToTheTooltipLimit) {
    const HeapObject text = scalar("str", std::string(100000, 'y'));
    const QString whole = memstep::ui::wholeValueText(text);
    EXPECT_LT(whole.size(), memstep::ui::kMaxWholeValueChars + 40);
    EXPECT_TRUE(whole.endsWith(
        QStringLiteral("(%1 more characters)").arg(100002 - memstep::ui::kMaxWholeValueChars)))
        << whole.right(40).toStdString();
}

TEST(ObjectText, HoveringACutValueGivesItsWholeText) {
    DiagramScene scene;
    show(scene, "story = 'once upon a time ' * 10\nbig = 2 ** 200\nxs = ['ab' * 30, 7]\n");
    const QString story =
        QStringLiteral("'%1'").arg(QStringLiteral("once upon a time ").repeated(10));

    const LayoutBox* storyBox = boxTitled(scene, QStringLiteral("str, 170 chars"));
    ASSERT_NE(storyBox, nullptr);
    EXPECT_EQ(scene.wholeValueAt(storyBox->rect.center()), story);

    const LayoutBox* bigBox = boxTitled(scene, QStringLiteral("int, 61 digits"));
    ASSERT_NE(bigBox, nullptr);
    EXPECT_EQ(scene.wholeValueAt(bigBox->rect.center()).size(), 61);

    // In the default view a str held only by a list is text in its slot, cut like a box.
    const LayoutBox* list = boxTitled(scene, QStringLiteral("list"));
    ASSERT_NE(list, nullptr);
    std::string ab;
    for (int i = 0; i < 30; ++i) {
        ab += "ab";
    }
    const LayoutCell* inlined =
        cell(*list, CellRole::Value, memstep::ui::valueText(scalar("str", ab)));
    ASSERT_NE(inlined, nullptr) << "the long str is not inline in the list";
    EXPECT_EQ(scene.wholeValueAt(inlined->rect.center()).toStdString(), "'" + ab + "'");
    const LayoutCell* seven = cell(*list, CellRole::Value, QStringLiteral("7"));
    ASSERT_NE(seven, nullptr);
    EXPECT_TRUE(scene.wholeValueAt(seven->rect.center()).isEmpty());
    EXPECT_TRUE(scene.wholeValueAt(list->rect.topLeft() + QPointF(2, 2)).isEmpty());

    // The scene answers a tooltip request with it.
    QGraphicsSceneHelpEvent help(QEvent::GraphicsSceneHelp);
    help.setScenePos(bigBox->rect.center());
    help.setScreenPos(QPoint(100, 100));
    QCoreApplication::sendEvent(&scene, &help);
    EXPECT_TRUE(QToolTip::text().contains(
        QStringLiteral("160693804425899027554196209234116260252220299378279283530137")))
        << QToolTip::text().toStdString();
    QToolTip::hideText();
}

// A long signature is drawn in lines broken after a parameter's comma, so its box does not grow
// as wide as the signature (a projected diagram, fitted to the view, shrank to 11 px for one).
TEST(ObjectText, ALongSignatureWrapsAfterCommas) {
    HeapObject f;
    f.type = "function";
    f.name = "compute_weighted_average";
    f.params = {"first_scores", "second_scores", "weight", "rounding"};
    const QStringList lines = memstep::ui::wrappedSignature(f, 36);
    ASSERT_GE(lines.size(), 3);
    EXPECT_EQ(lines.join(QString()).remove(QLatin1Char(' ')).toStdString(),
              "compute_weighted_average(first_scores,second_scores,weight,rounding)");
    for (const QString& line : lines) {
        EXPECT_LE(line.size(), 36) << line.toStdString();
    }
    EXPECT_TRUE(lines[1].startsWith(QStringLiteral("    "))) << "continuation lines are indented";

    f.params = {"left", "right", "key"};
    f.name = "merge";
    EXPECT_EQ(memstep::ui::wrappedSignature(f, 36),
              QStringList{QStringLiteral("merge(left, right, key)")});
    f.params.clear();
    EXPECT_EQ(memstep::ui::wrappedSignature(f, 36), QStringList{QStringLiteral("merge()")});
}

TEST(ObjectText, ALongSignatureMakesATallNotAWideBox) {
    DiagramScene scene;
    show(scene, "def compute_weighted_average(first_scores, second_scores, weight, rounding):\n"
                "    return 0\n");
    const LayoutBox* box = boxTitled(scene, QStringLiteral("function"));
    ASSERT_NE(box, nullptr);
    int lines = 0;
    for (const LayoutCell& cell : box->cells) {
        lines += cell.role == CellRole::Text;
    }
    EXPECT_GE(lines, 3);
    EXPECT_LT(box->rect.width(), 360);
}
