#include "ui/ImportDialog.h"

#include "ui/ListActions.h"
#include "ui/Log.h"

#include "models/ImportJob.h"
#include "models/RepeatDetector.h"
#include "models/ReportStore.h"
#include "models/Session.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLoggingCategory>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace qf {

namespace {
constexpr int kRecordsPerStep = 20; // a few milliseconds of work between events
}

ImportDialog::ImportDialog(Session& session, QString path, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_path(std::move(path))
    , m_reports(&session.reports())
    , m_job(std::make_unique<ImportJob>(session.registrar(), session.database()))
{
    setObjectName(QStringLiteral("importDialog"));
    setWindowTitle(tr("Import online reports"));
    resize(560, 380);
    auto* layout = new QVBoxLayout(this);
    m_label = new QLabel(tr("Reading %1…").arg(QFileInfo(m_path).fileName()), this);
    m_label->setObjectName(QStringLiteral("importStatus"));
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("importProgress"));
    m_progress->setRange(0, 100);
    m_progress->setValue(0);
    m_result = new QPlainTextEdit(this);
    m_result->setObjectName(QStringLiteral("importSummary"));
    m_result->setReadOnly(true);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Stop"));
    connect(m_buttons, &QDialogButtonBox::rejected, this, [this] {
        if (m_finished)
            reject();
        else
            m_stop = true;
    });
    layout->addWidget(m_label);
    layout->addWidget(m_progress);
    layout->addWidget(m_result, 1);
    auto* after = new QHBoxLayout;
    m_export = new QPushButton(tr("&Export the lines…"), this);
    m_export->setObjectName(QStringLiteral("importExport"));
    m_print = new QPushButton(tr("&Print the lines…"), this);
    m_print->setObjectName(QStringLiteral("importPrint"));
    for (QPushButton* b : { m_export, m_print }) {
        b->setToolTip(tr("The rejected lines, the lines marked for correction and the possible repeats"));
        b->hide(); // once the import is over, and only when there is something to show
        after->addWidget(b);
    }
    after->addStretch(1);
    const auto say = [this](const QString& text) { m_label->setText(text); };
    connect(m_export, &QPushButton::clicked, this,
            [this, say] { ListActions::chooseExport(this, tr("import-lines"), problemLines(), say); });
    connect(m_print, &QPushButton::clicked, this, [this, say] { ListActions::print(this, problemLines(), say); });
    layout->addLayout(after);
    layout->addWidget(m_buttons);
}

ImportDialog::~ImportDialog() = default;

void ImportDialog::chooseAndRun(Session& session, QWidget* parent)
{
    const QString path = QFileDialog::getOpenFileName(parent, tr("Import online reports"), QString(),
                                                      tr("Online platform export (*.jsonl *.json *.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    auto* dialog = new ImportDialog(session, path, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->show();
    dialog->start();
}

void ImportDialog::start()
{
    if (Status s = m_job->open(m_path); !s) {
        finish(s.error());
        return;
    }
    m_label->setText(tr("Importing %1 records…").arg(m_job->total()));
    QTimer::singleShot(0, this, &ImportDialog::runStep);
}

void ImportDialog::runStep()
{
    if (m_stop) {
        finish(tr("Stopped by you; the reports imported so far are kept."));
        return;
    }
    if (Status s = m_job->step(kRecordsPerStep); !s) {
        finish(s.error());
        return;
    }
    m_progress->setValue(m_job->total() > 0 ? m_job->done() * 100 / m_job->total() : 100);
    m_label->setText(tr("Imported %1 of %2 records…").arg(m_job->done()).arg(m_job->total()));
    if (m_job->atEnd())
        finish({});
    else
        QTimer::singleShot(0, this, &ImportDialog::runStep);
}

QString ImportDialog::summaryText() const
{
    const ImportSummary& s = m_job->summary();
    QStringList lines;
    lines << tr("Imported: %1").arg(s.imported) << tr("Already present: %1").arg(s.alreadyPresent)
          << tr("Rejected: %1").arg(s.rejected.size());
    for (const ImportLine& l : s.rejected)
        lines << tr("  line %1: %2").arg(l.line).arg(l.reason);
    lines << tr("Marked for correction: %1").arg(s.corrections.size());
    for (const ImportLine& l : s.corrections)
        lines << tr("  line %1 (%2): %3").arg(l.line).arg(l.regNo, l.reason);
    lines << tr("Possible repeats: %1").arg(s.repeats.size());
    for (const ImportLine& l : s.repeats)
        lines << tr("  line %1 (%2) may repeat %3").arg(l.line).arg(l.regNo, l.reason);
    return lines.join(QLatin1Char('\n'));
}

ExportTable ImportDialog::problemLines() const
{
    ExportTable t;
    t.title = tr("Import: lines that need attention");
    t.filterLines << tr("File: %1").arg(m_path);
    if (!m_job)
        return t;
    const ImportSummary& s = m_job->summary();
    t.filterLines << tr("Imported: %1").arg(s.imported) << tr("Rejected: %1").arg(s.rejected.size());
    t.headers << tr("Line") << tr("What") << tr("Number") << tr("Reason");
    for (const ImportLine& l : s.rejected)
        t.rows << QVariantList { l.line, tr("Rejected"), l.regNo, l.reason };
    for (const ImportLine& l : s.corrections)
        t.rows << QVariantList { l.line, tr("Marked for correction"), l.regNo, l.reason };
    for (const ImportLine& l : s.repeats)
        t.rows << QVariantList { l.line, tr("Possible repeat"), l.regNo, l.reason };
    return t;
}

void ImportDialog::finish(const QString& error)
{
    m_finished = true;
    m_progress->setValue(100);
    const bool complete = error.isEmpty() && m_job->summary().complete();
    m_label->setText(error.isEmpty() ? (complete ? tr("Every record was imported.")
                                                 : tr("Some records were rejected; see the lines below."))
                                     : error);
    m_result->setPlainText(summaryText());
    const bool problems = !problemLines().rows.isEmpty();
    m_export->setVisible(problems);
    m_print->setVisible(problems);
    m_buttons->setStandardButtons(QDialogButtonBox::Close);
    qCInfo(lcImportUi) << "online import finished" << (complete ? "complete" : "with rejections or an error");
    emit importFinished(complete);
}

} // namespace qf
