// The languages the window speaks: which are shipped, which one a system or a choice picks, and
// that installing one translates (languages.h): every menu, label and button of the window and
// of Preferences, and the words drawn in the diagram.
#include "diagram_scene.h"
#include "languages.h"
#include "main_window.h"
#include "run_settings.h"
#include "settings_dialog.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QCoreApplication>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QSettings>
#include <QTest>
#include <gtest/gtest.h>
#include <map>

using memstep::ui::pickLanguage;
using memstep::ui::shippedLanguages;
using memstep::ui::Translations;

namespace {

bool shipped(const QString& code) {
    return memstep::ui::shippedCodes().contains(code);
}

QString preferencesTitle() {
    return QCoreApplication::translate("memstep::ui::SettingsDialog", "Preferences");
}

// Every language but English: what the window tests below look at.
const QStringList kTranslated{QStringLiteral("de"),    QStringLiteral("fr"),
                              QStringLiteral("es"),    QStringLiteral("pt_BR"),
                              QStringLiteral("zh_CN"), QStringLiteral("fi")};

// Each entry's text, and its submenu's (Open Recent is empty: the tests' home is new).
void menuTexts(const QList<QAction*>& actions, QStringList& texts) {
    for (const QAction* action : actions) {
        if (action->isSeparator()) {
            continue;
        }
        texts << action->text() << action->toolTip();
        if (action->menu() != nullptr) {
            menuTexts(action->menu()->actions(), texts);
        }
    }
}

// What a person reads in a window, in an order that does not depend on the language: the
// title, the menus, then every label, button, combo box item and placeholder.
QStringList readableTexts(QWidget& window, const QComboBox* skip = nullptr) {
    QStringList texts{window.windowTitle()};
    for (const QMenuBar* bar : window.findChildren<QMenuBar*>()) {
        menuTexts(bar->actions(), texts);
    }
    for (const QLabel* label : window.findChildren<QLabel*>()) {
        texts << label->text();
    }
    for (const QAbstractButton* button : window.findChildren<QAbstractButton*>()) {
        texts << button->text() << button->toolTip();
    }
    for (const QComboBox* box : window.findChildren<QComboBox*>()) {
        for (int i = 0; i < (box == skip ? 1 : box->count()); ++i) {
            texts << box->itemText(i);
        }
    }
    for (const QPlainTextEdit* edit : window.findChildren<QPlainTextEdit*>()) {
        texts << edit->placeholderText();
    }
    return texts;
}

// The texts of `english` that `translated` left as they were, one a line: a string not wrapped
// in tr() or missing from a translation. Names and numbers are the same in every language.
std::string untranslated(const QStringList& english, const QStringList& translated) {
    // "Animation" is also German and French.
    static const QStringList kNames{QStringLiteral("memstep"), QStringLiteral("Python 3"),
                                    QStringLiteral("OK"), QStringLiteral("Animation")};
    QStringList same;
    for (qsizetype i = 0; i < std::min(english.size(), translated.size()); ++i) {
        const QString& text = english[i];
        const bool letters = text.contains(QRegularExpression(QStringLiteral("[A-Za-z]{2}")));
        if (letters && !kNames.contains(text) && translated[i] == text) {
            same << text;
        }
    }
    return same.join(QLatin1Char('\n')).toStdString();
}

// Two entries of one menu sharing an Alt+letter: the second could never be reached by it.
QStringList clashingMnemonics(const QList<QAction*>& actions) {
    QStringList clashes;
    std::map<int, QString> taken;
    for (QAction* action : actions) {
        const QKeySequence key = QKeySequence::mnemonic(action->text());
        if (!key.isEmpty() && !taken.emplace(key[0].toCombined(), action->text()).second) {
            clashes << taken[key[0].toCombined()] + QStringLiteral(" / ") + action->text();
        }
        if (action->menu() != nullptr) {
            clashes << clashingMnemonics(action->menu()->actions());
        }
    }
    return clashes;
}

bool waitForRun(memstep::ui::MainWindow& w) {
    return QTest::qWaitFor([&] { return !w.isRunning() && w.hasVisualization(); }, 20000);
}

} // namespace

TEST(Languages, EnglishComesFirstAndGermanIsShipped) {
    const auto languages = shippedLanguages();
    ASSERT_FALSE(languages.isEmpty());
    EXPECT_EQ(languages.first().code, QStringLiteral("en"));
    EXPECT_TRUE(shipped(QStringLiteral("de")));
    EXPECT_FALSE(shipped(QStringLiteral("xx")));
}

TEST(Languages, PickPrefersTheChoiceThenTheSystem) {
    EXPECT_EQ(pickLanguage(QStringLiteral("de"), QLocale(QStringLiteral("en_US"))),
              QStringLiteral("de"));
    // A country's form of a shipped language gets that language.
    EXPECT_EQ(pickLanguage(QString(), QLocale(QStringLiteral("de_AT"))), QStringLiteral("de"));
    // A choice that is not shipped (an old setting) falls back to the system's language.
    EXPECT_EQ(pickLanguage(QStringLiteral("xx"), QLocale(QStringLiteral("de_CH"))),
              QStringLiteral("de"));
    EXPECT_EQ(pickLanguage(QString(), QLocale(QStringLiteral("ja_JP"))), QStringLiteral("en"));
    EXPECT_EQ(pickLanguage(QStringLiteral("en"), QLocale(QStringLiteral("de_DE"))),
              QStringLiteral("en"));
}

