// tst_firstrundialog: the first-start dialog gives the database URL the user chose, in a form that
// DatabaseUrl::parse accepts with the same values, and does not close on an incomplete choice.
#include "FirstRunDialog.h"
#include "domain/DatabaseUrl.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTest>

using tc::FirstRunDialog;

namespace {

template<typename T>
T *child(const QObject &parent, const char *name)
{
    return parent.findChild<T *>(QString::fromLatin1(name));
}

// Replaces a line edit's text by typing, as a user does.
void retype(QLineEdit *edit, const QString &text)
{
    QTest::mouseClick(edit, Qt::LeftButton);
    QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

// Clicks a radio button or check box on its indicator: the part of the (layout-wide) button that
// takes clicks is the indicator and the label, not the empty space to the right of them.
void clickIndicator(QAbstractButton *button)
{
    QTest::mouseClick(button, Qt::LeftButton, {}, QPoint(6, button->height() / 2));
}

} // namespace

// Shows the dialog and makes it the active window.
#define TC_SHOW_ACTIVE(window)                                                                          \
    (window).show();                                                                                    \
    QVERIFY(QTest::qWaitForWindowExposed(&(window)));                                                   \
    (window).activateWindow();                                                                          \
    QVERIFY(QTest::qWaitForWindowActive(&(window)));

class TestFirstRunDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultsToLocalFileWithDemoData();
    void localFileWithoutDemoData();
    void localPathRoundTrips_data();
    void localPathRoundTrips();
    void serverChoice_data();
    void serverChoice();
    void serverWithoutHostStaysOpen();
    void cancelRejects();
};

void TestFirstRunDialog::defaultsToLocalFileWithDemoData()
{
    const QString path = QStringLiteral("/home/anna/.local/share/tenant-cockpit/cockpit.db");
    FirstRunDialog dialog(path);
    TC_SHOW_ACTIVE(dialog);

    auto *local = child<QRadioButton>(dialog, "localFileChoice");
    auto *server = child<QRadioButton>(dialog, "serverChoice");
    auto *pathEdit = child<QLineEdit>(dialog, "localFilePath");
    auto *demo = child<QCheckBox>(dialog, "demoDataCheck");
    QVERIFY(local && server && pathEdit && demo);
    QVERIFY(local->isChecked());
    QVERIFY(!server->isChecked());
    QCOMPARE(pathEdit->text(), path);
    QVERIFY(pathEdit->isEnabled());
    QVERIFY(demo->isChecked());
    QVERIFY(demo->isEnabled());
    // The server fields wait until the server is chosen.
    QVERIFY(!child<QLineEdit>(dialog, "serverHost")->isEnabled());
    QVERIFY(!child<QSpinBox>(dialog, "serverPort")->isEnabled());
    QVERIFY(!child<QComboBox>(dialog, "serverSslMode")->isEnabled());

    QCOMPARE(dialog.databaseUrl(), QStringLiteral("sqlite:") + path);
    QVERIFY(dialog.demoTenants() > 0);

    QTest::mouseClick(child<QPushButton>(dialog, "startButton"), Qt::LeftButton);
    QTRY_VERIFY(!dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(child<QLabel>(dialog, "firstRunError")->text(), QString());
}

void TestFirstRunDialog::localFileWithoutDemoData()
{
    FirstRunDialog dialog(QStringLiteral("/tmp/default.db"));
    TC_SHOW_ACTIVE(dialog);
    auto *demo = child<QCheckBox>(dialog, "demoDataCheck");
    QVERIFY(demo);
    clickIndicator(demo);
    QVERIFY(!demo->isChecked());
    QCOMPARE(dialog.demoTenants(), 0);

    retype(child<QLineEdit>(dialog, "localFilePath"), QStringLiteral("/srv/office/cockpit.db"));
    QCOMPARE(dialog.databaseUrl(), QStringLiteral("sqlite:/srv/office/cockpit.db"));

    // Demo data is only for a local file: choosing the server turns it off even when checked.
    clickIndicator(demo);
    QVERIFY(demo->isChecked());
    QVERIFY(dialog.demoTenants() > 0);
    clickIndicator(child<QRadioButton>(dialog, "serverChoice"));
    QCOMPARE(dialog.demoTenants(), 0);
    QVERIFY(!demo->isEnabled());
}

void TestFirstRunDialog::localPathRoundTrips_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("plain") << QStringLiteral("/srv/office/cockpit.db");
    QTest::newRow("spaces") << QStringLiteral("/home/anna/Meine Dateien/Büro Verwaltung/cockpit.db");
    QTest::newRow("non-ascii") << QStringLiteral("/home/zoë/Gérance Genève/cockpit.db");
    QTest::newRow("percent sign") << QStringLiteral("/home/anna/Mietzins +10%/cockpit.db");
    QTest::newRow("percent and digits") << QStringLiteral("/home/anna/Nebenkosten%2025/cockpit.db");
}

