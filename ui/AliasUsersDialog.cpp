#include "AliasUsersDialog.h"

#include "ErrorLabel.h"
#include "services/Office.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace tc {

namespace {

QString dateText(QDate date)
{
    return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : QString();
}

QString candidateText(const AliasCandidate &c)
{
    return c.erpRef.isEmpty() ? c.name : QStringLiteral("%1 (%2)").arg(c.name, c.erpRef);
}

} // namespace

NewAliasDialog::NewAliasDialog(Office &office, qint64 unitId, const QString &unitText, QWidget *parent)
    : QDialog(parent), m_office(office), m_unitId(unitId)
{
    setObjectName(QStringLiteral("newAliasDialog"));
    setWindowTitle(tr("New alias user"));
    auto *intro = new QLabel(tr("An alias user stands for someone expected in %1 whom the ERP does not deliver yet, so "
                                "tickets can be logged for them. Once the ERP delivers them, link the alias to that "
                                "tenant: the tickets follow.")
                                 .arg(unitText));
    intro->setWordWrap(true);
    m_name = new QLineEdit;
    m_name->setObjectName(QStringLiteral("aliasName"));
    m_name->setAccessibleName(tr("Full name"));
    m_name->setPlaceholderText(tr("First and last name, as the tenant gives it"));
    m_name->setMaxLength(200);
    m_moveInKnown = new QCheckBox(tr("&Expected move-in:"));
    m_moveInKnown->setObjectName(QStringLiteral("aliasMoveInKnown"));
    m_moveInKnown->setChecked(true);
    m_moveIn = new QDateEdit(QDate::currentDate().addMonths(1));
    m_moveIn->setObjectName(QStringLiteral("aliasMoveIn"));
    m_moveIn->setAccessibleName(tr("Expected move-in"));
    m_moveIn->setCalendarPopup(true);
    connect(m_moveInKnown, &QCheckBox::toggled, m_moveIn, &QWidget::setEnabled);
    m_error = makeErrorLabel(QStringLiteral("aliasError"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(m_moveInKnown, m_moveIn);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Create alias user"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("createAliasButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &NewAliasDialog::create);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 40);
}

void NewAliasDialog::setValues(const QString &name, QDate moveIn)
{
    m_name->setText(name);
    m_moveInKnown->setChecked(moveIn.isValid());
    if (moveIn.isValid())
        m_moveIn->setDate(moveIn);
}

void NewAliasDialog::create()
{
    std::optional<QDate> moveIn;
    if (m_moveInKnown->isChecked())
        moveIn = m_moveIn->date();
    auto id = m_office.aliasUsers().create(m_unitId, m_name->text(), moveIn);
    if (!id) {
        m_error->setText(id.error().message);
        m_error->show();
        m_name->setFocus();
        return;
    }
    m_created = *id;
    accept();
}

