// LoginDialog: who is working. Asks for the login and the password of an agent and hands back the
// agent as the actor of the services; the last login used on this computer comes prefilled. An
// office without logins yet asks instead for its first login, a manager's (see AgentLogins), so that
// the program never runs without knowing who acts.
#pragma once

#include "domain/Actor.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace tc {

class Office;

class LoginDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode { LogIn, FirstLogin };

    // `mode`: LogIn once the office has logins, FirstLogin before.
    LoginDialog(Office &office, Mode mode, const QString &lastLogin, QWidget *parent = nullptr);

    Mode mode() const { return m_mode; }
    // The agent who logged in, once the dialog was accepted.
    const Actor &actor() const { return m_actor; }
    QString login() const;

private:
    void submit();
    void showError(const QString &message);

    Office &m_office;
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
