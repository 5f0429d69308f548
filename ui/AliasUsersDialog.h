// Alias users in the GUI: NewAliasDialog makes one for a unit (name and expected move-in);
// AliasUsersDialog lists the aliases made by hand with the tenants from the ERP each may be, and
// links one to its tenant once an administrator confirms ("this alias is that tenant").
#pragma once

#include "services/AliasUsers.h"

#include <QDialog>

class QButtonGroup;
class QCheckBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace tc {

class Office;

class NewAliasDialog : public QDialog
{
    Q_OBJECT

public:
    NewAliasDialog(Office &office, qint64 unitId, const QString &unitText, QWidget *parent = nullptr);

    qint64 createdId() const { return m_created; }
    // For tests and callers who know the move-in: fills the form.
    void setValues(const QString &name, QDate moveIn);

private:
    void create();

    Office &m_office;
    qint64 m_unitId = 0;
    qint64 m_created = 0;
    QLineEdit *m_name = nullptr;
    QCheckBox *m_moveInKnown = nullptr;
    QDateEdit *m_moveIn = nullptr;
    QLabel *m_error = nullptr;
};

// Asks which tenant an alias is (a proposed one, or any by ERP reference), says what will happen and
// links on confirmation.
class LinkAliasDialog : public QDialog
{
    Q_OBJECT

public:
    LinkAliasDialog(Office &office, const AliasUser &alias, QWidget *parent = nullptr);

    // For tests: choose the tenant by reference instead of a proposal.
    void setReference(const QString &ref);
    int movedTickets() const { return m_moved; }
    qint64 linkedPersonId() const { return m_linkedPersonId; }

private:
    void link();

    Office &m_office;
    AliasUser m_alias;
    QButtonGroup *m_choices = nullptr;
    QLineEdit *m_reference = nullptr;
    QLabel *m_error = nullptr;
    int m_moved = -1;
    qint64 m_linkedPersonId = 0;
};

class AliasUsersDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AliasUsersDialog(Office &office, QWidget *parent = nullptr);

    void setToday(QDate today);
    void reload();
    QTreeWidget *list() const { return m_list; }
    // Opens the link dialog for the selected alias (as the button does); it links on confirmation.
    void linkSelected();

Q_SIGNALS:
    void linked(qint64 aliasId, qint64 personId);
    void tenantRequested(qint64 personId);

private:
    void updateButtons();

    Office &m_office;
    QDate m_today;
    QList<AliasUser> m_aliases;
    QTreeWidget *m_list = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_link = nullptr;
    QPushButton *m_open = nullptr;
};

} // namespace tc
