#include "PinboardPostDialog.h"

#include "ErrorLabel.h"
#include "PinboardPublisher.h"
#include "domain/PostText.h"
#include "itemmodels/MasterDataModel.h"
#include "itemmodels/PinboardModels.h"
#include "services/Office.h"

#include <QCheckBox>
#include <QCloseEvent>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QRadioButton>
#include <QSplitter>
#include <QTableWidget>
#include <QTextBrowser>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

namespace tc {

PinboardPostDialog::PinboardPostDialog(Office &office, const std::optional<PinboardPost> &post, QWidget *parent)
    : QDialog(parent), m_office(office), m_post(post)
{
    setObjectName(QStringLiteral("pinboardPostDialog"));
    setWindowTitle(post ? tr("Change pinboard post") : tr("New pinboard post"));
    m_publisher = new PinboardPublisher(office.database().url(), office.actor(), this);
    connect(m_publisher, &PinboardPublisher::reached, this, &PinboardPostDialog::showReach);
    connect(m_publisher, &PinboardPublisher::published, this, &PinboardPostDialog::published);

    m_title = new QLineEdit;
    m_title->setObjectName(QStringLiteral("pinboardTitle"));
    m_title->setAccessibleName(tr("Title"));
    m_title->setMaxLength(int(Pinboard::kMaxTitle));
    m_body = new QPlainTextEdit;
    m_body->setObjectName(QStringLiteral("pinboardBody"));
    m_body->setAccessibleName(tr("Text of the post"));
    m_body->setTabChangesFocus(true);
    m_body->setPlaceholderText(tr("A blank line starts a new paragraph. **Bold**, lists with \"- \" or \"1. \", and web "
                                  "or e-mail addresses as links."));
    m_preview = new QTextBrowser;
    m_preview->setObjectName(QStringLiteral("pinboardPreview"));
    m_preview->setAccessibleName(tr("Preview"));
    m_preview->setOpenLinks(false);
    auto *texts = new QSplitter;
    texts->addWidget(m_body);
    texts->addWidget(m_preview);
    texts->setChildrenCollapsible(false);

    // Whom it is for.
    m_wholeCompany = new QRadioButton(tr("The &whole company"));
    m_wholeCompany->setObjectName(QStringLiteral("pinboardWholeCompany"));
    m_chosen = new QRadioButton(tr("&Chosen properties and buildings:"));
    m_chosen->setObjectName(QStringLiteral("pinboardChosen"));
    m_tree = new MasterDataModel(office.database(), this);
    m_choice = new AudienceChoiceModel(m_tree, this);
    m_treeFilter = new QLineEdit;
    m_treeFilter->setObjectName(QStringLiteral("pinboardPropertyFilter"));
    m_treeFilter->setAccessibleName(tr("Find a property"));
    m_treeFilter->setPlaceholderText(tr("Find a property by name or reference"));
    m_treeFilter->setClearButtonEnabled(true);
    m_treeView = new QTreeView;
    m_treeView->setObjectName(QStringLiteral("pinboardAudienceTree"));
    m_treeView->setAccessibleName(tr("Properties and buildings"));
    m_treeView->setModel(m_choice);
    m_treeView->setHeaderHidden(true);
    m_treeView->setUniformRowHeights(true);
    connect(m_treeFilter, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (auto s = m_tree->setFilter(text.trimmed()); !s) {
            m_error->setText(s.error().message);
            m_error->show();
        }
    });
    connect(m_choice, &AudienceChoiceModel::audienceChanged, this, &PinboardPostDialog::audienceChanged);
    connect(m_wholeCompany, &QRadioButton::toggled, this, &PinboardPostDialog::audienceChanged);
    auto *audienceBox = new QGroupBox(tr("For"));
    auto *audienceLayout = new QVBoxLayout(audienceBox);
    audienceLayout->addWidget(m_wholeCompany);
    audienceLayout->addWidget(m_chosen);
    audienceLayout->addWidget(m_treeFilter);
    audienceLayout->addWidget(m_treeView, 1);

    // When, and how loud.
    m_fromSet = new QCheckBox(tr("Shown &from"));
    m_fromSet->setObjectName(QStringLiteral("pinboardFromSet"));
    m_from = new QDateEdit(QDate::currentDate());
    m_from->setObjectName(QStringLiteral("pinboardFrom"));
    m_from->setAccessibleName(tr("Shown from"));
    m_from->setCalendarPopup(true);
    m_toSet = new QCheckBox(tr("Shown &until"));
    m_toSet->setObjectName(QStringLiteral("pinboardToSet"));
    m_to = new QDateEdit(QDate::currentDate().addDays(14));
    m_to->setObjectName(QStringLiteral("pinboardTo"));
    m_to->setAccessibleName(tr("Shown until"));
    m_to->setCalendarPopup(true);
    for (auto [box, edit] : {std::pair{m_fromSet, m_from}, std::pair{m_toSet, m_to}}) {
        edit->setEnabled(false);
        connect(box, &QCheckBox::toggled, edit, &QWidget::setEnabled);
    }
    m_important = new QCheckBox(tr("&Important: e-mail it to every tenant it is for"));
    m_important->setObjectName(QStringLiteral("pinboardImportant"));
    m_future = new QCheckBox(tr("Also to tenants who &move in later"));
    m_future->setObjectName(QStringLiteral("pinboardFutureTenants"));
    m_notifyAgain = new QCheckBox(tr("&Notify again: e-mail the changed post to its tenants"));
    m_notifyAgain->setObjectName(QStringLiteral("pinboardNotifyAgain"));
    m_notifyAgain->setVisible(post.has_value());
    m_reachLine = new QLabel;
    m_reachLine->setObjectName(QStringLiteral("pinboardReach"));
    m_reachLine->setWordWrap(true);
    m_reachLine->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    connect(m_reachLine, &QLabel::linkActivated, this, &PinboardPostDialog::showUnreachable);
    for (QCheckBox *box : {m_important, m_future, m_notifyAgain})
        connect(box, &QCheckBox::toggled, this, &PinboardPostDialog::audienceChanged);

