#include "ImportRunner.h"

#include "services/Office.h"

namespace tc {

ImportRunner::ImportRunner(DatabaseUrl url, Actor actor, QObject *parent)
    : QObject(parent), m_url(std::move(url)), m_actor(std::move(actor))
{
}

ImportRunner::~ImportRunner()
{
    cancel();
    wait();
}

void ImportRunner::wait()
{
    if (m_thread)
        m_thread->wait();
}

bool ImportRunner::start(const QString &path, const ImportOptions &options)
{
    if (isRunning())
        return false;
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
    m_cancel = false;
    // The thread opens its own connection: a Qt SQL connection belongs to the thread that made it.
    m_thread = QThread::create([this, path, options] {
        std::optional<ImportReport> report;
        QString error;
        auto office = Office::open(m_url, SchemaPolicy::RequireCurrent, m_actor, QStringLiteral("import"));
        if (!office) {
            error = office.error().message;
        } else {
            int last = -1;
            auto result = (*office)->imports().run(path, options, [this, &last](int permille) {
                if (permille != last) {
                    last = permille;
                    Q_EMIT progress(permille);
                }
                return !m_cancel.load();
            });
            if (result)
                report = std::move(*result);
            else
                error = result.error().message;
        }
        Q_EMIT finished(report, error);
    });
    m_thread->start();
    return true;
}

} // namespace tc
