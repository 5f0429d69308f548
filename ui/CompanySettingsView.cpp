#include "CompanySettingsView.h"

#include "services/Office.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
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

QComboBox *countryCombo()
{
    auto *combo = new QComboBox;
    QList<QPair<QString, QString>> countries;
    for (int t = 1; t <= int(QLocale::LastTerritory); ++t) {
        const auto territory = QLocale::Territory(t);
        const QString code = QLocale::territoryToCode(territory);
        if (code.size() == 2 && code != u"ZZ")
            countries.append({QLocale::territoryToString(territory), code});
    }
    std::sort(countries.begin(), countries.end());
    for (const auto &[name, code] : countries)
        combo->addItem(QStringLiteral("%1 (%2)").arg(name, code), code);
    return combo;
}

} // namespace

CompanySettingsView::CompanySettingsView(Office &office, QWidget *parent) : QWidget(parent), m_office(office)
{
    setObjectName(QStringLiteral("companySettingsView"));
    auto *heading = new QLabel(tr("Company settings"));
    QFont font = heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    font.setBold(true);
    heading->setFont(font);

    auto *form = new QFormLayout;
    for (const SettingDefinition &definition : SettingsCatalog::all()) {
        QWidget *editor = nullptr;
        switch (definition.type) {
        case SettingDefinition::Type::Text:
            editor = new QLineEdit;
            break;
        case SettingDefinition::Type::Bool:
            editor = new QCheckBox;
            break;
        case SettingDefinition::Type::Choice: {
            auto *combo = new QComboBox;
            for (const QString &choice : definition.choices)
                combo->addItem(choice, choice);
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
        auto *label = new QLabel(definition.key);
        label->setBuddy(editor);
        label->setToolTip(definition.descriptionText());
        form->addRow(label, editor);
        auto *hint = new QLabel(definition.descriptionText());
        hint->setWordWrap(true);
        hint->setEnabled(false);
        form->addRow(QString(), hint);
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
    buttons->addWidget(m_message, 1);
    buttons->addWidget(revert);
    buttons->addWidget(m_save);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addStretch();
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
    const CompanySettings settingsService = m_office.settings();
    int changed = 0;
    for (const SettingDefinition &definition : SettingsCatalog::all()) {
        const QString value = editorValue(definition.key);
        if (value == m_loaded.value(definition.key))
            continue;
        auto stored = settingsService.set(m_office.actor(), definition.key, value);
        if (!stored) {
            m_message->setText(stored.error().message);
            m_editors.value(definition.key)->setFocus();
            return false;
        }
        m_loaded.insert(definition.key, *stored);
        setEditorValue(definition.key, *stored);
        ++changed;
    }
    m_message->setText(changed == 0 ? tr("Nothing to save.") : tr("Saved."));
    Q_EMIT saved();
    return true;
}

} // namespace tc
