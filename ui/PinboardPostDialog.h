// PinboardPostDialog: writing a pinboard post or changing one. Title, text with a live preview of its
// simple formatting, the audience (the whole company, or properties and buildings ticked in the
// master-data tree), an optional validity, "important" with the option to include future tenants.
// For an important post it says, while the author writes, how many tenants will be e-mailed and
// who cannot be reached (the list one click away); publishing asks once more, then runs on a thread
// of its own with a progress bar. A changed post is e-mailed again only when "Notify again" is ticked.
#pragma once

#include "services/Pinboard.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;
class QTextBrowser;
class QTimer;
class QTreeView;

namespace tc {

class AudienceChoiceModel;
class MasterDataModel;
class Office;
class PinboardPublisher;

class PinboardPostDialog : public QDialog
{
    Q_OBJECT

public:
    // A new post when `post` is empty, else that post to change.
    PinboardPostDialog(Office &office, const std::optional<PinboardPost> &post, QWidget *parent = nullptr);
    ~PinboardPostDialog() override;

    // What the form holds now.
    PinboardPostInput input() const;
    // What publishing did (after accept()).
    const PinboardPublication &publication() const { return m_publication; }
    // The last answer to "who would be e-mailed", for tests.
    const PinboardReach &reach() const { return m_reach; }
    bool reachKnown() const { return m_reachKnown; }

    void accept() override;
    // Refused while the post is being published (it is all or nothing, and the answer is due).
    void reject() override;

protected:
    void closeEvent(QCloseEvent *event) override;

Q_SIGNALS:
    // The reach line shows the answer to the form as it is now.
    void reachShown();

private:
    void updatePreview();
    void audienceChanged();
    void askReach();
    void showReach(const PinboardAudience &audience, bool includeFutureTenants, const PinboardReach &reach,
                   const QString &error);
    void showUnreachable();
    void published(const PinboardPublication &publication, const QString &error);

    Office &m_office;
    std::optional<PinboardPost> m_post;
    PinboardPublisher *m_publisher = nullptr;
    MasterDataModel *m_tree = nullptr;
    AudienceChoiceModel *m_choice = nullptr;
    QLineEdit *m_title = nullptr;
    QPlainTextEdit *m_body = nullptr;
    QTextBrowser *m_preview = nullptr;
    QRadioButton *m_wholeCompany = nullptr;
    QRadioButton *m_chosen = nullptr;
    QLineEdit *m_treeFilter = nullptr;
    QTreeView *m_treeView = nullptr;
    QCheckBox *m_fromSet = nullptr;
    QDateEdit *m_from = nullptr;
    QCheckBox *m_toSet = nullptr;
    QDateEdit *m_to = nullptr;
    QCheckBox *m_important = nullptr;
    QCheckBox *m_future = nullptr;
    QCheckBox *m_notifyAgain = nullptr;
    QLabel *m_reachLine = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_ok = nullptr;
    QTimer *m_reachDelay = nullptr;
    PinboardReach m_reach;
    bool m_reachKnown = false;
    PinboardPublication m_publication;
};

} // namespace tc
