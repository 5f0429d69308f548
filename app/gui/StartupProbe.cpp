#include "gui/StartupProbe.h"

#include <QAbstractItemView>
#include <QCoreApplication>
#include <QEvent>
#include <QTimer>

#include <cstdio>

namespace tc {

StartupProbe::StartupProbe(QAbstractItemView *view, QElapsedTimer sinceStart)
    : QObject(view), m_view(view), m_sinceStart(sinceStart)
{
    view->viewport()->installEventFilter(this);
}

bool StartupProbe::eventFilter(QObject *watched, QEvent *event)
{
    if (!m_done && event->type() == QEvent::Paint && m_view->model() && m_view->model()->rowCount() > 0) {
        m_done = true;
        // Let this paint event finish, then report: the frame with rows is what we measure.
        QTimer::singleShot(0, this, [this] {
            std::printf("first-frame-ms %lld\n", static_cast<long long>(m_sinceStart.elapsed()));
            std::fflush(stdout);
            QCoreApplication::exit(0);
        });
    }
    return QObject::eventFilter(watched, event);
}

} // namespace tc