LinkAliasDialog::LinkAliasDialog(Office &office, const AliasUser &alias, QWidget *parent)
    : QDialog(parent), m_office(office), m_alias(alias)
{
    setObjectName(QStringLiteral("linkAliasDialog"));
    setWindowTitle(tr("Link alias user"));
    const QString what = alias.tickets > 0
                             ? tr("Which tenant is %1? The alias's %n ticket(s) move to that tenant, each with a "
                                  "\"transferred from alias\" entry in its history, and the alias is retired.",
                                  nullptr, alias.tickets)
                             : tr("Which tenant is %1? The alias has no tickets to move; it is retired.");
    auto *question = new QLabel(what.arg(alias.name));
    question->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(question);

    m_choices = new QButtonGroup(this);
    for (int i = 0; i < alias.candidates.size(); ++i) {
        const AliasCandidate &c = alias.candidates.at(i);
        auto *choice = new QRadioButton(tr("%1, on %2 from the ERP").arg(candidateText(c), alias.unitLabel));
        choice->setObjectName(QStringLiteral("aliasCandidate%1").arg(i));
        m_choices->addButton(choice, i);
        layout->addWidget(choice);
    }
    auto *other = new QRadioButton(tr("&Another tenant, by ERP reference:"));
    other->setObjectName(QStringLiteral("aliasOtherTenant"));
    m_choices->addButton(other, int(alias.candidates.size()));
    m_reference = new QLineEdit;
    m_reference->setObjectName(QStringLiteral("aliasTenantReference"));
    m_reference->setAccessibleName(tr("ERP reference of the tenant"));
    connect(m_reference, &QLineEdit::textEdited, other, [other] { other->setChecked(true); });
    auto *otherRow = new QHBoxLayout;
    otherRow->addWidget(other);
    otherRow->addWidget(m_reference, 1);
    layout->addLayout(otherRow);
    // A single proposal is preselected; several are an ambiguity the administrator settles.
    if (alias.candidates.size() == 1)
        m_choices->button(0)->setChecked(true);
    else if (alias.candidates.isEmpty())
        other->setChecked(true);
    if (alias.candidates.size() > 1) {
        auto *ambiguous = new QLabel(tr("Several tenants of that unit have this name: choose the right one."));
        ambiguous->setWordWrap(true);
        layout->addWidget(ambiguous);
    }
    m_error = makeErrorLabel(QStringLiteral("linkAliasError"));
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Link"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("linkAliasButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &LinkAliasDialog::link);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 44);
}

void LinkAliasDialog::setReference(const QString &ref)
{
    m_reference->setText(ref);
    m_choices->button(int(m_alias.candidates.size()))->setChecked(true);
}

void LinkAliasDialog::link()
{
    const int choice = m_choices->checkedId();
    qint64 personId = 0;
    if (choice >= 0 && choice < m_alias.candidates.size()) {
        personId = m_alias.candidates.at(choice).personId;
    } else if (choice == m_alias.candidates.size()) {
        auto found = m_office.tenants().idOf(m_reference->text().trimmed());
        if (!found) {
            m_error->setText(found.error().message);
            m_error->show();
            return;
        }
        personId = *found;
    } else {
        m_error->setText(tr("Choose the tenant this alias is."));
        m_error->show();
        return;
    }
    auto moved = m_office.aliasUsers().link(m_alias.id, personId);
    if (!moved) {
        m_error->setText(moved.error().message);
        m_error->show();
        return;
    }
    m_moved = *moved;
    m_linkedPersonId = personId;
    accept();
}

AliasUsersDialog::AliasUsersDialog(Office &office, QWidget *parent) : QDialog(parent), m_office(office)
{
    setObjectName(QStringLiteral("aliasUsersDialog"));
    setWindowTitle(tr("Alias users"));
    auto *intro = new QLabel(tr("Alias users made by hand for people the ERP did not deliver yet. When the ERP delivers "
                                "a tenant with the same name on the same unit, they are proposed here; link an alias to "
                                "its tenant and its tickets follow. Tenants the import marked as aliases (no e-mail) "
                                "are under Tenants, status Alias: their tickets pass to them when they register."));
    intro->setWordWrap(true);
    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("aliasSummary"));
    m_error = makeErrorLabel(QStringLiteral("aliasListError"));
    m_list = new QTreeWidget;
    m_list->setObjectName(QStringLiteral("aliasList"));
    m_list->setAccessibleName(tr("Alias users"));
    m_list->setHeaderLabels({tr("Name"), tr("Unit"), tr("Property"), tr("Expected move-in"), tr("Tickets"), tr("May be")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->header()->setStretchLastSection(true);
    const QFontMetrics metrics = fontMetrics();
    m_list->setColumnWidth(0, metrics.horizontalAdvance(QStringLiteral("Dell'Acqua, Marie-Thérèse")) + 16);
    m_list->setColumnWidth(1, metrics.horizontalAdvance(QStringLiteral("Appartamento 3.04")) + 16);
    m_list->setColumnWidth(2, metrics.horizontalAdvance(QStringLiteral("Wohnpark Sonnenhof")) + 16);
    m_list->setColumnWidth(3, metrics.horizontalAdvance(tr("Expected move-in")) + 16);
    m_list->setColumnWidth(4, metrics.horizontalAdvance(tr("Tickets")) + 16);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &AliasUsersDialog::updateButtons);
    connect(m_list, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        Q_EMIT tenantRequested(item->data(0, Qt::UserRole).toLongLong());
    });

    m_link = new QPushButton(tr("&Link to tenant…"));
    m_link->setObjectName(QStringLiteral("linkAliasOpenButton"));
    m_link->setVisible(office.actor().mayAct(Role::Administrator));
    connect(m_link, &QPushButton::clicked, this, &AliasUsersDialog::linkSelected);
    m_open = new QPushButton(tr("&Open"));
    m_open->setObjectName(QStringLiteral("openAliasButton"));
    connect(m_open, &QPushButton::clicked, this, [this] {
        if (QTreeWidgetItem *item = m_list->currentItem())
            Q_EMIT tenantRequested(item->data(0, Qt::UserRole).toLongLong());
    });
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    buttons->addButton(m_link, QDialogButtonBox::ActionRole);
    buttons->addButton(m_open, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_summary);
    layout->addWidget(m_error);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    resize(metrics.horizontalAdvance(QLatin1Char('M')) * 96, metrics.height() * 24);
    reload();
}

