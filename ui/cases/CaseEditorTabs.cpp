// The case editor's reading tabs: history, attachments, related and repeat reports.
#include "ui/cases/CaseEditor.h"

#include "models/AttachmentStore.h"
#include "ui/cases/AttachmentViewer.h"
#include "ui/cases/OcrTextPanel.h"
#include "ui/scan/DocumentCameraDialog.h"
#include "app/scan/ScannedLetter.h"
#include "models/CaseLabels.h"
#include "ui/cases/CaseWork.h"
#include "ui/cases/DispatchDialog.h"
#include "ui/cases/EvidenceDialog.h"
#include "ui/cases/FeedbackDialog.h"
#include "ui/cases/MoveDialog.h"
#include "models/RepeatDetector.h"
#include "models/Session.h"
#include "ui/cases/TriageDialog.h"

#include <QComboBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QMimeData>
#include <QDialogButtonBox>
#include <QDateTime>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace qf {

void CaseEditor::buildHistoryTab()
{
    m_history = new QTreeWidget(m_tabs);
    m_history->setObjectName(QStringLiteral("caseEditorHistory"));
    m_history->setRootIsDecorated(false);
    m_history->setHeaderLabels({ tr("When"), tr("What happened"), tr("By"), tr("Details") });
    m_history->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_history->header()->setStretchLastSection(true);
    m_tabs->addTab(m_history, tr("History"));
}

void CaseEditor::buildAttachmentsTab()
{
    auto* page = new QWidget(m_tabs);
    auto* layout = new QHBoxLayout(page);
    auto* split = new QSplitter(Qt::Horizontal, page);
    auto* left = new QWidget(split);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_attachments = new QListWidget(left);
    m_attachments->setObjectName(QStringLiteral("caseEditorAttachments"));
    auto* add = new QPushButton(tr("Add files…"), left);
    add->setObjectName(QStringLiteral("caseEditorAddFiles"));
    add->setAutoDefault(false);
    auto* camera = new QPushButton(tr("Document &camera…"), left);
    camera->setObjectName(QStringLiteral("caseEditorCamera"));
    camera->setAutoDefault(false);
    leftLayout->addWidget(m_attachments, 1);
    leftLayout->addWidget(add);
    leftLayout->addWidget(camera);
    connect(camera, &QPushButton::clicked, this, [this] {
        DocumentCameraDialog dialog(nullptr, this);
        if (dialog.exec() == QDialog::Accepted)
            attachPages(dialog.pages());
    });
    m_viewer = new AttachmentViewer(split);
    m_ocrPanel = new OcrTextPanel(split);
    m_ocrPanel->hide();
    split->addWidget(left);
    split->addWidget(m_viewer);
    split->addWidget(m_ocrPanel);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 3);
    split->setStretchFactor(2, 2);
    layout->addWidget(split);
    connect(m_attachments, &QListWidget::currentRowChanged, this, &CaseEditor::showAttachment);
    connect(m_viewer, &AttachmentViewer::pageChanged, m_ocrPanel, &OcrTextPanel::showPage);
    connect(m_ocrPanel, &OcrTextPanel::correctionReady, this, &CaseEditor::useCorrection);
    connect(add, &QPushButton::clicked, this, [this] {
        const QStringList files = QFileDialog::getOpenFileNames(
            this, tr("Attach files"), {}, tr("Scans and documents (*.pdf *.jpg *.jpeg *.png);;All files (*)"));
        if (Status s = attachFiles(files); !s)
            showError(s.error());
    });
    m_tabs->addTab(page, tr("Attachments"));
}

void CaseEditor::buildRelatedTab()
{
    auto* page = new QWidget(m_tabs);
    auto* layout = new QVBoxLayout(page);
    auto* hint = new QLabel(tr("Earlier reports this one repeats, later repeats of it, reports by the same reporter "
                               "or about the same person. Double-click or press Enter to open one."),
                            page);
    hint->setWordWrap(true);
    m_related = new QTreeWidget(page);
    m_related->setObjectName(QStringLiteral("caseEditorRelated"));
    m_related->setRootIsDecorated(false);
    m_related->setHeaderLabels({ tr("Number"), tr("Received"), tr("Status"), tr("Why related") });
    m_related->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_related->header()->setStretchLastSection(true);
    layout->addWidget(hint);
    layout->addWidget(m_related, 1);
    connect(m_related, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        if (!item)
            return;
        QWidget* parent = parentWidget() ? parentWidget() : this;
        auto other = openReport(m_session, item->data(0, Qt::UserRole).toString(), parent);
        if (!other)
            QMessageBox::warning(parent, tr("Report"), other.error());
        else
            connect(*other, &CaseEditor::reportChanged, this, &CaseEditor::reportChanged);
    });
    m_tabs->addTab(page, tr("Related"));
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (index == 3)
            showRelated();
    });
}

