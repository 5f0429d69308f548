// TenantSearchDialog: "who is calling?" from anywhere (Ctrl+K): a field that searches as the agent
// types, and the people it finds. The keys never leave the field: Up/Down/Page Up/Page Down move
// through the results, Enter takes the selected one (or, when the answer to the last keystroke is
// still on its way, the first one of that answer), Escape closes.
#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QTreeView;

namespace tc {

class TenantSearchModel;

class TenantSearchDialog : public QDialog
{
    Q_OBJECT

public:
    // The model searches (on its own thread); the dialog shows it. The model outlives the dialog.
    TenantSearchDialog(TenantSearchModel *model, QWidget *parent = nullptr);

    // Shows the dialog with the last text selected, so typing replaces it.
    void start();
    QLineEdit *field() const { return m_field; }
    QTreeView *results() const { return m_results; }

Q_SIGNALS:
    // The agent chose a person (Enter, or a double click).
    void tenantChosen(qint64 personId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void answered();
    void choose();
    void showState();

    TenantSearchModel *m_model = nullptr;
    QLineEdit *m_field = nullptr;
    QTreeView *m_results = nullptr;
    QLabel *m_state = nullptr;
    bool m_chooseWhenAnswered = false;
};

} // namespace tc
