// AboutDialog: what this program is, which version, and which database it is working on.
#pragma once

#include <QDialog>

namespace tc {

class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(const QString &databaseUrl, QWidget *parent = nullptr);
};

} // namespace tc
