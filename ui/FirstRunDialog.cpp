#include "FirstRunDialog.h"
#include "Appearance.h"

#include "domain/DatabaseUrl.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QUrl>
#include <QUrlQuery>
#include <QVBoxLayout>

namespace tc {

namespace {
constexpr int kDemoTenants = 2000;
} // namespace

FirstRunDialog::FirstRunDialog(const QString &defaultLocalPath, QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("firstRunDialog"));
    setWindowTitle(tr("Welcome to Tenant Cockpit"));

    auto *intro = new QLabel(tr("Where does your office keep its data? A local file suits one PC and works "
                                "offline; a PostgreSQL server lets several agents work at once."));
    intro->setWordWrap(true);

    m_local = new QRadioButton(tr("A &local file on this PC"));
    m_local->setObjectName(QStringLiteral("localFileChoice"));
    m_local->setChecked(true);
    m_path = new QLineEdit(defaultLocalPath);
    m_path->setObjectName(QStringLiteral("localFilePath"));
    m_path->setAccessibleName(tr("Database file"));
    auto *browse = new QPushButton(tr("&Browse…"));
    browse->setObjectName(QStringLiteral("browseButton"));
    browse->setAccessibleName(tr("Choose the database file"));
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Database file"), m_path->text(),
                                                          tr("Tenant Cockpit database (*.db)"), nullptr,
                                                          QFileDialog::DontConfirmOverwrite);
        if (!path.isEmpty())
            m_path->setText(path);
    });
    m_demo = new QCheckBox(tr("Fill a new file with %1 demo tenants to try things out")
                               .arg(QLocale().toString(kDemoTenants)));
    m_demo->setObjectName(QStringLiteral("demoDataCheck"));
    m_demo->setChecked(true);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);

    m_server = new QRadioButton(tr("A shared &PostgreSQL server"));
    m_server->setObjectName(QStringLiteral("serverChoice"));
    m_host = new QLineEdit;
    m_host->setObjectName(QStringLiteral("serverHost"));
    m_host->setAccessibleName(tr("Server"));
    m_host->setPlaceholderText(QStringLiteral("db.office.example"));
    m_port = new QSpinBox;
    m_port->setObjectName(QStringLiteral("serverPort"));
    m_port->setAccessibleName(tr("Port"));
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_database = new QLineEdit(QStringLiteral("cockpit"));
    m_database->setObjectName(QStringLiteral("serverDatabase"));
    m_database->setAccessibleName(tr("Database"));
    m_user = new QLineEdit;
    m_user->setObjectName(QStringLiteral("serverUser"));
    m_user->setAccessibleName(tr("User"));
    m_sslMode = new QComboBox;
    m_sslMode->setObjectName(QStringLiteral("serverSslMode"));
    m_sslMode->setAccessibleName(tr("Encryption"));
    m_sslMode->addItem(tr("Encrypted, server certificate checked (recommended)"), QStringLiteral("verify-full"));
    m_sslMode->addItem(tr("Encrypted, certificate not checked"), QStringLiteral("require"));
    m_sslMode->addItem(tr("Encrypted if the server offers it"), QStringLiteral("prefer"));
    m_sslMode->addItem(tr("Not encrypted (only on this PC)"), QStringLiteral("disable"));
    auto *serverForm = new QFormLayout;
    serverForm->addRow(tr("Ser&ver:"), m_host);
    serverForm->addRow(tr("P&ort:"), m_port);
    serverForm->addRow(tr("&Database:"), m_database);
    serverForm->addRow(tr("&User:"), m_user);
    serverForm->addRow(tr("&Encryption:"), m_sslMode);

    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("firstRunError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(messageStyleSheet(m_error, true));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Start"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("startButton"));
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &FirstRunDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &FirstRunDialog::reject);
    connect(m_local, &QRadioButton::toggled, this, &FirstRunDialog::updateEnabled);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_local);
    layout->addLayout(pathRow);
    layout->addWidget(m_demo);
    layout->addSpacing(8);
    layout->addWidget(m_server);
    layout->addLayout(serverForm);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(520);
    updateEnabled();
}

void FirstRunDialog::updateEnabled()
{
    const bool local = m_local->isChecked();
    m_path->setEnabled(local);
    m_demo->setEnabled(local);
    for (QWidget *w : std::initializer_list<QWidget *>{m_host, m_port, m_database, m_user, m_sslMode})
        w->setEnabled(!local);
}

QString FirstRunDialog::databaseUrl() const
{
    if (m_local->isChecked())
        return QStringLiteral("sqlite:") + m_path->text().trimmed();
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setHost(m_host->text().trimmed());
    url.setPort(m_port->value());
    url.setUserName(m_user->text().trimmed());
    url.setPath(u'/' + m_database->text().trimmed());
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("sslmode"), m_sslMode->currentData().toString());
    url.setQuery(query);
    return url.toString();
}

int FirstRunDialog::demoTenants() const
{
    return m_local->isChecked() && m_demo->isChecked() ? kDemoTenants : 0;
}

void FirstRunDialog::accept()
{
    if (m_server->isChecked() && m_host->text().trimmed().isEmpty()) {
        m_error->setText(tr("Enter the server's name or address."));
        m_host->setFocus();
        return;
    }
    if (auto url = DatabaseUrl::parse(databaseUrl()); !url) {
        m_error->setText(url.error().message);
        return;
    }
    QDialog::accept();
}

} // namespace tc
