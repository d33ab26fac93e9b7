#include "settings_dialog.h"

#include "languages.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>
#include <algorithm>

namespace memstep::ui {

namespace {

// QSpinBox holds an int: two billion steps is far past anything worth stepping through.
constexpr int kStepsCeiling = 100'000'000;

QSpinBox* spinBox(int minimum, int maximum, int step, const QString& suffix, QWidget* parent) {
    auto* box = new QSpinBox(parent);
    box->setRange(minimum, maximum);
    box->setSingleStep(step);
    box->setSuffix(suffix);
    box->setGroupSeparatorShown(true);
    box->setAccelerated(true);
    return box;
}

} // namespace

SettingsDialog::SettingsDialog(const RunSettings& settings, QWidget* parent)
    : QDialog(parent), m_steps(spinBox(100, kStepsCeiling, 10'000, QString(), this)),
      m_heap(spinBox(1, 64 * 1024, 64, tr(" MB"), this)),
      m_output(spinBox(1, 1024, 1, tr(" MB"), this)), m_seconds(new QDoubleSpinBox(this)),
      m_engine(new QComboBox(this)), m_language(new QComboBox(this)),
      m_languageHint(new QLabel(this)) {
    setWindowTitle(tr("Preferences"));
    m_seconds->setRange(0.1, 24 * 3600);
    m_seconds->setDecimals(1);
    m_seconds->setSingleStep(5);
    m_seconds->setSuffix(tr(" s"));

    auto* form = new QFormLayout;
    form->addRow(tr("Maximum &steps:"), m_steps);
    form->addRow(tr("&Memory for the program's objects:"), m_heap);
    form->addRow(tr("&Output kept:"), m_output);
    form->addRow(tr("&Time limit:"), m_seconds);
    m_engine->addItem(tr("memstep's interpreter"));
    m_engine->addItem(tr("Python 3"));
    m_engine->addItem(tr("memstep's, offering Python 3 for what it cannot run"));
    form->addRow(tr("&Run programs with:"), m_engine);
    auto* engineHint = new QLabel(
        tr("memstep's interpreter cannot touch your computer. Python 3 runs any program, with "
           "your own rights: it can read and change your files."),
        this);
    engineHint->setWordWrap(true);
    form->addRow(QString(), engineHint);

    addLanguageRow(form);

    auto* hint =
        new QLabel(tr("A program that passes a limit stops with a message; the steps up to "
                      "there can still be explored. New values apply to the next run."),
                   this);
    hint->setWordWrap(true);

    auto* buttons = new QDialogButtonBox(
        QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::RestoreDefaults, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            &SettingsDialog::restoreDefaults);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(buttons);

    m_steps->setValue(int(std::min<std::uint64_t>(settings.maxSteps, kStepsCeiling)));
    m_heap->setValue(settings.heapMb);
    m_output->setValue(settings.outputMb);
    m_seconds->setValue(settings.maxSeconds);
    m_engine->setCurrentIndex(int(settings.engine));
}

void SettingsDialog::addLanguageRow(QFormLayout* form) {
    // System default names the language it gives here, so that "System default" is no riddle.
    const QString system = pickLanguage(QString(), QLocale::system());
    const QList<Language> languages = shippedLanguages();
    QString systemName = system;
    for (const Language& language : languages) {
        if (language.code == system) {
            systemName = language.nativeName;
        }
    }
    m_language->addItem(tr("System default (%1)").arg(systemName), QString());
    for (const Language& language : languages) {
        m_language->addItem(language.nativeName, language.code);
    }
    form->addRow(tr("&Language:"), m_language);
    m_languageHint->setText(tr("The new language takes effect the next time memstep starts."));
    m_languageHint->setWordWrap(true);
    m_languageHint->setVisible(false);
    form->addRow(QString(), m_languageHint);
    connect(m_language, &QComboBox::currentIndexChanged, this,
            [this] { m_languageHint->setVisible(language() != m_startLanguage); });
}

void SettingsDialog::setLanguage(const QString& code) {
    const int index = m_language->findData(code);
    m_language->setCurrentIndex(index < 0 ? 0 : index); // an old, unshipped code: the system's
    m_startLanguage = language();
    m_languageHint->setVisible(false);
}

QString SettingsDialog::language() const {
    return m_language->currentData().toString();
}

RunSettings SettingsDialog::settings() const {
    RunSettings s;
    s.maxSteps = std::uint64_t(m_steps->value());
    s.heapMb = m_heap->value();
    s.outputMb = m_output->value();
    s.maxSeconds = m_seconds->value();
    s.engine = Engine(m_engine->currentIndex());
    return s;
}

void SettingsDialog::restoreDefaults() {
    const RunSettings defaults;
    m_steps->setValue(int(defaults.maxSteps));
    m_heap->setValue(defaults.heapMb);
    m_output->setValue(defaults.outputMb);
    m_seconds->setValue(defaults.maxSeconds);
    m_engine->setCurrentIndex(int(defaults.engine));
}

} // namespace memstep::ui
