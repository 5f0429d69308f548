// LockIcon: the small padlock beside values people may look at but not change here (for instance
// name, e-mail and phone that the ERP manages). Drawn, so it looks the same on every desktop.
#pragma once

#include <QIcon>

class QColor;

namespace tc {

QIcon lockIcon(const QColor &color);

} // namespace tc
