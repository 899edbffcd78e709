#include "ui/cases/QualityPanels.h"

#include "models/CaseLabels.h"
#include "ui/cases/CaseWork.h"
#include "ui/checkin/DocumentPrinter.h"
#include "app/print/PrintTemplates.h"
#include "models/Database.h"
#include "models/Session.h"
#include "models/Settings.h"
#include "models/Role.h"

#include <QCheckBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace qf {

namespace {

QTreeWidget* caseTree(QWidget* parent, const QString& name, const QStringList& headers)
{
    auto* tree = new QTreeWidget(parent);
    tree->setObjectName(name);
    tree->setRootIsDecorated(false);
    tree->setUniformRowHeights(true);
    tree->setHeaderLabels(headers);
    tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    return tree;
}

} // namespace

RecheckPanel::RecheckPanel(CaseWork& work, QWidget* parent)
    : QWidget(parent)
    , m_work(work)
{
    auto* layout = new QVBoxLayout(this);
    auto* row = new QHBoxLayout;
    auto* share = new QLabel(tr("Sh&are to re-check:"), this);
    m_percent = new QSpinBox(this);
    m_percent->setObjectName(QStringLiteral("recheckPercent"));
    m_percent->setRange(1, 100);
    m_percent->setSuffix(QStringLiteral(" %"));
    m_percent->setValue(Settings(work.session().writer()).intValue(Settings::Key::ReviewSamplePercent));
    share->setBuddy(m_percent);
    m_draw = new QPushButton(tr("&Draw the sample"), this);
    m_draw->setObjectName(QStringLiteral("recheckDraw"));
    m_finding = new QPushButton(tr("Record the fi&nding…"), this);
    m_finding->setObjectName(QStringLiteral("recheckFinding"));
    row->addWidget(share);
    row->addWidget(m_percent);
    row->addWidget(m_draw);
    row->addStretch(1);
    row->addWidget(m_finding);
    layout->addLayout(row);
    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("recheckState"));
    m_state->setWordWrap(true);
    layout->addWidget(m_state);
    m_tree = caseTree(this, QStringLiteral("recheckTree"),
                      { tr("Number"), tr("Handling office"), tr("Concluded"), tr("Re-check") });
    layout->addWidget(m_tree, 1);

    const bool entitled = Role::may(work.role(), Capability::Recheck);
    m_draw->setEnabled(entitled);
    m_finding->setEnabled(entitled);
    if (!entitled)
        m_draw->setToolTip(tr("Only a supervisor, a meeting chair or an administrator draws the sample."));
    connect(m_draw, &QPushButton::clicked, this, [this] {
        if (Status s = draw(); !s)
            QMessageBox::warning(this, tr("Re-check sample"), s.error());
    });
    connect(m_finding, &QPushButton::clicked, this, [this] {
        if (QTreeWidgetItem* item = m_tree->currentItem())
            askFinding(item);
    });
    connect(m_tree, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem* item) { emit caseOpened(item->data(0, Qt::UserRole).toString()); });
}

void RecheckPanel::setPeriod(const QDate& from, const QDate& to)
{
    m_from = from;
    m_to = to;
    refresh();
}

void RecheckPanel::refresh()
{
    ClosingReview review(m_work.reports(), m_work.machine());
    auto sample = review.recordedSample(m_from, m_to);
    if (!sample) {
        m_tree->clear();
        m_state->setText(sample.error());
        return;
    }
    show(*sample);
}

Status RecheckPanel::draw()
{
    ClosingReview review(m_work.reports(), m_work.machine());
    auto sample = review.recheckSample(m_from, m_to, m_percent->value(), m_work.actor());
    if (!sample)
        return Error { sample.error() };
    show(*sample);
    return {};
}

