#include "MailTemplatesEditor.h"

#include "mail/MailTemplates.h"
#include "services/Office.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace tc {

MailTemplatesEditor::MailTemplatesEditor(Office &office, QWidget *parent) : QWidget(parent), m_office(office)
{
    setObjectName(QStringLiteral("mailTemplatesEditor"));
    const bool mayEdit = office.actor().mayAct(Role::Manager);

    m_kind = new QComboBox;
    m_kind->setObjectName(QStringLiteral("templateKind"));
    m_kind->setAccessibleName(tr("E-mail"));
    for (MailKind kind : mailtemplates::kinds())
        m_kind->addItem(mailtemplates::kindDisplayName(kind), mailtemplates::kindKey(kind));
    m_language = new QComboBox;
    m_language->setObjectName(QStringLiteral("templateLanguage"));
    m_language->setAccessibleName(tr("Language"));
    for (const QString &language : languages::supported())
        m_language->addItem(languages::displayName(language), language);
    m_subject = new QLineEdit;
    m_subject->setObjectName(QStringLiteral("templateSubject"));
    m_subject->setAccessibleName(tr("Subject"));
    m_subject->setReadOnly(!mayEdit);
    m_body = new QPlainTextEdit;
    m_body->setObjectName(QStringLiteral("templateBody"));
    m_body->setAccessibleName(tr("Text"));
    m_body->setReadOnly(!mayEdit);
    m_body->setTabChangesFocus(true);
    m_placeholders = new QLabel;
    m_placeholders->setObjectName(QStringLiteral("templatePlaceholders"));
    m_placeholders->setWordWrap(true);
    m_placeholders->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_previewSubject = new QLabel;
    m_previewSubject->setObjectName(QStringLiteral("templatePreviewSubject"));
    m_previewSubject->setWordWrap(true);
    m_previewSubject->setTextFormat(Qt::PlainText);
    QFont bold = m_previewSubject->font();
    bold.setBold(true);
    m_previewSubject->setFont(bold);
    m_preview = new QTextBrowser;
    m_preview->setObjectName(QStringLiteral("templatePreview"));
    m_preview->setAccessibleName(tr("Preview"));
    m_preview->setOpenLinks(false);

    m_message = new QLabel;
    m_message->setObjectName(QStringLiteral("templateMessage"));
    m_message->setWordWrap(true);
    m_save = new QPushButton(tr("Save &template"));
    m_save->setObjectName(QStringLiteral("templateSave"));
    m_save->setAccessibleName(tr("Save the e-mail template"));
    m_reset = new QPushButton(tr("&Use the program's text"));
    m_reset->setObjectName(QStringLiteral("templateReset"));
    m_reset->setAccessibleName(tr("Use the program's own text for this e-mail"));
    m_save->setVisible(mayEdit);
    m_reset->setVisible(mayEdit);
    connect(m_save, &QPushButton::clicked, this, &MailTemplatesEditor::save);
    connect(m_reset, &QPushButton::clicked, this, &MailTemplatesEditor::resetToProgramText);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &MailTemplatesEditor::chooseTemplate);
    connect(m_language, &QComboBox::currentIndexChanged, this, &MailTemplatesEditor::chooseTemplate);
    connect(m_subject, &QLineEdit::textChanged, this, &MailTemplatesEditor::updatePreview);
    connect(m_body, &QPlainTextEdit::textChanged, this, &MailTemplatesEditor::updatePreview);

    auto *choice = new QHBoxLayout;
    choice->addWidget(new QLabel(tr("E-mail:")));
    choice->addWidget(m_kind, 1);
    choice->addWidget(new QLabel(tr("Language:")));
    choice->addWidget(m_language);
    auto *editing = new QWidget;
    auto *form = new QFormLayout(editing);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("&Subject:"), m_subject);
    form->addRow(tr("Te&xt:"), m_body);
    form->addRow(QString(), m_placeholders);
    auto *previewPane = new QWidget;
    auto *previewLayout = new QVBoxLayout(previewPane);
    previewLayout->setContentsMargins(0, 0, 0, 0);
    previewLayout->addWidget(new QLabel(tr("Preview (made-up tenant):")));
    previewLayout->addWidget(m_previewSubject);
    previewLayout->addWidget(m_preview, 1);
    auto *split = new QSplitter;
    split->setObjectName(QStringLiteral("templateSplitter"));
    split->setChildrenCollapsible(false);
    split->addWidget(editing);
    split->addWidget(previewPane);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_save);
    buttons->addWidget(m_reset);
    buttons->addSpacing(12);
    buttons->addWidget(m_message, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(choice);
    layout->addWidget(split, 1);
    layout->addLayout(buttons);
    chooseTemplate();
}

