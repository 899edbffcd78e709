#include "ui/cases/CaseEditor.h"
#include "ui/cases/CaseDocuments.h"

#include "models/AttachmentStore.h"
#include "ui/cases/AttachmentViewer.h"
#include "models/CaseLabels.h"
#include "ui/cases/CaseWork.h"
#include "ui/cases/DispatchDialog.h"
#include "ui/cases/EvidenceDialog.h"
#include "ui/cases/FeedbackDialog.h"
#include "ui/cases/MoveDialog.h"
#include "models/RepeatDetector.h"
#include "models/Session.h"
#include "models/Role.h"
#include "ui/cases/ReviewDialog.h"
#include "ui/cases/TriageDialog.h"

#include <QComboBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QMimeData>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
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

CaseEditor::CaseEditor(Session& session, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_work(std::make_unique<CaseWork>(session))
{
    setObjectName(QStringLiteral("caseEditor"));
    setWindowTitle(tr("Report"));
    setAcceptDrops(true); // scans dropped on the editor are attached
    resize(1100, 760);
    auto* layout = new QVBoxLayout(this);
    m_header = new QLabel(this);
    m_header->setObjectName(QStringLiteral("caseEditorHeader"));
    m_header->setTextFormat(Qt::RichText);
    layout->addWidget(m_header);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("caseEditorMessage"));
    m_message->setWordWrap(true);
    m_message->hide();
    layout->addWidget(m_message);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("caseEditorTabs"));
    layout->addWidget(m_tabs, 1);
    buildRecordTab();
    buildHistoryTab();
    buildAttachmentsTab();
    buildRelatedTab();

    auto* actions = new QHBoxLayout;
    auto addAction = [&](const QString& key, const QString& text, void (CaseEditor::*slot)()) {
        auto* b = new QPushButton(text, this);
        b->setObjectName(QStringLiteral("caseAction_") + key);
        b->setAutoDefault(false);
        connect(b, &QPushButton::clicked, this, slot);
        actions->addWidget(b);
        m_actions.insert(key, b);
    };
    addAction(QStringLiteral("triage"), tr("&Triage…"), &CaseEditor::openTriage);
    addAction(QStringLiteral("evidence"), tr("&Evidence request…"), &CaseEditor::openEvidence);
    addAction(QStringLiteral("dispatch"), tr("&Dispatch…"), &CaseEditor::openDispatch);
    addAction(QStringLiteral("move"), tr("Status &move…"), &CaseEditor::openMove);
    addAction(QStringLiteral("feedback"), tr("&Feedback…"), &CaseEditor::openFeedback);
    addAction(QStringLiteral("review"), tr("Closing re&view…"), &CaseEditor::openReview);
    auto* print = new QPushButton(tr("&Print…"), this);
    print->setObjectName(QStringLiteral("caseAction_print"));
    print->setAutoDefault(false);
    print->setToolTip(tr("The receipt of the visit, the case file cover or the letter registration card"));
    print->setMenu(CaseDocuments::menu(
        m_session, [this]() -> Result<Report> { return m_report; },
        [this](const QString& message, bool error) {
            if (error) {
                showError(message);
                return;
            }
            m_message->setText(message);
            m_message->setStyleSheet(QString());
            m_message->show();
            fillHistory();
        },
        this));
    actions->addWidget(print);
    actions->addStretch(1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Close, this);
    m_save = buttons->button(QDialogButtonBox::Save);
    m_save->setObjectName(QStringLiteral("caseEditorSave"));
    m_save->setShortcut(QKeySequence::Save);
    connect(m_save, &QPushButton::clicked, this, [this] {
        if (Status s = save(); !s)
            showError(s.error());
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &CaseEditor::reject);
    actions->addWidget(buttons);
    layout->addLayout(actions);
}

CaseEditor::~CaseEditor() = default;

