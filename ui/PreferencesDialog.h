// PreferencesDialog: this desk's own choices, the language the Cockpit speaks and whether it is
// light or dark. Both are kept per user on this computer and take effect at the next start (every
// window and colour is then made in them; nothing is half switched).
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

    // After exec(): whether the choice differs from what the program uses now.
    bool changed() const { return m_changed; }

    void accept() override;

private:
    QString m_spoken;
    QComboBox *m_language = nullptr;
    QComboBox *m_appearance = nullptr;
    bool m_changed = false;
};

} // namespace tc
