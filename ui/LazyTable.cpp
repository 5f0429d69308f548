#include "LazyTable.h"

#include <QHeaderView>
#include <QTableView>

#include <algorithm>

namespace tc {

void setUpLazyTable(QTableView *table, const QStringList &typical)
{
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->setCornerButtonEnabled(false);
    table->verticalHeader()->hide();
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    QHeaderView *header = table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(true);
    header->setHighlightSections(false);
    const QFontMetrics metrics = table->fontMetrics();
    const QFontMetrics headerMetrics = header->fontMetrics();
    const int columns = std::min(int(typical.size()), table->model()->columnCount());
    for (int column = 0; column < columns; ++column) {
        const int content = metrics.horizontalAdvance(typical.at(column));
        const int title = headerMetrics.horizontalAdvance(table->model()->headerData(column, Qt::Horizontal).toString());
        // Room for the sort indicator beside the title, and for the cell margins.
        table->setColumnWidth(column, std::max(content + 14, title + 28));
    }
}

} // namespace tc