Result<CaseEditor*> CaseEditor::openReport(Session& session, const QString& reportId, QWidget* parent)
{
    auto* editor = new CaseEditor(session, parent);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    if (Status s = editor->load(reportId); !s) {
        delete editor;
        return s.failure();
    }
    editor->show();
    editor->raise();
    editor->activateWindow();
    return editor;
}

void CaseEditor::buildRecordTab()
{
    auto* scroll = new QScrollArea(m_tabs);
    scroll->setWidgetResizable(true);
    auto* page = new QWidget(scroll);
    auto* columns = new QHBoxLayout(page);

    auto* record = new QGroupBox(tr("The record (八何)"), page);
    auto* form = new QFormLayout(record);
    auto line = [&](QFormLayout* f, const QString& field, const QString& label, const QString& hint = {}) {
        auto* e = new QLineEdit(record);
        e->setObjectName(QStringLiteral("field_") + field);
        e->setPlaceholderText(hint);
        f->addRow(label, e);
        m_lines.insert(field, e);
        return e;
    };
    line(form, QStringLiteral("who"), tr("Who (何人)"));
    line(form, QStringLiteral("what"), tr("What (何事)"));
    line(form, QStringLiteral("when_text"), tr("When (何时)"));
    line(form, QStringLiteral("where_text"), tr("Where (何地)"));
    line(form, QStringLiteral("why"), tr("Why (何因)"));
    line(form, QStringLiteral("result"), tr("Result (何果)"));
    line(form, QStringLiteral("demand"), tr("Demand (何求)"));
    line(form, QStringLiteral("disposition"), tr("Disposition (何处理)"));
    m_content = new QPlainTextEdit(record);
    m_content->setObjectName(QStringLiteral("field_content"));
    m_content->setTabChangesFocus(true);
    form->addRow(tr("Content"), m_content);

    auto* side = new QVBoxLayout;
    auto* about = new QGroupBox(tr("Classification"), page);
    auto* aboutForm = new QFormLayout(about);
    m_category = new QComboBox(about);
    m_category->setObjectName(QStringLiteral("field_category"));
    aboutForm->addRow(tr("Category"), m_category);
    auto* region = new QLineEdit(about);
    region->setObjectName(QStringLiteral("field_region"));
    aboutForm->addRow(tr("Region"), region);
    m_lines.insert(QStringLiteral("region"), region);
    side->addWidget(about);

    auto* subject = new QGroupBox(tr("Reported persons"), page);
    auto* subjectLayout = new QVBoxLayout(subject);
    m_subjects = new QTableWidget(0, 5, subject);
    m_subjects->setObjectName(QStringLiteral("caseEditorSubjects"));
    m_subjects->setHorizontalHeaderLabels({ tr("Name"), tr("Unit"), tr("Rank"), tr("Position"), tr("Own principal leader") });
    m_subjects->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_subjects->horizontalHeader()->setSectionResizeMode(4, QHeaderView::ResizeToContents);
    m_subjects->verticalHeader()->hide();
    m_subjects->setTabKeyNavigation(false);
    m_subjects->setMinimumHeight(140);
    auto* subjectButtons = new QHBoxLayout;
    auto* addSubject = new QPushButton(tr("Add person"), subject);
    addSubject->setObjectName(QStringLiteral("caseEditorAddSubject"));
    auto* removeSubject = new QPushButton(tr("Remove"), subject);
    removeSubject->setObjectName(QStringLiteral("caseEditorRemoveSubject"));
    for (QPushButton* b : { addSubject, removeSubject })
        b->setAutoDefault(false);
    subjectButtons->addWidget(addSubject);
    subjectButtons->addWidget(removeSubject);
    subjectButtons->addStretch(1);
    subjectLayout->addWidget(m_subjects);
    subjectLayout->addLayout(subjectButtons);
    connect(m_subjects, &QTableWidget::itemChanged, this, [this](QTableWidgetItem* item) {
        if (item->column() != 4 || item->checkState() != Qt::Checked || m_report.restricted)
            return;
        m_message->setText(Role::may(m_work->role(), Capability::SeeRestricted)
                               ? tr("On saving, the report will be restricted and can only be reported up to the "
                                    "higher office.")
                               : tr("On saving, the report will be restricted and reported up to the higher office; "
                                    "your role will no longer see it."));
        m_message->setStyleSheet(QString());
        m_message->show();
    });
    connect(addSubject, &QPushButton::clicked, this, [this] {
        addSubjectRow({});
        m_subjects->setCurrentCell(m_subjects->rowCount() - 1, 0);
        m_subjects->editItem(m_subjects->item(m_subjects->rowCount() - 1, 0));
    });
    connect(removeSubject, &QPushButton::clicked, this, [this] {
        const int row = m_subjects->currentRow();
        if (row < 0)
            return;
        const bool saved = !m_subjects->item(row, 0)->data(Qt::UserRole).toString().isEmpty();
        if (saved && m_subjects->item(row, 4)->checkState() == Qt::Checked) {
            showError(tr("The office's own principal leader cannot be taken off a report."));
            return;
        }
        m_subjects->removeRow(row);
    });
    side->addWidget(subject);

    auto* reporter = new QGroupBox(tr("Reporter"), page);
    auto* reporterLayout = new QVBoxLayout(reporter);
    m_realName = new QLabel(reporter);
    m_realName->setObjectName(QStringLiteral("caseEditorRealName"));
    m_reporter = new QLabel(reporter);
    m_reporter->setObjectName(QStringLiteral("caseEditorReporter"));
    m_reporter->setWordWrap(true);
    m_reveal = new QPushButton(tr("Show the reporter's identity"), reporter);
    m_reveal->setObjectName(QStringLiteral("caseEditorReveal"));
    m_reveal->setAutoDefault(false);
    connect(m_reveal, &QPushButton::clicked, this, [this] { revealReporter(); });
    m_editReporter = new QPushButton(tr("Edit &reporter…"), reporter);
    m_editReporter->setObjectName(QStringLiteral("caseEditorEditReporter"));
    m_editReporter->setAutoDefault(false);
    m_editReporter->setToolTip(tr("Anonymous or real name, and corrections of the reporter's details"));
    connect(m_editReporter, &QPushButton::clicked, this, &CaseEditor::openReporter);
    reporterLayout->addWidget(m_realName);
    reporterLayout->addWidget(m_reporter);
    auto* reporterButtons = new QHBoxLayout;
    reporterButtons->addWidget(m_reveal);
    reporterButtons->addWidget(m_editReporter);
    reporterButtons->addStretch(1);
    reporterLayout->addLayout(reporterButtons);
    side->addWidget(reporter);
    side->addStretch(1);

    columns->addWidget(record, 3);
    columns->addLayout(side, 2);
    scroll->setWidget(page);
    m_tabs->addTab(scroll, tr("Record"));
    fillCategories();
}

