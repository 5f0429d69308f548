#include "SectionHeading.h"

#include <QLabel>

namespace tc {

QLabel *makeSectionHeading(const QString &title)
{
    auto *heading = new QLabel(title);
    heading->setObjectName(QStringLiteral("sectionHeading"));
    QFont font = heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    font.setBold(true);
    heading->setFont(font);
    heading->setAccessibleName(title);
    return heading;
}

} // namespace tc