// Whatever file the user names is the file the program opens: the URL the dialog gives parses back
// to the same path.
void TestFirstRunDialog::localPathRoundTrips()
{
    QFETCH(QString, path);
    FirstRunDialog dialog(QStringLiteral("/tmp/default.db"));
    TC_SHOW_ACTIVE(dialog);
    // Non-ASCII text cannot be typed with QTest::keyClicks: set it as a file dialog would.
    child<QLineEdit>(dialog, "localFilePath")->setText(path);

    const QString urlText = dialog.databaseUrl();
    QCOMPARE(urlText, QStringLiteral("sqlite:") + path);
    auto url = tc::DatabaseUrl::parse(urlText);
    QVERIFY2(url.ok(), qPrintable(url.ok() ? QString() : url.error().message));
    QVERIFY(url->isSQLite());
    QCOMPARE(url->sqlitePath(), path);
}

void TestFirstRunDialog::serverChoice_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("database");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("sslMode");

    QTest::newRow("remote, verified") << QStringLiteral("db.office.example") << 5432 << QStringLiteral("cockpit")
                                      << QStringLiteral("anna") << QStringLiteral("verify-full");
    QTest::newRow("other port, require") << QStringLiteral("10.1.2.3") << 6543 << QStringLiteral("office_2026")
                                         << QStringLiteral("cockpit_agent") << QStringLiteral("require");
    QTest::newRow("localhost, disable") << QStringLiteral("localhost") << 15432 << QStringLiteral("tc")
                                        << QStringLiteral("postgres") << QStringLiteral("disable");
    QTest::newRow("prefer") << QStringLiteral("pg.intern") << 5433 << QStringLiteral("verwaltung")
                            << QStringLiteral("b.meier") << QStringLiteral("prefer");
    // Managed PostgreSQL services name users user@server.
    QTest::newRow("user with @") << QStringLiteral("srv.postgres.example") << 5432 << QStringLiteral("cockpit")
                                 << QStringLiteral("anna@srv") << QStringLiteral("require");
}

