// input() in the window as a student meets it: the answers echoed in the output pane as a
// terminal shows them (the trace's own output stays CPython's), Enter Input Again, the
// question before reusing answers given to other code, and Cancel at a prompt.
#include "code_editor.h"
#include "input_echo.h"
#include "main_window.h"
#include "memstep/diagnostic.h"
#include "notice_bar.h"
#include "step_controls.h"

#include <QPlainTextEdit>
#include <QTest>
#include <gtest/gtest.h>

using memstep::ui::InputEcho;
using memstep::ui::MainWindow;

namespace {

constexpr int kRunTimeoutMs = 20000;
const char* const kAges = "age = input(\"How old are you? \")\nname = input(\"Name: \")\n"
                          "print(name, \"will be\", int(age) + 1)\n";

bool waitForRun(MainWindow& w) {
    return QTest::qWaitFor([&] { return !w.isRunning() && w.hasVisualization(); }, kRunTimeoutMs);
}

// Answers from a list, noting each prompt asked.
struct Answers {
    QStringList given;
    QStringList prompts;
    int next = 0;
    std::optional<QString> operator()(const QString& prompt) {
        prompts << prompt;
        if (next >= given.size()) {
            return std::nullopt; // the person pressed Cancel
        }
        return given[next++];
    }
};

} // namespace

TEST(InputEcho, AnswersFollowTheirPrompts) {
    const std::vector<InputEcho> echoes = {{17, "17"}, {23, "Ann"}};
    const std::string out = "How old are you? Name: Ann will be 18\n";
    EXPECT_EQ(memstep::ui::withEchoes(out, echoes),
              "How old are you? 17\nName: Ann\nAnn will be 18\n");
    // Output that stops at a prompt shows the answer read there, not the ones after.
    EXPECT_EQ(memstep::ui::withEchoes("How old are you? ", echoes), "How old are you? 17\n");
    EXPECT_EQ(memstep::ui::withEchoes("How old", echoes), "How old");
}

TEST(InputFlow, AnswersAreEchoedInTheOutputPaneOnly) {
    MainWindow w;
    auto answers = std::make_shared<Answers>();
    answers->given = {QStringLiteral("17"), QStringLiteral("Ann")};
    w.setInputProvider([answers](const QString& p) { return (*answers)(p); });
    w.setSource(QString::fromLatin1(kAges));
    w.visualize();
    ASSERT_TRUE(waitForRun(w));
    ASSERT_FALSE(w.result()->error.has_value());
    w.goLast();
    EXPECT_EQ(w.output()->toPlainText(),
              QStringLiteral("How old are you? 17\nName: Ann\nAnn will be 18\n"));
    // The trace's output is CPython's with piped input: prompts only.
    EXPECT_EQ(w.result()->stdoutText, "How old are you? Name: Ann will be 18\n");
    // Stepping back to before the second prompt shows only the first answer.
    for (int step = w.stepCount() - 1; step >= 0; --step) {
        w.goToStep(step);
        const std::string& out = w.result()->trace.state(std::size_t(step)).stdoutText;
        if (out == "How old are you? ") {
            EXPECT_EQ(w.output()->toPlainText(), QStringLiteral("How old are you? 17\n"));
        }
    }
}

TEST(InputFlow, EnterInputAgainAsksAnew) {
    MainWindow w;
    auto answers = std::make_shared<Answers>();
    answers->given = {QStringLiteral("17"), QStringLiteral("Ann"), QStringLiteral("40"),
                      QStringLiteral("Bo")};
    w.setInputProvider([answers](const QString& p) { return (*answers)(p); });
    w.setSource(QString::fromLatin1(kAges));
    w.visualize();
    ASSERT_TRUE(waitForRun(w));
    w.visualize(); // the same code: the answers are replayed, nothing asked
    ASSERT_TRUE(waitForRun(w));
    EXPECT_EQ(answers->prompts.size(), 2);
    w.enterInputAgain();
    ASSERT_TRUE(waitForRun(w));
    EXPECT_EQ(answers->prompts,
              (QStringList{"How old are you? ", "Name: ", "How old are you? ", "Name: "}));
    w.goLast();
    EXPECT_TRUE(w.output()->toPlainText().endsWith(QStringLiteral("Bo will be 41\n")));
}

TEST(InputFlow, ChangedCodeAsksWhetherToReuseTheAnswers) {
    MainWindow w;
    auto answers = std::make_shared<Answers>();
    answers->given = {QStringLiteral("17"), QStringLiteral("Ann"), QStringLiteral("30"),
                      QStringLiteral("Cy")};
    w.setInputProvider([answers](const QString& p) { return (*answers)(p); });
    QStringList asked;
    bool keep = true;
    w.setStaleAnswersQuestion([&](const QStringList& previous) {
        asked = previous;
        return keep;
    });
    w.setSource(QString::fromLatin1(kAges));
    w.visualize();
    ASSERT_TRUE(waitForRun(w));
    EXPECT_TRUE(asked.isEmpty()); // nothing remembered yet: nothing to ask
    // Edited code: asked, and "yes" replays the answers.
    w.editor()->setText(QString::fromLatin1(kAges) + QStringLiteral("print('done')\n"));
    w.visualize();
    ASSERT_TRUE(waitForRun(w));
    EXPECT_EQ(asked, (QStringList{"17", "Ann"}));
    EXPECT_EQ(answers->prompts.size(), 2);
    // Edited again, "no": the prompts come back.
    asked.clear();
    keep = false;
    w.editor()->setText(QString::fromLatin1(kAges) + QStringLiteral("print('end')\n"));
    w.visualize();
    ASSERT_TRUE(waitForRun(w));
    EXPECT_FALSE(asked.isEmpty());
    EXPECT_EQ(answers->prompts.size(), 4);
    w.goLast();
    EXPECT_TRUE(w.output()->toPlainText().contains(QStringLiteral("Cy will be 31")));
}

TEST(InputFlow, CancelAtThePromptEndsTheRunWithItsSteps) {
    MainWindow w;
    auto answers = std::make_shared<Answers>();
    answers->given = {QStringLiteral("17")}; // the second prompt is cancelled
    w.setInputProvider([answers](const QString& p) { return (*answers)(p); });
    w.setSource(QStringLiteral("try:\n    ") + QString::fromLatin1(kAges).replace("\n", "\n    ") +
                QStringLiteral("\nexcept EOFError:\n    print('no input')\n"));
    w.visualize();
    ASSERT_TRUE(waitForRun(w));
    ASSERT_TRUE(w.result()->error.has_value());
    EXPECT_EQ(w.result()->error->type, memstep::core::kCancelled);
    EXPECT_TRUE(w.notice()->text().contains(QStringLiteral("Run cancelled at input()")))
        << w.notice()->text().toStdString();
    EXPECT_GT(w.stepCount(), 1);
    EXPECT_EQ(w.currentStep(), w.stepCount() - 1); // where it stopped
    const QString out = w.output()->toPlainText();
    EXPECT_FALSE(out.contains(QStringLiteral("EOFError"))) << out.toStdString();
    EXPECT_FALSE(out.contains(QStringLiteral("no input"))) << out.toStdString();
    EXPECT_TRUE(out.startsWith(QStringLiteral("How old are you? 17\n"))) << out.toStdString();
    EXPECT_EQ(w.result()->stdoutText, "How old are you? Name: ");
    // Visualize asks again from the cancelled prompt on.
    answers->given << QStringLiteral("Ann");
    w.visualize();
    ASSERT_TRUE(waitForRun(w));
    EXPECT_FALSE(w.result()->error.has_value());
}