void CaseEditor::fillCategories()
{
    m_category->clear();
    for (const auto& [id, name] : m_work->categories())
        m_category->addItem(name, id);
}

Status CaseEditor::load(const QString& reportId)
{
    auto r = m_work->reports().get(reportId);
    if (!r)
        return Error { r.error() };
    if (!ReportStore::canView(m_work->role(), *r))
        return Error { tr("This report is restricted to supervisors, meeting chairs and administrators.") };
    m_report = *r;
    setWindowTitle(tr("Report %1").arg(m_report.regNo));
    m_message->hide();
    fillFields();
    fillHistory();
    fillAttachments();
    m_relatedFilled = false;
    m_related->clear();
    if (m_tabs->currentIndex() == 3)
        showRelated();
    updateActions();
    return {};
}

void CaseEditor::fillFields()
{
    const Report& r = m_report;
    QString header = QStringLiteral("<b style='font-size:large'>%1</b> &nbsp; %2 · %3 · %4")
                         .arg(r.regNo.toHtmlEscaped(), CaseLabels::channel(r.channel).toHtmlEscaped(),
                              CaseLabels::status(stateName(r.state)).toHtmlEscaped(),
                              tr("received %1").arg(CaseWork::timeLabel(r.receivedAt)).toHtmlEscaped());
    if (r.triageClass)
        header += QStringLiteral(" · ") + CaseLabels::triageClass(triageClassName(*r.triageClass)).toHtmlEscaped();
    if (r.restricted)
        header += QStringLiteral(" · <b>%1</b>").arg(tr("restricted").toHtmlEscaped());
    m_header->setText(header);

    m_loaded.clear();
    const QHash<QString, QString> values {
        { QStringLiteral("who"), r.who },           { QStringLiteral("what"), r.what },
        { QStringLiteral("when_text"), r.whenText }, { QStringLiteral("where_text"), r.whereText },
        { QStringLiteral("why"), r.why },           { QStringLiteral("result"), r.result },
        { QStringLiteral("demand"), r.demand },     { QStringLiteral("disposition"), r.disposition },
        { QStringLiteral("region"), r.region },
    };
    for (auto it = values.begin(); it != values.end(); ++it) {
        m_lines.value(it.key())->setText(it.value());
        m_loaded.insert(it.key(), it.value());
    }
    m_content->setPlainText(r.content);
    m_loaded.insert(QStringLiteral("content"), r.content);
    const int category = m_category->findData(r.categoryId);
    m_category->setCurrentIndex(category < 0 ? 0 : category);
    // "Unchanged" is what the fields show as loaded: a line edit trims and keeps no line
    // breaks, the text box turns CR LF into LF, so the stored text would differ from them
    // and closing an untouched report would ask to save.
    m_loaded = currentValues();

    m_subjects->setRowCount(0);
    for (const Subject& s : r.subjects)
        addSubjectRow(s);

    fillReporter();
}

