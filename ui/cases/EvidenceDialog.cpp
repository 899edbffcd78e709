#include "ui/cases/EvidenceDialog.h"

#include "ui/cases/CaseWork.h"
#include "ui/checkin/DocumentPrinter.h"
#include "models/Session.h"
#include "models/Settings.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace qf {

namespace {

QStringList linesOf(const QPlainTextEdit* edit)
{
    QStringList out;
    for (const QString& line : edit->toPlainText().split(QLatin1Char('\n')))
        if (!line.trimmed().isEmpty())
            out << line.trimmed();
    return out;
}

} // namespace

EvidenceDialog::EvidenceDialog(CaseWork& work, const Report& report, QWidget* parent)
    : QDialog(parent)
    , m_work(work)
    , m_report(report)
{
    setObjectName(QStringLiteral("evidenceDialog"));
    setWindowTitle(tr("Evidence request for %1").arg(report.regNo));
    resize(980, 640);
    auto* layout = new QHBoxLayout(this);
    auto* left = new QVBoxLayout;
    auto* intro = new QLabel(tr("Everything missing goes into this one notice (一次性补证); one item a line."), this);
    intro->setWordWrap(true);
    left->addWidget(intro);
    auto* form = new QFormLayout;
    auto box = [this, form](const QString& name, const QString& label) {
        auto* e = new QPlainTextEdit(this);
        e->setObjectName(name);
        e->setTabChangesFocus(true);
        form->addRow(label, e);
        connect(e, &QPlainTextEdit::textChanged, this, &EvidenceDialog::updatePreview);
        return e;
    };
    m_facts = box(QStringLiteral("evidenceFacts"), tr("Missing &facts (事实要素)"));
    m_evidence = box(QStringLiteral("evidenceItems"), tr("E&vidence to provide (证据指引)"));
    m_levels = box(QStringLiteral("evidenceLevels"), tr("&Level points (层级对照)"));
    auto* reply = new QHBoxLayout;
    m_hasReplyBy = new QCheckBox(tr("Reply by"), this);
    m_replyBy = new QDateEdit(QDate::currentDate().addDays(15), this);
    m_replyBy->setCalendarPopup(true);
    m_replyBy->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_replyBy->setEnabled(false);
    reply->addWidget(m_hasReplyBy);
    reply->addWidget(m_replyBy, 1);
    form->addRow(reply);
    connect(m_hasReplyBy, &QCheckBox::toggled, m_replyBy, &QDateEdit::setEnabled);
    connect(m_hasReplyBy, &QCheckBox::toggled, this, &EvidenceDialog::updatePreview);
    connect(m_replyBy, &QDateEdit::dateChanged, this, &EvidenceDialog::updatePreview);
    left->addLayout(form, 1);
    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    m_error->hide();
    left->addWidget(m_error);

    auto* buttons = new QDialogButtonBox(this);
    auto* print = buttons->addButton(tr("&Print…"), QDialogButtonBox::ActionRole);
    auto* pdf = buttons->addButton(tr("Save as P&DF…"), QDialogButtonBox::ActionRole);
    auto* record = buttons->addButton(tr("&Record the request"), QDialogButtonBox::AcceptRole);
    record->setObjectName(QStringLiteral("evidenceRecord"));
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(print, &QPushButton::clicked, this, &EvidenceDialog::printPreview);
    connect(pdf, &QPushButton::clicked, this, &EvidenceDialog::choosePdf);
    connect(buttons, &QDialogButtonBox::accepted, this, &EvidenceDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &EvidenceDialog::reject);
    left->addWidget(buttons);
    layout->addLayout(left, 2);

    m_preview = new QTextBrowser(this);
    m_preview->setObjectName(QStringLiteral("evidencePreview"));
    layout->addWidget(m_preview, 3);
    updatePreview();
}

void EvidenceDialog::setItems(const QStringList& facts, const QStringList& evidence, const QStringList& levels)
{
    m_facts->setPlainText(facts.join(QLatin1Char('\n')));
    m_evidence->setPlainText(evidence.join(QLatin1Char('\n')));
    m_levels->setPlainText(levels.join(QLatin1Char('\n')));
}

EvidenceNotice EvidenceDialog::notice() const
{
    EvidenceNotice n;
    n.factItems = linesOf(m_facts);
    n.evidenceItems = linesOf(m_evidence);
    n.levelItems = linesOf(m_levels);
    if (m_hasReplyBy->isChecked())
        n.replyBy = m_replyBy->date();
    return n;
}

QString EvidenceDialog::html(const QString& docNo) const
{
    return EvidenceRequest::html(m_report, notice(), QDate::currentDate(),
                                 Settings(m_work.session().writer()).text(Settings::Key::OfficeName), docNo);
}

DocumentPrinter::Issue EvidenceDialog::document()
{
    DocumentPrinter::Issue doc;
    doc.kind = QStringLiteral("evidence_request");
    doc.reportId = m_report.id;
    doc.title = QStringLiteral("补充材料告知书");
    // A report may be asked for evidence more than once: each notice is a document of its own.
    doc.newEachTime = !m_issued;
    doc.html = [this](const QString& docNo) -> Result<QString> { return html(docNo); };
    return doc;
}

void EvidenceDialog::showIssued(const DocumentPrinter::Issued& done)
{
    if (!done.printed)
        return; // the preview was closed: nothing issued, nothing to say
    m_issued = true;
    if (!done.warning.isEmpty())
        showError(done.warning);
}

void EvidenceDialog::updatePreview()
{
    m_preview->setHtml(html());
}

Result<DocumentPrinter::Issued> EvidenceDialog::savePdf(const QString& path)
{
    if (notice().isEmpty())
        return Error { tr("The notice lists nothing missing yet.") };
    auto saved = DocumentPrinter::issueToPdf(m_work.session(), document(), path);
    if (saved)
        showIssued(*saved);
    return saved;
}

void EvidenceDialog::printPreview()
{
    if (notice().isEmpty()) {
        showError(tr("The notice lists nothing missing yet."));
        return;
    }
    auto printed = DocumentPrinter::issue(m_work.session(), document(), DeskSettings::PrintTarget::Preview, {}, this);
    if (!printed)
        showError(printed.error());
    else
        showIssued(*printed);
}

void EvidenceDialog::choosePdf()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the notice as PDF"),
                                                      tr("evidence-request-%1.pdf").arg(m_report.regNo),
                                                      tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    if (auto saved = savePdf(path); !saved)
        showError(saved.error());
}

Status EvidenceDialog::apply()
{
    EvidenceRequest request(m_work.reports(), m_work.machine());
    return request.request(m_report.id, notice(), m_work.actor());
}

void EvidenceDialog::accept()
{
    if (Status s = apply(); !s) {
        showError(s.error());
        return;
    }
    QDialog::accept();
}

void EvidenceDialog::showError(const QString& message)
{
    m_error->setText(message);
    m_error->show();
}

} // namespace qf
