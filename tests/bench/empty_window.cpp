// tc_bench_empty_window: the start-up baseline. An empty QMainWindow, built with the same flags as
// the product, shows itself and prints "first-frame-ms N" once its first paint event is done, N
// counted from the first statement of main(), then quits. bench_startup compares tenant-cockpit
// against it: what Qt and the platform cost on this machine, and what the product adds.
#include <QApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QMainWindow>
#include <QTimer>

#include <cstdio>

namespace {

class FirstPaint : public QObject
{
public:
    FirstPaint(QWidget *window, QElapsedTimer sinceStart) : QObject(window), m_sinceStart(sinceStart)
    {
        window->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (!m_done && event->type() == QEvent::Paint) {
            m_done = true;
            // Same as tc::StartupProbe: let this paint event finish, then report.
            QTimer::singleShot(0, this, [this] {
                std::printf("first-frame-ms %lld\n", static_cast<long long>(m_sinceStart.elapsed()));
                std::fflush(stdout);
                QCoreApplication::exit(0);
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QElapsedTimer m_sinceStart;
    bool m_done = false;
};

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("tc-bench-empty-window"));

    QMainWindow window;
    window.setWindowTitle(QStringLiteral("Empty window"));
    window.resize(1200, 760); // MainWindow::restoreSession()'s default size
    new FirstPaint(&window, sinceStart);
    window.show();
    return QApplication::exec();
}
