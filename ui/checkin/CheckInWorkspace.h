#pragma once

#include "ui/checkin/DeskSettings.h"
#include "models/Result.h"
#include "models/VisitRegistrar.h"
#include "models/VisitStore.h"
#include "ui/Workspace.h"
#include "app/devices/idcard/IdCardReader.h"

#include <functional>
#include <memory>

class QLabel;

namespace qf {

class AttachmentStore;
class Camera;
class HistoryPanel;
class PhotoPanel;
class PrintTemplates;
class QueuePanel;
class RecorderPanel;
class ReportStore;
class ScopeRuleStore;
class Session;
class VisitRecordPanel;

class VisitorHistoryLookup;
class WltDecoder;
class VisitorPanel;

// 来访登记: the receptionist's screen. Card on the reader (or identity typed by hand) → the
// form is filled and the visitor's history shown → ticket and waiting list → call next →
// the 八何 record with the scope pre-check → registration with a printed receipt or lawful
// referral notice. Everything reachable from the keyboard.
class CheckInWorkspace : public Workspace
{
    Q_OBJECT

public:
    explicit CheckInWorkspace(Session& session, QWidget* parent = nullptr);
    ~CheckInWorkspace() override;

    QString title() const override { return tr("Check-in desk"); }
    QIcon icon() const override;
    void activated() override;

    void setDeskSettings(const DeskSettings& settings);
    const DeskSettings& deskSettings() const { return m_settings; }
    // Asks the receptionist to confirm a referral out of scope; replaceable for tests.
    void setReferralConfirmation(std::function<bool(const ScopeMatch&)> confirm) { m_confirm = std::move(confirm); }
    // The camera for visitors' photos (by default the system's, through Qt Multimedia).
    void setCamera(std::unique_ptr<Camera> camera);

    void handleCard(const IdCardData& card);
    Result<Visit> issueTicket();
    Result<Visit> callNext();
    Result<RegisteredVisit> registerVisit();
    Status endConversation();
    void newVisitor();

    QString lastPrintout() const { return m_lastPrintout; }
    // The number printed on a queue ticket: without the device tag when the desk has no
    // prefix of its own (the tag keeps numbers apart in the database; the visitor only
    // needs "007").
    static QString printedTicketNo(const QString& ticketNo, const QString& chosenPrefix);
    QString message() const;
    IdCardReader* reader() const { return m_reader.get(); }

Q_SIGNALS:
    // The form is filled and the history shown for the card just read.
    void cardShown();
    void registered(const qf::RegisteredVisit& visit);

private:
    void buildUi();
    void applySettings();
    void setKeyboardOrder();
    void clearVisitor();
    void lookUp(const QString& idNumber);
    void showReaderState(IdCardReader::State state, const QString& message);
    void restartReader();
    void refreshQueue();
    void showMessage(const QString& text, bool error = false);
    void openDeskSettings();
    void openScopeRules();
    void openKeyFile();
public:
    // The receipt of an earlier visit, printed again (the visitor's history); says what happened.
    Status reprintReceipt(const QString& reportId);
private:
    void revealIdentity();
    // Whether it was printed (false: the preview or print dialog was closed).
    // reportId given: a numbered document of that report, issued with its 文号 (IssuedDocuments).
    Result<bool> printForm(const QString& name, QHash<QString, QString> values, const QString& reportId = {});
    Result<bool> printHtml(const QString& name, const QString& html);
    // The visitor as a person on file (found, or added with the card data); empty for none.
    Result<QString> personForVisit();

    Session& m_session;
    ReportStore* m_reports = nullptr; // the session's
    VisitStore* m_visits = nullptr; // the session's
    ScopeRuleStore* m_rules = nullptr; // the session's
    std::unique_ptr<VisitorHistoryLookup> m_lookup;
    AttachmentStore* m_attachments = nullptr; // the session's
    std::unique_ptr<VisitRegistrar> m_registrar;
    std::unique_ptr<PrintTemplates> m_templates;
    std::unique_ptr<IdCardReader> m_reader;
    std::unique_ptr<WltDecoder> m_wlt;
    std::unique_ptr<Camera> m_camera;
    DeskSettings m_settings;
    std::function<bool(const ScopeMatch&)> m_confirm;

    QLabel* m_readerStatus = nullptr;
    QLabel* m_message = nullptr;
    VisitorPanel* m_visitor = nullptr;
    PhotoPanel* m_photo = nullptr;
    HistoryPanel* m_history = nullptr;
    VisitRecordPanel* m_record = nullptr;
    QueuePanel* m_queue = nullptr;
    RecorderPanel* m_recorder = nullptr;

    QString m_readerError;          // the reader's last fault shown in the message line
    bool m_readerConnected = false; // the banner is green
    QString m_currentVisitId; // the visit in conversation (called from the queue)
    QString m_lastPrintout;
};

} // namespace qf
