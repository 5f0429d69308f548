// MailTemplatesEditor: managers edit the e-mails' texts per kind and language, and see at once how
// the e-mail will look (subject and HTML version, with made-up values for the placeholders).
#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTextBrowser;

namespace tc {

class Office;

class MailTemplatesEditor : public QWidget
{
    Q_OBJECT

public:
    explicit MailTemplatesEditor(Office &office, QWidget *parent = nullptr);

    // Reads the chosen template again (the office's own or the program's).
    void load();
    bool save();
    void resetToProgramText();
    bool isModified() const;

private:
    void updatePreview();
    void chooseTemplate();

    Office &m_office;
    QComboBox *m_kind = nullptr;
    QComboBox *m_language = nullptr;
    QLineEdit *m_subject = nullptr;
    QPlainTextEdit *m_body = nullptr;
    QLabel *m_placeholders = nullptr;
    QLabel *m_previewSubject = nullptr;
    QTextBrowser *m_preview = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_reset = nullptr;
    QString m_loadedSubject;
    QString m_loadedBody;
    int m_shownKind = -1;
    int m_shownLanguage = -1;
};

} // namespace tc
