#include "LoginDialog.h"

#include "ErrorLabel.h"
#include "services/Office.h"

#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace tc {

namespace {

QLineEdit *passwordField(const QString &objectName, const QString &accessibleName)
{
    auto *field = new QLineEdit;
    field->setObjectName(objectName);
    field->setAccessibleName(accessibleName);
    field->setEchoMode(QLineEdit::Password);
    field->setMaxLength(1024);
    return field;
}

} // namespace

LoginDialog::LoginDialog(Office &office, Mode mode, const QString &lastLogin, QWidget *parent)
    : QDialog(parent), m_office(&office), m_mode(mode)
{
    build(mode == Mode::FirstLogin
              ? tr("Who is working? This office has no logins yet. Create the first one, a manager's: from then on "
                   "everyone logs in with their own, and the office's settings, imports and invitations are theirs "
                   "whose role allows them. (A manager already in the office keeps their name.)")
              : tr("Who is working? Log in to %1.").arg(office.displayUrl()),
          lastLogin);
}

LoginDialog::LoginDialog(const DatabaseUrl &server, const QString &lastLogin, QWidget *parent)
    : QDialog(parent), m_server(server), m_mode(Mode::Server)
{
    build(tr("Who is working? Log in to %1 with your login and password: the server checks them, and lets you do "
             "what your role allows.")
              .arg(server.toDisplayString()),
          lastLogin);
}

LoginDialog::~LoginDialog() = default;

void LoginDialog::build(const QString &introText, const QString &lastLogin)
{
    setObjectName(QStringLiteral("loginDialog"));
    const bool first = m_mode == Mode::FirstLogin;
    setWindowTitle(first ? tr("The office's first login") : tr("Log in"));

    auto *intro = new QLabel(introText);
    intro->setObjectName(QStringLiteral("loginIntro"));
    intro->setWordWrap(true);

    m_login = new QLineEdit(lastLogin);
    m_login->setObjectName(QStringLiteral("loginName"));
    m_login->setAccessibleName(tr("Login"));
    m_login->setMaxLength(64);
    m_password = passwordField(QStringLiteral("loginPassword"), tr("Password"));
    auto *form = new QFormLayout;
    form->addRow(tr("&Login:"), m_login);
    if (first) {
        m_name = new QLineEdit;
        m_name->setObjectName(QStringLiteral("loginDisplayName"));
        m_name->setAccessibleName(tr("Name"));
        m_name->setPlaceholderText(tr("As colleagues and the audit log see it"));
        m_name->setMaxLength(200);
        m_repeat = passwordField(QStringLiteral("loginRepeat"), tr("Password again"));
        m_password->setPlaceholderText(tr("At least %n characters", nullptr, 10));
        form->addRow(tr("&Name:"), m_name);
        form->addRow(tr("&Password:"), m_password);
        form->addRow(tr("&Again:"), m_repeat);
    } else {
        form->addRow(tr("&Password:"), m_password);
    }
    if (m_mode == Mode::Server) {
        m_remember = new QCheckBox(tr("&Remember the password on this computer (in the system's keychain)"));
        m_remember->setObjectName(QStringLiteral("loginRemember"));
        form->addRow(QString(), m_remember);
    }
    m_error = makeErrorLabel(QStringLiteral("loginError"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_submit = buttons->button(QDialogButtonBox::Ok);
    m_submit->setText(first ? tr("&Create and log in") : tr("&Log in"));
    m_submit->setObjectName(QStringLiteral("loginButton"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("&Quit"));
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("loginQuitButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &LoginDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 40);
    // The remembered login needs only the password.
    if (!lastLogin.isEmpty() && !first)
        m_password->setFocus();
    else
        m_login->setFocus();
}

std::unique_ptr<Office> LoginDialog::takeOffice()
{
    return std::move(m_opened);
}

bool LoginDialog::rememberPassword() const
{
    return m_remember && m_remember->isChecked();
}

QString LoginDialog::password() const
{
    return m_password->text();
}

QString LoginDialog::login() const
{
    return m_login->text().trimmed();
}

void LoginDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
    m_password->clear();
    if (m_repeat)
        m_repeat->clear();
    m_password->setFocus();
}

void LoginDialog::submit()
{
    if (login().isEmpty()) {
        m_error->setText(tr("Give your login."));
        m_error->show();
        m_login->setFocus();
        return;
    }
    if (m_repeat && m_repeat->text() != m_password->text()) {
        showError(tr("The two passwords differ."));
        return;
    }
    if (m_mode == Mode::Server) {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        // A role that is no agent (the database's owner, say) keeps this actor; the server's rights
        // decide what it may do.
        auto opened = Office::open(m_server.withLogin(login(), m_password->text()), SchemaPolicy::Migrate,
                                   Actor{std::nullopt, login(), Role::Manager}, QStringLiteral("gui"));
        QApplication::restoreOverrideCursor();
        if (!opened) {
            showError(opened.error().message);
            return;
        }
        m_opened = std::move(*opened);
        m_actor = m_opened->actor();
        accept();
        return;
    }
    // Argon2id takes a moment on purpose.
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const AgentLogins logins = m_office->logins();
    const Result<Actor> actor = m_mode == Mode::FirstLogin
                                    ? logins.setUpFirst(m_office->actor(), login(), m_name->text(), m_password->text())
                                    : logins.logIn(login(), m_password->text());
    QApplication::restoreOverrideCursor();
    if (!actor) {
        showError(actor.error().message);
        return;
    }
    m_actor = *actor;
    accept();
}

} // namespace tc
