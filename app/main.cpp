// memstep: the window. Placeholder until the window lands.
#include "memstep/version.h"

#include <QApplication>
#include <QLabel>
#include <cstring>
#include <iostream>

int main(int argc, char** argv) {
    if (argc > 1 && std::strcmp(argv[1], "--version") == 0) {
        std::cout << "memstep " << memstep::kVersion << '\n';
        return 0;
    }
    QApplication app(argc, argv);
    QLabel label("memstep");
    label.show();
    return app.exec();
}
