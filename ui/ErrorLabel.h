// ErrorLabel: the line under a form or a view that says, in red, why something was refused. Hidden
// until there is something to say.
#pragma once

#include <QString>

class QLabel;

namespace tc {

QLabel *makeErrorLabel(const QString &objectName);

} // namespace tc
