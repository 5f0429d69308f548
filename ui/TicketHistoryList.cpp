#include "TicketHistoryList.h"
#include "Appearance.h"

#include <QApplication>
#include <QHeaderView>
#include <QLocale>
#include <QStyledItemDelegate>

namespace tc {

namespace {
// Item views measure a wrapped text without knowing its column's width, so a long comment keeps one
// line; this delegate measures it at the width the column has.
class WrappingDelegate : public QStyledItemDelegate
{
public:
    WrappingDelegate(QHeaderView *header, QObject *parent) : QStyledItemDelegate(parent), m_header(header) {}

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem measured(option);
        initStyleOption(&measured, index);
        measured.features |= QStyleOptionViewItem::WrapText;
        // The style wraps only within a valid rectangle: the column's width, any height.
        measured.rect = QRect(0, 0, m_header->sectionSize(index.column()), QWIDGETSIZE_MAX);
        const QWidget *widget = option.widget;
        QStyle *style = widget ? widget->style() : QApplication::style();
        return style->sizeFromContents(QStyle::CT_ItemViewItem, &measured, QSize(), widget);
    }

private:
    QHeaderView *m_header;
};
} // namespace

TicketHistoryList::TicketHistoryList(QWidget *parent) : QTreeWidget(parent)
{
    setColumnCount(ColumnCount);
    setHeaderLabels({tr("When"), tr("Who"), tr("Change")});
    setRootIsDecorated(false);
    setAlternatingRowColors(true);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setWordWrap(true);
    // Comments wrap over several lines: rows are as high as their text (a ticket's history is short).
    setUniformRowHeights(false);
    setTextElideMode(Qt::ElideNone);
    setItemDelegate(new WrappingDelegate(header(), this));
    header()->setStretchLastSection(true);
    // Row heights follow the Change column's width (wrapped comments need more lines when narrower).
    connect(header(), &QHeaderView::sectionResized, this, [this](int column) {
        if (column == Change)
            scheduleDelayedItemsLayout();
    });
    header()->setSectionResizeMode(QHeaderView::Interactive);
    const QFontMetrics metrics = fontMetrics();
    setColumnWidth(When, metrics.horizontalAdvance(QLocale().toString(QDateTime(QDate(2026, 12, 28), QTime(23, 58)),
                                                                      QLocale::ShortFormat))
                             + 24);
    setColumnWidth(Who, metrics.horizontalAdvance(QStringLiteral("Monika Aeschbacher")) + 16);
}

QString TicketHistoryList::valueText(const QString &kind, const QString &value)
{
    if (value.isEmpty())
        return QStringLiteral("—");
    if (kind == u"status" || kind == u"reopened")
        return tickets::statusText(value);
    if (kind == u"priority")
        return tickets::priorityText(value);
    if (kind == u"channel")
        return tickets::channelText(value);
    if (kind == u"due_date") {
        const QDate date = QDate::fromString(value, Qt::ISODate);
        return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : value;
    }
    return value;
}

QString TicketHistoryList::whatText(const TicketHistoryEntry &entry)
{
    if (entry.kind == u"comment")
        return entry.internal ? tr("Comment (internal note)") : tr("Comment (visible to tenant)");
    return tickets::eventKindText(entry.kind);
}

QString TicketHistoryList::detailsText(const TicketHistoryEntry &entry)
{
    if (entry.kind == u"comment")
        return entry.text;
    if (entry.kind == u"created")
        return entry.newValue;
    return tr("%1 → %2").arg(valueText(entry.kind, entry.oldValue), valueText(entry.kind, entry.newValue));
}

QString TicketHistoryList::changeText(const TicketHistoryEntry &entry)
{
    const QString details = detailsText(entry);
    return details.isEmpty() ? whatText(entry) : tr("%1: %2", "what: details").arg(whatText(entry), details);
}

void TicketHistoryList::setEntries(const QList<TicketHistoryEntry> &entries)
{
    clear();
    const QLocale locale;
    QList<QTreeWidgetItem *> items;
    items.reserve(entries.size());
    for (const TicketHistoryEntry &entry : entries) {
        auto *item = new QTreeWidgetItem;
        item->setText(When, locale.toString(entry.at.toLocalTime(), QLocale::ShortFormat));
        item->setText(Who, entry.who);
        item->setText(Change, changeText(entry));
        item->setToolTip(Change, item->text(Change));
        item->setData(Change, KindRole, entry.kind);
        item->setData(Change, InternalRole, entry.internal);
        for (int column = 0; column < ColumnCount; ++column)
            item->setTextAlignment(column, Qt::AlignLeft | Qt::AlignTop);
        if (entry.kind == u"comment") {
            // Notes the tenant never sees stand apart from what the tenant reads.
            const bool dark = isDark(palette());
            const QColor tint = entry.internal ? (dark ? QColor(0x4d, 0x44, 0x24) : QColor(255, 248, 220))
                                               : (dark ? QColor(0x23, 0x3a, 0x52) : QColor(232, 244, 255));
            for (int column = 0; column < ColumnCount; ++column) {
                item->setBackground(column, tint);
                item->setForeground(column, palette().color(QPalette::Text));
            }
        }
        items << item;
    }
    addTopLevelItems(items);
    if (!items.isEmpty())
        scrollToItem(items.last());
}

} // namespace tc
