// PlaceholderView: a section whose work is still to be built says so plainly.
#pragma once

#include <QWidget>

namespace tc {

class PlaceholderView : public QWidget
{
    Q_OBJECT

public:
    PlaceholderView(const QString &objectName, const QString &title, const QString &text, QWidget *parent = nullptr);
};

} // namespace tc
