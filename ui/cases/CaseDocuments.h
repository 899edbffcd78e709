#pragma once

#include "ui/checkin/DocumentPrinter.h"
#include "models/Report.h"
#include "models/Result.h"

#include <QCoreApplication>
#include <functional>

class QMenu;
class QWidget;

namespace qf {

class Session;

// The forms a report's file is kept with, printable from the report at any time: the
// receipt of a visit (回执, printed again with its stored registration number), the case file
// cover (卷宗封面) and the letter registration card (来信登记卡), each with a print preview or
// as a PDF file. The card never prints the reporter's identity: a real-name writer reads
// 实名 (the identity stays sealed).
class CaseDocuments
{
    Q_DECLARE_TR_FUNCTIONS(qf::CaseDocuments)

public:
    enum class Form { Receipt, Cover, LetterCard };

    static Result<QString> coverHtml(Session& session, const Report& report);
    static Result<QString> letterCardHtml(Session& session, const Report& report);

    // The form through the print preview (pdfPath empty) or saved as the PDF file given.
    // The message says only what happened (printed, saved, or closed without printing).
    struct Outcome
    {
        bool printed = false;
        QString message;
    };
    static Result<Outcome> print(Session& session, const Report& report, Form form, const QString& pdfPath,
                                 QWidget* parent);

    // The print menu of a report's screens: each form to preview or to save as PDF.
    // `report` gives the report when an action is chosen; `said` shows the outcome.
    static QMenu* menu(Session& session, std::function<Result<Report>()> report,
                       std::function<void(const QString& message, bool error)> said, QWidget* parent);
};

} // namespace qf
