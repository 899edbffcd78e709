#include "ui/checkin/CheckInWorkspace.h"

#include "ui/WorkspaceIcons.h"
#include "models/Representatives.h"
#include "ui/Log.h"

#include "models/AttachmentStore.h"
#include "ui/checkin/DeskSettingsDialog.h"
#include "ui/checkin/DocumentPrinter.h"
#include "ui/checkin/HistoryPanel.h"
#include "ui/checkin/ReceiptDocument.h"
#include "ui/checkin/PhotoPanel.h"
#include "models/ProfileStore.h"
#include "ui/checkin/QueuePanel.h"
#include "ui/checkin/RecorderPanel.h"
#include "models/ReportStore.h"
#include "models/ScopeRuleStore.h"
#include "ui/checkin/ScopeRulesDialog.h"
#include "models/Session.h"
#include "models/Settings.h"
#include "ui/checkin/VisitRecordPanel.h"
#include "models/VisitStore.h"
#include "models/VisitorHistory.h"
#include "models/Role.h"
#include "ui/checkin/VisitorPanel.h"
#include "app/devices/camera/QtCamera.h"
#include "app/devices/idcard/SamIdCardReader.h"
#include "app/devices/idcard/WltDecoder.h"
#include "app/print/DocumentPdf.h"
#include "app/print/PrintTemplates.h"
#include "models/DocumentNumbers.h"
#include "app/print/QrCode.h"
#include "models/FollowUpCode.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QStyle>
#include <QVBoxLayout>

namespace qf {

CheckInWorkspace::CheckInWorkspace(Session& session, QWidget* parent)
    : Workspace(parent)
    , m_session(session)
    , m_reports(&session.reports())
    , m_visits(&session.visits())
    , m_rules(&session.scopeRules())
    , m_lookup(std::make_unique<VisitorHistoryLookup>(session.writer(), session.persons(), session.vault(),
                                                      session.audit()))
    , m_attachments(&session.attachments())
    , m_registrar(std::make_unique<VisitRegistrar>(session.persons(), session.registrar(), *m_reports, *m_visits))
    , m_templates(std::make_unique<PrintTemplates>(PrintTemplates::defaultFolder(session.database().path())))
    , m_settings(DeskSettings::load())
{
    setObjectName(QStringLiteral("checkInWorkspace"));
    m_confirm = [this](const ScopeMatch& m) {
        return QMessageBox::question(this, tr("Outside the office's remit?"),
                                     tr("The matter looks like \"%1\", which %2 handles.\n\nRegister the visit as "
                                        "referred out of scope and print the notice of lawful referral?")
                                         .arg(m.rule.category, m.rule.body),
                                     QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes)
            == QMessageBox::Yes;
    };
    buildUi();
    setCamera(std::make_unique<QtCamera>());
    applySettings();
    restartReader();
    refreshQueue();
}

CheckInWorkspace::~CheckInWorkspace() = default;

QIcon CheckInWorkspace::icon() const
{
    return workspaceIcon(QChar(0x8BBF), QColor(0x2e, 0x7d, 0x32)); // 访
}

void CheckInWorkspace::buildUi()
{
    auto* layout = new QVBoxLayout(this);
    auto* top = new QHBoxLayout;
    m_readerStatus = new QLabel(this);
    m_readerStatus->setObjectName(QStringLiteral("readerStatus"));
    m_readerStatus->setMinimumHeight(28);
    auto* devices = new QPushButton(tr("Devices…"), this);
    devices->setObjectName(QStringLiteral("deskDevices"));
    auto* rules = new QPushButton(tr("Scope r&ules…"), this);
    rules->setObjectName(QStringLiteral("scopeRulesButton"));
    auto* fresh = new QPushButton(tr("New visitor (Ctrl+N)"), this);
    auto* reg = new QPushButton(tr("Re&gister (Ctrl+Enter)"), this);
    reg->setObjectName(QStringLiteral("registerVisit"));
    reg->setDefault(true);
    reg->setStyleSheet(QStringLiteral("font-weight: bold;"));
    top->addWidget(m_readerStatus, 1);
    top->addWidget(devices);
    top->addWidget(rules);
    top->addWidget(fresh);
    top->addWidget(reg);
    layout->addLayout(top);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("deskMessage"));
    m_message->setWordWrap(true);
    layout->addWidget(m_message);

