// LazyTable: how a table over a model read page by page from SQL is set up: whole rows selected,
// fixed row heights and column widths from typical contents measured once (never from the rows, of
// which there may be a million: no ResizeToContents).
#pragma once

#include <QStringList>

class QTableView;

namespace tc {

// `typical`: one text per column, as wide as that column's usual contents. The table's model must
// be set.
void setUpLazyTable(QTableView *table, const QStringList &typical);

} // namespace tc