void RecheckPanel::show(const RecheckSample& sample)
{
    m_tree->clear();
    const bool drawn = !sample.items.isEmpty();
    m_draw->setEnabled(!drawn && Role::may(m_work.role(), Capability::Recheck));
    m_percent->setEnabled(!drawn);
    if (drawn)
        m_percent->setValue(sample.percent);
    int done = 0, problems = 0;
    for (const RecheckItem& i : sample.items) {
        auto* item = new QTreeWidgetItem(m_tree);
        item->setText(0, i.regNo);
        item->setData(0, Qt::UserRole, i.reportId);
        item->setText(1, i.office);
        item->setText(2, CaseWork::timeLabel(i.concludedAt));
        QString finding = tr("to do");
        if (i.rechecked)
            finding = i.problemFound ? tr("problem found: %1").arg(i.notes) : tr("confirmed");
        item->setText(3, finding);
        if (i.rechecked && i.problemFound)
            item->setForeground(3, QColor(0xb0, 0x00, 0x20));
        done += i.rechecked ? 1 : 0;
        problems += i.problemFound ? 1 : 0;
    }
    if (!drawn)
        m_state->setText(sample.concluded == 0
                             ? tr("No report was concluded in this period.")
                             : tr("%n report(s) concluded in this period; no sample drawn yet.", nullptr, sample.concluded));
    else
        m_state->setText(tr("%1 of %2 concluded reports drawn (%3 %, seed %4): %5 re-checked, %6 with a problem.")
                             .arg(sample.items.size())
                             .arg(sample.concluded)
                             .arg(sample.percent)
                             .arg(sample.seed)
                             .arg(done)
                             .arg(problems));
    for (int c = 0; c < m_tree->columnCount(); ++c)
        m_tree->resizeColumnToContents(c);
    if (m_tree->topLevelItemCount() > 0)
        m_tree->setCurrentItem(m_tree->topLevelItem(0));
}

Status RecheckPanel::recordFinding(const QString& reportId, bool problemFound, const QString& notes)
{
    ClosingReview review(m_work.reports(), m_work.machine());
    if (Status s = review.recordRecheck(reportId, m_from, m_to, problemFound, notes, m_work.actor()); !s)
        return s;
    refresh();
    return {};
}

void RecheckPanel::askFinding(QTreeWidgetItem* item)
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Re-check of %1").arg(item->text(0)));
    auto* layout = new QVBoxLayout(&dialog);
    auto* problem = new QCheckBox(tr("The re-check found a &problem"), &dialog);
    auto* notes = new QPlainTextEdit(&dialog);
    notes->setTabChangesFocus(true);
    notes->setPlaceholderText(tr("What was checked and what it found"));
    auto* error = new QLabel(&dialog);
    error->setStyleSheet(QStringLiteral("color: #b00020"));
    error->hide();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    layout->addWidget(problem);
    layout->addWidget(notes);
    layout->addWidget(error);
    layout->addWidget(buttons);
    const QString id = item->data(0, Qt::UserRole).toString();
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, [&] {
        if (Status s = recordFinding(id, problem->isChecked(), notes->toPlainText()); !s) {
            error->setText(s.error());
            error->show();
            return;
        }
        dialog.accept();
    });
    dialog.exec();
}

RepeatNoticePanel::RepeatNoticePanel(CaseWork& work, QWidget* parent)
    : QWidget(parent)
    , m_work(work)
{
    auto* layout = new QVBoxLayout(this);
    auto* row = new QHBoxLayout;
    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("repeatNoticeState"));
    auto* print = new QPushButton(tr("&Print…"), this);
    auto* pdf = new QPushButton(tr("Save as P&DF…"), this);
    pdf->setObjectName(QStringLiteral("repeatNoticePdf"));
    row->addWidget(m_state, 1);
    row->addWidget(print);
    row->addWidget(pdf);
    layout->addLayout(row);
    m_tree = caseTree(this, QStringLiteral("repeatNoticeTree"),
                      { tr("Department"), tr("Number"), tr("Received"), tr("Repeat of"), tr("New facts"), tr("Status") });
    layout->addWidget(m_tree, 1);
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        const QString id = item->data(1, Qt::UserRole).toString();
        if (!id.isEmpty())
            emit caseOpened(id);
    });
    connect(print, &QPushButton::clicked, this, [this] {
        auto printed = DocumentPrinter::issue(m_work.session(), document(), DeskSettings::PrintTarget::Preview, {}, this);
        if (!printed)
            QMessageBox::warning(this, tr("Print"), printed.error());
    });
    connect(pdf, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Save the notice as PDF"),
                                                          tr("repeat-notice-%1.pdf").arg(m_quarter),
                                                          tr("PDF files (*.pdf)"));
        if (path.isEmpty())
            return;
        if (auto saved = savePdf(path); !saved)
            QMessageBox::warning(this, tr("Save as PDF"), saved.error());
    });
}

void RepeatNoticePanel::setQuarter(const QString& quarter, const QString& label)
{
    m_quarter = quarter;
    m_label = label;
    refresh();
}

