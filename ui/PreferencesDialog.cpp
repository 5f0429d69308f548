#include "PreferencesDialog.h"

#include "domain/Languages.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace tc {

PreferencesDialog::PreferencesDialog(const QString &spoken, QWidget *parent)
    : QDialog(parent)
    , m_spoken(spoken)
{
    setObjectName(QStringLiteral("preferencesDialog"));
    setWindowTitle(tr("Preferences"));

    m_language = new QComboBox;
    m_language->setObjectName(QStringLiteral("preferencesLanguage"));
    m_language->setAccessibleName(tr("Language"));
    const QString systemLanguage = languages::resolve(QString(), QLocale::system().uiLanguages());
    m_language->addItem(tr("As the system (%1)").arg(languages::nativeName(systemLanguage)), QString());
    for (const QString &code : languages::supported())
        m_language->addItem(languages::nativeName(code), code);
    m_language->setCurrentIndex(qMax(0, m_language->findData(preferences::language())));

    m_appearance = new QComboBox;
    m_appearance->setObjectName(QStringLiteral("preferencesAppearance"));
    m_appearance->setAccessibleName(tr("Appearance"));
    m_appearance->addItem(tr("As the system"), int(Appearance::System));
    m_appearance->addItem(tr("Light"), int(Appearance::Light));
    m_appearance->addItem(tr("Dark"), int(Appearance::Dark));
    m_appearance->setCurrentIndex(qMax(0, m_appearance->findData(int(preferences::appearance()))));

    auto *form = new QFormLayout;
    form->addRow(tr("&Language:"), m_language);
    form->addRow(tr("&Appearance:"), m_appearance);
    auto *note = new QLabel(tr("Dates and numbers are written as the language writes them. Language and "
                               "appearance take effect when Tenant Cockpit starts next."));
    note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(buttons);
}

void PreferencesDialog::accept()
{
    const QString language = m_language->currentData().toString();
    const auto appearance = Appearance(m_appearance->currentData().toInt());
    m_changed = languages::resolve(language, QLocale::system().uiLanguages()) != m_spoken
                || appearance != preferences::appearance();
    preferences::setLanguage(language);
    preferences::setAppearance(appearance);
    QDialog::accept();
}

} // namespace tc
