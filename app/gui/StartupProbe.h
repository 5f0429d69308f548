// StartupProbe: reports the moment a widget first paints what the user came for, for the start-up
// benchmark. The benchmark's baseline (an empty window) uses the same probe.
#pragma once

#include <QElapsedTimer>
#include <QObject>

#include <functional>

class QWidget;

namespace tc {

class StartupProbe : public QObject
{
    Q_OBJECT

public:
    // Watches `painted`; after the first paint event at which `ready()` holds, prints
    // "first-frame-ms N" on stdout, N counted from `sinceStart`, and quits the application.
    StartupProbe(QWidget *painted, QElapsedTimer sinceStart, std::function<bool()> ready);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QElapsedTimer m_sinceStart;
    std::function<bool()> m_ready;
    bool m_done = false;
};

} // namespace tc