    auto* columns = new QHBoxLayout;
    auto* left = new QVBoxLayout;
    m_visitor = new VisitorPanel(this);
    m_photo = new PhotoPanel(this);
    m_history = new HistoryPanel(this);
    auto* identity = new QHBoxLayout;
    identity->addWidget(m_visitor, 1);
    identity->addWidget(m_photo);
    left->addLayout(identity);
    left->addWidget(m_history, 1);
    m_record = new VisitRecordPanel(this);
    auto* right = new QVBoxLayout;
    m_queue = new QueuePanel(this);
    m_recorder = new RecorderPanel(this);
    right->addWidget(m_queue, 1);
    right->addWidget(m_recorder);
    columns->addLayout(left, 5);
    columns->addWidget(m_record, 5);
    columns->addLayout(right, 3);
    layout->addLayout(columns, 1);

    m_queue->setRooms(m_settings.rooms);
    if (auto list = m_rules->list())
        m_record->setRules(*list);
    setKeyboardOrder();

    auto key = [this](QKeySequence seq, auto slot) {
        auto* s = new QShortcut(seq, this, this, slot);
        s->setContext(Qt::WidgetWithChildrenShortcut);
    };
    key(QKeySequence(Qt::Key_F2), [this] { (void)issueTicket(); });
    key(QKeySequence(Qt::Key_F3), [this] { m_visitor->beginManualEntry(); });
    key(QKeySequence(Qt::Key_F5), [this] { (void)callNext(); });
    key(QKeySequence(Qt::Key_F6), [this] { m_photo->cameraAction(); });
    key(QKeySequence(Qt::Key_F8), [this] { (void)endConversation(); });
    key(QKeySequence(Qt::Key_F9), [this] { m_recorder->toggle(); });
    key(QKeySequence(Qt::CTRL | Qt::Key_Return), [this] { (void)registerVisit(); });
    key(QKeySequence(Qt::CTRL | Qt::Key_Enter), [this] { (void)registerVisit(); });
    key(QKeySequence(Qt::CTRL | Qt::Key_N), [this] { newVisitor(); });

    connect(devices, &QPushButton::clicked, this, &CheckInWorkspace::openDeskSettings);
    connect(rules, &QPushButton::clicked, this, &CheckInWorkspace::openScopeRules);
    connect(fresh, &QPushButton::clicked, this, &CheckInWorkspace::newVisitor);
    connect(reg, &QPushButton::clicked, this, [this] { (void)registerVisit(); });
    connect(m_queue, &QueuePanel::issueTicketRequested, this, [this] { (void)issueTicket(); });
    connect(m_queue, &QueuePanel::callNextRequested, this, [this] { (void)callNext(); });
    connect(m_queue, &QueuePanel::endRequested, this, [this] { (void)endConversation(); });
    connect(m_visitor, &VisitorPanel::idNumberReady, this, [this](const QString& id) {
        if (!m_visitor->fromCard())
            lookUp(id);
    });
    connect(m_visitor, &VisitorPanel::idNumberCleared, m_history, &HistoryPanel::clear);
    connect(m_history, &HistoryPanel::openKeyFileRequested, this, &CheckInWorkspace::openKeyFile);
    connect(m_history, &HistoryPanel::revealRequested, this, &CheckInWorkspace::revealIdentity);
    connect(m_history, &HistoryPanel::reprintReceiptRequested, this, &CheckInWorkspace::reprintReceipt);
}