void AliasUsersDialog::setToday(QDate today)
{
    m_today = today;
    reload();
}

void AliasUsersDialog::reload()
{
    m_error->hide();
    m_list->clear();
    auto aliases = m_office.aliasUsers().listMadeByHand(m_today.isValid() ? m_today : QDate::currentDate());
    if (!aliases) {
        m_error->setText(tr("The alias users could not be read: %1").arg(aliases.error().message));
        m_error->show();
        m_aliases.clear();
        updateButtons();
        return;
    }
    m_aliases = *aliases;
    int proposed = 0;
    for (const AliasUser &a : std::as_const(m_aliases)) {
        QStringList candidates;
        for (const AliasCandidate &c : a.candidates)
            candidates << candidateText(c);
        if (!a.candidates.isEmpty())
            ++proposed;
        auto *item = new QTreeWidgetItem(m_list, {a.name, a.unitLabel.isEmpty() ? a.unitRef : a.unitLabel, a.propertyName,
                                                  dateText(a.moveIn), QString::number(a.tickets),
                                                  candidates.join(tr(" or "))});
        item->setData(0, Qt::UserRole, a.id);
        item->setTextAlignment(4, Qt::AlignRight | Qt::AlignVCenter);
        if (!a.candidates.isEmpty()) {
            QFont bold = item->font(5);
            bold.setBold(true);
            item->setFont(5, bold);
        }
        for (int column = 0; column < m_list->columnCount(); ++column)
            item->setToolTip(column, item->text(column));
    }
    if (m_aliases.isEmpty())
        m_summary->setText(tr("No alias users made by hand."));
    else if (proposed > 0)
        m_summary->setText(tr("%n alias user(s), ", nullptr, int(m_aliases.size()))
                           + tr("%n with a tenant from the ERP to confirm.", nullptr, proposed));
    else
        m_summary->setText(tr("%n alias user(s).", nullptr, int(m_aliases.size())));
    if (m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    updateButtons();
}

void AliasUsersDialog::updateButtons()
{
    const bool selected = m_list->currentItem() != nullptr;
    m_link->setEnabled(selected);
    m_open->setEnabled(selected);
}

void AliasUsersDialog::linkSelected()
{
    QTreeWidgetItem *item = m_list->currentItem();
    if (!item)
        return;
    const qint64 id = item->data(0, Qt::UserRole).toLongLong();
    const auto it = std::find_if(m_aliases.cbegin(), m_aliases.cend(), [id](const AliasUser &a) { return a.id == id; });
    if (it == m_aliases.cend())
        return;
    auto *dialog = new LinkAliasDialog(m_office, *it, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, id] {
        const qint64 person = dialog->linkedPersonId();
        reload();
        Q_EMIT linked(id, person);
    });
    dialog->open();
}

} // namespace tc