TEST(Languages, InstallingGermanTranslatesUntilRemoved) {
    ASSERT_EQ(preferencesTitle(), QStringLiteral("Preferences"));
    {
        const Translations german(*QCoreApplication::instance(), QStringLiteral("de"));
        EXPECT_GE(german.loadedFiles(), 1);
        EXPECT_EQ(preferencesTitle(), QStringLiteral("Einstellungen"));
    }
    EXPECT_EQ(preferencesTitle(), QStringLiteral("Preferences"));
    const Translations english(*QCoreApplication::instance(), QStringLiteral("en"));
    EXPECT_EQ(english.loadedFiles(), 0);
}

// A string of the window not wrapped in tr(), or one a translation lacks, stays English: each
// language must change every menu entry, label, button, tooltip and combo box item of the main
// window (before and after a run) and of Preferences, names aside.
TEST(Languages, EveryTextOfTheWindowAndPreferencesIsTranslated) {
    QStringList englishWindow;
    QStringList englishPreferences;
    {
        memstep::ui::MainWindow w;
        englishWindow = readableTexts(w);
        memstep::ui::SettingsDialog preferences{memstep::ui::RunSettings{}};
        englishPreferences = readableTexts(preferences, preferences.languageBox());
    }
    ASSERT_GT(englishWindow.size(), 60);
    ASSERT_TRUE(englishWindow.contains(QStringLiteral("&Visualize")));
    ASSERT_TRUE(englishPreferences.contains(QStringLiteral("&Language:")));
    for (const QString& code : kTranslated) {
        SCOPED_TRACE(code.toStdString());
        const Translations translations(*QCoreApplication::instance(), code);
        ASSERT_GE(translations.loadedFiles(), 1);
        memstep::ui::MainWindow w;
        const QStringList window = readableTexts(w);
        EXPECT_EQ(window.size(), englishWindow.size());
        EXPECT_EQ(untranslated(englishWindow, window), "");
        memstep::ui::SettingsDialog preferences{memstep::ui::RunSettings{}};
        const QStringList dialog = readableTexts(preferences, preferences.languageBox());
        EXPECT_EQ(dialog.size(), englishPreferences.size());
        EXPECT_EQ(untranslated(englishPreferences, dialog), "");
        // MEMSTEP_SCREENSHOT_DIR=dir: each language's Preferences, to look at.
        if (const QString dir = qEnvironmentVariable("MEMSTEP_SCREENSHOT_DIR"); !dir.isEmpty()) {
            preferences.setLanguage(QStringLiteral("fi")); // shows the hint about the next start
            preferences.languageBox()->setCurrentIndex(0);
            preferences.adjustSize();
            EXPECT_TRUE(
                preferences.grab().save(dir + QStringLiteral("/preferences-%1.png").arg(code)));
        }
        EXPECT_EQ(clashingMnemonics(w.menuBar()->actions()).join(QLatin1Char('\n')).toStdString(),
                  "");
    }
    memstep::ui::MainWindow english;
    EXPECT_EQ(clashingMnemonics(english.menuBar()->actions()).join(QLatin1Char('\n')).toStdString(),
              "");
}

// Preferences offers the system's language by name, then every shipped one by its own name,
// and remembers a choice as its code.
TEST(Languages, PreferencesOffersEveryLanguageByItsOwnName) {
    memstep::ui::SettingsDialog preferences{memstep::ui::RunSettings{}};
    const QComboBox* box = preferences.languageBox();
    ASSERT_EQ(box->count(), shippedLanguages().size() + 1);
    EXPECT_TRUE(box->itemText(0).startsWith(QStringLiteral("System default (")));
    EXPECT_EQ(preferences.language(), QString());
    EXPECT_NE(box->findText(QStringLiteral("Deutsch")), -1);
    EXPECT_NE(box->findText(QStringLiteral("Español")), -1);
    EXPECT_NE(box->findText(QStringLiteral("Suomi")), -1);
    EXPECT_NE(box->findText(QStringLiteral("Português (Brasil)")), -1);
    EXPECT_NE(box->findText(QStringLiteral("简体中文 (中国)")), -1);
    preferences.setLanguage(QStringLiteral("fi"));
    EXPECT_EQ(preferences.language(), QStringLiteral("fi"));
    preferences.setLanguage(QStringLiteral("xx")); // an old setting: the system's
    EXPECT_EQ(preferences.language(), QString());
}

// The diagram speaks the window's language too; Python's words (list, int) stay.
TEST(Languages, TheDiagramIsTranslated) {
    const Translations german(*QCoreApplication::instance(), QStringLiteral("de"));
    memstep::ui::MainWindow w;
    w.setSource(QStringLiteral("x = []\n"));
    w.visualize();
    ASSERT_TRUE(waitForRun(w));
    w.goLast();
    const auto& layout = w.scene()->currentLayout();
    ASSERT_FALSE(layout.frames.empty());
    EXPECT_EQ(layout.frames.front().title, QStringLiteral("Globaler Frame"));
    ASSERT_EQ(layout.objects.size(), 1U);
    EXPECT_EQ(layout.objects.front().title, QStringLiteral("list"));
    ASSERT_FALSE(layout.objects.front().cells.empty());
    EXPECT_EQ(layout.objects.front().cells.front().text, QStringLiteral("leer"));
}
