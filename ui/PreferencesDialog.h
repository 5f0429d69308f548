// PreferencesDialog: this desk's own choices, the language the Cockpit speaks and whether it is
// light or dark. Both are kept per user on this computer; the language changes at the next start.
#pragma once

#include "Appearance.h"

#include <QDialog>

class QComboBox;

namespace tc {

class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    // `spoken`: the language the program speaks now (to say whether a restart is needed).
    explicit PreferencesDialog(const QString &spoken, QWidget *parent = nullptr);

    // After exec(): whether the chosen language differs from the one spoken now.
    bool languageChanged() const { return m_languageChanged; }

    void accept() override;

private:
    QString m_spoken;
    QComboBox *m_language = nullptr;
    QComboBox *m_appearance = nullptr;
    bool m_languageChanged = false;
};

} // namespace tc
