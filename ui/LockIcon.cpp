#include "LockIcon.h"

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace tc {

QIcon lockIcon(const QColor &color)
{
    QIcon icon;
    for (const int size : {16, 24, 32, 48}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        const qreal unit = size / 16.0;
        // The shackle: an arch over the body.
        QPen pen(color, 1.6 * unit);
        pen.setCapStyle(Qt::FlatCap);
        painter.setPen(pen);
        QPainterPath shackle;
        shackle.moveTo(4.8 * unit, 7.5 * unit);
        shackle.lineTo(4.8 * unit, 5.2 * unit);
        shackle.arcTo(QRectF(4.8 * unit, 1.6 * unit, 6.4 * unit, 7.2 * unit), 180, -180);
        shackle.lineTo(11.2 * unit, 7.5 * unit);
        painter.drawPath(shackle);
        // The body, with a keyhole.
        painter.setPen(Qt::NoPen);
        painter.setBrush(color);
        painter.drawRoundedRect(QRectF(3 * unit, 7 * unit, 10 * unit, 7.6 * unit), 1.4 * unit, 1.4 * unit);
        painter.setCompositionMode(QPainter::CompositionMode_Clear);
        painter.drawEllipse(QPointF(8 * unit, 10.3 * unit), 1.1 * unit, 1.1 * unit);
        painter.drawRect(QRectF(7.55 * unit, 10.3 * unit, 0.9 * unit, 2.4 * unit));
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

} // namespace tc
