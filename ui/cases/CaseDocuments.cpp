#include "ui/cases/CaseDocuments.h"

#include "app/print/DocumentPdf.h"
#include "app/print/PrintTemplates.h"
#include "ui/checkin/ReceiptDocument.h"
#include "models/Database.h"
#include "models/Directory.h"
#include "models/Session.h"
#include "models/Settings.h"
#include "models/Writer.h"

#include <QFileDialog>
#include <QMenu>

namespace qf {

namespace {

PrintTemplates templatesOf(Session& session)
{
    return PrintTemplates(PrintTemplates::defaultFolder(session.database().path()));
}

QString dateOf(const QDateTime& t)
{
    return t.isValid() ? DocumentPdf::documentDate(t.toLocalTime().date()) : QString();
}

QString subjectsOf(const Report& r)
{
    QStringList names;
    for (const Subject& s : r.subjects) {
        QString line = s.name.trimmed();
        if (!s.unit.trimmed().isEmpty())
            line += line.isEmpty() ? s.unit.trimmed() : QStringLiteral("（%1）").arg(s.unit.trimmed());
        if (!line.isEmpty())
            names << line;
    }
    return names.join(QStringLiteral("；"));
}

QString matterOf(const Report& r)
{
    const QString what = r.what.trimmed();
    return what.isEmpty() ? r.content.trimmed().left(60) : what;
}

} // namespace

Result<QString> CaseDocuments::coverHtml(Session& session, const Report& r)
{
    const Settings office(session.writer());
    QStringList units;
    for (const Subject& s : r.subjects)
        if (!s.unit.trimmed().isEmpty() && !units.contains(s.unit.trimmed()))
            units << s.unit.trimmed();
    return templatesOf(session).render(
        QStringLiteral("cover"),
        { { QStringLiteral("office_name"), office.text(Settings::Key::OfficeName) },
          { QStringLiteral("reg_no"), r.regNo },
          { QStringLiteral("subject"), matterOf(r) },
          { QStringLiteral("unit"), units.join(QStringLiteral("、")) },
          { QStringLiteral("handler"),
            r.handlingOrgId.isEmpty() ? QString() : session.directory().organisationName(r.handlingOrgId) },
          { QStringLiteral("opened"), dateOf(r.receivedAt) },
          { QStringLiteral("closed"), dateOf(r.concludedAt) } });
}

Result<QString> CaseDocuments::letterCardHtml(Session& session, const Report& r)
{
    const Settings office(session.writer());
    return templatesOf(session).render(
        QStringLiteral("letter_card"),
        { { QStringLiteral("office_name"), office.text(Settings::Key::OfficeName) },
          { QStringLiteral("reg_no"), r.regNo },
          { QStringLiteral("received"), dateOf(r.receivedAt) },
          // The identity is sealed: the card says whether the writer gave a name, not who.
          { QStringLiteral("writer"), r.anonymous ? QStringLiteral("匿名") : QStringLiteral("实名（身份信息另行密封保管）") },
          { QStringLiteral("reported"), subjectsOf(r) },
          { QStringLiteral("summary"), r.content.trimmed().isEmpty() ? matterOf(r) : r.content.trimmed().left(300) },
          { QStringLiteral("proposal"), r.disposition.trimmed() } });
}

Result<CaseDocuments::Outcome> CaseDocuments::print(Session& session, const Report& report, Form form,
                                                    const QString& pdfPath, QWidget* parent)
{
    DocumentPrinter::Issue doc;
    doc.reportId = report.id;
    doc.numbered = false; // the forms carry the registration number, not a 文号
    QString what;
    switch (form) {
    case Form::Receipt: {
        auto facts = ReceiptDocument::facts(session, report.id);
        if (!facts)
            return facts.failure();
        what = tr("the receipt");
        doc.kind = QStringLiteral("receipt");
        doc.title = tr("receipt-%1").arg(report.regNo);
        const ReceiptDocument::Facts f = *facts;
        doc.html = [&session, f](const QString&) {
            return ReceiptDocument::html(session, templatesOf(session), f, {}, true);
        };
        break;
    }
    case Form::Cover:
        what = tr("the case file cover");
        doc.kind = QStringLiteral("cover");
        doc.title = tr("cover-%1").arg(report.regNo);
        doc.html = [&session, report](const QString&) { return coverHtml(session, report); };
        break;
    case Form::LetterCard:
        what = tr("the letter registration card");
        doc.kind = QStringLiteral("letter_card");
        doc.title = tr("letter-card-%1").arg(report.regNo);
        doc.html = [&session, report](const QString&) { return letterCardHtml(session, report); };
        break;
    }
    auto done = pdfPath.isEmpty()
        ? DocumentPrinter::issue(session, doc, DeskSettings::PrintTarget::Preview, {}, parent)
        : DocumentPrinter::issueToPdf(session, doc, pdfPath);
    if (!done)
        return done.failure();
    Outcome out;
    out.printed = done->printed;
    if (!pdfPath.isEmpty())
        out.message = tr("%1 of %2 is saved as %3.").arg(what, report.regNo, pdfPath);
    else if (done->printed)
        out.message = tr("%1 of %2 is printed.").arg(what, report.regNo);
    else
        out.message = tr("The preview was closed without printing: %1 of %2 was not printed.").arg(what, report.regNo);
    if (!out.message.isEmpty())
        out.message[0] = out.message[0].toUpper();
    return out;
}

QMenu* CaseDocuments::menu(Session& session, std::function<Result<Report>()> report,
                           std::function<void(const QString&, bool)> said, QWidget* parent)
{
    auto* m = new QMenu(parent);
    m->setObjectName(QStringLiteral("casePrintMenu"));
    const QList<QPair<Form, QString>> forms {
        { Form::Receipt, tr("Receipt of the visit (回执)") },
        { Form::Cover, tr("Case file cover (卷宗封面)") },
        { Form::LetterCard, tr("Letter registration card (来信登记卡)") },
    };
    auto run = [&session, report, said, parent](Form form, bool pdf) {
        auto r = report();
        if (!r) {
            said(r.error(), true);
            return;
        }
        QString path;
        if (pdf) {
            path = QFileDialog::getSaveFileName(parent, tr("Save as PDF"), QString(), tr("PDF files (*.pdf)"));
            if (path.isEmpty())
                return;
            if (!path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
                path += QStringLiteral(".pdf");
        }
        auto out = print(session, *r, form, path, parent);
        if (!out)
            said(out.error(), true);
        else
            said(out->message, false);
    };
    m->addSection(tr("Print preview"));
    for (const auto& f : forms) {
        QAction* a = m->addAction(f.second + QStringLiteral("…"));
        a->setObjectName(QStringLiteral("printPreview_%1").arg(int(f.first)));
        QObject::connect(a, &QAction::triggered, m, [run, form = f.first] { run(form, false); });
    }
    m->addSection(tr("Save as PDF"));
    for (const auto& f : forms) {
        QAction* a = m->addAction(f.second + QStringLiteral("…"));
        a->setObjectName(QStringLiteral("printPdf_%1").arg(int(f.first)));
        QObject::connect(a, &QAction::triggered, m, [run, form = f.first] { run(form, true); });
    }
    return m;
}

} // namespace qf