void CaseEditor::updateActions()
{
    auto offered = [this](std::initializer_list<Transition> ts) {
        for (Transition t : ts)
            if (m_work->check(m_report, t))
                return true;
        return false;
    };
    m_actions.value(QStringLiteral("triage"))->setEnabled(offered({ Transition::Triage }));
    m_actions.value(QStringLiteral("evidence"))->setEnabled(offered({ Transition::RequestEvidence }));
    m_actions.value(QStringLiteral("dispatch"))
        ->setEnabled(offered({ Transition::Transfer, Transition::Forward, Transition::AssignDown, Transition::ReportUp }));
    m_actions.value(QStringLiteral("move"))->setEnabled(!isTerminal(m_report.state));
    m_actions.value(QStringLiteral("feedback"))->setEnabled(m_report.realName());
    m_actions.value(QStringLiteral("review"))->setEnabled(offered({ Transition::Review }));
    for (const QString& key : { QStringLiteral("triage"), QStringLiteral("evidence"), QStringLiteral("dispatch"),
                                QStringLiteral("review") }) {
        QPushButton* b = m_actions.value(key);
        b->setToolTip(b->isEnabled() ? QString()
                                     : tr("Not possible in the state %1.").arg(CaseLabels::status(stateName(m_report.state))));
    }
}

QHash<QString, QString> CaseEditor::currentValues() const
{
    QHash<QString, QString> v;
    for (auto it = m_lines.begin(); it != m_lines.end(); ++it)
        v.insert(it.key(), it.value()->text().trimmed());
    v.insert(QStringLiteral("content"), m_content->toPlainText());
    v.insert(QStringLiteral("category"), m_category->currentData().toString());
    return v;
}

bool CaseEditor::isModified() const
{
    if (m_lockedOut)
        return false;
    const QHash<QString, QString> now = currentValues();
    for (auto it = now.begin(); it != now.end(); ++it)
        if (it.value() != m_loaded.value(it.key()))
            return true;
    return !subjectEdits().isEmpty();
}