void CaseEditor::fillHistory()
{
    m_history->clear();
    auto events = m_session.history().events(m_report.id);
    if (!events)
        return;
    for (const ReportEvent& event : std::as_const(*events)) {
        const QJsonObject& payload = event.payload;
        QString detail;
        const QString& kind = event.kind;
        if (kind == QLatin1String("field_changed"))
            detail = CaseWork::fieldLabel(payload.value(QStringLiteral("field")).toString());
        else if (payload.contains(QStringLiteral("to")))
            detail = tr("now: %1").arg(CaseLabels::status(payload.value(QStringLiteral("to")).toString()));
        if (kind == QLatin1String("subjects_changed"))
            detail = tr("%1 added, %2 changed, %3 removed")
                         .arg(payload.value(QStringLiteral("added")).toInt())
                         .arg(payload.value(QStringLiteral("changed")).toInt())
                         .arg(payload.value(QStringLiteral("removed")).toInt());
        if (kind == QLatin1String("anonymity_changed"))
            detail = payload.value(QStringLiteral("real_name")).toBool() ? tr("now real-name") : tr("now anonymous");
        if (kind == QLatin1String("reporter_changed")) {
            QStringList fields;
            for (const QJsonValue& f : payload.value(QStringLiteral("fields")).toArray())
                fields << CaseWork::identityFieldLabel(f.toString());
            detail = payload.value(QStringLiteral("relinked")).toBool() ? tr("another person on file")
                                                                         : tr("corrected: %1").arg(fields.join(tr(", ")));
        }
        if (kind == QLatin1String("principal_leader_changed"))
            detail = tr("%1 flagged, %2 cleared").arg(payload.value(QStringLiteral("set")).toInt())
                         .arg(payload.value(QStringLiteral("cleared")).toInt())
                + (payload.value(QStringLiteral("restricted")).toBool() ? QStringLiteral(" — ") + tr("restricted")
                                                                         : QString());
        if (kind == QLatin1String("triage"))
            detail += QStringLiteral(" — ")
                + tr("verifiability %1, typicality %2, timeliness %3")
                      .arg(payload.value(QStringLiteral("verifiability")).toVariant().toString(),
                           payload.value(QStringLiteral("typicality")).toVariant().toString(),
                           payload.value(QStringLiteral("timeliness")).toVariant().toString());
        if (kind == QLatin1String("document_issued") || kind == QLatin1String("document_reprinted"))
            detail = QStringLiteral("%1 %2").arg(payload.value(QStringLiteral("title")).toString(),
                                                 payload.value(QStringLiteral("doc_no")).toString()).trimmed();
        if (const auto outcome = outcomeFromName(payload.value(QStringLiteral("outcome")).toString()))
            detail += QStringLiteral(" — ") + CaseWork::outcomeLabel(*outcome);
        if (payload.contains(QStringLiteral("deadline")) && transitionFromName(kind))
            detail += QStringLiteral(" — ")
                + tr("handling deadline %1")
                      .arg(QDate::fromString(payload.value(QStringLiteral("deadline")).toString(), Qt::ISODate)
                               .toString(QStringLiteral("yyyy-MM-dd")));
        if (payload.contains(QStringLiteral("override_reason")))
            detail += QStringLiteral(" — ") + tr("override: %1").arg(payload.value(QStringLiteral("override_reason")).toString());
        auto* item = new QTreeWidgetItem(m_history,
                                         { CaseWork::timeLabel(QDateTime::fromString(event.at, Qt::ISODateWithMs)),
                                           CaseWork::eventLabel(kind), event.authorName, detail });
        item->setData(1, Qt::UserRole, kind);
    }
    m_history->scrollToBottom();
}