void TestFirstRunDialog::serverChoice()
{
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QString, database);
    QFETCH(QString, user);
    QFETCH(QString, sslMode);

    FirstRunDialog dialog(QStringLiteral("/tmp/default.db"));
    TC_SHOW_ACTIVE(dialog);
    auto *server = child<QRadioButton>(dialog, "serverChoice");
    QVERIFY(server);
    clickIndicator(server);
    QVERIFY(server->isChecked());
    QVERIFY(!child<QRadioButton>(dialog, "localFileChoice")->isChecked());
    QVERIFY(!child<QLineEdit>(dialog, "localFilePath")->isEnabled());

    auto *hostEdit = child<QLineEdit>(dialog, "serverHost");
    auto *portBox = child<QSpinBox>(dialog, "serverPort");
    auto *databaseEdit = child<QLineEdit>(dialog, "serverDatabase");
    auto *userEdit = child<QLineEdit>(dialog, "serverUser");
    auto *sslBox = child<QComboBox>(dialog, "serverSslMode");
    QVERIFY(hostEdit && portBox && databaseEdit && userEdit && sslBox);
    QVERIFY(hostEdit->isEnabled() && portBox->isEnabled() && databaseEdit->isEnabled() && userEdit->isEnabled()
            && sslBox->isEnabled());
    QCOMPARE(portBox->value(), 5432);
    QCOMPARE(databaseEdit->text(), QStringLiteral("cockpit"));
    QCOMPARE(sslBox->currentData().toString(), QStringLiteral("verify-full")); // the safe default

    retype(hostEdit, host);
    QTest::mouseClick(portBox, Qt::LeftButton);
    QTest::keyClick(portBox, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(portBox, QString::number(port));
    QTest::keyClick(portBox, Qt::Key_Tab);
    QCOMPARE(portBox->value(), port);
    retype(databaseEdit, database);
    retype(userEdit, user);
    const int sslIndex = sslBox->findData(sslMode);
    QVERIFY(sslIndex >= 0);
    sslBox->setFocus();
    while (sslBox->currentIndex() < sslIndex)
        QTest::keyClick(sslBox, Qt::Key_Down);
    QCOMPARE(sslBox->currentData().toString(), sslMode);
    QCOMPARE(hostEdit->text(), host);
    QCOMPARE(userEdit->text(), user);

    const QString urlText = dialog.databaseUrl();
    QVERIFY2(urlText.startsWith(QStringLiteral("postgresql://")), qPrintable(urlText));
    QCOMPARE(dialog.demoTenants(), 0);
    auto url = tc::DatabaseUrl::parse(urlText);
    QVERIFY2(url.ok(), qPrintable(urlText + QStringLiteral(": ") + (url.ok() ? QString() : url.error().message)));
    QVERIFY(!url->isSQLite());
    QCOMPARE(url->host(), host);
    QCOMPARE(url->port(), port);
    QCOMPARE(url->databaseName(), database);
    QCOMPARE(url->user(), user);
    QCOMPARE(url->sslMode(), sslMode);
    QCOMPARE(url->password(), QString());

    QTest::mouseClick(child<QPushButton>(dialog, "startButton"), Qt::LeftButton);
    QTRY_VERIFY(!dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
}

void TestFirstRunDialog::serverWithoutHostStaysOpen()
{
    FirstRunDialog dialog(QStringLiteral("/tmp/default.db"));
    TC_SHOW_ACTIVE(dialog);
    clickIndicator(child<QRadioButton>(dialog, "serverChoice"));
    auto *host = child<QLineEdit>(dialog, "serverHost");
    QVERIFY(host);
    QCOMPARE(host->text(), QString());
    retype(child<QLineEdit>(dialog, "serverUser"), QStringLiteral("anna"));
    auto *error = child<QLabel>(dialog, "firstRunError");
    QVERIFY(error);
    QCOMPARE(error->text(), QString());

    QTest::mouseClick(child<QPushButton>(dialog, "startButton"), Qt::LeftButton);
    QTRY_VERIFY2(!error->text().isEmpty(), "no message for the missing server");
    QVERIFY(error->isVisible());
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected)); // not accepted (0)
    QTRY_VERIFY(host->hasFocus());

    // Only blanks are no host either.
    QTest::keyClicks(host, QStringLiteral("   "));
    error->clear();
    QTest::mouseClick(child<QPushButton>(dialog, "startButton"), Qt::LeftButton);
    QTRY_VERIFY(!error->text().isEmpty());
    QVERIFY(dialog.isVisible());

    // With a host it starts.
    retype(host, QStringLiteral("db.office.example"));
    QTest::mouseClick(child<QPushButton>(dialog, "startButton"), Qt::LeftButton);
    QTRY_VERIFY(!dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
}

void TestFirstRunDialog::cancelRejects()
{
    FirstRunDialog dialog(QStringLiteral("/tmp/default.db"));
    TC_SHOW_ACTIVE(dialog);
    QTest::mouseClick(child<QPushButton>(dialog, "cancelButton"), Qt::LeftButton);
    QTRY_VERIFY(!dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
}

QTEST_MAIN(TestFirstRunDialog)
#include "tst_firstrundialog.moc"