void RepeatNoticePanel::refresh()
{
    m_tree->clear();
    m_items.clear();
    RepeatDetector detector(m_work.reports());
    auto items = detector.quarterly(m_quarter);
    if (!items) {
        m_state->setText(items.error());
        return;
    }
    for (const QuarterlyRepeat& r : std::as_const(*items)) {
        auto report = m_work.reports().get(r.reportId);
        if (report && ReportStore::canView(m_work.role(), *report))
            m_items << r; // a restricted report stays out of the list for those not entitled to it
    }
    for (const QuarterlyRepeat& r : std::as_const(m_items)) {
        auto* item = new QTreeWidgetItem(m_tree);
        item->setText(0, r.department.isEmpty() ? tr("(unknown)") : r.department);
        item->setText(1, r.regNo);
        item->setData(1, Qt::UserRole, r.reportId);
        item->setText(2, CaseWork::timeLabel(r.receivedAt));
        item->setText(3, r.repeatOfRegNo);
        item->setText(4, r.newFacts ? tr("yes") : QString());
        item->setText(5, CaseLabels::status(r.status));
    }
    for (int c = 0; c < m_tree->columnCount(); ++c)
        m_tree->resizeColumnToContents(c);
    m_state->setText(tr("%n repeat report(s) registered in %1.", nullptr, int(m_items.size()))
                         .arg(m_label.isEmpty() ? m_quarter : m_label));
}

QString RepeatNoticePanel::html(const QString& docNo) const
{
    // The notice is a document (resources/print/repeat.html): its text, then the table.
    const QString period = m_label.isEmpty() ? m_quarter : m_label;
    QString out;
    QString department;
    for (const QuarterlyRepeat& r : m_items) {
        const QString name = r.department.isEmpty() ? tr("(unknown)") : r.department;
        if (name != department) {
            if (!department.isEmpty())
                out += QStringLiteral("</table>");
            department = name;
            out += QStringLiteral("<h3>%1</h3><table border=\"1\" cellspacing=\"0\" cellpadding=\"4\">"
                                  "<tr><th>%2</th><th>%3</th><th>%4</th><th>%5</th></tr>")
                       .arg(name.toHtmlEscaped(), tr("Number").toHtmlEscaped(), tr("Received").toHtmlEscaped(),
                            tr("Repeat of").toHtmlEscaped(), tr("New facts").toHtmlEscaped());
        }
        out += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>")
                   .arg(r.regNo.toHtmlEscaped(), CaseWork::timeLabel(r.receivedAt).toHtmlEscaped(),
                        r.repeatOfRegNo.toHtmlEscaped(), r.newFacts ? tr("yes").toHtmlEscaped() : QString());
    }
    if (!department.isEmpty())
        out += QStringLiteral("</table>");
    else
        out += QStringLiteral("<p>%1</p>").arg(tr("No repeat report was registered in this quarter.").toHtmlEscaped());
    Settings office(m_work.session().writer());
    const PrintTemplates templates(PrintTemplates::defaultFolder(m_work.session().database().path()));
    auto doc = templates.render(QStringLiteral("repeat"),
                                { { QStringLiteral("office_name"), office.text(Settings::Key::OfficeName) },
                                  { QStringLiteral("doc_no"), docNo },
                                  { QStringLiteral("quarter"), period },
                                  { QStringLiteral("summary"),
                                    tr("%n repeat report(s) registered in %1.", nullptr, int(m_items.size())).arg(period) },
                                  { QStringLiteral("date"), DocumentPdf::documentDate(QDate::currentDate()) },
                                  { QStringLiteral("table_html"), out } });
    return doc ? *doc : out;
}

DocumentPrinter::Issue RepeatNoticePanel::document() const
{
    // A document of the office, not of one report: one per quarter, its reprints keep its 文号.
    DocumentPrinter::Issue doc;
    doc.kind = QStringLiteral("repeat_notice:") + m_quarter;
    doc.title = QStringLiteral("重复举报情况通报");
    doc.html = [this](const QString& docNo) -> Result<QString> { return html(docNo); };
    return doc;
}

Result<DocumentPrinter::Issued> RepeatNoticePanel::savePdf(const QString& path)
{
    return DocumentPrinter::issueToPdf(m_work.session(), document(), path);
}

} // namespace qf
