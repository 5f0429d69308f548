#include "gui/StartupProbe.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTimer>
#include <QWidget>

#include <cstdio>

namespace tc {

StartupProbe::StartupProbe(QWidget *painted, QElapsedTimer sinceStart, std::function<bool()> ready)
    : QObject(painted), m_sinceStart(sinceStart), m_ready(std::move(ready))
{
    painted->installEventFilter(this);
}

bool StartupProbe::eventFilter(QObject *watched, QEvent *event)
{
    if (!m_done && event->type() == QEvent::Paint && m_ready()) {
        m_done = true;
        // Let this paint event finish, then report: the finished frame is what we measure.
        QTimer::singleShot(0, this, [this] {
            std::printf("first-frame-ms %lld\n", static_cast<long long>(m_sinceStart.elapsed()));
            std::fflush(stdout);
            QCoreApplication::exit(0);
        });
    }
    return QObject::eventFilter(watched, event);
}

} // namespace tc
