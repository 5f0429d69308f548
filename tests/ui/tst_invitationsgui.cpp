// Inviting and the outbox as a user does it: from the tenant table (a selection with a tenant
// without e-mail, the reason shown), from a property in master data, from a tenant's detail (invite,
// then "Send reminder"); the status bar's count; the Outbox section with "Retry failed"; the e-mail
// templates edited with their live preview, refused without {code}, saved and reset.
#include "MailTemplatesEditor.h"
#include "MainWindow.h"
#include "MasterDataView.h"
#include "OutboxView.h"
#include "TenantDetailDialog.h"
#include "TenantsView.h"
#include "TestDatabases.h"
#include "domain/Settings.h"
#include "itemmodels/MasterDataModel.h"
#include "itemmodels/OutboxModel.h"
#include "itemmodels/TenantTableModel.h"
#include "services/Office.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QTreeView>

using namespace tc;

namespace {

const QByteArray kList = "property_ref,property_name,street,zip,city,unit_ref,unit_label,tenant_ref,first_name,"
                         "last_name,email,phone,language,move_in,move_out\n"
                         "P1,Sonnenhof,Bahnhofstrasse 1,8001,Zürich,U-1,Wohnung 1,T-1,Anna,Aebi,anna@example.ch,,de,"
                         "2019-04-01,\n"
                         "P1,Sonnenhof,Bahnhofstrasse 1,8001,Zürich,U-2,Wohnung 2,T-2,Beat,Berger,,,de,2019-04-01,\n"
                         "P2,Lago,Via Lago 5,6900,Lugano,U-3,App 3,T-3,Carla,Conti,carla@example.it,,it,2019-04-01,\n";

// Answers every message box that comes up (Yes to a question, OK to a result) and keeps its texts.
class DialogAnswerer : public QObject
{
public:
    DialogAnswerer()
    {
        m_timer.setInterval(30);
        QObject::connect(&m_timer, &QTimer::timeout, this, [this] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box)
                return;
            seen << box->text() + u'\n' + box->informativeText() + u'\n' + box->detailedText();
            QAbstractButton *button = box->button(QMessageBox::Yes);
            if (!button)
                button = box->button(QMessageBox::Ok);
            if (button)
                button->click();
        });
        m_timer.start();
    }
    QStringList seen;

private:
    QTimer m_timer;
};

QString status(const Office &office, const char *ref)
{
    return office.database()
        .scalar(QStringLiteral("SELECT status FROM persons WHERE erp_ref = ?"), {QString::fromLatin1(ref)})
        ->toString();
}

} // namespace

