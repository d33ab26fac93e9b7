#include "example_library.h"

#include <QDir>
#include <QFile>

namespace memstep::ui {

QList<Example> ExampleLibrary::examples() {
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
    QFile file(example.resource);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QString::fromUtf8(file.readAll());
}

} // namespace memstep::ui
