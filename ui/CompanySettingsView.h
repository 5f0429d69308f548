// CompanySettingsView: the company settings as a form, one editor per setting of the catalogue; the
// mail server's password and a test e-mail; and the e-mail templates with their preview.
#pragma once

#include <QHash>
#include <QWidget>

class QLabel;
class QPushButton;

namespace tc {

class MailDesk;
class MailTemplatesEditor;
class Office;

class CompanySettingsView : public QWidget
{
    Q_OBJECT

public:
    // `desk` (may be null): the mail edge, for the password and the test e-mail.
    explicit CompanySettingsView(Office &office, MailDesk *desk = nullptr, QWidget *parent = nullptr);

    // Reads the stored values into the editors again.
    void load();
    // Stores every changed value; stops at the first one the service refuses and shows why.
    bool save();

Q_SIGNALS:
    void saved();

private:
    QString editorValue(const QString &key) const;
    void setEditorValue(const QString &key, const QString &value);
    void askPassword();
    void askTestMail();

    Office &m_office;
    QHash<QString, QWidget *> m_editors;
    QHash<QString, QString> m_loaded;
    QLabel *m_message = nullptr;
    QPushButton *m_save = nullptr;
    MailDesk *m_desk = nullptr;
    MailTemplatesEditor *m_templates = nullptr;
};

} // namespace tc