// Tab (and Enter in one-line fields) goes the way a registration is typed: the identity
// fields a card does not fill first, then the matter and the rest of the 八何, the kind of
// visit, and last the fields the ID number fills by itself.
void CheckInWorkspace::setKeyboardOrder()
{
    const char* const order[] = { "visitorName", "visitorIdNumber", "visitorPhone", "visitorAddress",
                                  "matter", "who", "whenText", "whereText", "why", "resultText", "demand",
                                  "visitKind", "headCount", "representatives", "companions", "scopeCategory",
                                  "cardType", "visitorSex", "visitorEthnicity", "visitorBirthDate" };
    QWidget* previous = nullptr;
    for (const char* name : order) {
        auto* w = findChild<QWidget*>(QString::fromLatin1(name));
        Q_ASSERT(w);
        if (previous && w)
            setTabOrder(previous, w);
        if (w)
            previous = w;
    }
}

void CheckInWorkspace::activated()
{
    refreshQueue();
    if (auto list = m_rules->list())
        m_record->setRules(*list);
    // A card read while another screen was shown: carry on with the matter.
    m_visitor->name().isEmpty() ? m_visitor->focusName() : m_record->focusMatter();
}

void CheckInWorkspace::setDeskSettings(const DeskSettings& settings)
{
    m_settings = settings;
    applySettings();
    restartReader();
}

void CheckInWorkspace::applySettings()
{
    m_queue->setRooms(m_settings.rooms);
    m_visits->setTicketPrefix(m_settings.ticketPrefix);
    m_wlt = std::make_unique<WltDecoder>(m_settings.wltLibrary);
}

void CheckInWorkspace::setCamera(std::unique_ptr<Camera> camera)
{
    m_photo->setCamera(camera.get());
    m_camera = std::move(camera);
}

void CheckInWorkspace::clearVisitor()
{
    m_visitor->clear();
    m_photo->clear();
    m_history->clear();
    m_record->clear();
}

void CheckInWorkspace::restartReader()
{
    m_reader.reset();
    m_readerConnected = false; // a reader set up anew is not one that went away
    if (m_settings.readerPort.isEmpty()) {
        showReaderState(IdCardReader::State::Stopped, tr("No ID-card reader configured (Devices…)."));
        return;
    }
    SamIdCardReader::Options o;
    o.portPath = m_settings.readerPort;
    m_reader = std::make_unique<SamIdCardReader>(o);
    connect(m_reader.get(), &IdCardReader::cardRead, this, &CheckInWorkspace::handleCard);
    connect(m_reader.get(), &IdCardReader::statusChanged, this, &CheckInWorkspace::showReaderState);
    connect(m_reader.get(), &IdCardReader::error, this, [this](const QString& message) {
        m_readerError = message;
        showMessage(message, true);
    });
    m_reader->start();
}
void CheckInWorkspace::showReaderState(IdCardReader::State state, const QString& message)
{
    QString colour = QStringLiteral("#757575");
    QString label;
    bool connected = false;
    switch (state) {
    case IdCardReader::State::WaitingForCard:
    case IdCardReader::State::Reading:
    case IdCardReader::State::RemoveCard:
        colour = QStringLiteral("#2e7d32");
        label = tr("Reader connected");
        connected = true;
        break;
    case IdCardReader::State::Connecting:
        colour = QStringLiteral("#ef6c00");
        label = tr("Reader connecting");
        break;
    case IdCardReader::State::NotResponding:
        colour = QStringLiteral("#c62828");
        label = tr("Reader not responding, reconnecting");
        break;
    case IdCardReader::State::Stopped:
        label = tr("Reader off");
        break;
    }
    // One state on the desk: the banner says it, and the message line does not keep saying
    // the opposite once the reader is back.
    if (connected && !m_readerError.isEmpty()) {
        if (m_message->text() == m_readerError)
            showMessage(tr("The ID card reader is connected again."), false);
        m_readerError.clear();
    }
    // The reader went away: the last card's data leaves the form (it was never registered;
    // the card can be put on again), so that nobody registers the next visitor under it.
    if (!connected && m_readerConnected && m_visitor->fromCard() && m_currentVisitId.isEmpty()) {
        m_visitor->clear();
        m_photo->clear();
        m_history->clear();
        showMessage(tr("The ID card reader went away; the last card's data was cleared from the form. "
                       "Put the card on again once the reader is back."),
                    true);
        m_readerError = m_message->text();
    }
    m_readerConnected = connected;
    m_readerStatus->setText(QStringLiteral("● %1 — %2").arg(label, message));
    m_readerStatus->setStyleSheet(QStringLiteral("color: white; background: %1; padding: 4px 8px; "
                                                 "border-radius: 3px; font-weight: bold;")
                                      .arg(colour));
}

