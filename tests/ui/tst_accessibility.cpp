// What a keyboard user and a screen reader get: every interactive widget of the main window's six
// sections and of the dialogs has an accessible name (what Qt's accessibility bridge announces:
// its own name, its text, or its label's), and can be reached with Tab; every menu and menu
// entry has a mnemonic or a shortcut, and the shortcuts the views react to are listed in menus.
#include "AboutDialog.h"
#include "AliasUsersDialog.h"
#include "FirstRunDialog.h"
#include "ImportWizard.h"
#include "LoginDialog.h"
#include "MainWindow.h"
#include "NewTicketDialog.h"
#include "PinboardPostDialog.h"
#include "PreferencesDialog.h"
#include "TenantDetailDialog.h"
#include "TenantSearchDialog.h"
#include "TicketConflictDialog.h"
#include "TestDatabases.h"
#include "Translations.h"
#include "domain/Languages.h"
#include "domain/Settings.h"
#include "itemmodels/TenantSearchModel.h"
#include "mail/MailDesk.h"
#include "services/Office.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QRadioButton>
#include <QScrollBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace tc;

namespace {

// A control the user works with, as opposed to a part of one (a combo box's line edit, a view's
// viewport), a scroll bar or a label.
bool isControl(const QWidget *w)
{
    if (qobject_cast<const QScrollBar *>(w) || qobject_cast<const QTabBar *>(w))
        return false;
    if (const auto *label = qobject_cast<const QLabel *>(w))
        return label->textInteractionFlags() & Qt::LinksAccessibleByKeyboard;
    for (const QWidget *p = w->parentWidget(); p; p = p->parentWidget()) {
        if (qobject_cast<const QComboBox *>(p) || qobject_cast<const QAbstractSpinBox *>(p)
            || qobject_cast<const QAbstractItemView *>(p))
            return false;
    }
    return qobject_cast<const QAbstractButton *>(w) || w->focusPolicy() != Qt::NoFocus;
}

QString describe(const QWidget *w)
{
    return QStringLiteral("%1 \"%2\" in %3")
        .arg(QString::fromLatin1(w->metaObject()->className()), w->objectName(),
             w->window()->objectName().isEmpty() ? QString::fromLatin1(w->window()->metaObject()->className())
                                                 : w->window()->objectName());
}

QStringList problemsInShown(QWidget *top);
QStringList clashesIn(QWidget *window);

// The controls a window has only with a mail edge (password, test e-mail, send now). Nothing is sent:
// the checks only look at the widgets.
class StillMailDesk : public MailDesk
{
public:
    void sendNow() override {}
    bool isSending() const override { return false; }
    void sendTestMail(const QString &) override {}
    void storePassword(const QString &) override {}
    bool hasPassword() const override { return true; }
    QString passwordNote() const override { return {}; }
};

// The problems of every control below `top`, on every page of its tab widgets.
QStringList problemsIn(QWidget *top)
{
    QStringList problems = problemsInShown(top) + clashesIn(top);
    for (QTabWidget *tabs : top->findChildren<QTabWidget *>()) {
        if (!tabs->isVisible())
            continue;
        const int shown = tabs->currentIndex();
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            problems += problemsInShown(top) + clashesIn(top);
        }
        tabs->setCurrentIndex(shown);
    }
    problems.removeDuplicates();
    return problems;
}

// The problems of every visible control below `top`.
QStringList problemsInShown(QWidget *top)
{
    QStringList problems;
    const auto widgets = top->findChildren<QWidget *>();
    for (QWidget *w : widgets) {
        if (!w->isVisible() || !isControl(w))
            continue;
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
        const QString name = iface ? iface->text(QAccessible::Name).trimmed() : QString();
        if (name.isEmpty())
            problems << QStringLiteral("no accessible name: %1").arg(describe(w));
        // Tab reaches a group of radio buttons at its checked one; the arrow keys choose in it.
        const auto *radio = qobject_cast<const QRadioButton *>(w);
        const bool arrowReached = radio && radio->autoExclusive() && !radio->isChecked();
        if (!(w->focusPolicy() & Qt::TabFocus) && !arrowReached)
            problems << QStringLiteral("not reachable with Tab: %1 (%2)").arg(describe(w), name);
    }
    for (QTabBar *bar : top->findChildren<QTabBar *>()) {
        for (int i = 0; bar->isVisible() && i < bar->count(); ++i) {
            if (bar->tabText(i).trimmed().isEmpty() && bar->accessibleTabName(i).isEmpty())
                problems << QStringLiteral("tab %1 without a name: %2").arg(i).arg(describe(bar));
        }
    }
    return problems;
}

