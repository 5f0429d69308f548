#include "InviteTenants.h"

#include "services/Office.h"

#include <QApplication>
#include <QGuiApplication>
#include <QLocale>
#include <QMessageBox>
#include <QProgressDialog>

namespace tc {

bool inviteTenants(QWidget *parent, Office &office, const QList<qint64> &personIds, const QString &what)
{
    const QString title = QApplication::translate("InviteTenants", "Invite to the tenant app");
    if (personIds.isEmpty()) {
        QMessageBox::information(parent, title,
                                 QApplication::translate("InviteTenants", "Nobody to invite: everyone there is "
                                                                          "invited or registered already."));
        return false;
    }
    if (personIds.size() > 1) {
        const auto answer = QMessageBox::question(
            parent, title,
            QApplication::translate("InviteTenants", "Invite %1 by e-mail? Tenants invited before get a reminder "
                                                     "with the same code.")
                .arg(what),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Yes);
        if (answer != QMessageBox::Yes)
            return false;
    }
    // Many tenants take a while: between groups of them the window paints, and Cancel stops there
    // (no transaction is open then).
    QProgressDialog progress(QApplication::translate("InviteTenants", "Inviting…"),
                             QApplication::translate("InviteTenants", "Cancel"), 0, int(personIds.size()), parent);
    progress.setObjectName(QStringLiteral("inviteProgress"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(400);
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    auto report = office.invitations().invite(personIds, [&progress](qint64 done, qint64) {
        progress.setValue(int(done));
        QCoreApplication::processEvents();
        return !progress.wasCanceled();
    });
    QGuiApplication::restoreOverrideCursor();
    progress.reset();
    if (!report) {
        QMessageBox::warning(parent, title, report.error().message);
        return false;
    }
    const QLocale locale;
    qint64 reminders = 0;
    for (const InvitationQueued &q : std::as_const(report->queued))
        reminders += q.reminder ? 1 : 0;
    QString text = QApplication::translate("InviteTenants", "%1 invitation(s) and %2 reminder(s) are in the outbox.")
                       .arg(locale.toString(report->queued.size() - reminders), locale.toString(reminders));
    if (report->cancelled)
        text += u' ' + QApplication::translate("InviteTenants", "Cancelled: the other tenants were not invited.");
    QMessageBox box(report->refused.isEmpty() ? QMessageBox::Information : QMessageBox::Warning, title, text,
                    QMessageBox::Ok, parent);
    box.setObjectName(QStringLiteral("inviteResult"));
    if (!report->refused.isEmpty()) {
        box.setInformativeText(QApplication::translate("InviteTenants", "%1 could not be invited (see the details).")
                                   .arg(locale.toString(report->refused.size())));
        QStringList lines;
        for (const InvitationRefused &r : std::as_const(report->refused))
            lines << QStringLiteral("%1 (%2): %3").arg(r.name, r.ref, r.reason);
        box.setDetailedText(lines.join(u'\n'));
    }
    box.exec();
    return !report->queued.isEmpty();
}

} // namespace tc
