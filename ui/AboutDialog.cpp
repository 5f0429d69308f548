#include "AboutDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace tc {

AboutDialog::AboutDialog(const QString &databaseUrl, QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About Tenant Cockpit"));
    auto *text = new QLabel(tr("<h2>Tenant Cockpit %1</h2>"
                               "<p>The property-management office's desk for talking to tenants: master data "
                               "from the ERP, invitations, tickets and the pinboard.</p>"
                               "<p>Database: %2<br>Qt %3</p>")
                                .arg(QStringLiteral(TC_VERSION), databaseUrl.toHtmlEscaped(),
                                     QString::fromLatin1(qVersion())));
    text->setObjectName(QStringLiteral("aboutText"));
    text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    text->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("aboutCloseButton"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addWidget(buttons);
    setMinimumWidth(420);
}

} // namespace tc