bool MailTemplatesEditor::isModified() const
{
    return m_subject->text() != m_loadedSubject || m_body->toPlainText() != m_loadedBody;
}

void MailTemplatesEditor::chooseTemplate()
{
    if (m_shownKind >= 0 && isModified()) {
        const auto answer = QMessageBox::question(this, tr("E-mail templates"),
                                                  tr("Discard the changes to the template shown so far?"),
                                                  QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Discard) {
            const QSignalBlocker kindBlocker(m_kind);
            const QSignalBlocker languageBlocker(m_language);
            m_kind->setCurrentIndex(m_shownKind);
            m_language->setCurrentIndex(m_shownLanguage);
            return;
        }
    }
    m_shownKind = m_kind->currentIndex();
    m_shownLanguage = m_language->currentIndex();
    load();
}

void MailTemplatesEditor::load()
{
    const auto kind = mailtemplates::kindFromKey(m_kind->currentData().toString());
    const QString language = m_language->currentData().toString();
    if (!kind)
        return;
    QStringList names;
    for (const QString &name : mailtemplates::placeholders(*kind))
        names << u'{' + name + u'}';
    m_placeholders->setText(tr("Placeholders: %1. Required: %2. An empty line starts a new paragraph.")
                                .arg(names.join(QStringLiteral(", ")),
                                     u'{' + mailtemplates::requiredPlaceholders(*kind).join(QStringLiteral("}, {")) + u'}'));
    auto stored = m_office.mailTemplates().get(*kind, language);
    auto custom = m_office.mailTemplates().isCustom(*kind, language);
    if (!stored || !custom) {
        m_message->setText(tr("The template could not be read: %1").arg((!stored ? stored.error() : custom.error()).message));
        return;
    }
    m_loadedSubject = stored->subject;
    m_loadedBody = stored->body;
    m_subject->setText(stored->subject);
    m_body->setPlainText(stored->body);
    m_reset->setEnabled(*custom);
    m_message->setText(*custom ? tr("The office's own text.") : tr("The program's text."));
    updatePreview();
}

void MailTemplatesEditor::updatePreview()
{
    const auto kind = mailtemplates::kindFromKey(m_kind->currentData().toString());
    if (!kind)
        return;
    const QString language = m_language->currentData().toString();
    const MailTemplate edited{m_subject->text(), m_body->toPlainText()};
    const RenderedMail mail = mailtemplates::render(edited, mailtemplates::sampleValues(*kind, language), language);
    m_previewSubject->setText(mail.subject);
    m_preview->setHtml(mail.html);
    const Status check = MailTemplates::check(*kind, language, edited);
    m_save->setEnabled(isModified() && check.ok());
    if (!check)
        m_message->setText(check.error().message);
    else if (isModified())
        m_message->setText(tr("Changed, not saved yet."));
}

bool MailTemplatesEditor::save()
{
    const auto kind = mailtemplates::kindFromKey(m_kind->currentData().toString());
    if (!kind)
        return false;
    const MailTemplate edited{m_subject->text(), m_body->toPlainText()};
    if (auto s = m_office.mailTemplates().set(m_office.actor(), *kind, m_language->currentData().toString(), edited); !s) {
        m_message->setText(s.error().message);
        return false;
    }
    load();
    m_message->setText(tr("Saved. New e-mails use this text; those already in the outbox keep theirs."));
    return true;
}

void MailTemplatesEditor::resetToProgramText()
{
    const auto kind = mailtemplates::kindFromKey(m_kind->currentData().toString());
    if (!kind)
        return;
    if (auto s = m_office.mailTemplates().reset(m_office.actor(), *kind, m_language->currentData().toString()); !s) {
        m_message->setText(s.error().message);
        return;
    }
    load();
}

} // namespace tc
