#include "example_library.h"

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
                example.title = first.mid(1).trimmed();
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
