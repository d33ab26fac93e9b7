// The lessons shipped with the app (resources/examples/*.py, compiled into the binary).
//
// Each example's first line is a comment naming it ("# Aliasing a list"), so adding a lesson
// is dropping a file into resources/examples and listing it in resources.qrc.
#pragma once

#include <QList>
#include <QString>

namespace memstep::ui {

struct Example {
    QString title;    // from the first comment line
    QString resource; // ":/examples/01_seed_same_object.py"
};

class ExampleLibrary {
public:
    static QList<Example> examples();
    static QString source(const Example& example);
};

} // namespace memstep::ui
