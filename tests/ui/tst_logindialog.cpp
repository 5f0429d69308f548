// tst_logindialog: who is working, in the GUI. On a local office file: An office without logins
// asks for its first login, a manager's (refusing two different passwords and a weak one); then the
// login dialog comes with the last login filled in, refuses a wrong password (clearing it, staying
// open) and hands back the agent with their role; the main window then offers what that role allows
// and says who is logged in. On PostgreSQL the dialog connects as the agent's database role: the
// server refuses a wrong password, and lets the agent in with their own role.
#include "LoginDialog.h"
#include "MainWindow.h"
#include "TestDatabases.h"
#include "services/Office.h"
#include "storage/Database.h"

#include <QApplication>
#include <QCheckBox>
#include <QRandomGenerator>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStatusBar>
#include <QTest>

using namespace tc;
using namespace tc::test;

namespace {

const QString kAnna = QStringLiteral("Aare-Ufer-2026-Bern");
const QString kLucia = QStringLiteral("Limmat-Quai-7-Zurich");

template<typename T>
T *child(const QObject &parent, const char *name)
{
    return parent.findChild<T *>(QString::fromLatin1(name));
}

void type(QLineEdit *field, const QString &text)
{
    field->clear();
    QTest::keyClicks(field, text);
}

} // namespace

class TestLoginDialog : public QObject
{
    Q_OBJECT

    static std::unique_ptr<Office> open(const ScratchDatabase &scratch)
    {
        auto office = Office::open(scratch.url(), SchemaPolicy::Migrate, Actor{std::nullopt, QStringLiteral("Owner"), Role::Manager});
        return office ? std::move(*office) : nullptr;
    }

private Q_SLOTS:
    void firstLogin()
    {
        ScratchDatabase scratch(Backend::SQLite);
        QVERIFY2(scratch.isValid(), qPrintable(scratch.error()));
        auto office = open(scratch);
        QVERIFY(office);
        LoginDialog dialog(*office, LoginDialog::Mode::FirstLogin, QString());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *login = child<QLineEdit>(dialog, "loginName");
        auto *name = child<QLineEdit>(dialog, "loginDisplayName");
        auto *password = child<QLineEdit>(dialog, "loginPassword");
        auto *repeat = child<QLineEdit>(dialog, "loginRepeat");
        auto *error = child<QLabel>(dialog, "loginError");
        auto *submit = child<QPushButton>(dialog, "loginButton");
        QVERIFY(login && name && password && repeat && error && submit);
        QCOMPARE(password->echoMode(), QLineEdit::Password);
        QCOMPARE(repeat->echoMode(), QLineEdit::Password);
        QVERIFY(!password->accessibleName().isEmpty());

        type(login, QStringLiteral("anna.keller"));
        type(name, QStringLiteral("Anna Keller"));
        type(password, kAnna);
        type(repeat, kLucia);
        QTest::mouseClick(submit, Qt::LeftButton);
        QVERIFY(error->isVisible());
        QVERIFY2(error->text().contains(QStringLiteral("differ")), qPrintable(error->text()));
        QVERIFY(password->text().isEmpty());
        QVERIFY(dialog.isVisible());

        type(password, QStringLiteral("1234567890"));
        type(repeat, QStringLiteral("1234567890"));
        QTest::mouseClick(submit, Qt::LeftButton);
        QVERIFY(dialog.isVisible());
        QVERIFY2(error->text().contains(QStringLiteral("common")), qPrintable(error->text()));
        QCOMPARE(*office->logins().inUse(), false);

        type(password, kAnna);
        type(repeat, kAnna);
        QTest::mouseClick(submit, Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.actor().role, Role::Manager);
        QCOMPARE(dialog.actor().name, QStringLiteral("Anna Keller"));
        QCOMPARE(dialog.login(), QStringLiteral("anna.keller"));
        QCOMPARE(*office->logins().inUse(), true);
    }

