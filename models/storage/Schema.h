// Schema: the names of the product's tables, for status reports, copies and checks.
#pragma once

#include <QStringList>

namespace tc::schema {

// Every table of the data model, parents before children (the order a copy must insert in).
const QStringList &tables();

} // namespace tc::schema
