#include "languages.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QSet>
#include <QTranslator>
#include <algorithm>

namespace memstep::ui {

namespace {

// Compiled translations live in the resource under :/i18n as <part>_<code>.qm (memstep_de.qm,
// captions_de.qm): the code is what follows the first underscore.
const QString kQmFolder = QStringLiteral(":/i18n");

QString codeOf(const QString& qmFile) {
    const QString base = qmFile.left(qmFile.size() - 3); // without ".qm"
    const auto underscore = base.indexOf(QLatin1Char('_'));
    return underscore < 0 ? QString() : base.mid(underscore + 1);
}

QStringList qmFilesOf(const QString& code) {
    const QDir dir(kQmFolder);
    QStringList files;
    for (const QString& name : dir.entryList({QStringLiteral("*.qm")}, QDir::Files, QDir::Name)) {
        if (codeOf(name) == code)
            files << dir.filePath(name);
    }
    return files;
}

} // namespace

QList<Language> shippedLanguages() {
    QList<Language> languages{{QStringLiteral("en"), QStringLiteral("English")}};
    QSet<QString> seen;
    const QDir dir(kQmFolder);
    for (const QString& name : dir.entryList({QStringLiteral("*.qm")}, QDir::Files, QDir::Name)) {
        const QString code = codeOf(name);
        if (code.isEmpty() || seen.contains(code))
            continue;
        seen.insert(code);
        const QLocale locale(code);
        QString native = locale.nativeLanguageName();
        // Two variants of one language need their country to be told apart in a list; a code
        // without one is the language everywhere, though CLDR calls es "español de España".
        if (code.contains(QLatin1Char('_')))
            native += QStringLiteral(" (%1)").arg(locale.nativeTerritoryName());
        else if (native.contains(locale.nativeTerritoryName()))
            native = native.section(QLatin1Char(' '), 0, 0);
        // A list of languages starts each with a capital: "Français", "Suomi".
        native = locale.toUpper(native.left(1)) + native.mid(1);
        languages.append({code, native});
    }
    std::sort(languages.begin() + 1, languages.end(),
              [](const Language& a, const Language& b) { return a.code < b.code; });
    return languages;
}

QStringList shippedCodes() {
    QStringList codes;
    for (const Language& language : shippedLanguages())
        codes << language.code;
    return codes;
}

QString pickLanguage(const QString& chosen, const QLocale& system) {
    const QStringList codes = shippedCodes();
    if (!chosen.isEmpty() && codes.contains(chosen))
        return chosen;
    // uiLanguages() gives "de-AT", "de", "en-US"... in the user's order of preference.
    for (QString wanted : system.uiLanguages()) {
        wanted.replace(QLatin1Char('-'), QLatin1Char('_'));
        if (codes.contains(wanted))
            return wanted;
        const QString bare = wanted.section(QLatin1Char('_'), 0, 0);
        // A language shipped in one variant only serves every country's form of it.
        for (const QString& code : codes) {
            if (code == bare || code.section(QLatin1Char('_'), 0, 0) == bare)
                return code;
        }
    }
    return QStringLiteral("en");
}

Translations::Translations(QCoreApplication& app, const QString& code) : m_app(app) {
    if (code == QLatin1String("en"))
        return;
    auto install = [this](const QString& file) {
        auto translator = std::make_unique<QTranslator>();
        if (!translator->load(file))
            return false;
        m_app.installTranslator(translator.get());
        m_translators.push_back(std::move(translator));
        return true;
    };
    for (const QString& file : qmFilesOf(code)) {
        if (install(file))
            ++m_ownFiles;
    }
    if (m_ownFiles == 0)
        return;
    // Qt's own strings (QDialogButtonBox's Cancel, the file dialog) and the editor's context
    // menu come from Debian's qt6-translations-l10n and libqscintilla2-qt6-l10n; without them
    // they stay English, which is all that is lost.
    const QDir qtDir(QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    for (const char* part : {"qtbase", "qscintilla"})
        install(qtDir.filePath(QStringLiteral("%1_%2.qm").arg(QLatin1String(part), code)));
}

Translations::~Translations() {
    for (auto& translator : m_translators)
        m_app.removeTranslator(translator.get());
}

} // namespace memstep::ui
