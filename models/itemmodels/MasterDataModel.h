// MasterDataModel: the office's properties as a tree (property -> buildings -> units -> tenancies),
// read lazily: properties in pages of 200 by name, a node's children when it is expanded, so that
// 50,000 properties and a million tenants open as fast as ten.
#pragma once

#include "domain/Result.h"
#include "domain/TenancyState.h"

#include <QAbstractItemModel>
#include <QDate>

#include <memory>
#include <vector>

namespace tc {

class Database;

class MasterDataModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { Name, ErpRef, Address, Details, ColumnCount };
    enum class Kind { Property, Building, Unit, Tenancy };
    enum Roles {
        KindRole = Qt::UserRole + 1, // Kind, as int
        IdRole,                      // the row's id in its table (properties, buildings, units, tenancies)
        TenancyStateRole,            // tenancies: TenancyState, as int
        PersonIdsRole,               // tenancies: the tenants' person ids (QVariantList of qint64)
    };

    explicit MasterDataModel(const Database &db, QObject *parent = nullptr);
    ~MasterDataModel() override;

    // Forgets everything read, counts the properties matching the filter and reads the first page.
    tc::Status reload();
    // Shows only properties whose name or ERP reference starts with `text` (case ignored); empty: all.
    tc::Status setFilter(const QString &text);
    QString filter() const { return m_filter; }
    // The day tenancies are judged against (current, former, future); by default the day of reload().
    void setToday(QDate today);
    // How many properties match the filter (all of them, not only those read so far).
    qint64 propertyCount() const;

    static Kind kind(const QModelIndex &index) { return Kind(index.data(KindRole).toInt()); }
    static qint64 id(const QModelIndex &index) { return index.data(IdRole).toLongLong(); }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

Q_SIGNALS:
    // Reading a page failed (the connection dropped, say): that node shows what it has and reads no
    // more until reload().
    void loadFailed(const QString &message) const;

private:
    struct Node;
    using Page = std::vector<std::unique_ptr<Node>>;

    Node *nodeOf(const QModelIndex &index) const;
    // Reads the next page of the node's children and inserts them.
    tc::Status fetch(const QModelIndex &parent, bool signalFailure);
    Result<Page> readChildren(const Node &parent) const;
    Result<Page> readProperties(const Node &root) const;
    Result<Page> readBuildings(const Node &property) const;
    Result<Page> readUnits(const Node &building) const;
    Result<Page> readTenancies(const Node &unit) const;
    QString filterSql(QVariantList *bindings) const;
    QString tenancyDetails(QDate start, QDate end) const;

    const Database &m_db;
    std::unique_ptr<Node> m_root;
    QString m_filter;
    QDate m_today;
    QDate m_fixedToday;
    bool m_busy = false; // inside a reset or an insertion: fetch nothing more until it is over
};

} // namespace tc