QChar mnemonicOf(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) == u'&') {
            if (text.at(i + 1) != u'&')
                return text.at(i + 1).toLower();
            ++i;
        }
    }
    return {};
}

// The Alt+letter keys a window's menu bar and its visible buttons and labels claim, with who claims them.
QMultiHash<QChar, QString> mnemonicsIn(QWidget *window)
{
    QMultiHash<QChar, QString> claims;
    if (auto *main = qobject_cast<QMainWindow *>(window)) {
        for (QAction *top : main->menuBar()->actions()) {
            if (top->isVisible() && !mnemonicOf(top->text()).isNull())
                claims.insert(mnemonicOf(top->text()), QStringLiteral("menu ") + top->text());
        }
    }
    for (QWidget *w : window->findChildren<QWidget *>()) {
        if (!w->isVisible())
            continue;
        QString text;
        if (auto *button = qobject_cast<QAbstractButton *>(w))
            text = button->text();
        else if (auto *label = qobject_cast<QLabel *>(w); label && label->buddy())
            text = label->text();
        if (!mnemonicOf(text).isNull())
            claims.insert(mnemonicOf(text), text);
    }
    for (QTabBar *bar : window->findChildren<QTabBar *>()) {
        for (int i = 0; bar->isVisible() && i < bar->count(); ++i) {
            if (!mnemonicOf(bar->tabText(i)).isNull())
                claims.insert(mnemonicOf(bar->tabText(i)), QStringLiteral("tab ") + bar->tabText(i));
        }
    }
    return claims;
}

QStringList clashesIn(QWidget *window)
{
    QStringList clashes;
    const auto claims = mnemonicsIn(window);
    for (const QChar key : claims.uniqueKeys()) {
        const QStringList who = claims.values(key);
        if (who.size() > 1)
            clashes << QStringLiteral("Alt+%1: %2").arg(key, who.join(QStringLiteral(" | ")));
    }
    return clashes;
}