    void logInWithTheLastLogin()
    {
        ScratchDatabase scratch(Backend::SQLite);
        QVERIFY2(scratch.isValid(), qPrintable(scratch.error()));
        auto office = open(scratch);
        QVERIFY(office);
        auto anna = office->logins().setUpFirst(office->actor(), QStringLiteral("anna.keller"), QStringLiteral("Anna Keller"), kAnna);
        QVERIFY(anna);
        QVERIFY(office->agents().add(QStringLiteral("lucia.rossi"), QStringLiteral("Lucia Rossi"), Role::Agent));
        QVERIFY(office->logins().setPassword(*anna, QStringLiteral("lucia.rossi"), kLucia));

        LoginDialog dialog(*office, LoginDialog::Mode::LogIn, QStringLiteral("lucia.rossi"));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QApplication::setActiveWindow(&dialog);
        auto *login = child<QLineEdit>(dialog, "loginName");
        auto *password = child<QLineEdit>(dialog, "loginPassword");
        auto *error = child<QLabel>(dialog, "loginError");
        QVERIFY(login && password && error);
        QVERIFY(!child<QLineEdit>(dialog, "loginRepeat"));
        // The last login is there; the password is what is left to type.
        QCOMPARE(login->text(), QStringLiteral("lucia.rossi"));
        QTRY_COMPARE(QApplication::focusWidget(), password);

        QTest::keyClicks(password, kAnna);
        QTest::keyClick(password, Qt::Key_Return);
        QVERIFY(dialog.isVisible());
        QVERIFY(error->isVisible());
        QCOMPARE(error->text(), QStringLiteral("The login or the password is wrong."));
        QVERIFY(password->text().isEmpty());

        // After the wait the wrong password asks for, the right one.
        QTest::qWait(1100);
        QTest::keyClicks(password, kLucia);
        QTest::keyClick(password, Qt::Key_Return);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.actor().role, Role::Agent);
        QCOMPARE(dialog.actor().name, QStringLiteral("Lucia Rossi"));

        // The main window as Lucia sees it: no invitations, no import, no company settings to change.
        office->actAs(dialog.actor());
        MainWindow window(*office, nullptr);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *who = child<QLabel>(window, "actorLabel");
        QVERIFY(who);
        QVERIFY2(who->text().contains(QStringLiteral("Lucia Rossi")), qPrintable(who->text()));
        auto *invite = child<QPushButton>(window, "inviteButton");
        auto *import = child<QPushButton>(window, "importButton");
        QVERIFY(invite && import);
        QVERIFY(invite->isHidden());
        QVERIFY(import->isHidden());
        auto *companyName = child<QWidget>(window, "setting_company_name");
        QVERIFY(companyName);
        QVERIFY(!companyName->isEnabled());
    }

    void logInToTheServer()
    {
        ScratchDatabase scratch(Backend::PostgreSQL);
        QVERIFY2(scratch.isValid(), qPrintable(scratch.error()));
        auto office = open(scratch);
        QVERIFY(office);
        // Database roles belong to the whole server: a login of this run's own.
        const QString lucia = QStringLiteral("lucia-") + QString::number(QRandomGenerator::global()->bounded(100000, 999999));
        auto id = office->agents().add(lucia, QStringLiteral("Lucia Rossi"), Role::Administrator);
        QVERIFY(id);
        QVERIFY(office->logins().setPassword(office->actor(), lucia, kLucia));

        LoginDialog dialog(scratch.url(), lucia);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *login = child<QLineEdit>(dialog, "loginName");
        auto *password = child<QLineEdit>(dialog, "loginPassword");
        auto *error = child<QLabel>(dialog, "loginError");
        auto *remember = child<QCheckBox>(dialog, "loginRemember");
        QVERIFY(login && password && error && remember);
        QCOMPARE(login->text(), lucia);
        QVERIFY(!remember->isChecked());

        QTest::keyClicks(password, kAnna);
        QTest::keyClick(password, Qt::Key_Return);
        QVERIFY(dialog.isVisible());
        QVERIFY2(error->text().contains(QStringLiteral("password authentication failed")), qPrintable(error->text()));
        QVERIFY(password->text().isEmpty());
        QVERIFY(!dialog.takeOffice());

        QTest::keyClicks(password, kLucia);
        remember->setChecked(true);
        QTest::keyClick(password, Qt::Key_Return);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(dialog.rememberPassword());
        QCOMPARE(dialog.password(), kLucia);
        auto in = dialog.takeOffice();
        QVERIFY(in);
        QCOMPARE(in->actor().agentId, std::optional<qint64>(*id));
        QCOMPARE(in->actor().role, Role::Administrator);
        QCOMPARE(in->database().scalar(QStringLiteral("SELECT session_user"))->toString(), lucia);
    }
};

QTEST_MAIN(TestLoginDialog)
#include "tst_logindialog.moc"
