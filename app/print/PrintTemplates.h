#pragma once

#include "models/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>

namespace qf {

// The printed forms of the desk (queue ticket, lawful referral notice, receipt) as HTML
// templates with {{placeholders}}. The built-in ones are resources (:/qingfeng/print/);
// an office adapts them by putting a file of the same name in its override folder.
class PrintTemplates
{
    Q_DECLARE_TR_FUNCTIONS(qf::PrintTemplates)

public:
    explicit PrintTemplates(QString overrideFolder = {});

    // Default override folder: "print" beside the database file.
    static QString defaultFolder(const QString& databasePath);
    const QString& overrideFolder() const { return m_folder; }

    // ticket, referral, receipt, letter, evidence, repeat, transfer, cover, letter_card
    Result<QString> source(const QString& name) const;
    // The template with every {{key}} replaced by the HTML-escaped value; unknown keys
    // become empty. {{#key}}...{{/key}} is kept only when key has a value. A key ending
    // in _html is inserted as it is (the caller escapes what it puts in).
    Result<QString> render(const QString& name, const QHash<QString, QString>& values) const;

private:
    QString m_folder;
};

} // namespace qf