void CheckInWorkspace::showMessage(const QString& text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #b00020; font-weight: bold;") : QStringLiteral("color: #1b5e20;"));
}

QString CheckInWorkspace::message() const
{
    return m_message->text();
}

void CheckInWorkspace::handleCard(const IdCardData& card)
{
    if (!m_currentVisitId.isEmpty() && !m_visitor->name().isEmpty()) {
        // A card during a conversation belongs to the next arrival: start afresh.
        m_currentVisitId.clear();
        m_queue->showCurrent(nullptr);
    }
    m_record->clear();
    m_visitor->fillFromCard(card);
    m_photo->showCardPhoto(card.photoWlt, m_wlt.get());
    lookUp(card.idNumber);
    if (m_visitor->cardExpired())
        showMessage(tr("This ID card expired on %1. The visit is registered all the same; tell the visitor to "
                       "renew the card.")
                        .arg(card.validUntil.toString(Qt::ISODate)),
                    true);
    m_record->focusMatter();
    Q_EMIT cardShown();
}

void CheckInWorkspace::lookUp(const QString& idNumber)
{
    auto h = m_lookup->byIdNumber(idNumber);
    if (!h) {
        showMessage(h.error(), true);
        m_history->clear();
        return;
    }
    m_history->showHistory(*h);
    if (h->keyPetitioner)
        showMessage(tr("Key petitioner: see the file before the conversation."), true);
}

Result<QString> CheckInWorkspace::personForVisit()
{
    const QByteArray photo = m_photo->photo();
    if (!m_history->history().personIds.isEmpty()) {
        const QString known = m_history->history().personIds.first();
        // A new photo (card or camera) replaces the one on file.
        if (!photo.isEmpty())
            if (Status s = m_session.persons().setPhoto(known, photo); !s)
                return s.failure();
        return known;
    }
    PersonIdentity p = m_visitor->identity();
    if (p.name.isEmpty() && p.idNumber.isEmpty())
        return QString();
    p.photo = photo;
    if (!photo.isEmpty())
        p.details.insert(QStringLiteral("photo_source"),
                         m_photo->source() == PhotoPanel::Source::Camera ? QStringLiteral("camera") : QStringLiteral("card"));
    // The card's own photo bytes are kept even when they cannot be decoded here.
    if (!m_photo->rawWlt().isEmpty())
        p.details.insert(QStringLiteral("photo_wlt"), QString::fromLatin1(m_photo->rawWlt().toBase64()));
    auto id = m_session.persons().add(p, PersonRoles { .reporter = true, .visitor = true });
    if (!id)
        return id.failure();
    VisitorHistory h;
    h.personIds = { *id };
    m_history->showHistory(h);
    return *id;
}

