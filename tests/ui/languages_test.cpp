// The languages the window speaks: which are shipped, which one a system or a choice picks, and
// that installing one translates (languages.h).
#include "languages.h"

#include <QCoreApplication>
#include <QSettings>
#include <gtest/gtest.h>

using memstep::ui::pickLanguage;
using memstep::ui::shippedLanguages;
using memstep::ui::Translations;

namespace {

bool shipped(const QString& code) {
    for (const auto& language : shippedLanguages()) {
        if (language.code == code)
            return true;
    }
    return false;
}

QString preferencesTitle() {
    return QCoreApplication::translate("memstep::ui::SettingsDialog", "Preferences");
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
