// One QApplication for all UI tests (fonts, widgets and the offscreen platform need it).
#include <QApplication>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <gtest/gtest.h>

int main(int argc, char** argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    // Tests must never read or overwrite the user's settings. ctest also runs tests as parallel
    // processes, so each process gets a home of its own: one test's settings and autosaved
    // copies are never in another's way (Autosave tests counting copies on disk failed so).
    QTemporaryDir home;
    if (home.isValid()) {
        qputenv("HOME", home.path().toLocal8Bit());
    }
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("memstep-tests"));
    QApplication::setApplicationName(QStringLiteral("memstep-tests"));
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
