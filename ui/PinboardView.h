// PinboardView: the pinboard section. Posts newest first (all, or those a property's tenants see),
// important ones marked, who wrote them and when, and how many of their e-mails were sent, failed or
// wait in the outbox; the selected post in full. Administrators write, change and delete posts.
#pragma once

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QTextBrowser;
class QTreeView;

namespace tc {

class Office;
class PinboardPostsModel;

class PinboardView : public QWidget
{
    Q_OBJECT

public:
    explicit PinboardView(Office &office, QWidget *parent = nullptr);

    // Reads the posts and the properties to choose from again, keeping the selected post selected.
    void reload();
    PinboardPostsModel *model() const { return m_model; }
    QTreeView *list() const { return m_list; }
    QComboBox *propertyFilter() const { return m_property; }
    // Opens the editor for a new post, or the selected one (administrators).
    void newPost();
    void editPost();
    void deletePost();

Q_SIGNALS:
    // A post was published with e-mails: the outbox has work.
    void mailsQueued();

private:
    void showSelected();
    void fillPropertyFilter();
    std::optional<qint64> selectedId() const;

    Office &m_office;
    PinboardPostsModel *m_model = nullptr;
    QComboBox *m_property = nullptr;
    QTreeView *m_list = nullptr;
    QTextBrowser *m_detail = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_new = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_delete = nullptr;
};

} // namespace tc
