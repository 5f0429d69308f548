// StartupProbe: reports the moment the tenant table first paints rows, for the start-up benchmark.
#pragma once

#include <QElapsedTimer>
#include <QObject>

class QAbstractItemView;

namespace tc {

class StartupProbe : public QObject
{
    Q_OBJECT

public:
    // Watches `view`; once it has painted at least one row, prints "first-frame-ms N" on stdout,
    // N counted from `sinceStart`, and quits the application.
    StartupProbe(QAbstractItemView *view, QElapsedTimer sinceStart);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QAbstractItemView *m_view;
    QElapsedTimer m_sinceStart;
    bool m_done = false;
};

} // namespace tc
