#include "PinboardView.h"
#include "Appearance.h"

#include "ErrorLabel.h"
#include "PinboardPostDialog.h"
#include "SectionHeading.h"
#include "domain/PostText.h"
#include "itemmodels/PinboardModels.h"
#include "services/Office.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTextBrowser>
#include <QTreeView>
#include <QVBoxLayout>

namespace tc {

PinboardView::PinboardView(Office &office, QWidget *parent) : QWidget(parent), m_office(office)
{
    setObjectName(QStringLiteral("pinboardView"));
    m_model = new PinboardPostsModel(this);

    m_property = new QComboBox;
    m_property->setObjectName(QStringLiteral("pinboardPropertyChoice"));
    m_property->setAccessibleName(tr("Show the posts of"));
    m_property->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_property, &QComboBox::currentIndexChanged, this, &PinboardView::reload);

    m_list = new QTreeView;
    m_list->setObjectName(QStringLiteral("pinboardPosts"));
    m_list->setAccessibleName(tr("Pinboard posts"));
    m_list->setModel(m_model);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    for (auto [column, width] : {std::pair{PinboardPostsModel::Title, 22}, {PinboardPostsModel::Audience, 14},
                                 {PinboardPostsModel::Author, 9}, {PinboardPostsModel::Published, 14}}) {
        m_list->setColumnWidth(column, width * em);
    }
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &PinboardView::showSelected);
    connect(m_list, &QTreeView::activated, this, [this] {
        if (m_office.actor().mayAct(Role::Administrator))
            editPost();
    });

    m_detail = new QTextBrowser;
    m_detail->setObjectName(QStringLiteral("pinboardDetail"));
    m_detail->setAccessibleName(tr("The selected post"));
    m_detail->setOpenExternalLinks(true);

    m_message = makeErrorLabel(QStringLiteral("pinboardMessage"));

    const bool mayWrite = office.actor().mayAct(Role::Administrator);
    m_new = new QPushButton(tr("&New post…"));
    m_new->setObjectName(QStringLiteral("pinboardNew"));
    m_edit = new QPushButton(tr("&Change…"));
    m_edit->setObjectName(QStringLiteral("pinboardEdit"));
    m_delete = new QPushButton(tr("&Delete"));
    m_delete->setObjectName(QStringLiteral("pinboardDelete"));
    for (QPushButton *button : {m_new, m_edit, m_delete})
        button->setVisible(mayWrite);
    connect(m_new, &QPushButton::clicked, this, &PinboardView::newPost);
    connect(m_edit, &QPushButton::clicked, this, &PinboardView::editPost);
    connect(m_delete, &QPushButton::clicked, this, &PinboardView::deletePost);

    auto *top = new QHBoxLayout;
    top->addWidget(makeSectionHeading(tr("Pinboard")));
    top->addStretch();
    top->addWidget(m_property);
    auto *controls = new QHBoxLayout;
    controls->addWidget(m_new);
    controls->addWidget(m_edit);
    controls->addWidget(m_delete);
    controls->addStretch();
    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(m_list);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(controls);
    layout->addWidget(m_message);
    layout->addWidget(splitter, 1);
    reload();
}

void PinboardView::fillPropertyFilter()
{
    const QVariant current = m_property->currentData();
    const QSignalBlocker blocker(m_property);
    m_property->clear();
    m_property->addItem(tr("All posts"));
    auto properties = m_office.pinboard().properties();
    if (properties) {
        for (const auto &[id, name] : std::as_const(*properties))
            m_property->addItem(tr("Tenants of %1").arg(name), id);
    }
    const int keep = m_property->findData(current);
    m_property->setCurrentIndex(keep >= 0 ? keep : 0);
}

std::optional<qint64> PinboardView::selectedId() const
{
    const PinboardPost *post = m_model->post(m_list->currentIndex().row());
    return post ? std::optional<qint64>(post->id) : std::nullopt;
}

