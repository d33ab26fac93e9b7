#pragma once

#include <QList>
#include <QLocale>
#include <QString>
#include <QStringList>
#include <memory>
#include <vector>

class QCoreApplication;
class QTranslator;

namespace memstep::ui {

// One language the window can speak: English (the source text, no translation file) or one of
// the translations compiled into the program from resources/translations/*_<code>.ts.
struct Language {
    QString code;       // "en", "de", "pt_BR", "zh_CN"...
    QString nativeName; // the language's own name for itself: "Deutsch", "português (Brasil)"
};

// The languages shipped: English first, then every code that has a compiled translation, in
// order of code.
QList<Language> shippedLanguages();
// Their codes, in the same order: what --language and a saved choice are checked against.
QStringList shippedCodes();

// The language to speak: `chosen` when it is shipped (a code from Preferences), else the first
// of the system's UI languages that is shipped (exactly, then by language alone: a de_AT system
// gets "de"), else English.
QString pickLanguage(const QString& chosen, const QLocale& system);

// The translators of one language, installed on an application for as long as this lives:
// every compiled *_<code>.qm of memstep (window, captions) and, when the system has it, Qt's own
// qtbase_<code>.qm for the standard buttons and dialogs. English installs nothing.
class Translations {
public:
    Translations(QCoreApplication& app, const QString& code);
    ~Translations();
    Translations(const Translations&) = delete;
    Translations& operator=(const Translations&) = delete;

    // How many of memstep's own translation files were loaded (0 for English, or when a code
    // has none): tests and the command line use it to tell a language that is not shipped.
    int loadedFiles() const { return m_ownFiles; }

private:
    QCoreApplication& m_app;
    std::vector<std::unique_ptr<QTranslator>> m_translators;
    int m_ownFiles = 0;
};

// The QSettings key holding the chosen language code; empty or missing means the system's.
inline constexpr const char* kLanguageSetting = "ui/language";

} // namespace memstep::ui
