#include "PlaceholderView.h"

#include <QLabel>
#include <QVBoxLayout>

namespace tc {

PlaceholderView::PlaceholderView(const QString &objectName, const QString &title, const QString &text, QWidget *parent)
    : QWidget(parent)
{
    setObjectName(objectName);
    auto *heading = new QLabel(title);
    QFont font = heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    font.setBold(true);
    heading->setFont(font);
    auto *body = new QLabel(text);
    body->setWordWrap(true);
    body->setObjectName(objectName + QStringLiteral("Text"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(body);
    layout->addStretch();
}

} // namespace tc
