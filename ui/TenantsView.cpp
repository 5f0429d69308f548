#include "TenantsView.h"

#include "SectionHeading.h"
#include "itemmodels/TenantTableModel.h"
#include "services/Office.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace tc {

TenantsView::TenantsView(Office &office, QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("tenantsView"));
    m_model = new TenantTableModel(office.database(), this);

    QLabel *heading = makeSectionHeading(tr("Tenants"));
    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("tenantSummary"));
    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("tenantError"));
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    m_error->setWordWrap(true);
    m_error->hide();

    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("tenantTable"));
    m_table->setAccessibleName(tr("Tenants"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setCornerButtonEnabled(false);
    // Fixed row heights and fixed column widths: nothing is measured across a million rows.
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(true);
    header->setHighlightSections(false);
    // Widths from typical contents, measured once: never from the rows (a million of them).
    const QString typical[] = {
        QStringLiteral("Dell'Acqua, Marie-Thérèse"), QStringLiteral("Appartamento 3.04"),
        QStringLiteral("Bahnhofstrasse 12a, 8001 Zürich"), QStringLiteral("moving out 28 Feb 2027"),
        QStringLiteral("hans-rudolf.buehler@example.com"), QStringLiteral("+41 44 123 45 67"), QStringLiteral("de"),
        QStringLiteral("registered"), QStringLiteral("10000000")};
    const QFontMetrics metrics = m_table->fontMetrics();
    const QFontMetrics headerMetrics = header->fontMetrics();
    for (int column = 0; column < TenantTableModel::ColumnCount; ++column) {
        const int content = metrics.horizontalAdvance(typical[column]);
        const int title = headerMetrics.horizontalAdvance(m_model->headerData(column, Qt::Horizontal).toString());
        // Room for the sort indicator beside the title, and for the cell margins.
        m_table->setColumnWidth(column, std::max(content + 14, title + 28));
    }
    header->setSortIndicatorShown(true);
    header->setSortIndicator(TenantTableModel::Name, Qt::AscendingOrder);
    connect(header, &QHeaderView::sortIndicatorChanged, this, [this, header](int column, Qt::SortOrder order) {
        if (!TenantTableModel::isSortable(column)) {
            // Only indexed columns sort: put the indicator back where the rows really are sorted.
            const QSignalBlocker blocker(header);
            header->setSortIndicator(m_lastSortColumn, m_lastSortOrder);
            return;
        }
        m_lastSortColumn = column;
        m_lastSortOrder = order;
        m_model->sort(column, order);
    });
    connect(m_model, &TenantTableModel::loadFailed, this, [this](const QString &message) {
        m_error->setText(tr("The tenants could not be read: %1").arg(message));
        m_error->show();
    });

    auto *top = new QHBoxLayout;
    top->addWidget(heading);
    top->addStretch();
    top->addWidget(m_summary);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_error);
    layout->addWidget(m_table);

    reload();
}

void TenantsView::reload()
{
    m_error->hide();
    if (auto s = m_model->reload(); !s) {
        m_error->setText(tr("The tenants could not be read: %1").arg(s.error().message));
        m_error->show();
    }
    updateSummary();
}

void TenantsView::updateSummary()
{
    m_summary->setText(tr("Tenants: %1").arg(QLocale().toString(m_model->rowCount())));
}

} // namespace tc