void CaseEditor::fillAttachments()
{
    m_attachments->clear();
    m_viewer->clear();
    AttachmentStore& store = m_session.attachments();
    auto list = store.list(m_report.id);
    if (!list) {
        showError(list.error());
        return;
    }
    // A scanned letter's recognition ("letter.ocr.json" beside "letter.pdf") is shown with the
    // letter's pages, not as a file of its own.
    m_recognitions.clear();
    for (const AttachmentInfo& a : std::as_const(*list)) {
        if (a.kind != QLatin1String("ocr"))
            continue;
        QFile f(store.pathOf(a.sha256));
        if (f.open(QIODevice::ReadOnly))
            m_recognitions.insert(a.fileName.section(QLatin1Char('.'), 0, 0), ScannedLetter::original(f.readAll()));
    }
    int shown = 0;
    for (const AttachmentInfo& a : std::as_const(*list)) {
        if (a.kind == QLatin1String("ocr") && m_recognitions.contains(a.fileName.section(QLatin1Char('.'), 0, 0)))
            continue;
        ++shown;
        auto* item = new QListWidgetItem(
            QStringLiteral("%1  (%2 KB)").arg(a.fileName.isEmpty() ? a.sha256.left(12) : a.fileName).arg((a.size + 1023) / 1024),
            m_attachments);
        item->setData(Qt::UserRole, store.pathOf(a.sha256));
        item->setData(Qt::UserRole + 1, a.fileName);
        item->setData(Qt::UserRole + 2, a.kind);
    }
    m_tabs->setTabText(2, shown == 0 ? tr("Attachments") : tr("Attachments (%1)").arg(shown));
    if (shown > 0)
        m_attachments->setCurrentRow(0);
}

void CaseEditor::showAttachment(int row)
{
    QListWidgetItem* item = m_attachments->item(row);
    if (!item) {
        m_viewer->clear();
        return;
    }
    if (m_attachments->currentRow() != row)
        m_attachments->setCurrentRow(row);
    const QString name = item->data(Qt::UserRole + 1).toString();
    m_viewer->showFile(item->data(Qt::UserRole).toString(), name);
    const QString stem = name.section(QLatin1Char('.'), 0, 0);
    const bool letter = item->data(Qt::UserRole + 2).toString() == QLatin1String("scan") && m_recognitions.contains(stem);
    m_ocrPanel->setVisible(letter);
    if (letter) {
        // A letter registered from its scan has its recognised text as the content.
        const QJsonObject& recognition = m_recognitions.value(stem);
        m_ocrPanel->setRecognition(recognition, m_content->toPlainText(),
                                   recognition.value(QStringLiteral("is_content")).toBool());
        m_ocrPanel->showPage(m_viewer->currentPage());
    } else {
        m_ocrPanel->clear();
    }
}

void CaseEditor::useCorrection(const QString& text)
{
    m_content->setPlainText(text);
    if (Status s = save(); !s)
        showError(s.error());
}

Status CaseEditor::attachFiles(const QStringList& paths)
{
    AttachmentStore& store = m_session.attachments();
    for (const QString& path : paths) {
        auto stored = store.attachFile(m_report.id, path, QStringLiteral("scan"));
        if (!stored)
            return Error { stored.error() };
        readAttached(path, QFileInfo(path).fileName());
    }
    fillAttachments();
    emit reportChanged(m_report.id);
    return {};
}

void CaseEditor::showRelated()
{
    if (m_relatedFilled)
        return;
    m_relatedFilled = true;
    fillRelated();
}

void CaseEditor::fillRelated()
{
    m_related->clear();
    struct Link
    {
        QString id;
        QStringList why;
    };
    QList<Link> links;
    auto addLink = [&links](const QString& id, const QString& why) {
        for (Link& l : links)
            if (l.id == id) {
                l.why << why;
                return;
            }
        links << Link { id, { why } };
    };
    if (!m_report.repeatOf.isEmpty())
        addLink(m_report.repeatOf, tr("this report repeats it"));
    if (auto repeats = m_session.history().repeatsOf(m_report.id, 50))
        for (const QString& id : std::as_const(*repeats))
            addLink(id, tr("repeats this report"));
    RepeatDetector detector(m_work->reports());
    if (auto proposals = detector.check(m_report.id, 20))
        for (const RepeatProposal& p : std::as_const(*proposals))
            addLink(p.reportId, p.reasons().join(QStringLiteral("；")));
    for (const Link& l : std::as_const(links)) {
        auto other = m_work->reports().get(l.id);
        if (!other || !ReportStore::canView(m_work->role(), *other))
            continue; // restricted reports stay out of sight of those not entitled
        auto* item = new QTreeWidgetItem(m_related, { other->regNo, CaseWork::timeLabel(other->receivedAt),
                                                      CaseLabels::status(stateName(other->state)),
                                                      l.why.join(QStringLiteral("；")) });
        item->setData(0, Qt::UserRole, other->id);
    }
    m_tabs->setTabText(3, m_related->topLevelItemCount() == 0
                              ? tr("Related")
                              : tr("Related (%1)").arg(m_related->topLevelItemCount()));
}

} // namespace qf
