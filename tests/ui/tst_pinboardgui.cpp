// The pinboard as an administrator uses it: writing an important post for one property in the
// dialog (the preview, who will be e-mailed and who cannot be, with the list), publishing it on the
// publisher's thread after the question, the post in the view with its e-mails; a change that
// sends nothing, then "notify again"; a post deleted after asking; an agent who reads but cannot
// write; and a post published at another desk showing up by itself.
#include "MainWindow.h"
#include "PinboardPostDialog.h"
#include "PinboardView.h"
#include "TestDatabases.h"
#include "domain/Settings.h"
#include "itemmodels/PinboardModels.h"
#include "services/Office.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QTreeView>

using namespace tc;

namespace {

const QByteArray kList = "property_ref,property_name,street,zip,city,unit_ref,unit_label,tenant_ref,first_name,"
                         "last_name,email,phone,language,move_in,move_out\n"
                         "P1,Sonnenhof,Bahnhofstrasse 1,8001,Zürich,U-1,Wohnung 1,T-1,Anna,Aebi,anna@example.ch,,de,2019-04-01,\n"
                         "P1,Sonnenhof,Bahnhofstrasse 1,8001,Zürich,U-2,Wohnung 2,T-2,Beat,Berger,,,de,2019-04-01,\n"
                         "P2,Lago,Via Lago 5,6900,Lugano,U-3,App 3,T-3,Carla,Conti,carla@example.it,,it,2019-04-01,\n";

// Answers the message boxes that come up (Yes, else OK) and keeps their texts; the list of who
// cannot be reached is read and closed.
class Answerer : public QObject
{
public:
    Answerer()
    {
        m_timer.setInterval(30);
        QObject::connect(&m_timer, &QTimer::timeout, this, [this] {
            QWidget *modal = QApplication::activeModalWidget();
            if (auto *box = qobject_cast<QMessageBox *>(modal)) {
                seen << box->text();
                QAbstractButton *button = box->button(QMessageBox::Yes);
                if (!button)
                    button = box->button(QMessageBox::Ok);
                if (button)
                    button->click();
            } else if (modal && modal->objectName() == u"pinboardUnreachable") {
                if (auto *table = modal->findChild<QTableWidget *>(QStringLiteral("pinboardUnreachableTable"))) {
                    for (int row = 0; row < table->rowCount(); ++row)
                        unreachable << table->item(row, 0)->text() + u'|' + table->item(row, 2)->text();
                }
                qobject_cast<QDialog *>(modal)->reject();
            }
        });
        m_timer.start();
    }
    QStringList seen;
    QStringList unreachable;

private:
    QTimer m_timer;
};

qint64 count(const Office &office, const QString &sql)
{
    return office.database().scalar(sql)->toLongLong();
}

} // namespace