class TestInvitationsGui : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_offices = 0;

    std::unique_ptr<Office> newOffice()
    {
        auto url = DatabaseUrl::parse(QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("o%1.db").arg(++m_offices)));
        auto office = Office::open(*url, SchemaPolicy::Migrate, Actor::localOwner());
        if (!office || !(*office)->setup().initializeCompany((*office)->actor(), QStringLiteral("Régie Test")))
            return nullptr;
        if (!(*office)->settings().set((*office)->actor(),
                                       {{settings::smtpFrom, QStringLiteral("Régie <mieter@regie.example.ch>")},
                                        {settings::registrationBaseUrl, QStringLiteral("https://app.example.ch/r")}}))
            return nullptr;
        const QString csv = m_dir.filePath(QStringLiteral("list%1.csv").arg(m_offices));
        QFile file(csv);
        if (!file.open(QIODevice::WriteOnly) || file.write(kList) != kList.size())
            return nullptr;
        file.close();
        ImportOptions options;
        options.importDate = QDate(2024, 1, 1);
        auto report = (*office)->imports().run(csv, options);
        if (!report || !report->applied())
            return nullptr;
        return std::move(*office);
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void inviteSelectionFromTheTenantTable()
    {
        auto office = newOffice();
        QVERIFY(office);
        MainWindow window(*office);
        window.show();
        window.showSection(MainWindow::Section::Tenants);
        auto *label = window.findChild<QLabel *>(QStringLiteral("outboxStatus"));
        QVERIFY(label);
        QVERIFY2(label->text().contains(QStringLiteral("E-mails waiting: 0")), qPrintable(label->text()));

        QTableView *table = window.tenantsView()->table();
        const qint64 anna = office->tenants().idOf(QStringLiteral("T-1")).value_or(0);
        const qint64 beat = office->tenants().idOf(QStringLiteral("T-2")).value_or(0);
        for (int row = 0; row < table->model()->rowCount(); ++row) {
            const QModelIndex index = table->model()->index(row, 0);
            const qint64 id = index.data(TenantTableModel::PersonIdRole).toLongLong();
            if (id == anna || id == beat)
                table->selectionModel()->select(index, QItemSelectionModel::Select | QItemSelectionModel::Rows);
        }
        QCOMPARE(table->selectionModel()->selectedRows().size(), 2);

        DialogAnswerer answerer;
        auto *action = window.tenantsView()->findChild<QAction *>(QStringLiteral("inviteSelectedAction"));
        QVERIFY(action);
        QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_I));
        action->trigger();
        QCOMPARE(answerer.seen.size(), 2); // the question, then the result
        QVERIFY2(answerer.seen[0].contains(QStringLiteral("2 selected tenant")), qPrintable(answerer.seen[0]));
        QVERIFY2(answerer.seen[1].contains(QStringLiteral("1 invitation(s)")), qPrintable(answerer.seen[1]));
        QVERIFY2(answerer.seen[1].contains(QStringLiteral("Beat Berger (T-2): No e-mail address")), qPrintable(answerer.seen[1]));
        QCOMPARE(status(*office, "T-1"), QStringLiteral("invited"));
        QCOMPARE(status(*office, "T-2"), QStringLiteral("imported"));
        QVERIFY2(label->text().contains(QStringLiteral("E-mails waiting: 1")), qPrintable(label->text()));
        // The table shows the new status at once.
        bool shown = false;
        for (int row = 0; row < table->model()->rowCount(); ++row) {
            const QModelIndex index = table->model()->index(row, 0);
            if (index.data(TenantTableModel::PersonIdRole).toLongLong() != anna)
                continue;
            for (int column = 0; column < table->model()->columnCount(); ++column)
                shown = shown || table->model()->index(row, column).data().toString() == QStringLiteral("invited");
        }
        QVERIFY(shown);

        // The Outbox section lists it.
        window.showSection(MainWindow::Section::Outbox);
        QCOMPARE(window.outboxView()->model()->rowCount(), 1);
        QCOMPARE(window.outboxView()->model()->index(0, OutboxModel::Recipient).data().toString(),
                 QStringLiteral("Anna Aebi <anna@example.ch>"));
        QCOMPARE(window.outboxView()->model()->index(0, OutboxModel::Status).data().toString(), QStringLiteral("Waiting"));
    }

    void inviteAPropertyFromMasterData()
    {
        auto office = newOffice();
        QVERIFY(office);
        MasterDataView view(*office);
        view.show();
        auto *button = view.findChild<QPushButton *>(QStringLiteral("invitePropertyButton"));
        QVERIFY(button);
        QTreeView *tree = view.tree();
        QModelIndex lago;
        for (int row = 0; row < tree->model()->rowCount(); ++row) {
            const QModelIndex index = tree->model()->index(row, 0);
            if (index.data().toString().contains(QStringLiteral("Lago")))
                lago = index;
        }
        QVERIFY(lago.isValid());
        tree->setCurrentIndex(lago);
        QTRY_VERIFY(button->isVisible());
        // A building is no property: no button there.
        tree->expand(lago);
        QTRY_VERIFY(tree->model()->rowCount(lago) > 0);
        tree->setCurrentIndex(tree->model()->index(0, 0, lago));
        QTRY_VERIFY(!button->isVisible());
        tree->setCurrentIndex(lago);
        QTRY_VERIFY(button->isVisible());
        DialogAnswerer answerer;
        button->click();
        QCOMPARE(answerer.seen.size(), 1); // one tenant: no question, only the result
        QCOMPARE(status(*office, "T-3"), QStringLiteral("invited"));
        QCOMPARE(status(*office, "T-1"), QStringLiteral("imported"));
        QCOMPARE(office->outbox().counts()->waiting, 1);
    }

    void inviteAndRemindFromTheTenantDetail()
    {
        auto office = newOffice();
        QVERIFY(office);
        const qint64 anna = office->tenants().idOf(QStringLiteral("T-1")).value_or(0);
        TenantDetailDialog dialog(*office, anna);
        dialog.show();
        auto *invite = dialog.findChild<QPushButton *>(QStringLiteral("inviteTenantButton"));
        QVERIFY(invite);
        QVERIFY(invite->isVisible());
        QCOMPARE(invite->text(), QStringLiteral("&Invite"));
        DialogAnswerer answerer;
        invite->click();
        QCOMPARE(status(*office, "T-1"), QStringLiteral("invited"));
        QCOMPARE(invite->text(), QStringLiteral("Send re&minder"));
        invite->click();
        QCOMPARE(office->outbox().counts()->waiting, 2);
        QCOMPARE(office->database().scalar(QStringLiteral("SELECT COUNT(*) FROM mail_outbox WHERE kind = 'reminder'"))->toInt(), 1);
    }

    void retryFailedInTheOutbox()
    {
        auto office = newOffice();
        QVERIFY(office);
        const qint64 anna = office->tenants().idOf(QStringLiteral("T-1")).value_or(0);
        auto invited = office->invitations().invite({anna});
        QVERIFY(invited);
        const Outbox outbox = office->outbox();
        auto claimed = outbox.claimDue(10, MailAddress{QString(), QStringLiteral("mieter@regie.example.ch")});
        QVERIFY(claimed && claimed->size() == 1);
        QVERIFY(outbox.record({{claimed->first().id, DeliveryResult::Outcome::Failed, QStringLiteral("550 5.1.1 unknown user")}}));

        OutboxView view(*office, nullptr);
        view.show();
        QCOMPARE(view.model()->rowCount(), 1);
        QCOMPARE(view.model()->index(0, OutboxModel::Status).data().toString(), QStringLiteral("Failed"));
        QCOMPARE(view.model()->index(0, OutboxModel::LastError).data().toString(), QStringLiteral("550 5.1.1 unknown user"));
        auto *retry = view.findChild<QPushButton *>(QStringLiteral("outboxRetry"));
        QVERIFY(retry && retry->isVisible() && retry->isEnabled());
        QVERIFY(!view.findChild<QPushButton *>(QStringLiteral("outboxSendNow"))->isVisible()); // no mail edge here
        retry->click();
        QCOMPARE(view.model()->index(0, OutboxModel::Status).data().toString(), QStringLiteral("Waiting"));
        QVERIFY(!retry->isEnabled());
        QVERIFY(view.findChild<QLabel *>(QStringLiteral("outboxSummary"))->text().contains(QStringLiteral("Waiting: 1")));
    }

    void editTemplatesWithPreview()
    {
        auto office = newOffice();
        QVERIFY(office);
        MailTemplatesEditor editor(*office);
        editor.show();
        auto *subject = editor.findChild<QLineEdit *>(QStringLiteral("templateSubject"));
        auto *body = editor.findChild<QPlainTextEdit *>(QStringLiteral("templateBody"));
        auto *preview = editor.findChild<QTextBrowser *>(QStringLiteral("templatePreview"));
        auto *previewSubject = editor.findChild<QLabel *>(QStringLiteral("templatePreviewSubject"));
        auto *save = editor.findChild<QPushButton *>(QStringLiteral("templateSave"));
        auto *reset = editor.findChild<QPushButton *>(QStringLiteral("templateReset"));
        auto *message = editor.findChild<QLabel *>(QStringLiteral("templateMessage"));
        QVERIFY(subject && body && preview && previewSubject && save && reset && message);
        // German invitation first: the program's text, previewed with a made-up tenant.
        QCOMPARE(subject->text(), mailtemplates::builtin(MailKind::Invitation, QStringLiteral("de")).subject);
        QCOMPARE(previewSubject->text(), QStringLiteral("Ihr Zugang zur Mieter-App von Muster Immobilien AG"));
        QVERIFY(preview->toPlainText().contains(QStringLiteral("Anna Müller")));
        QVERIFY(!save->isEnabled());
        QVERIFY(!reset->isEnabled());

        subject->setText(QStringLiteral("Willkommen, {tenant_name}"));
        QCOMPARE(previewSubject->text(), QStringLiteral("Willkommen, Anna Müller"));
        QVERIFY(save->isEnabled());
        body->setPlainText(QStringLiteral("Ohne Code"));
        QVERIFY(!save->isEnabled());
        QVERIFY2(message->text().contains(QStringLiteral("{code}")), qPrintable(message->text()));
        body->setPlainText(QStringLiteral("Ihr Code: {code}\n\nBis bald"));
        QVERIFY(preview->toPlainText().contains(QStringLiteral("AAAA-BBBB-CCCC-DDDD-EEEE")));
        QVERIFY(save->isEnabled());
        save->click();
        auto stored = office->mailTemplates().get(MailKind::Invitation, QStringLiteral("de"));
        QVERIFY(stored);
        QCOMPARE(stored->subject, QStringLiteral("Willkommen, {tenant_name}"));
        QCOMPARE(stored->body, QStringLiteral("Ihr Code: {code}\n\nBis bald"));
        QVERIFY(reset->isEnabled());
        QVERIFY(!save->isEnabled());
        reset->click();
        QCOMPARE(*office->mailTemplates().get(MailKind::Invitation, QStringLiteral("de")),
                 mailtemplates::builtin(MailKind::Invitation, QStringLiteral("de")));
        QCOMPARE(subject->text(), mailtemplates::builtin(MailKind::Invitation, QStringLiteral("de")).subject);
    }
};

QTEST_MAIN(TestInvitationsGui)
#include "tst_invitationsgui.moc"