Result<Visit> CheckInWorkspace::issueTicket()
{
    if (const QString problem = m_visitor->idProblem(); !problem.isEmpty()) {
        showMessage(tr("The ID number is not valid: %1").arg(problem), true);
        return Error { problem };
    }
    Visit v;
    auto person = personForVisit();
    if (!person) {
        showMessage(person.error(), true);
        return person.failure();
    }
    v.personId = *person;
    v.kind = m_record->kind();
    v.headCount = m_record->headCount();
    v.representatives = m_record->representatives();
    v.companions = m_record->companions();
    const int before = m_queue->waitingCount();
    auto visit = m_visits->arrive(v);
    if (!visit) {
        showMessage(visit.error(), true);
        return visit;
    }
    // A ticket carries no identity: number, time, people ahead, the office.
    auto printed = printForm(QStringLiteral("ticket"),
                             { { QStringLiteral("ticket_no"), printedTicketNo(visit->ticketNo, m_settings.ticketPrefix) },
                               { QStringLiteral("arrived_at"),
                                 visit->arrivedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) },
                               { QStringLiteral("waiting_before"), QString::number(before) } });
    showMessage(!printed ? printed.error()
                         : *printed ? tr("Ticket %1 issued.").arg(visit->ticketNo)
                                    : tr("Ticket %1 issued; it was not printed.").arg(visit->ticketNo),
                !printed);
    clearVisitor();
    refreshQueue();
    m_visitor->focusName();
    return visit;
}

Result<Visit> CheckInWorkspace::callNext()
{
    auto visit = m_visits->callNext(m_queue->room());
    if (!visit) {
        showMessage(visit.error(), true);
        return visit;
    }
    m_currentVisitId = visit->id;
    m_visitor->clear();
    m_photo->clear();
    m_record->clear();
    if (!visit->personId.isEmpty()) {
        auto h = m_lookup->byPersons({ visit->personId });
        if (h)
            m_history->showHistory(*h);
    } else {
        m_history->clear();
    }
    m_queue->showCurrent(&*visit);
    refreshQueue();
    showMessage(tr("Ticket %1, please come to %2.").arg(visit->ticketNo, visit->room));
    m_record->focusMatter();
    return visit;
}

Status CheckInWorkspace::endConversation()
{
    if (m_currentVisitId.isEmpty())
        return Error { tr("Nobody is in conversation.") };
    m_recorder->finish();
    Status s = m_visits->end(m_currentVisitId);
    showMessage(s ? tr("Conversation ended. Register the visit (Ctrl+Enter).") : s.error(), !s);
    return s;
}