Status CaseEditor::save()
{
    const QHash<QString, QString> now = currentValues();
    QList<std::pair<QString, QString>> changed;
    for (const QString& field : ReportStore::editableFields()) // the store's order
        if (now.contains(field) && now.value(field) != m_loaded.value(field))
            changed.append({ field, now.value(field) });
    const QList<SubjectEdit> subjects = subjectEdits();
    if (changed.isEmpty() && subjects.isEmpty())
        return {};
    const bool wasRestricted = m_report.restricted;
    if (Status s = m_work->reports().edit(m_report.id, changed, subjects, m_work->role()); !s)
        return s;
    auto after = m_work->reports().get(m_report.id);
    if (after && after->restricted && !ReportStore::canView(m_work->role(), *after)) {
        emit reportChanged(m_report.id);
        lockOut(tr("Saved. The report concerns the office's own principal leader: it is restricted to supervisors, "
                   "meeting chairs and administrators and goes to the higher office. Your role can no longer see it."));
        return {};
    }
    if (Status s = load(m_report.id); !s)
        return s;
    emit reportChanged(m_report.id);
    if (m_report.restricted && !wasRestricted) {
        m_message->setText(tr("Saved. The report concerns the office's own principal leader: it is now restricted and "
                              "can only be reported up to the higher office."));
        m_message->setStyleSheet(QString());
        m_message->show();
        return {};
    }
    m_message->setText(subjects.isEmpty() ? tr("Saved (%n field(s) changed).", nullptr, int(changed.size()))
                                          : tr("Saved (%n field(s) and the reported persons changed).", nullptr,
                                               int(changed.size())));
    m_message->setStyleSheet(QString());
    m_message->show();
    return {};
}

void CaseEditor::afterAction(int result)
{
    if (result != QDialog::Accepted)
        return;
    emit reportChanged(m_report.id);
    if (Status s = load(m_report.id); !s)
        showError(s.error());
}

void CaseEditor::openTriage()
{
    TriageDialog dialog(*m_work, m_report, this);
    afterAction(dialog.exec());
}

void CaseEditor::openEvidence()
{
    EvidenceDialog dialog(*m_work, m_report, this);
    afterAction(dialog.exec());
}

void CaseEditor::openDispatch()
{
    DispatchDialog dialog(*m_work, m_report, this);
    afterAction(dialog.exec());
}

void CaseEditor::openMove()
{
    MoveDialog dialog(*m_work, m_report, this);
    afterAction(dialog.exec());
}

void CaseEditor::openFeedback()
{
    FeedbackDialog dialog(*m_work, m_report, this);
    afterAction(dialog.exec());
}

void CaseEditor::openReview()
{
    ReviewDialog dialog(*m_work, m_report, this);
    afterAction(dialog.exec());
}

void CaseEditor::showError(const QString& message)
{
    m_message->setText(message);
    m_message->setStyleSheet(QStringLiteral("color: #b00020"));
    m_message->show();
}

void CaseEditor::dragEnterEvent(QDragEnterEvent* event)
{
    if (!m_report.id.isEmpty() && event->mimeData()->hasUrls())
        event->acceptProposedAction();
    else
        event->ignore();
}

void CaseEditor::dropEvent(QDropEvent* event)
{
    QStringList paths;
    for (const QUrl& url : event->mimeData()->urls())
        if (url.isLocalFile())
            paths << url.toLocalFile();
    event->acceptProposedAction();
    if (Status s = attachFiles(paths); !s)
        showError(s.error());
    else
        m_tabs->setCurrentIndex(2);
}

void CaseEditor::reject()
{
    if (isModified()) {
        const auto answer = QMessageBox::question(this, windowTitle(), tr("Save the changes to this report?"),
                                                  QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
        if (answer == QMessageBox::Cancel)
            return;
        if (answer == QMessageBox::Save) {
            if (Status s = save(); !s) {
                showError(s.error());
                return;
            }
        }
    }
    QDialog::reject();
}

} // namespace qf