    m_error = makeErrorLabel(QStringLiteral("pinboardError"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setObjectName(QStringLiteral("pinboardPublish"));
    m_ok->setText(post ? tr("&Save") : tr("&Publish"));
    connect(buttons, &QDialogButtonBox::accepted, this, &PinboardPostDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PinboardPostDialog::reject);

    auto *dates = new QHBoxLayout;
    dates->addWidget(m_fromSet);
    dates->addWidget(m_from);
    dates->addSpacing(16);
    dates->addWidget(m_toSet);
    dates->addWidget(m_to);
    dates->addStretch();
    auto *form = new QFormLayout;
    form->addRow(tr("&Title:"), m_title);
    auto *left = new QVBoxLayout;
    left->addLayout(form);
    left->addWidget(texts, 1);
    left->addLayout(dates);
    left->addWidget(m_important);
    auto *futureRow = new QHBoxLayout;
    futureRow->addSpacing(24);
    futureRow->addWidget(m_future);
    left->addLayout(futureRow);
    left->addWidget(m_notifyAgain);
    left->addWidget(m_reachLine);
    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 3);
    columns->addWidget(audienceBox, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    m_reachDelay = new QTimer(this);
    m_reachDelay->setSingleShot(true);
    m_reachDelay->setInterval(250);
    connect(m_reachDelay, &QTimer::timeout, this, &PinboardPostDialog::askReach);
    connect(m_title, &QLineEdit::textChanged, this, &PinboardPostDialog::updatePreview);
    connect(m_body, &QPlainTextEdit::textChanged, this, &PinboardPostDialog::updatePreview);

    if (auto s = m_tree->reload(); !s) {
        m_error->setText(s.error().message);
        m_error->show();
    }
    if (post) {
        m_title->setText(post->title);
        m_body->setPlainText(post->body);
        m_important->setChecked(post->important);
        m_future->setChecked(post->includeFutureTenants);
        m_fromSet->setChecked(post->validFrom.isValid());
        if (post->validFrom.isValid())
            m_from->setDate(post->validFrom);
        m_toSet->setChecked(post->validTo.isValid());
        if (post->validTo.isValid())
            m_to->setDate(post->validTo);
        m_choice->setAudience(post->audience, post->buildingProperties);
        (post->audience.company ? m_wholeCompany : m_chosen)->setChecked(true);
    } else {
        m_wholeCompany->setChecked(true);
    }
    updatePreview();
    audienceChanged();
    resize(1100, 700);
}

PinboardPostDialog::~PinboardPostDialog()
{
    m_publisher->wait();
}

PinboardPostInput PinboardPostDialog::input() const
{
    PinboardPostInput p;
    p.title = m_title->text();
    p.body = m_body->toPlainText();
    if (m_wholeCompany->isChecked())
        p.audience.company = true;
    else
        p.audience = m_choice->audience();
    if (m_fromSet->isChecked())
        p.validFrom = m_from->date();
    if (m_toSet->isChecked())
        p.validTo = m_to->date();
    p.important = m_important->isChecked();
    p.includeFutureTenants = p.important && m_future->isChecked();
    return p;
}

void PinboardPostDialog::updatePreview()
{
    const QString title = m_title->text().simplified();
    m_preview->setHtml((title.isEmpty() ? QString() : QStringLiteral("<h3>%1</h3>").arg(title.toHtmlEscaped()))
                       + posttext::toHtml(m_body->toPlainText()));
}

void PinboardPostDialog::audienceChanged()
{
    const bool chosen = m_chosen->isChecked();
    m_treeFilter->setEnabled(chosen);
    m_treeView->setEnabled(chosen);
    m_future->setEnabled(m_important->isChecked());
    m_notifyAgain->setEnabled(m_important->isChecked());
    const bool mails = m_important->isChecked() && (!m_post || m_notifyAgain->isChecked());
    m_reachLine->setVisible(mails);
    m_reachKnown = false;
    if (!mails)
        return;
    if (input().audience.isEmpty()) {
        m_reachLine->setText(tr("Tick the properties or buildings the post is for."));
        return;
    }
    m_reachLine->setText(tr("Counting the tenants who will be e-mailed…"));
    m_reachDelay->start();
}

void PinboardPostDialog::askReach()
{
    const PinboardPostInput p = input();
    m_publisher->askReach(p.audience, p.includeFutureTenants);
}

void PinboardPostDialog::showReach(const PinboardAudience &audience, bool includeFutureTenants, const PinboardReach &reach,
                                   const QString &error)
{
    const PinboardPostInput p = input();
    if (audience != p.audience || includeFutureTenants != p.includeFutureTenants || m_reachDelay->isActive())
        return; // the answer to a question no longer asked; the newer one follows
    if (!error.isEmpty()) {
        m_reachLine->setText(tr("Who will be e-mailed could not be counted: %1").arg(error).toHtmlEscaped());
        return;
    }
    m_reach = reach;
    m_reachKnown = true;
    const QLocale locale;
    QString text = tr("E-mailed to %1 tenant(s) in their language.", nullptr, int(reach.reachable))
                       .arg(locale.toString(reach.reachable));
    if (!reach.unreachable.isEmpty()) {
        text += u' '
                + tr("%1 cannot be reached (no e-mail address or not invited): <a href=\"#unreachable\">show who</a>.", nullptr,
                     int(reach.unreachable.size()))
                      .arg(locale.toString(reach.unreachable.size()));
    }
    m_reachLine->setText(text);
    Q_EMIT reachShown();
}

void PinboardPostDialog::showUnreachable()
{
    QDialog list(this);
    list.setObjectName(QStringLiteral("pinboardUnreachable"));
    list.setWindowTitle(tr("Tenants who cannot be e-mailed"));
    auto *table = new QTableWidget(int(m_reach.unreachable.size()), 3);
    table->setObjectName(QStringLiteral("pinboardUnreachableTable"));
    table->setAccessibleName(tr("Tenants who cannot be e-mailed"));
    table->setHorizontalHeaderLabels({tr("Tenant"), tr("Reference"), tr("Why")});
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    for (int row = 0; row < m_reach.unreachable.size(); ++row) {
        const PinboardRecipient &r = m_reach.unreachable.at(row);
        table->setItem(row, 0, new QTableWidgetItem(r.name));
        table->setItem(row, 1, new QTableWidgetItem(r.ref));
        table->setItem(row, 2, new QTableWidgetItem(r.reason));
    }
    table->resizeColumnsToContents();
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(close, &QDialogButtonBox::rejected, &list, &QDialog::reject);
    auto *layout = new QVBoxLayout(&list);
    layout->addWidget(new QLabel(tr("They see the post in the tenant app once they are invited and registered; an "
                                    "e-mail address comes with the ERP's next import or in the tenant's data.")));
    layout->addWidget(table);
    layout->addWidget(close);
    list.resize(640, 420);
    list.exec();
}

void PinboardPostDialog::accept()
{
    const PinboardPostInput p = input();
    if (auto s = Pinboard::check(p); !s) {
        m_error->setText(s.error().message);
        m_error->show();
        return;
    }
    m_error->hide();
    const bool mails = p.important && (!m_post || m_notifyAgain->isChecked());
    if (mails) {
        const QString count = m_reachKnown ? QLocale().toString(m_reach.reachable) : tr("all");
        const auto answer = QMessageBox::question(
            this, windowTitle(),
            m_reachKnown ? tr("E-mail this post to %1 tenant(s) now?", nullptr, int(m_reach.reachable)).arg(count)
                         : tr("E-mail this post to every tenant it is for now?"),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Yes);
        if (answer != QMessageBox::Yes)
            return;
    }
    auto *progress = new QProgressDialog(mails ? tr("Queuing the e-mails…") : tr("Saving…"), QString(), 0, 0, this);
    progress->setObjectName(QStringLiteral("pinboardProgress"));
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(0);
    progress->setCancelButton(nullptr); // all or nothing: the post and its mails are one transaction
    connect(m_publisher, &PinboardPublisher::progress, progress, [progress](qint64 done, qint64 total) {
        progress->setMaximum(int(total));
        progress->setValue(int(done));
    });
    connect(m_publisher, &PinboardPublisher::published, progress, &QObject::deleteLater);
    m_ok->setEnabled(false);
    const bool started = m_post ? m_publisher->publish(p, m_post->id, m_post->rowVersion, p.important && m_notifyAgain->isChecked())
                                : m_publisher->publish(p);
    if (!started) {
        progress->deleteLater();
        m_ok->setEnabled(true);
    }
}

void PinboardPostDialog::reject()
{
    if (m_publisher->isPublishing())
        return; // the post and its e-mails are being written: the answer comes in a moment
    QDialog::reject();
}

void PinboardPostDialog::closeEvent(QCloseEvent *event)
{
    if (m_publisher->isPublishing()) {
        event->ignore();
        return;
    }
    QDialog::closeEvent(event);
}

void PinboardPostDialog::published(const PinboardPublication &publication, const QString &error)
{
    m_ok->setEnabled(true);
    if (!error.isEmpty()) {
        m_error->setText(error);
        m_error->show();
        return;
    }
    m_publication = publication;
    QDialog::accept();
}

} // namespace tc