class TestPinboardGui : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_offices = 0;

    // An office with Anna (P1, invited), Beat (P1, no e-mail) and Carla (P2, invited).
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
        auto report = (*office)->imports().run(csv, ImportOptions{});
        if (!report || !report->applied())
            return nullptr;
        QList<qint64> ids;
        for (const char *ref : {"T-1", "T-3"})
            ids << (*office)->tenants().idOf(QString::fromLatin1(ref)).value_or(0);
        if (!(*office)->invitations().invite(ids))
            return nullptr;
        return std::move(*office);
    }

    // Fills the dialog: a title and a text, the property P1 ("Sonnenhof") ticked, important.
    static bool fill(PinboardPostDialog &dialog)
    {
        auto *title = dialog.findChild<QLineEdit *>(QStringLiteral("pinboardTitle"));
        auto *body = dialog.findChild<QPlainTextEdit *>(QStringLiteral("pinboardBody"));
        auto *chosen = dialog.findChild<QRadioButton *>(QStringLiteral("pinboardChosen"));
        auto *filter = dialog.findChild<QLineEdit *>(QStringLiteral("pinboardPropertyFilter"));
        auto *tree = dialog.findChild<QTreeView *>(QStringLiteral("pinboardAudienceTree"));
        auto *important = dialog.findChild<QCheckBox *>(QStringLiteral("pinboardImportant"));
        if (!title || !body || !chosen || !filter || !tree || !important)
            return false;
        QTest::keyClicks(title, QStringLiteral("Wasser abgestellt"));
        body->setPlainText(QStringLiteral("Am **Montag** ist das Wasser abgestellt.\n\n- Flaschen füllen"));
        chosen->setChecked(true);
        QTest::keyClicks(filter, QStringLiteral("Sonn"));
        if (tree->model()->rowCount() != 1)
            return false;
        tree->model()->setData(tree->model()->index(0, 0), Qt::Checked, Qt::CheckStateRole);
        important->setChecked(true);
        return true;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void publishImportantPost()
    {
        auto office = newOffice();
        QVERIFY(office);
        MainWindow window(*office);
        window.show();
        window.showSection(MainWindow::Section::Pinboard);
        auto *view = window.findChild<PinboardView *>(QStringLiteral("pinboardView"));
        QVERIFY(view);
        QCOMPARE(view->model()->rowCount(), 0);
        QVERIFY(window.findChild<QPushButton *>(QStringLiteral("pinboardNew"))->isVisible());

        PinboardPostDialog dialog(*office, std::nullopt, &window);
        QSignalSpy reached(&dialog, &PinboardPostDialog::reachShown);
        dialog.show();
        QVERIFY(fill(dialog));
        // The preview shows the formatting as the tenants will see it.
        auto *preview = dialog.findChild<QTextBrowser *>(QStringLiteral("pinboardPreview"));
        QVERIFY(preview->toHtml().contains(QStringLiteral("font-weight:700")) || preview->toHtml().contains(QStringLiteral("font-weight:600")));
        QVERIFY(preview->toPlainText().contains(QStringLiteral("Flaschen füllen")));
        QVERIFY(reached.wait(5000));
        QVERIFY(dialog.reachKnown());
        QCOMPARE(dialog.reach().reachable, 1);
        auto *line = dialog.findChild<QLabel *>(QStringLiteral("pinboardReach"));
        QVERIFY2(line->text().contains(QStringLiteral("E-mailed to 1 tenant")), qPrintable(line->text()));
        QVERIFY2(line->text().contains(QStringLiteral("1 cannot be reached")), qPrintable(line->text()));

        Answerer answerer;
        Q_EMIT line->linkActivated(QStringLiteral("#unreachable"));
        QCOMPARE(answerer.unreachable, QStringList{QStringLiteral("Beat Berger|No e-mail address.")});

        QSignalSpy done(&dialog, &QDialog::accepted);
        dialog.accept();
        QVERIFY(done.wait(10000));
        QCOMPARE(answerer.seen.size(), 1);
        QVERIFY2(answerer.seen[0].contains(QStringLiteral("E-mail this post to 1 tenant")), qPrintable(answerer.seen[0]));
        QCOMPARE(dialog.publication().mailsQueued, 1);
        QCOMPARE(count(*office, QStringLiteral("SELECT count(*) FROM mail_outbox WHERE kind = 'pinboard_post' "
                                               "AND recipient = 'anna@example.ch'")),
                 1);

        view->reload();
        QCOMPARE(view->model()->rowCount(), 1);
        const QModelIndex first = view->model()->index(0, PinboardPostsModel::Title);
        QCOMPARE(first.data().toString(), QStringLiteral("Important: Wasser abgestellt"));
        QCOMPARE(view->model()->index(0, PinboardPostsModel::Audience).data().toString(), QStringLiteral("Sonnenhof"));
        QCOMPARE(view->model()->index(0, PinboardPostsModel::Mails).data().toString(), QStringLiteral("0 sent, 0 failed, 1 waiting"));
        auto *detail = window.findChild<QTextBrowser *>(QStringLiteral("pinboardDetail"));
        QVERIFY(detail->toPlainText().contains(QStringLiteral("Am Montag ist das Wasser abgestellt.")));
        // A post for the other property: the choice lists both; each shows its own posts only.
        PinboardPostInput lago;
        lago.title = QStringLiteral("Lago");
        lago.body = QStringLiteral("Nur für Lago");
        lago.audience.propertyIds = {office->masterData().propertyIdOf(QStringLiteral("P2")).value_or(0)};
        QVERIFY(office->pinboard().publish(lago));
        view->reload();
        QCOMPARE(view->model()->rowCount(), 2);
        QComboBox *choice = view->propertyFilter();
        QCOMPARE(choice->count(), 3);
        QCOMPARE(choice->itemText(1), QStringLiteral("Tenants of Lago"));
        choice->setCurrentIndex(1);
        QCOMPARE(view->model()->rowCount(), 1);
        QCOMPARE(view->model()->index(0, PinboardPostsModel::Title).data().toString(), QStringLiteral("Lago"));
        choice->setCurrentIndex(2);
        QCOMPARE(view->model()->rowCount(), 1);
        QCOMPARE(view->model()->index(0, PinboardPostsModel::Title).data().toString(), QStringLiteral("Important: Wasser abgestellt"));
    }

    void changeSendsNothingUnlessAsked()
    {
        auto office = newOffice();
        QVERIFY(office);
        PinboardPostInput input;
        input.title = QStringLiteral("Lift");
        input.body = QStringLiteral("Der Lift steht still.");
        input.audience.company = true;
        input.important = true;
        auto published = office->pinboard().publish(input);
        QVERIFY(published);
        QCOMPARE(published->mailsQueued, 2);
        const QString mails = QStringLiteral("SELECT count(*) FROM mail_outbox WHERE kind = 'pinboard_post'");

        auto post = office->pinboard().get(published->postId);
        QVERIFY(post && *post);
        {
            PinboardPostDialog dialog(*office, **post);
            dialog.show();
            auto *title = dialog.findChild<QLineEdit *>(QStringLiteral("pinboardTitle"));
            QCOMPARE(title->text(), QStringLiteral("Lift"));
            QVERIFY(dialog.findChild<QRadioButton *>(QStringLiteral("pinboardWholeCompany"))->isChecked());
            auto *notify = dialog.findChild<QCheckBox *>(QStringLiteral("pinboardNotifyAgain"));
            QVERIFY(notify->isVisible() && !notify->isChecked());
            // No count while nothing is to be sent.
            QVERIFY(!dialog.findChild<QLabel *>(QStringLiteral("pinboardReach"))->isVisible());
            title->setText(QStringLiteral("Lift: wieder in Betrieb"));
            Answerer answerer;
            QSignalSpy done(&dialog, &QDialog::accepted);
            dialog.accept();
            QVERIFY(done.wait(10000));
            QVERIFY(answerer.seen.isEmpty()); // nothing to confirm: nothing is sent
            QCOMPARE(count(*office, mails), 2);
        }
        post = office->pinboard().get(published->postId);
        QCOMPARE((*post)->title, QStringLiteral("Lift: wieder in Betrieb"));
        {
            PinboardPostDialog dialog(*office, **post);
            dialog.show();
            QSignalSpy reached(&dialog, &PinboardPostDialog::reachShown);
            dialog.findChild<QCheckBox *>(QStringLiteral("pinboardNotifyAgain"))->setChecked(true);
            QVERIFY(reached.wait(5000));
            QCOMPARE(dialog.reach().reachable, 2);
            Answerer answerer;
            QSignalSpy done(&dialog, &QDialog::accepted);
            dialog.accept();
            QVERIFY(done.wait(10000));
            QCOMPARE(answerer.seen.size(), 1);
            QCOMPARE(count(*office, mails), 4);
        }
        // A stale version: refused in the dialog, which stays open with the reason.
        {
            PinboardPostDialog dialog(*office, **post); // read before the last change
            dialog.show();
            dialog.findChild<QLineEdit *>(QStringLiteral("pinboardTitle"))->setText(QStringLiteral("Stale"));
            QSignalSpy published2(&dialog, &QDialog::finished);
            dialog.accept();
            auto *error = dialog.findChild<QLabel *>(QStringLiteral("pinboardError"));
            QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), 10000);
            QVERIFY2(error->text().contains(QStringLiteral("Someone else changed")), qPrintable(error->text()));
            QCOMPARE(published2.count(), 0);
        }
    }

    void deleteAfterAsking()
    {
        auto office = newOffice();
        QVERIFY(office);
        PinboardPostInput input;
        input.title = QStringLiteral("Bald weg");
        input.body = QStringLiteral("Text");
        input.audience.company = true;
        input.important = true;
        QVERIFY(office->pinboard().publish(input));
        MainWindow window(*office);
        window.show();
        window.showSection(MainWindow::Section::Pinboard);
        auto *view = window.findChild<PinboardView *>(QStringLiteral("pinboardView"));
        QCOMPARE(view->model()->rowCount(), 1);
        Answerer answerer;
        window.findChild<QPushButton *>(QStringLiteral("pinboardDelete"))->click();
        QCOMPARE(answerer.seen.size(), 1);
        QVERIFY2(answerer.seen[0].contains(QStringLiteral("the 2 still waiting are not sent")), qPrintable(answerer.seen[0]));
        QCOMPARE(view->model()->rowCount(), 0);
        QCOMPARE(count(*office, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'pinboard.deleted'")), 1);
    }

    void agentReadsOnly()
    {
        auto office = newOffice();
        QVERIFY(office);
        PinboardPostInput input;
        input.title = QStringLiteral("Für alle");
        input.body = QStringLiteral("Text");
        input.audience.company = true;
        QVERIFY(office->pinboard().publish(input));
        office->actAs(Actor{std::nullopt, QStringLiteral("Agnes"), Role::Agent});
        MainWindow window(*office);
        window.show();
        window.showSection(MainWindow::Section::Pinboard);
        auto *view = window.findChild<PinboardView *>(QStringLiteral("pinboardView"));
        QCOMPARE(view->model()->rowCount(), 1);
        for (const char *name : {"pinboardNew", "pinboardEdit", "pinboardDelete"})
            QVERIFY2(!window.findChild<QPushButton *>(QString::fromLatin1(name))->isVisible(), name);
    }

    void postFromAnotherDeskShowsUp()
    {
        auto office = newOffice();
        QVERIFY(office);
        MainWindow window(*office);
        window.show();
        window.showSection(MainWindow::Section::Pinboard);
        auto *view = window.findChild<PinboardView *>(QStringLiteral("pinboardView"));
        QCOMPARE(view->model()->rowCount(), 0);
        auto other = Office::open(office->database().url(), SchemaPolicy::RequireCurrent, Actor::localOwner());
        QVERIFY(other);
        PinboardPostInput input;
        input.title = QStringLiteral("Von nebenan");
        input.body = QStringLiteral("Text");
        input.audience.company = true;
        QVERIFY((*other)->pinboard().publish(input));
        QTRY_COMPARE_WITH_TIMEOUT(view->model()->rowCount(), 1, 3000);
    }
};

QTEST_MAIN(TestPinboardGui)
#include "tst_pinboardgui.moc"