Result<RegisteredVisit> CheckInWorkspace::registerVisit()
{
    if (const QString problem = m_visitor->idProblem(); !problem.isEmpty()) {
        showMessage(tr("The ID number is not valid: %1").arg(problem), true);
        return Error { problem };
    }
    if (m_record->what().isEmpty()) {
        showMessage(tr("Write down what the matter is (何事) before registering."), true);
        m_record->focusMatter();
        return Error { m_message->text() };
    }
    if (m_record->kind() == QLatin1String("group"))
        if (Status s = Representatives::check(m_record->representativeList(), m_record->headCount()); !s) {
            showMessage(s.error(), true);
            return s.failure();
        }
    const auto profile = m_session.profile().load();
    VisitRegistration r;
    r.visitId = m_currentVisitId;
    auto person = personForVisit();
    if (!person) {
        showMessage(person.error(), true);
        return person.failure();
    }
    r.personId = *person;
    r.kind = m_record->kind();
    r.headCount = m_record->headCount();
    r.representatives = m_record->representatives();
    r.companions = m_record->companions();
    r.room = m_queue->room();
    r.orgId = profile ? profile->orgId : QString();
    r.who = m_record->who();
    r.what = m_record->what();
    r.whenText = m_record->whenText();
    r.whereText = m_record->whereText();
    r.why = m_record->why();
    r.result = m_record->result();
    r.demand = m_record->demand();
    if (const auto match = m_record->scopeCheck(); match && m_confirm(*match))
        r.outOfScope = match;
    r.recordingPath = m_recorder->takeRecording();
    const Actor actor { m_session.userId(), profile ? profile->role : QStringLiteral("receptionist") };
    auto done = m_registrar->registerVisit(r, actor);
    if (!done) {
        showMessage(done.error(), true);
        return done;
    }
    const QString today = DocumentPdf::documentDate(QDate::currentDate());
    const Settings office(m_session.writer());
    const QString statusPage = office.text(Settings::Key::StatusPageUrl);
    const QString followUpHint = FollowUpCode::hint(statusPage, office.text(Settings::Key::OfficePhone));
    const QString followUpQr = QrCode::dataUrl(FollowUpCode::scanText(statusPage, done->followUpCode), 4);
    Result<bool> printed = false;
    if (done->outOfScope)
        printed = printForm(QStringLiteral("referral"),
                            { { QStringLiteral("reg_no"), done->regNo },
                              { QStringLiteral("followup_code"), FollowUpCode::grouped(done->followUpCode) },
                              { QStringLiteral("followup_qr"), followUpQr },
                              { QStringLiteral("followup_hint"), followUpHint },
                              { QStringLiteral("addressee"),
                                DocumentPdf::addressee(m_visitor->name(),
                                                       office.value(Settings::Key::AddressComrade).toBool()) },
                              { QStringLiteral("date"), today },
                              { QStringLiteral("category"), r.outOfScope->rule.category },
                              { QStringLiteral("matter"), r.what.left(60) },
                              { QStringLiteral("body"), done->referredTo },
                              { QStringLiteral("keyword"), r.outOfScope->keyword } },
                            done->reportId);
    else {
        // The same receipt as a reprint gives, with the follow-up code this once.
        auto facts = ReceiptDocument::facts(m_session, done->reportId);
        auto html = facts ? ReceiptDocument::html(m_session, *m_templates, *facts, done->followUpCode, false)
                          : Result<QString>(facts.failure());
        printed = html ? printHtml(QStringLiteral("receipt"), *html) : Result<bool>(html.failure());
    }
    qCInfo(lcDesk) << "visit registered" << done->visitId << (done->outOfScope ? "out of scope" : "accepted");
    // Say only what happened: a closed preview printed nothing.
    QString text;
    if (done->outOfScope)
        text = printed && *printed
            ? tr("Registered as %1 and referred to %2; the notice of lawful referral is printed.").arg(done->regNo, done->referredTo)
            : tr("Registered as %1 and referred to %2; the notice of lawful referral was not printed.").arg(done->regNo, done->referredTo);
    else
        text = printed && *printed ? tr("Registered as %1; the receipt is printed.").arg(done->regNo)
                                   : tr("Registered as %1; the receipt was not printed.").arg(done->regNo);
    showMessage(printed ? text : text + QLatin1Char(' ') + printed.error(), !printed);
    Q_EMIT registered(*done);
    m_currentVisitId.clear();
    m_queue->showCurrent(nullptr);
    clearVisitor();
    refreshQueue();
    m_visitor->focusName();
    return done;
}

void CheckInWorkspace::newVisitor()
{
    m_currentVisitId.clear();
    m_queue->showCurrent(nullptr);
    clearVisitor();
    m_recorder->discard();
    showMessage(QString());
    m_visitor->focusName();
}

void CheckInWorkspace::refreshQueue()
{
    if (auto list = m_visits->waiting())
        m_queue->showWaiting(*list);
}

QString CheckInWorkspace::printedTicketNo(const QString& ticketNo, const QString& chosenPrefix)
{
    if (!chosenPrefix.trimmed().isEmpty())
        return ticketNo;
    const qsizetype dash = ticketNo.lastIndexOf(QLatin1Char('-'));
    return dash < 0 ? ticketNo : ticketNo.mid(dash + 1);
}

Result<bool> CheckInWorkspace::printForm(const QString& name, QHash<QString, QString> values, const QString& reportId)
{
    Settings settings(m_session.writer());
    values.insert(QStringLiteral("office_name"), settings.text(Settings::Key::OfficeName));
    values.insert(QStringLiteral("office_address"), settings.text(Settings::Key::OfficeAddress));
    values.insert(QStringLiteral("office_phone"), settings.text(Settings::Key::OfficePhone));
    // Letters carry the office's 文号 and are kept with the report once issued; the ticket is
    // a slip, not a document.
    if (name != QLatin1String("ticket") && !reportId.isEmpty()) {
        DocumentPrinter::Issue doc;
        doc.kind = name;
        doc.reportId = reportId;
        doc.title = name == QLatin1String("referral") ? QStringLiteral("依法分类告知单") : name;
        doc.html = [this, name, values](const QString& docNo) {
            QHash<QString, QString> v = values;
            v.insert(QStringLiteral("doc_no"), docNo);
            return m_templates->render(name, v);
        };
        auto done = DocumentPrinter::issue(m_session, doc, m_settings.printTarget, m_settings.pdfFolder, this);
        if (!done)
            return done.failure();
        if (!done->pdfPath.isEmpty())
            m_lastPrintout = done->pdfPath;
        if (!done->warning.isEmpty())
            return Error { done->warning };
        return done->printed;
    }
    auto html = m_templates->render(name, values);
    if (!html)
        return html.failure();
    return printHtml(name, *html);
}

