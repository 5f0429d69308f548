#include "TenantSearchDialog.h"

#include "itemmodels/TenantSearchModel.h"

#include <QApplication>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QTreeView>
#include <QVBoxLayout>

namespace tc {

TenantSearchDialog::TenantSearchDialog(TenantSearchModel *model, QWidget *parent) : QDialog(parent), m_model(model)
{
    setObjectName(QStringLiteral("tenantSearchDialog"));
    setWindowTitle(tr("Find a tenant"));
    setAccessibleName(tr("Find a tenant"));

    m_field = new QLineEdit;
    m_field->setObjectName(QStringLiteral("tenantSearchField"));
    m_field->setAccessibleName(tr("Search tenants"));
    m_field->setPlaceholderText(tr("Name, phone number, unit, street, e-mail or reference"));
    m_field->setClearButtonEnabled(true);
    m_field->installEventFilter(this);
    QFont big = m_field->font();
    big.setPointSizeF(big.pointSizeF() * 1.25);
    m_field->setFont(big);

    m_results = new QTreeView;
    m_results->setObjectName(QStringLiteral("tenantSearchResults"));
    m_results->setAccessibleName(tr("Tenants found"));
    m_results->setModel(m_model);
    m_results->setRootIsDecorated(false);
    m_results->setUniformRowHeights(true);
    m_results->setAlternatingRowColors(true);
    m_results->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_results->setSelectionMode(QAbstractItemView::SingleSelection);
    m_results->setFocusPolicy(Qt::NoFocus); // the keys stay in the field
    m_results->setAllColumnsShowFocus(true);
    m_results->header()->setStretchLastSection(false);
    m_results->header()->setSectionResizeMode(TenantSearchModel::Address, QHeaderView::Stretch);
    m_results->setColumnWidth(TenantSearchModel::Name, 220);
    m_results->setColumnWidth(TenantSearchModel::Unit, 150);
    m_results->setColumnWidth(TenantSearchModel::Status, 170);
    m_results->setColumnWidth(TenantSearchModel::OpenTickets, 90);
    connect(m_results, &QTreeView::doubleClicked, this, [this] { choose(); });

    m_state = new QLabel;
    m_state->setObjectName(QStringLiteral("tenantSearchState"));
    m_state->setAccessibleName(tr("Search state"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_field);
    layout->addWidget(m_results, 1);
    layout->addWidget(m_state);
    resize(900, 420);

    connect(m_field, &QLineEdit::textEdited, this, [this](const QString &text) {
        m_model->setQuery(text);
        showState();
    });
    connect(m_field, &QLineEdit::returnPressed, this, [this] {
        if (m_model->isSearching()) {
            m_chooseWhenAnswered = true; // the agent was faster than the answer: take its first row
            return;
        }
        choose();
    });
    connect(m_model, &TenantSearchModel::resultsReady, this, [this] { answered(); });
    connect(m_model, &TenantSearchModel::searchFailed, this, [this](const QString &message) {
        m_chooseWhenAnswered = false;
        m_state->setText(tr("The search failed: %1").arg(message));
    });
}

void TenantSearchDialog::start()
{
    m_chooseWhenAnswered = false;
    m_field->selectAll();
    m_field->setFocus();
    showState();
    show();
    raise();
    activateWindow();
}

void TenantSearchDialog::answered()
{
    if (m_model->rowCount() > 0)
        m_results->setCurrentIndex(m_model->index(0, 0));
    showState();
    if (m_chooseWhenAnswered && m_model->answeredQuery() == m_model->query()) {
        m_chooseWhenAnswered = false;
        choose();
    }
}

void TenantSearchDialog::choose()
{
    QModelIndex current = m_results->currentIndex();
    if (!current.isValid() && m_model->rowCount() > 0)
        current = m_model->index(0, 0);
    if (!current.isValid())
        return;
    const qint64 personId = m_model->data(current, TenantSearchModel::PersonIdRole).toLongLong();
    accept();
    Q_EMIT tenantChosen(personId);
}

void TenantSearchDialog::showState()
{
    if (m_field->text().trimmed().isEmpty()) {
        m_state->setText(tr("Type a name, a phone number in any spelling, a unit, a street or a reference."));
        return;
    }
    if (m_model->isSearching()) {
        m_state->setText(tr("Searching…"));
        return;
    }
    const int n = m_model->rowCount();
    if (n == 0)
        m_state->setText(tr("Nobody found for \"%1\".").arg(m_model->answeredQuery()));
    else
        m_state->setText(tr("%n tenant(s) found. Enter opens the selected one.", nullptr, n));
}

bool TenantSearchDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_field && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        switch (key->key()) {
        case Qt::Key_Up:
        case Qt::Key_Down:
        case Qt::Key_PageUp:
        case Qt::Key_PageDown: {
            // The view moves its selection as if it had the focus.
            QKeyEvent copy(key->type(), key->key(), key->modifiers(), key->text());
            QApplication::sendEvent(m_results, &copy);
            return true;
        }
        default:
            break;
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace tc
