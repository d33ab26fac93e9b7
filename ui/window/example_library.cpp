#include "example_library.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

// resources.qrc is compiled into the static memstep_ui library, and a linker drops an
// archive member nothing refers to: without this reference the examples are not in the
// executable at all (Examples menu empty). Q_INIT_RESOURCE must be used outside namespaces.
static void loadResources() {
    static const bool loaded = [] {
        Q_INIT_RESOURCE(resources);
        return true;
    }();
    (void)loaded;
}

namespace memstep::ui {

namespace {

// The titles of resources/examples/*.py (each file's first comment line), for lupdate: the menu
// shows a title translated when the window's language has it. A new example's title missing here
// stays English, which the languages window test catches.
[[maybe_unused]] constexpr const char* kTitles[] = {
    QT_TRANSLATE_NOOP("memstep::ui::ExampleLibrary", "Seed 1: two names, one object"),
    QT_TRANSLATE_NOOP("memstep::ui::ExampleLibrary", "Seed 2: a += 1 makes a new object"),
    QT_TRANSLATE_NOOP("memstep::ui::ExampleLibrary", "Aliasing a list"),
    QT_TRANSLATE_NOOP("memstep::ui::ExampleLibrary", "Mutable default argument"),
    QT_TRANSLATE_NOOP("memstep::ui::ExampleLibrary", "List of lists gotcha"),
    QT_TRANSLATE_NOOP("memstep::ui::ExampleLibrary", "Recursion: factorial"),
    QT_TRANSLATE_NOOP("memstep::ui::ExampleLibrary", "Linked list made of dicts"),
    QT_TRANSLATE_NOOP("memstep::ui::ExampleLibrary", "Swapping two variables"),
    QT_TRANSLATE_NOOP("memstep::ui::ExampleLibrary", "Strings are immutable"),
    QT_TRANSLATE_NOOP("memstep::ui::ExampleLibrary", "Dict of lists"),
    QT_TRANSLATE_NOOP("memstep::ui::ExampleLibrary", "Function call frames"),
    QT_TRANSLATE_NOOP("memstep::ui::ExampleLibrary", "Garbage: rebinding drops the old list"),
    QT_TRANSLATE_NOOP("memstep::ui::ExampleLibrary", "Copying a list versus aliasing it"),
    QT_TRANSLATE_NOOP("memstep::ui::ExampleLibrary", "A function changes the caller's list"),
    QT_TRANSLATE_NOOP("memstep::ui::ExampleLibrary", "Asking for input"),
    QT_TRANSLATE_NOOP("memstep::ui::ExampleLibrary",
                      "Objects made from a class: two names, one instance"),
    QT_TRANSLATE_NOOP("memstep::ui::ExampleLibrary",
                      "A closure keeps the variables of the call that made it"),
    QT_TRANSLATE_NOOP("memstep::ui::ExampleLibrary",
                      "copy.copy shares the inner lists; copy.deepcopy copies them too"),
    QT_TRANSLATE_NOOP(
        "memstep::ui::ExampleLibrary",
        "A class attribute is shared; assigning through self makes a new instance attribute"),
};

} // namespace

QList<Example> ExampleLibrary::examples() {
    loadResources();
    QList<Example> result;
    const QDir dir(QStringLiteral(":/examples"));
    for (const QString& name : dir.entryList({QStringLiteral("*.py")}, QDir::Files, QDir::Name)) {
        Example example;
        example.resource = dir.filePath(name);
        QFile file(example.resource);
        if (file.open(QIODevice::ReadOnly)) {
            const QString first = QString::fromUtf8(file.readLine()).trimmed();
            if (first.startsWith(QLatin1Char('#'))) {
                example.title = QCoreApplication::translate("memstep::ui::ExampleLibrary",
                                                            first.mid(1).trimmed().toUtf8());
            }
        }
        if (example.title.isEmpty()) {
            example.title = name;
        }
        result.append(example);
    }
    return result;
}

QString ExampleLibrary::source(const Example& example) {
    loadResources();
    QFile file(example.resource);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QString::fromUtf8(file.readAll());
}

} // namespace memstep::ui