bool hasMnemonic(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) == u'&') {
            if (text.at(i + 1) != u'&')
                return true;
            ++i;
        }
    }
    return false;
}

} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto url = DatabaseUrl::parse(QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("office.db")));
        QVERIFY(url);
        auto office = Office::open(*url, SchemaPolicy::Migrate, Actor::localOwner());
        QVERIFY2(office, office ? "" : qPrintable(office.error().message));
        m_office = std::move(*office);
        QVERIFY(m_office->setup().initializeCompany(m_office->actor(), QStringLiteral("Test AG")));
        QVERIFY(m_office->demoData().generate(120, QDate(2026, 6, 1)));
        QVERIFY(m_office->demoData().addTickets(12));
        auto id = m_office->database().scalar(QStringLiteral("SELECT min(id) FROM persons"));
        QVERIFY(id);
        m_personId = id->toLongLong();
        auto other = m_office->database().scalar(
            QStringLiteral("SELECT min(id) FROM persons WHERE email IS NOT NULL AND id > ?"), {m_personId});
        QVERIFY(other);
        m_invitedId = other->toLongLong();
        QVERIFY(m_office->settings()
                    .set(m_office->actor(), {{settings::smtpFrom, QStringLiteral("Régie <mieter@regie.example.ch>")},
                                             {settings::registrationBaseUrl, QStringLiteral("https://app.example.ch/r")}})
                    .ok());
        auto invited = m_office->invitations().invite({m_invitedId});
        QVERIFY2(invited, invited ? "" : qPrintable(invited.error().message));
    }

    // Every check runs in each language: the names, and the Alt+letter keys the translations chose.
    void cleanup()
    {
        for (QTranslator *t : QCoreApplication::instance()->findChildren<QTranslator *>()) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
    }

    void everySectionOfTheMainWindow_data() { languageRows(); }
    void everySectionOfTheMainWindow()
    {
        QFETCH(QString, language);
        installTranslations(*QCoreApplication::instance(), language);
        StillMailDesk desk;
        MainWindow window(*m_office, &desk);
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QStringList problems;
        int sections = 0;
        for (auto section : {MainWindow::Section::MasterData, MainWindow::Section::Tenants, MainWindow::Section::Issues,
                             MainWindow::Section::Pinboard, MainWindow::Section::CompanySettings,
                             MainWindow::Section::Outbox}) {
            window.showSection(section);
            QTest::qWait(50);
            problems += problemsIn(&window);
            // Master data with a property chosen: its detail pane's buttons too.
            if (auto *tree = window.findChild<QAbstractItemView *>(QStringLiteral("masterDataTree"));
                tree && tree->isVisible() && tree->model()->rowCount() > 0) {
                tree->setCurrentIndex(tree->model()->index(0, 0));
                QTest::qWait(50);
                problems += problemsIn(&window);
            }
            ++sections;
        }
        problems.removeDuplicates();
        QCOMPARE(sections, 6);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    void everyDialog_data() { languageRows(); }
    void everyDialog()
    {
        QFETCH(QString, language);
        installTranslations(*QCoreApplication::instance(), language);
        QStringList problems;
        const auto check = [&problems](QWidget *dialog) {
            dialog->show();
            if (!QTest::qWaitForWindowExposed(dialog))
                problems << QStringLiteral("not shown: %1").arg(describe(dialog));
            problems += problemsIn(dialog);
            dialog->close();
        };
        PreferencesDialog preferences(QStringLiteral("en"));
        check(&preferences);
        AboutDialog about(m_office->displayUrl());
        check(&about);
        FirstRunDialog firstRun(m_dir.filePath(QStringLiteral("other.db")));
        check(&firstRun);
        LoginDialog firstLogin(*m_office, LoginDialog::Mode::FirstLogin, QString());
        check(&firstLogin);
        NewTicketDialog ticket(*m_office, m_personId);
        check(&ticket);
        TenantDetailDialog detail(*m_office, m_personId);
        check(&detail);
        // An invited tenant's window offers a reminder instead.
        TenantDetailDialog invited(*m_office, m_invitedId);
        check(&invited);
        AliasUsersDialog aliases(*m_office);
        check(&aliases);
        PinboardPostDialog post(*m_office, std::nullopt);
        check(&post);
        ImportWizard wizard(m_office->database().url(), m_office->actor());
        check(&wizard);
        TicketConflict conflict;
        conflict.ticketId = 1;
        conflict.expectedVersion = 1;
        conflict.currentVersion = 2;
        TicketConflictDialog conflictDialog(conflict, {QStringLiteral("Title")});
        check(&conflictDialog);
        auto unit = m_office->database().scalar(QStringLiteral("SELECT min(id) FROM units"));
        QVERIFY(unit);
        NewAliasDialog alias(*m_office, unit->toLongLong(), QStringLiteral("Wohnung 1.01"));
        check(&alias);
        TenantSearchModel searchModel(m_office->database().url());
        TenantSearchDialog search(&searchModel);
        check(&search);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    void menusCarryMnemonicsAndShortcuts_data() { languageRows(); }
    void menusCarryMnemonicsAndShortcuts()
    {
        QFETCH(QString, language);
        installTranslations(*QCoreApplication::instance(), language);
        MainWindow window(*m_office);
        QStringList problems;
        QStringList listed;
        // The Actions menu holds the shown section's own actions: look at it in every section.
        for (int section = 0; section < 6; ++section) {
            window.showSection(MainWindow::Section(section));
            for (QAction *top : window.menuBar()->actions()) {
                if (!hasMnemonic(top->text()))
                    problems << QStringLiteral("menu without a mnemonic: %1").arg(top->text());
                QMenu *menu = top->menu();
                QVERIFY(menu);
                for (QAction *action : menu->actions()) {
                    if (action->isSeparator())
                        continue;
                    if (!hasMnemonic(action->text()) && action->shortcut().isEmpty())
                        problems << QStringLiteral("menu entry without mnemonic or shortcut: %1").arg(action->text());
                    if (!action->shortcut().isEmpty())
                        listed << action->shortcut().toString();
                }
            }
        }
        problems.removeDuplicates();
        // Every shortcut the window's views react to is in a menu, where users find it.
        for (QAction *action : window.findChildren<QAction *>()) {
            if (!action->shortcut().isEmpty() && !listed.contains(action->shortcut().toString()))
                problems << QStringLiteral("shortcut %1 (%2) is in no menu").arg(action->shortcut().toString(), action->text());
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        QVERIFY(listed.size() >= 10);
    }

private:
    static void languageRows()
    {
        QTest::addColumn<QString>("language");
        for (const QString &language : languages::supported())
            QTest::newRow(qPrintable(language)) << language;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Office> m_office;
    qint64 m_personId = 0;
    qint64 m_invitedId = 0;
};

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
