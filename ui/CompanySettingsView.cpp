#include "CompanySettingsView.h"

#include "Appearance.h"
#include "MailTemplatesEditor.h"
#include "SectionHeading.h"
#include "domain/Languages.h"
#include "mail/MailDesk.h"
#include "services/Office.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QInputDialog>
#include <QMessageBox>
#include <QScrollArea>
#include <QTabWidget>
#include <QLocale>
#include <QPalette>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace tc {

namespace {

QString editorName(const QString &key)
{
    QString name = QStringLiteral("setting_") + key;
    return name.replace(u'.', u'_');
}

// "Deutsch (de)" for a language code; the code itself for other choices.
QString choiceText(const SettingDefinition &definition, const QString &choice)
{
    if (definition.key != settings::companyLanguage)
        return choice;
    return languages::displayName(choice);
}

QComboBox *countryCombo()
{
    auto *combo = new QComboBox;
    QList<QPair<QString, QString>> countries;
    for (int t = 1; t <= int(QLocale::LastTerritory); ++t) {
        const auto territory = QLocale::Territory(t);
        const QString code = QLocale::territoryToCode(territory);
        // Only what the settings accept: no groupings such as the European Union.
        if (code.size() == 2 && SettingsCatalog::normalize(*SettingsCatalog::find(settings::companyCountry), code).ok())
            countries.append({QLocale::territoryToString(territory), code});
    }
    languages::sortByName(countries, [](const QPair<QString, QString> &c) { return c.first; });
    for (const auto &[name, code] : countries)
        combo->addItem(QStringLiteral("%1 (%2)").arg(name, code), code);
    return combo;
}

} // namespace

