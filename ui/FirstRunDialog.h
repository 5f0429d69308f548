// FirstRunDialog: on the first start, where the office's data lives: a local file on this PC (the
// default) or a shared PostgreSQL server.
#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QRadioButton;
class QSpinBox;

namespace tc {

class FirstRunDialog : public QDialog
{
    Q_OBJECT

public:
    explicit FirstRunDialog(const QString &defaultLocalPath, QWidget *parent = nullptr);

    // The database the user chose, as a URL for DatabaseUrl::parse.
    QString databaseUrl() const;
    // How many demo tenants to write into a new local file (0: none).
    int demoTenants() const;

    void accept() override;

private:
    void updateEnabled();

    QRadioButton *m_local = nullptr;
    QRadioButton *m_server = nullptr;
    QLineEdit *m_path = nullptr;
    QCheckBox *m_demo = nullptr;
    QLineEdit *m_host = nullptr;
    QSpinBox *m_port = nullptr;
    QLineEdit *m_database = nullptr;
    QLineEdit *m_user = nullptr;
    QComboBox *m_sslMode = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace tc
