#include "ErrorLabel.h"
#include "Appearance.h"

#include <QLabel>

namespace tc {

QLabel *makeErrorLabel(const QString &objectName)
{
    auto *label = new QLabel;
    label->setObjectName(objectName);
    label->setStyleSheet(messageStyleSheet(label, true));
    label->setWordWrap(true);
    label->hide();
    return label;
}

} // namespace tc