void PinboardView::reload()
{
    fillPropertyFilter(); // a post for a property not offered yet adds it
    const std::optional<qint64> selected = selectedId();
    const QVariant property = m_property->currentData();
    if (auto s = m_model->reload(m_office.pinboard(), property.isValid() ? std::optional<qint64>(property.toLongLong())
                                                                        : std::nullopt);
        !s) {
        m_message->setText(tr("The pinboard could not be read: %1").arg(s.error().message));
        m_message->show();
    } else {
        m_message->hide();
    }
    const int row = selected ? m_model->rowOf(*selected) : -1;
    m_list->setCurrentIndex(m_model->index(row >= 0 ? row : 0, 0));
    showSelected();
}

void PinboardView::showSelected()
{
    const PinboardPost *post = m_model->post(m_list->currentIndex().row());
    m_edit->setEnabled(post != nullptr);
    m_delete->setEnabled(post != nullptr);
    if (!post) {
        m_detail->setHtml(QStringLiteral("<p>%1</p>").arg(
            (m_office.actor().mayAct(Role::Administrator) ? tr("No posts yet. \"New post…\" writes one.")
                                                          : tr("No posts yet."))
                .toHtmlEscaped()));
        return;
    }
    const QLocale locale;
    QStringList facts;
    facts << tr("For: %1").arg(post->audienceNames.join(QStringLiteral(", ")));
    facts << tr("Written by %1, published %2").arg(post->author, PinboardPostsModel::when(post->publishedAt));
    if (post->updatedAt > post->publishedAt.addSecs(1))
        facts << tr("Changed %1").arg(PinboardPostsModel::when(post->updatedAt));
    if (post->validFrom.isValid() || post->validTo.isValid()) {
        facts << tr("Shown %1 – %2")
                     .arg(post->validFrom.isValid() ? locale.toString(post->validFrom, QLocale::ShortFormat) : tr("from publication"),
                          post->validTo.isValid() ? locale.toString(post->validTo, QLocale::ShortFormat) : tr("until deleted"));
    }
    if (post->important) {
        facts << (post->mails.total() > 0 ? tr("E-mails: %1").arg(PinboardPostsModel::mailsText(post->mails))
                                          : tr("Important; no e-mails were sent for it"));
    }
    QString html = QStringLiteral("<h2>%1%2</h2>")
                       .arg(post->important ? QStringLiteral("<span style=\"color:%1\">%2</span> ").arg(errorColor(palette()).name(), tr("Important:").toHtmlEscaped())
                                            : QString(),
                            post->title.toHtmlEscaped());
    QStringList escaped;
    for (const QString &fact : std::as_const(facts))
        escaped << fact.toHtmlEscaped();
    html += QStringLiteral("<p style=\"color:#555\">%1</p>").arg(escaped.join(QStringLiteral("<br>")));
    html += posttext::toHtml(post->body);
    m_detail->setHtml(html);
}

void PinboardView::newPost()
{
    PinboardPostDialog dialog(m_office, std::nullopt, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    m_list->setCurrentIndex(m_model->index(std::max(0, m_model->rowOf(dialog.publication().postId)), 0));
    if (dialog.publication().mailsQueued > 0)
        Q_EMIT mailsQueued();
}

void PinboardView::editPost()
{
    const PinboardPost *post = m_model->post(m_list->currentIndex().row());
    if (!post)
        return;
    PinboardPostDialog dialog(m_office, *post, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    if (dialog.publication().mailsQueued > 0)
        Q_EMIT mailsQueued();
}

void PinboardView::deletePost()
{
    const PinboardPost *selected = m_model->post(m_list->currentIndex().row());
    if (!selected)
        return;
    // A copy: the question's event loop may let a reload replace the model's posts.
    const PinboardPost post = *selected;
    QString question = tr("Delete the post \"%1\"? Tenants no longer see it.").arg(post.title);
    if (post.mails.total() > 0) {
        question += u' ' + tr("Its e-mails that went out stay sent (%1 of them); the %2 still waiting are not sent. The "
                              "audit log keeps what the post said.")
                               .arg(post.mails.sent)
                               .arg(post.mails.waiting);
    }
    if (QMessageBox::question(this, tr("Delete pinboard post"), question, QMessageBox::Yes | QMessageBox::Cancel,
                              QMessageBox::Cancel)
        != QMessageBox::Yes) {
        return;
    }
    if (auto s = m_office.pinboard().remove(post.id); !s) {
        m_message->setText(s.error().message);
        m_message->show();
        return;
    }
    reload();
}

} // namespace tc
