#pragma once

#include "app/devices/phone/PhoneLine.h"
#include "ui/Workspace.h"

#include <QPointer>

#include <memory>

class QLabel;
class QPushButton;
class QTableWidget;

namespace qf {

class Hotline;
class IncomingCallPopup;
class Session;
struct CallRecord;
struct HotlineCall;

// 12388 热线: the line of this workstation (its state, its settings), the latest calls, and
// the callbacks of missed calls until someone calls back (Enter or F5 on a row). A ringing
// call shows its pop-up whichever screen is open; a phone report is registered from a call
// (or the call is attached to the case it was about).
class HotlineWorkspace : public Workspace
{
    Q_OBJECT

public:
    HotlineWorkspace(Session& session, QWidget* parent = nullptr);
    ~HotlineWorkspace() override;

    QString title() const override;
    QIcon icon() const override;
    void activated() override;

    // Opens the line with these settings (the workstation's saved ones at start-up).
    Status openLine(const LineSettings& settings);
    void closeLine();
    Hotline* desk() const { return m_desk.get(); }
    IncomingCallPopup* popup() const;
    void refresh();

signals:
    void lineStateChanged(const QString& text);
    void caseOpened(const QString& reportId);

private:
    void ringing(const HotlineCall& call);
    void ended(const HotlineCall& call, const CallRecord& record);
    void registerReportFrom(const QString& callRecordId);
    void attachToCase(const QString& callRecordId);
    void callBackSelected();
    void editSettings();
    QString selectedCall() const;

    Session& m_session;
    std::unique_ptr<PhoneLine> m_line;
    std::unique_ptr<Hotline> m_desk;
    QPointer<IncomingCallPopup> m_popup;
    QLabel* m_lineState = nullptr;
    QLabel* m_message = nullptr;
    QTableWidget* m_calls = nullptr;
    QTableWidget* m_callbacks = nullptr;
    QPushButton* m_callBack = nullptr;
};

} // namespace qf
