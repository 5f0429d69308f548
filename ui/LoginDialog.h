// LoginDialog: who is working. Asks for the login and the password of an agent and hands back the
// agent as the actor of the services; the last login used on this computer comes prefilled. An
// office without logins yet asks instead for its first login, a manager's (see AgentLogins), so that
// the program never runs without knowing who acts. On a PostgreSQL server the dialog connects as the
// agent's own database role and the server checks the password (see OfficeRoles).
#pragma once

#include "domain/Actor.h"
#include "domain/DatabaseUrl.h"

#include <QDialog>

#include <memory>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace tc {

class Office;

class LoginDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode { LogIn, FirstLogin, Server };

    // A local office file. `mode`: LogIn once the office has logins, FirstLogin before.
    LoginDialog(Office &office, Mode mode, const QString &lastLogin, QWidget *parent = nullptr);
    // A PostgreSQL office (Mode::Server): accepted once the server let the agent in.
    LoginDialog(const DatabaseUrl &server, const QString &lastLogin, QWidget *parent = nullptr);
    ~LoginDialog() override;

    Mode mode() const { return m_mode; }
    // The agent who logged in, once the dialog was accepted.
    const Actor &actor() const { return m_actor; }
    QString login() const;
    // Server mode: the office opened as the agent, and whether to keep the password in the keychain.
    std::unique_ptr<Office> takeOffice();
    bool rememberPassword() const;
    QString password() const;

private:
    void build(const QString &intro, const QString &lastLogin);
    void submit();
    void showError(const QString &message);

    Office *m_office = nullptr;
    DatabaseUrl m_server;
    std::unique_ptr<Office> m_opened;
    QCheckBox *m_remember = nullptr;
    Mode m_mode;
    Actor m_actor;
    QLineEdit *m_login = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_repeat = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_submit = nullptr;
};

} // namespace tc
