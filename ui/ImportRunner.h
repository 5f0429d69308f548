// ImportRunner: runs one ERP import on a thread of its own, with a database connection of its own,
// so the window keeps painting while a million rows go in. Reports progress and the result through
// queued signals; cancel() stops it at the next row (nothing is applied then).
#pragma once

#include "domain/Actor.h"
#include "domain/DatabaseUrl.h"
#include "import/ImportContext.h"
#include "import/ImportReport.h"

#include <QObject>
#include <QThread>

#include <atomic>
#include <optional>

namespace tc {

class ImportRunner : public QObject
{
    Q_OBJECT

public:
    ImportRunner(DatabaseUrl url, Actor actor, QObject *parent = nullptr);
    ~ImportRunner() override;

    // Starts an import (or a dry run: options.dryRun). One at a time: returns false while one runs.
    bool start(const QString &path, const ImportOptions &options);
    void cancel() { m_cancel = true; }
    bool isRunning() const { return m_thread && m_thread->isRunning(); }
    // Blocks until the running import ended (for closing the window).
    void wait();

Q_SIGNALS:
    void progress(int permille);
    // report is set when the import ran (applied, rejected or awaiting confirmation); error otherwise.
    void finished(const std::optional<tc::ImportReport> &report, const QString &error);

private:
    DatabaseUrl m_url;
    Actor m_actor;
    QThread *m_thread = nullptr;
    std::atomic<bool> m_cancel{false};
};

} // namespace tc
