// tc_bench_empty_window: the start-up baseline. An empty QMainWindow, built with the same flags as
// the product, shows itself and prints "first-frame-ms N" once its first paint event is done, N
// counted from the first statement of main(), then quits: the product's own StartupProbe measures
// both. bench_startup compares tenant-cockpit against it: what Qt and the platform cost on this
// machine, and what the product adds.
#include "gui/StartupProbe.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QMainWindow>

int main(int argc, char *argv[])
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("tc-bench-empty-window"));

    QMainWindow window;
    window.setWindowTitle(QStringLiteral("Empty window"));
    window.resize(1200, 760); // MainWindow::restoreSession()'s default size
    new tc::StartupProbe(&window, sinceStart, [] { return true; });
    window.show();
    return QApplication::exec();
}