Result<bool> CheckInWorkspace::printHtml(const QString& name, const QString& html)
{
    const DocumentPdf::Paper paper = name == QLatin1String("ticket") && m_settings.ticketOn80mm
        ? DocumentPdf::Paper::Receipt80mm
        : DocumentPdf::Paper::A4;
    auto out = DocumentPrinter::print(html, name, m_settings.printTarget, m_settings.pdfFolder, this, paper);
    if (!out)
        return Error { out.error() };
    if (!out->pdfPath.isEmpty())
        m_lastPrintout = out->pdfPath;
    return out->printed;
}

Status CheckInWorkspace::reprintReceipt(const QString& reportId)
{
    auto done = ReceiptDocument::reprint(m_session, reportId, m_settings.printTarget, m_settings.pdfFolder, this);
    if (!done) {
        showMessage(done.error(), true);
        return done.failure();
    }
    if (!done->pdfPath.isEmpty())
        m_lastPrintout = done->pdfPath;
    auto facts = ReceiptDocument::facts(m_session, reportId);
    const QString regNo = facts ? facts->regNo : QString();
    // Say only what happened.
    showMessage(done->printed ? tr("The receipt of %1 is printed again.").arg(regNo)
                              : tr("The preview was closed without printing: the receipt of %1 was not printed.").arg(regNo));
    return {};
}

void CheckInWorkspace::openDeskSettings()
{
    DeskSettingsDialog dialog(m_settings, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const DeskSettings s = dialog.settings();
    s.save();
    setDeskSettings(s);
}

void CheckInWorkspace::openScopeRules()
{
    const auto profile = m_session.profile().load();
    if (!profile || !Role::may(profile->role, Capability::EditScopeRules)) {
        showMessage(tr("Only an administrator can change the scope rules."), true);
        return;
    }
    ScopeRulesDialog dialog(*m_rules, this);
    if (dialog.exec() == QDialog::Accepted)
        if (auto list = m_rules->list())
            m_record->setRules(*list);
}

void CheckInWorkspace::openKeyFile()
{
    const QStringList ids = m_history->history().personIds;
    if (ids.isEmpty())
        return;
    bool ok = false;
    const QString purpose = QInputDialog::getText(this, tr("Open the key petitioner's file"),
                                                  tr("Purpose (recorded in the audit log):"), QLineEdit::Normal,
                                                  tr("Reception of a visit"), &ok);
    if (!ok || purpose.trimmed().isEmpty())
        return;
    auto file = m_lookup->keyFile(ids.first(), purpose.trimmed());
    if (!file)
        showMessage(file.error(), true);
    else
        QMessageBox::information(this, tr("Key petitioner's file"), file->isEmpty() ? tr("The file is empty.") : *file);
}

void CheckInWorkspace::revealIdentity()
{
    const QStringList ids = m_history->history().personIds;
    if (ids.isEmpty())
        return;
    auto p = m_session.persons().reveal(ids.first(), tr("Check-in desk: identity of the visitor checked"));
    if (!p) {
        showMessage(p.error(), true);
        return;
    }
    m_visitor->fillFromIdentity(*p);
    m_photo->showStoredPhoto(p->photo);
    showMessage(tr("The stored identity was filled in; the view is recorded in the audit log."));
}

} // namespace qf
