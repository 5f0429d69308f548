#include "OutboxView.h"

#include "SectionHeading.h"
#include "itemmodels/OutboxModel.h"
#include "mail/MailDesk.h"
#include "services/Office.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace tc {

OutboxView::OutboxView(Office &office, MailDesk *desk, QWidget *parent)
    : QWidget(parent), m_office(office), m_desk(desk)
{
    setObjectName(QStringLiteral("outboxView"));
    m_model = new OutboxModel(office.database(), this);

    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("outboxTable"));
    m_table->setAccessibleName(tr("E-mails of the outbox"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    // Wide enough for a typical value and for the column's title with the margins.
    const QFontMetrics metrics = fontMetrics();
    const QFontMetrics headerMetrics = m_table->horizontalHeader()->fontMetrics();
    const int em = metrics.horizontalAdvance(QLatin1Char('M'));
    for (auto [column, width] : {std::pair{OutboxModel::Status, 7}, {OutboxModel::Kind, 10}, {OutboxModel::Recipient, 20},
                                 {OutboxModel::Subject, 22}, {OutboxModel::Attempts, 3}, {OutboxModel::When, 10}}) {
        const int title = headerMetrics.horizontalAdvance(m_model->headerData(column, Qt::Horizontal).toString()) + 24;
        m_table->setColumnWidth(column, std::max(width * em, title));
    }

    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("outboxSummary"));
    m_message = new QLabel;
    m_message->setObjectName(QStringLiteral("outboxMessage"));
    m_message->setWordWrap(true);
    m_message->hide();

    m_statusFilter = new QComboBox;
    m_statusFilter->setObjectName(QStringLiteral("outboxStatusFilter"));
    m_statusFilter->setAccessibleName(tr("Show e-mails"));
    m_statusFilter->addItem(tr("All e-mails"), QString());
    for (const char *status : {"queued", "sending", "failed", "sent"}) {
        const QString key = QString::fromLatin1(status);
        m_statusFilter->addItem(OutboxModel::statusText(key), key);
    }
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, &OutboxView::reload);

    m_sendNow = new QPushButton(tr("&Send now"));
    m_sendNow->setObjectName(QStringLiteral("outboxSendNow"));
    m_sendNow->setAccessibleName(tr("Send the waiting e-mails now"));
    m_sendNow->setVisible(desk != nullptr);
    m_retry = new QPushButton(tr("&Retry failed"));
    m_retry->setObjectName(QStringLiteral("outboxRetry"));
    m_retry->setAccessibleName(tr("Put failed e-mails back in the queue"));
    m_retry->setToolTip(tr("The selected failed e-mails, or all failed ones when none is selected, are sent again. "
                           "Fix what the server complained about first."));
    m_retry->setVisible(office.actor().mayAct(Role::Administrator));
    connect(m_retry, &QPushButton::clicked, this, &OutboxView::retryFailed);
    if (desk) {
        connect(m_sendNow, &QPushButton::clicked, this, [this] {
            m_desk->sendNow();
            updateButtons();
        });
        connect(desk, &MailDesk::outboxChanged, this, &OutboxView::reload);
        connect(desk, &MailDesk::sendingFinished, this, [this](const OutboxRun &run) {
            reload();
            if (!run.error.isEmpty()) {
                m_message->setText(tr("Sending stopped: %1 The e-mails wait and are tried again later.").arg(run.error));
                m_message->show();
            } else {
                m_message->hide();
            }
        });
    }

    auto *top = new QHBoxLayout;
    top->addWidget(makeSectionHeading(tr("Outbox")));
    top->addStretch();
    top->addWidget(m_summary);
    auto *controls = new QHBoxLayout;
    controls->addWidget(m_statusFilter);
    controls->addStretch();
    controls->addWidget(m_retry);
    controls->addWidget(m_sendNow);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(controls);
    layout->addWidget(m_message);
    layout->addWidget(m_table);
    reload();
}

void OutboxView::reload()
{
    if (auto s = m_model->reload(m_statusFilter->currentData().toString()); !s) {
        m_message->setText(tr("The outbox could not be read: %1").arg(s.error().message));
        m_message->show();
    }
    const QLocale locale;
    const OutboxCounts &c = m_model->counts();
    m_summary->setText(tr("Waiting: %1 · Failed: %2 · Sent: %3")
                           .arg(locale.toString(c.waiting), locale.toString(c.failed), locale.toString(c.sent)));
    updateButtons();
}

void OutboxView::updateButtons()
{
    m_retry->setEnabled(m_model->counts().failed > 0);
    m_sendNow->setEnabled(m_desk && !m_desk->isSending() && m_model->counts().waiting > 0);
}

void OutboxView::retryFailed()
{
    // The selected failed e-mails; all failed ones only when nothing is selected.
    const QModelIndexList selected = m_table->selectionModel()->selectedRows();
    QList<qint64> ids;
    for (const QModelIndex &index : selected) {
        if (index.data(OutboxModel::StatusKeyRole).toString() == u"failed")
            ids << index.data(OutboxModel::OutboxIdRole).toLongLong();
    }
    if (!selected.isEmpty() && ids.isEmpty()) {
        QMessageBox::information(this, tr("Retry failed e-mails"),
                                 tr("None of the selected e-mails failed. Select failed ones, or none to retry all."));
        return;
    }
    auto n = m_office.outbox().retryFailed(m_office.actor(), ids);
    if (!n) {
        QMessageBox::warning(this, tr("Retry failed e-mails"), n.error().message);
        return;
    }
    reload();
    if (m_desk && *n > 0)
        m_desk->sendNow();
}

} // namespace tc
