#include "PlaceholderView.h"

#include "SectionHeading.h"

#include <QLabel>
#include <QVBoxLayout>

namespace tc {

PlaceholderView::PlaceholderView(const QString &objectName, const QString &title, const QString &text, QWidget *parent)
    : QWidget(parent)
{
    setObjectName(objectName);
    QLabel *heading = makeSectionHeading(title);
    auto *body = new QLabel(text);
    body->setWordWrap(true);
    body->setObjectName(objectName + QStringLiteral("Text"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(body);
    layout->addStretch();
}

} // namespace tc
