// The pinboard's item models. PinboardPostsModel: the posts of the pinboard view, newest first,
// with their audience, author and e-mails. AudienceChoiceModel: the master-data tree cut at the
// buildings, with a check box on each property and building, for choosing whom a post is for.
#pragma once

#include "domain/Result.h"
#include "services/Pinboard.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QIdentityProxyModel>
#include <QSet>

#include <optional>

namespace tc {

class MasterDataModel;

class PinboardPostsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Title, Audience, Author, Published, Mails, ColumnCount };
    enum Roles { PostIdRole = Qt::UserRole + 1, ImportantRole };

    explicit PinboardPostsModel(QObject *parent = nullptr);

    // The posts `pinboard` lists (of one property, or all), read again.
    tc::Status reload(const Pinboard &pinboard, std::optional<qint64> propertyId);
    const PinboardPost *post(int row) const;
    int rowOf(qint64 postId) const; // -1 when not listed

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // A post's time in the list and its pane: the locale's date, hours and minutes.
    static QString when(const QDateTime &at);
    // "12 sent, 1 failed, 3 waiting"; empty when the post was not e-mailed.
    static QString mailsText(const PinboardMailCounts &mails);

private:
    QList<PinboardPost> m_posts;
};

class AudienceChoiceModel : public QIdentityProxyModel
{
    Q_OBJECT

public:
    explicit AudienceChoiceModel(MasterDataModel *tree, QObject *parent = nullptr);

    // The properties and buildings ticked (a building of a ticked property counts as its property's).
    PinboardAudience audience() const;
    // `buildingProperties`: the property of each building of the audience (PinboardPost has them).
    void setAudience(const PinboardAudience &audience, const QHash<qint64, qint64> &buildingProperties);
    int chosenCount() const { return int(m_properties.size() + m_buildings.size()); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

Q_SIGNALS:
    void audienceChanged();

private:
    bool isBuilding(const QModelIndex &index) const;

    QSet<qint64> m_properties;
    QHash<qint64, qint64> m_buildings; // building -> its property
};

} // namespace tc