CompanySettingsView::CompanySettingsView(Office &office, MailDesk *desk, QWidget *parent)
    : QWidget(parent), m_office(office), m_desk(desk)
{
    setObjectName(QStringLiteral("companySettingsView"));
    QLabel *heading = makeSectionHeading(tr("Company settings"));

    auto *form = new QFormLayout;
    form->setVerticalSpacing(14);
    const int editorWidth = fontMetrics().horizontalAdvance(QLatin1Char('M')) * 30;
    for (const SettingDefinition &definition : SettingsCatalog::all()) {
        QWidget *editor = nullptr;
        switch (definition.type) {
        case SettingDefinition::Type::Text:
        case SettingDefinition::Type::Port:
        case SettingDefinition::Type::Mailbox:
        case SettingDefinition::Type::WebAddress:
            editor = new QLineEdit;
            break;
        case SettingDefinition::Type::Bool:
            editor = new QCheckBox;
            break;
        case SettingDefinition::Type::Choice: {
            auto *combo = new QComboBox;
            for (const QString &choice : definition.choices)
                combo->addItem(choiceText(definition, choice), choice);
            editor = combo;
            break;
        }
        case SettingDefinition::Type::CountryCode:
            editor = countryCombo();
            break;
        }
        editor->setObjectName(editorName(definition.key));
        editor->setAccessibleName(definition.key);
        editor->setToolTip(definition.descriptionText());
        editor->setEnabled(office.actor().mayAct(definition.requiredRole));
        editor->setMaximumWidth(editorWidth);
        auto *label = new QLabel(tr("%1:", "a form label; French puts a space before the colon").arg(definition.labelText()));
        label->setBuddy(editor);
        label->setToolTip(definition.key);
        auto *hint = new QLabel(tr("%1 Key: %2").arg(definition.descriptionText(), definition.key));
        hint->setWordWrap(true);
        // At least the editor's width and the height its lines need there: the form then never cuts a
        // hint short, however narrow the window.
        hint->setMinimumWidth(editorWidth);
        hint->setMaximumWidth(editorWidth * 2);
        hint->setMinimumHeight(hint->heightForWidth(editorWidth));
        hint->setAlignment(Qt::AlignTop | Qt::AlignLeft);
        QPalette hintPalette = hint->palette();
        hintPalette.setColor(QPalette::WindowText, hintColor(hintPalette));
        hint->setPalette(hintPalette);
        // The editor and its hint in a widget of their own: QFormLayout gives a widget the height its
        // wrapped text needs, where a nested layout's rows were cut off.
        auto *field = new QWidget;
        auto *cell = new QVBoxLayout(field);
        cell->setContentsMargins(0, 0, 0, 0);
        cell->setSpacing(2);
        cell->addWidget(editor);
        cell->addWidget(hint);
        form->addRow(label, field);
        m_editors.insert(definition.key, editor);
    }

    m_message = new QLabel;
    m_message->setObjectName(QStringLiteral("settingsMessage"));
    m_message->setWordWrap(true);
    m_save = new QPushButton(tr("&Save"));
    m_save->setObjectName(QStringLiteral("saveSettingsButton"));
    m_save->setAccessibleName(tr("Save company settings"));
    auto *revert = new QPushButton(tr("&Revert"));
    revert->setObjectName(QStringLiteral("revertSettingsButton"));
    revert->setAccessibleName(tr("Revert company settings"));
    connect(m_save, &QPushButton::clicked, this, &CompanySettingsView::save);
    connect(revert, &QPushButton::clicked, this, &CompanySettingsView::load);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_save);
    buttons->addWidget(revert);
    if (desk && office.actor().mayAct(Role::Manager)) {
        auto *password = new QPushButton(tr("Mail server &password…"));
        password->setObjectName(QStringLiteral("smtpPasswordButton"));
        password->setAccessibleName(tr("Mail server password"));
        password->setToolTip(tr("Kept in the system's keychain, never in the settings or the database."));
        auto *testMail = new QPushButton(tr("Send &test e-mail…"));
        testMail->setObjectName(QStringLiteral("testMailButton"));
        testMail->setAccessibleName(tr("Send a test e-mail"));
        connect(password, &QPushButton::clicked, this, &CompanySettingsView::askPassword);
        connect(testMail, &QPushButton::clicked, this, &CompanySettingsView::askTestMail);
        connect(desk, &MailDesk::testMailFinished, this, [this](bool ok, const QString &message) {
            m_message->setText(message);
            if (ok)
                QMessageBox::information(this, tr("Test e-mail"), message);
            else
                QMessageBox::warning(this, tr("Test e-mail"), message);
        });
        connect(desk, &MailDesk::passwordStored, this, [this](bool, const QString &message) { m_message->setText(message); });
        buttons->addSpacing(12);
        buttons->addWidget(password);
        buttons->addWidget(testMail);
    }
    buttons->addSpacing(12);
    buttons->addWidget(m_message, 1);
    // The settings scroll when the window is shorter than their list; heading and buttons stay.
    auto *settings = new QWidget;
    auto *settingsLayout = new QVBoxLayout(settings);
    settingsLayout->setContentsMargins(0, 0, 0, 0);
    settingsLayout->addLayout(form);
    settingsLayout->addStretch();
    auto *scroll = new QScrollArea;
    scroll->setObjectName(QStringLiteral("settingsScrollArea"));
    scroll->setAccessibleName(tr("Company settings"));
    scroll->setWidget(settings);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *settingsPage = new QWidget;
    auto *settingsPageLayout = new QVBoxLayout(settingsPage);
    settingsPageLayout->addWidget(scroll, 1);
    settingsPageLayout->addLayout(buttons);
    m_templates = new MailTemplatesEditor(office);
    auto *tabs = new QTabWidget;
    tabs->setObjectName(QStringLiteral("settingsTabs"));
    tabs->setAccessibleName(tr("Settings and e-mail templates"));
    tabs->addTab(settingsPage, tr("Setti&ngs"));
    tabs->addTab(m_templates, tr("E-&mail templates"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(tabs, 1);
    load();
}

QString CompanySettingsView::editorValue(const QString &key) const
{
    QWidget *editor = m_editors.value(key);
    if (auto *line = qobject_cast<QLineEdit *>(editor))
        return line->text();
    if (auto *check = qobject_cast<QCheckBox *>(editor))
        return check->isChecked() ? QStringLiteral("true") : QStringLiteral("false");
    if (auto *combo = qobject_cast<QComboBox *>(editor))
        return combo->currentData().toString();
    return {};
}

void CompanySettingsView::setEditorValue(const QString &key, const QString &value)
{
    QWidget *editor = m_editors.value(key);
    if (auto *line = qobject_cast<QLineEdit *>(editor))
        line->setText(value);
    else if (auto *check = qobject_cast<QCheckBox *>(editor))
        check->setChecked(value == u"true");
    else if (auto *combo = qobject_cast<QComboBox *>(editor))
        combo->setCurrentIndex(combo->findData(value));
}

void CompanySettingsView::load()
{
    if (m_templates && !m_templates->isModified())
        m_templates->load();
    auto entries = m_office.settings().list();
    if (!entries) {
        m_message->setText(entries.error().message);
        return;
    }
    m_loaded.clear();
    for (const auto &entry : *entries) {
        setEditorValue(entry.definition->key, entry.value);
        m_loaded.insert(entry.definition->key, editorValue(entry.definition->key));
    }
    m_message->clear();
}

bool CompanySettingsView::save()
{
    QList<QPair<QString, QString>> changes;
    for (const SettingDefinition &definition : SettingsCatalog::all()) {
        const QString value = editorValue(definition.key);
        if (value != m_loaded.value(definition.key))
            changes.append({definition.key, value});
    }
    if (changes.isEmpty()) {
        m_message->setText(tr("Nothing to save."));
        return true;
    }
    auto stored = m_office.settings().set(m_office.actor(), changes);
    if (!stored) {
        m_message->setText(stored.error().message);
        // Point at the editor whose value was refused, when the message names one.
        for (const auto &change : std::as_const(changes)) {
            if (stored.error().message.contains(change.first)) {
                m_editors.value(change.first)->setFocus();
                break;
            }
        }
        return false;
    }
    for (qsizetype i = 0; i < changes.size(); ++i) {
        m_loaded.insert(changes.at(i).first, stored->at(i));
        setEditorValue(changes.at(i).first, stored->at(i));
    }
    m_message->setText(tr("Saved."));
    Q_EMIT saved();
    return true;
}

void CompanySettingsView::askPassword()
{
    bool ok = false;
    const QString password = QInputDialog::getText(this, tr("Mail server password"),
                                                   tr("The password of the login %1 at the mail server. It is kept in "
                                                      "the system's keychain.")
                                                       .arg(editorValue(settings::smtpUser)),
                                                   QLineEdit::Password, QString(), &ok);
    if (ok && !password.isEmpty() && m_desk)
        m_desk->storePassword(password);
}

void CompanySettingsView::askTestMail()
{
    bool ok = false;
    const QString address = QInputDialog::getText(this, tr("Send test e-mail"),
                                                  tr("Send a test e-mail with the saved mail settings to:"),
                                                  QLineEdit::Normal, QString(), &ok);
    if (ok && !address.trimmed().isEmpty() && m_desk) {
        m_message->setText(tr("Sending a test e-mail to %1…").arg(address.trimmed()));
        m_desk->sendTestMail(address.trimmed());
    }
}

} // namespace tc
