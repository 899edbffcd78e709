#include "ui/cases/IntakeDialog.h"

#include "models/CaseLabels.h"
#include "models/FollowUpCode.h"
#include "ui/cases/CaseWork.h"
#include "models/IdNumber.h"
#include "models/ProfileStore.h"
#include "models/Session.h"
#include "ui/scan/DocumentCameraDialog.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QTemporaryDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QMimeDatabase>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace qf {

namespace {

enum SubjectColumn { Name, Unit, Rank, Position, Leader, SubjectColumns };

} // namespace

IntakeDialog::IntakeDialog(Session& session, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_work(std::make_unique<CaseWork>(session))
    , m_repeats(std::make_unique<RepeatDetector>(m_work->reports()))
{
    setObjectName(QStringLiteral("intakeDialog"));
    setWindowTitle(tr("Register a report"));
    setAcceptDrops(true);
    resize(1120, 780);
    auto* layout = new QVBoxLayout(this);
    m_pages = new QStackedWidget(this);
    m_pages->addWidget(buildForm());
    m_pages->addWidget(buildResult());
    layout->addWidget(m_pages);
    channelChanged();
    reporterModeChanged();
}

IntakeDialog::~IntakeDialog() = default;

QStringList IntakeDialog::channels()
{
    return { QStringLiteral("letter"), QStringLiteral("phone"), QStringLiteral("forwarded"),
             QStringLiteral("handed_over") };
}

QWidget* IntakeDialog::buildForm()
{
    auto* page = new QWidget(this);
    auto* outer = new QVBoxLayout(page);
    auto* columns = new QHBoxLayout;

    // Left: how it came and what it says.
    auto* left = new QVBoxLayout;
    auto* how = new QGroupBox(tr("Intake"), page);
    auto* howForm = new QFormLayout(how);
    m_channel = new QComboBox(how);
    m_channel->setObjectName(QStringLiteral("intakeChannel"));
    for (const QString& c : channels())
        m_channel->addItem(CaseLabels::channel(c), c);
    howForm->addRow(tr("&Channel"), m_channel);
    m_received = new QDateTimeEdit(QDateTime::currentDateTime(), how);
    m_received->setObjectName(QStringLiteral("intakeReceived"));
    m_received->setCalendarPopup(true);
    m_received->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    howForm->addRow(tr("Recei&ved"), m_received);
    m_sourceLabel = new QLabel(tr("&Document number"), how);
    m_source = new QLineEdit(how);
    m_source->setObjectName(QStringLiteral("intake_source_id"));
    m_sourceLabel->setBuddy(m_source);
    howForm->addRow(m_sourceLabel, m_source);
    m_category = new QComboBox(how);
    m_category->setObjectName(QStringLiteral("intakeCategory"));
    for (const auto& [id, name] : m_work->categories())
        m_category->addItem(name, id);
    howForm->addRow(tr("Ca&tegory"), m_category);
    auto* region = new QLineEdit(how);
    region->setObjectName(QStringLiteral("intake_region"));
    m_lines.insert(QStringLiteral("region"), region);
    howForm->addRow(tr("Re&gion"), region);
    left->addWidget(how);

    auto* record = new QGroupBox(tr("The record (八何)"), page);
    auto* recordForm = new QFormLayout(record);
    const QList<std::pair<QString, QString>> fields {
        { QStringLiteral("who"), tr("Who (何人)") },          { QStringLiteral("what"), tr("What (何事)") },
        { QStringLiteral("when_text"), tr("When (何时)") },   { QStringLiteral("where_text"), tr("Where (何地)") },
        { QStringLiteral("why"), tr("Why (何因)") },          { QStringLiteral("result"), tr("Result (何果)") },
        { QStringLiteral("demand"), tr("Demand (何求)") },    { QStringLiteral("disposition"), tr("Disposition (何处理)") },
    };
    for (const auto& [field, label] : fields) {
        auto* e = new QLineEdit(record);
        e->setObjectName(QStringLiteral("intake_") + field);
        recordForm->addRow(label, e);
        m_lines.insert(field, e);
    }
    m_content = new QPlainTextEdit(record);
    m_content->setObjectName(QStringLiteral("intake_content"));
    m_content->setTabChangesFocus(true);
    recordForm->addRow(tr("Co&ntent"), m_content);
    left->addWidget(record, 1);
    columns->addLayout(left, 3);

    // Right: about whom, from whom, the scans.
    auto* right = new QVBoxLayout;
    auto* subjects = new QGroupBox(tr("Reported persons"), page);
    auto* subjectsLayout = new QVBoxLayout(subjects);
    m_subjects = new QTableWidget(0, SubjectColumns, subjects);
    m_subjects->setObjectName(QStringLiteral("intakeSubjects"));
    m_subjects->setHorizontalHeaderLabels({ tr("Name"), tr("Unit"), tr("Rank"), tr("Position"), tr("Own principal leader") });
    m_subjects->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_subjects->horizontalHeader()->setSectionResizeMode(Leader, QHeaderView::ResizeToContents);
    m_subjects->verticalHeader()->hide();
    m_subjects->setTabKeyNavigation(false);
    auto* subjectButtons = new QHBoxLayout;
    auto* addSubjectButton = new QPushButton(tr("&Add person"), subjects);
    auto* removeSubject = new QPushButton(tr("Remove"), subjects);
    subjectButtons->addWidget(addSubjectButton);
    subjectButtons->addWidget(removeSubject);
    subjectButtons->addStretch(1);
    subjectsLayout->addWidget(m_subjects);
    subjectsLayout->addLayout(subjectButtons);
    connect(addSubjectButton, &QPushButton::clicked, this, [this] {
        addSubject({});
        m_subjects->setCurrentCell(m_subjects->rowCount() - 1, Name);
        m_subjects->editItem(m_subjects->item(m_subjects->rowCount() - 1, Name));
    });
    connect(removeSubject, &QPushButton::clicked, this, [this] {
        if (m_subjects->currentRow() >= 0)
            m_subjects->removeRow(m_subjects->currentRow());
    });
    right->addWidget(subjects, 1);

    auto* reporter = new QGroupBox(tr("Reporter"), page);
    auto* reporterLayout = new QVBoxLayout(reporter);
    auto* modes = new QHBoxLayout;
    auto* anonymous = new QRadioButton(tr("Anon&ymous"), reporter);
    anonymous->setObjectName(QStringLiteral("intakeAnonymous"));
    auto* realName = new QRadioButton(tr("Rea&l name"), reporter);
    realName->setObjectName(QStringLiteral("intakeRealName"));
    m_mode = new QButtonGroup(this);
    m_mode->addButton(anonymous, 0);
    m_mode->addButton(realName, 1);
    anonymous->setChecked(true);
    modes->addWidget(anonymous);
    modes->addWidget(realName);
    modes->addStretch(1);
    reporterLayout->addLayout(modes);
    m_identityBox = new QGroupBox(reporter);
    m_identityBox->setFlat(true);
    auto* identityForm = new QFormLayout(m_identityBox);
    identityForm->setContentsMargins(0, 0, 0, 0);
    m_name = new QLineEdit(m_identityBox);
    m_name->setObjectName(QStringLiteral("intakeReporterName"));
    m_idNumber = new QLineEdit(m_identityBox);
    m_idNumber->setObjectName(QStringLiteral("intakeReporterId"));
    m_phone = new QLineEdit(m_identityBox);
    m_phone->setObjectName(QStringLiteral("intakeReporterPhone"));
    m_address = new QLineEdit(m_identityBox);
    identityForm->addRow(tr("Name"), m_name);
    identityForm->addRow(tr("ID number"), m_idNumber);
    identityForm->addRow(tr("Phone"), m_phone);
    identityForm->addRow(tr("Address"), m_address);
    reporterLayout->addWidget(m_identityBox);
    auto* sealed = new QLabel(tr("The identity is encrypted when saved and shown only to entitled roles."), reporter);
    sealed->setWordWrap(true);
    reporterLayout->addWidget(sealed);
    connect(m_mode, &QButtonGroup::idToggled, this, &IntakeDialog::reporterModeChanged);
    right->addWidget(reporter);

    m_filesBox = new QGroupBox(tr("Scanned pages and files"), page);
    auto* filesLayout = new QVBoxLayout(m_filesBox);
    auto* dropHint = new QLabel(tr("Drop PDF, JPEG or PNG files anywhere on this window, or choose them."), m_filesBox);
    dropHint->setWordWrap(true);
    m_fileList = new QListWidget(m_filesBox);
    m_fileList->setObjectName(QStringLiteral("intakeFiles"));
    auto* fileButtons = new QHBoxLayout;
    auto* choose = new QPushButton(tr("Choose &files…"), m_filesBox);
    auto* removeFile = new QPushButton(tr("Remove"), m_filesBox);
    auto* camera = new QPushButton(tr("Document ca&mera…"), m_filesBox);
    camera->setObjectName(QStringLiteral("intakeCamera"));
    fileButtons->addWidget(choose);
    fileButtons->addWidget(camera);
    fileButtons->addWidget(removeFile);
    fileButtons->addStretch(1);
    filesLayout->addWidget(dropHint);
    filesLayout->addWidget(m_fileList);
    filesLayout->addLayout(fileButtons);
    m_cameraState = new QLabel(m_filesBox);
    m_cameraState->setWordWrap(true);
    filesLayout->addWidget(m_cameraState);
    connect(choose, &QPushButton::clicked, this, [this] {
        const QStringList paths = QFileDialog::getOpenFileNames(this, tr("Attach scans"), {},
                                                                tr("Scans (*.pdf *.jpg *.jpeg *.png)"));
        if (Status s = addFiles(paths); !s)
            showError(s.error());
    });
    connect(camera, &QPushButton::clicked, this, [this] {
        DocumentCameraDialog dialog(nullptr, this);
        if (dialog.exec() == QDialog::Accepted)
            addCameraPages(dialog.pages());
    });
    connect(removeFile, &QPushButton::clicked, this, [this] {
        const int row = m_fileList->currentRow();
        if (row >= 0) {
            delete m_fileList->takeItem(row);
            m_files.removeAt(row);
        }
    });
    right->addWidget(m_filesBox, 1);
    columns->addLayout(right, 2);
    outer->addLayout(columns, 1);

    m_error = new QLabel(page);
    m_error->setObjectName(QStringLiteral("intakeError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    m_error->hide();
    outer->addWidget(m_error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, page);
    m_register = buttons->addButton(tr("&Register"), QDialogButtonBox::AcceptRole);
    m_register->setObjectName(QStringLiteral("intakeRegister"));
    m_register->setDefault(true);
    connect(m_register, &QPushButton::clicked, this, [this] {
        if (auto r = registerReport(); !r)
            showError(r.error());
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &IntakeDialog::reject);
    outer->addWidget(buttons);
    connect(m_channel, &QComboBox::currentIndexChanged, this, &IntakeDialog::channelChanged);
    return page;
}

QWidget* IntakeDialog::buildResult()
{
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    m_number = new QLabel(page);
    m_number->setObjectName(QStringLiteral("intakeNumber"));
    m_number->setTextFormat(Qt::RichText);
    m_number->setWordWrap(true);
    m_number->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_number);
    m_repeatHint = new QLabel(page);
    m_repeatHint->setWordWrap(true);
    layout->addWidget(m_repeatHint);
    m_repeatList = new QTreeWidget(page);
    m_repeatList->setObjectName(QStringLiteral("intakeRepeats"));
    m_repeatList->setRootIsDecorated(false);
    m_repeatList->setHeaderLabels({ tr("Earlier report"), tr("Received"), tr("Why"), tr("Decision") });
    m_repeatList->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_repeatList->header()->setStretchLastSection(true);
    layout->addWidget(m_repeatList, 2);
    auto* decide = new QHBoxLayout;
    m_newFacts = new QCheckBox(tr("It brings new facts"), page);
    m_confirm = new QPushButton(tr("&Confirm: it repeats this report"), page);
    m_confirm->setObjectName(QStringLiteral("intakeConfirmRepeat"));
    m_reject = new QPushButton(tr("Not a &repeat"), page);
    m_reject->setObjectName(QStringLiteral("intakeRejectRepeat"));
    decide->addWidget(m_newFacts);
    decide->addWidget(m_confirm);
    decide->addWidget(m_reject);
    decide->addStretch(1);
    layout->addLayout(decide);
    layout->addStretch(1); // keeps the number at the top when there is nothing to decide
    connect(m_confirm, &QPushButton::clicked, this, [this] {
        if (Status s = confirmRepeat(m_repeatList->indexOfTopLevelItem(m_repeatList->currentItem()), m_newFacts->isChecked()); !s)
            m_repeatHint->setText(s.error());
    });
    connect(m_reject, &QPushButton::clicked, this, [this] {
        if (Status s = rejectRepeat(m_repeatList->indexOfTopLevelItem(m_repeatList->currentItem())); !s)
            m_repeatHint->setText(s.error());
    });
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, page);
    auto* open = buttons->addButton(tr("&Open the report"), QDialogButtonBox::ActionRole);
    auto* another = buttons->addButton(tr("Register &another"), QDialogButtonBox::ActionRole);
    connect(open, &QPushButton::clicked, this, [this] {
        emit openReport(m_registered.id);
        accept();
    });
    connect(another, &QPushButton::clicked, this, &IntakeDialog::reset);
    connect(buttons, &QDialogButtonBox::rejected, this, &IntakeDialog::accept);
    layout->addWidget(buttons);
    return page;
}

void IntakeDialog::setChannel(const QString& channel)
{
    m_channel->setCurrentIndex(m_channel->findData(channel));
}

void IntakeDialog::setField(const QString& field, const QString& value)
{
    if (field == QLatin1String("content"))
        m_content->setPlainText(value);
    else if (field == QLatin1String("source_id"))
        m_source->setText(value);
    else if (QLineEdit* e = m_lines.value(field))
        e->setText(value);
}

void IntakeDialog::addSubject(const SubjectDraft& s)
{
    const int row = m_subjects->rowCount();
    m_subjects->insertRow(row);
    m_subjects->setItem(row, Name, new QTableWidgetItem(s.name));
    m_subjects->setItem(row, Unit, new QTableWidgetItem(s.unit));
    m_subjects->setItem(row, Rank, new QTableWidgetItem(s.rank));
    m_subjects->setItem(row, Position, new QTableWidgetItem(s.position));
    auto* leader = new QTableWidgetItem;
    leader->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
    leader->setCheckState(s.principalLeader ? Qt::Checked : Qt::Unchecked);
    leader->setToolTip(tr("The office's own principal leader: the report goes to the higher office and is restricted."));
    m_subjects->setItem(row, Leader, leader);
}

void IntakeDialog::setRealName(const PersonIdentity& reporter)
{
    m_mode->button(1)->setChecked(true);
    m_name->setText(reporter.name);
    m_idNumber->setText(reporter.idNumber);
    m_phone->setText(reporter.phone);
    m_address->setText(reporter.address);
}

void IntakeDialog::channelChanged()
{
    const QString c = m_channel->currentData().toString();
    const bool forwarded = c == QLatin1String("forwarded") || c == QLatin1String("handed_over");
    m_sourceLabel->setVisible(forwarded);
    m_source->setVisible(forwarded);
    m_filesBox->setTitle(c == QLatin1String("letter") ? tr("Scanned pages of the letter") : tr("Files"));
}

void IntakeDialog::reporterModeChanged()
{
    m_identityBox->setEnabled(m_mode->checkedId() == 1);
}

bool IntakeDialog::isAcceptedFile(const QString& path)
{
    static const QStringList suffixes { QStringLiteral("pdf"), QStringLiteral("jpg"), QStringLiteral("jpeg"),
                                        QStringLiteral("png") };
    const QFileInfo info(path);
    if (!info.isFile() || !suffixes.contains(info.suffix().toLower()))
        return false;
    // The content decides, not the name: a renamed or broken file would fail later in the
    // viewer and in the archive.
    static const QStringList types { QStringLiteral("application/pdf"), QStringLiteral("image/jpeg"),
                                     QStringLiteral("image/png") };
    return types.contains(QMimeDatabase().mimeTypeForFile(path, QMimeDatabase::MatchContent).name());
}

Status IntakeDialog::addFiles(const QStringList& paths)
{
    QStringList refused;
    for (const QString& path : paths) {
        if (!isAcceptedFile(path)) {
            refused << QFileInfo(path).fileName();
            continue;
        }
        if (m_files.contains(path))
            continue;
        m_files << path;
        const QFileInfo info(path);
        new QListWidgetItem(QStringLiteral("%1  (%2 KB)").arg(info.fileName()).arg((info.size() + 1023) / 1024), m_fileList);
    }
    if (!refused.isEmpty())
        return Error { tr("Only PDF, JPEG and PNG files can be attached; not taken: %1").arg(refused.join(QStringLiteral(", "))) };
    return {};
}

void IntakeDialog::dragEnterEvent(QDragEnterEvent* event)
{
    if (event->mimeData()->hasUrls()) {
        for (const QUrl& url : event->mimeData()->urls())
            if (url.isLocalFile() && isAcceptedFile(url.toLocalFile())) {
                event->acceptProposedAction();
                return;
            }
    }
    event->ignore();
}

void IntakeDialog::dropEvent(QDropEvent* event)
{
    QStringList paths;
    for (const QUrl& url : event->mimeData()->urls())
        if (url.isLocalFile())
            paths << url.toLocalFile();
    if (Status s = addFiles(paths); !s)
        showError(s.error());
    event->acceptProposedAction();
}

ReportDraft IntakeDialog::draft() const
{
    ReportDraft d;
    d.channel = m_channel->currentData().toString();
    d.receivedAt = m_received->dateTime().toUTC();
    auto profile = m_session.profile().load();
    if (profile)
        d.orgId = profile->orgId;
    d.categoryId = m_category->currentData().toString();
    if (d.channel == QLatin1String("forwarded") || d.channel == QLatin1String("handed_over"))
        d.sourceId = m_source->text().trimmed();
    auto text = [this](const char* field) { return m_lines.value(QLatin1String(field))->text().trimmed(); };
    d.region = text("region");
    d.who = text("who");
    d.what = text("what");
    d.whenText = text("when_text");
    d.whereText = text("where_text");
    d.why = text("why");
    d.result = text("result");
    d.demand = text("demand");
    d.disposition = text("disposition");
    d.content = m_content->toPlainText().trimmed();
    for (int row = 0; row < m_subjects->rowCount(); ++row) {
        auto cell = [&](int column) { return m_subjects->item(row, column) ? m_subjects->item(row, column)->text().trimmed() : QString(); };
        SubjectDraft s { cell(Name), cell(Unit), cell(Rank), cell(Position),
                         m_subjects->item(row, Leader) && m_subjects->item(row, Leader)->checkState() == Qt::Checked };
        if (s.name.isEmpty() && s.unit.isEmpty() && s.rank.isEmpty() && s.position.isEmpty())
            continue; // an empty row left behind
        d.subjects << s;
    }
    if (m_mode->checkedId() == 1) {
        PersonIdentity p;
        p.name = m_name->text().trimmed();
        p.idNumber = IdNumber::normalize(m_idNumber->text());
        p.phone = m_phone->text().trimmed();
        p.address = m_address->text().trimmed();
        d.reporter = p;
    }
    return d;
}

Result<RegisteredReport> IntakeDialog::registerReport()
{
    if (!m_registered.id.isEmpty())
        return Error { tr("This report is already registered as %1.").arg(m_registered.regNo) };
    // The report, its reporter, its scans and the repeat proposals in one transaction: when
    // anything fails nothing is registered and the form stays as it is.
    Registration r;
    r.draft = draft();
    for (const QString& path : std::as_const(m_files)) {
        r.files << RegistrationFile { path, {}, {}, QStringLiteral("scan") };
        // Pages taken here carry their recognition, shown beside them in the case.
        if (m_recognitions.contains(path))
            r.files << RegistrationFile { {}, m_recognitions.value(path),
                                          QFileInfo(path).completeBaseName() + QStringLiteral(".ocr.json"),
                                          QStringLiteral("ocr") };
    }
    auto added = m_session.registrar().registerReport(r);
    if (!added)
        return added.failure();
    m_registered = RegisteredReport { added->id, added->regNo };
    m_proposals = added->proposals;
    m_followUpCode = added->followUpCode;
    showResult();
    emit reportRegistered(m_registered.id);
    return m_registered;
}

void IntakeDialog::showResult()
{
    QString text = QStringLiteral("<p>%1</p><p style='font-size:x-large'><b>%2</b></p><p>%3</p>")
                       .arg(tr("Registered. Registration number:").toHtmlEscaped(), m_registered.regNo.toHtmlEscaped(),
                            tr("%n file(s) attached.", nullptr, int(m_files.size())).toHtmlEscaped());
    // The code exists in clear only now: it is told to the caller or written into the
    // acceptance letter, and kept nowhere but as its hash.
    if (!m_followUpCode.isEmpty())
        text += QStringLiteral("<p>%1 <b style='font-size:large'>%2</b></p><p><small>%3</small></p>")
                    .arg(tr("Follow-up code for the reporter:").toHtmlEscaped(),
                         FollowUpCode::grouped(m_followUpCode).toHtmlEscaped(),
                         tr("Tell it to the reporter or write it into the acceptance letter now: it is shown only "
                            "this once. With it the reporter can follow the stage of the report.")
                             .toHtmlEscaped());
    m_number->setText(text);
    m_repeatList->clear();
    for (const RepeatProposal& p : std::as_const(m_proposals))
        new QTreeWidgetItem(m_repeatList, { p.regNo, p.receivedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd")),
                                            p.reasons().join(QStringLiteral("；")), QString() });
    const bool any = !m_proposals.isEmpty();
    m_repeatHint->setText(any ? tr("This report may repeat an earlier one. Choose the report and confirm, or say it is "
                                   "not a repeat.")
                              : tr("No earlier report looks like a repeat of this one."));
    m_repeatList->setVisible(any);
    m_newFacts->setVisible(any);
    m_confirm->setVisible(any);
    m_reject->setVisible(any);
    if (any)
        m_repeatList->setCurrentItem(m_repeatList->topLevelItem(0));
    m_pages->setCurrentIndex(1);
}

void IntakeDialog::decided(int row, const QString& text)
{
    if (QTreeWidgetItem* item = m_repeatList->topLevelItem(row)) {
        item->setText(3, text);
        item->setDisabled(true);
    }
}

Status IntakeDialog::confirmRepeat(int row, bool newFacts)
{
    if (row < 0 || row >= m_proposals.size())
        return Error { tr("Choose the earlier report first.") };
    if (Status s = m_repeats->confirm(m_registered.id, m_proposals[row].reportId, newFacts, m_work->actor()); !s)
        return s;
    decided(row, newFacts ? tr("repeat with new facts") : tr("repeat, kept on file"));
    m_confirm->setEnabled(false); // one report repeats one earlier report
    return {};
}

Status IntakeDialog::rejectRepeat(int row, const QString& note)
{
    if (row < 0 || row >= m_proposals.size())
        return Error { tr("Choose the earlier report first.") };
    if (Status s = m_repeats->reject(m_registered.id, m_proposals[row].reportId, note, m_work->actor()); !s)
        return s;
    decided(row, tr("not a repeat"));
    return {};
}

void IntakeDialog::showError(const QString& message)
{
    m_error->setText(message);
    m_error->show();
}

void IntakeDialog::reset()
{
    m_registered = {};
    m_proposals.clear();
    m_files.clear();
    m_fileList->clear();
    for (QLineEdit* e : std::as_const(m_lines))
        e->clear();
    m_content->clear();
    m_source->clear();
    m_subjects->setRowCount(0);
    for (QLineEdit* e : { m_name, m_idNumber, m_phone, m_address })
        e->clear();
    m_mode->button(0)->setChecked(true);
    m_received->setDateTime(QDateTime::currentDateTime());
    m_error->hide();
    m_confirm->setEnabled(true);
    m_pages->setCurrentIndex(0);
}

} // namespace qf
