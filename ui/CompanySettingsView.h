// CompanySettingsView: the company settings as a form, one editor per setting of the catalogue.
#pragma once

#include <QHash>
#include <QWidget>

class QLabel;
class QPushButton;

namespace tc {

class Office;

class CompanySettingsView : public QWidget
{
    Q_OBJECT

public:
    explicit CompanySettingsView(Office &office, QWidget *parent = nullptr);

    // Reads the stored values into the editors again.
    void load();
    // Stores every changed value; stops at the first one the service refuses and shows why.
    bool save();

Q_SIGNALS:
    void saved();

private:
    QString editorValue(const QString &key) const;
    void setEditorValue(const QString &key, const QString &value);

    Office &m_office;
    QHash<QString, QWidget *> m_editors;
    QHash<QString, QString> m_loaded;
    QLabel *m_message = nullptr;
    QPushButton *m_save = nullptr;
};

} // namespace tc
