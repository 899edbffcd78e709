#pragma once

#include "models/CaseStateMachine.h"
#include "models/ReportStore.h"

#include <QCoreApplication>
#include <QDateTime>

#include <memory>

namespace qf {

class Session;

// What the case editor and its action dialogs share: the stores over one session, the
// user's role (from the local profile) and the legality of each move for a report.
class CaseWork
{
    Q_DECLARE_TR_FUNCTIONS(qf::CaseWork)

public:
    explicit CaseWork(Session& session);
    ~CaseWork();

    Session& session() { return m_session; }
    ReportStore& reports() { return *m_reports; }
    CaseStateMachine& machine() { return *m_machine; }
    const QString& role() const { return m_role; }
    Actor actor() const;

    // Whether the move is allowed for the report and this role (parameters the user still
    // has to give are assumed given); the error is the state machine's reason.
    Status check(const Report& report, Transition t) const;
    QList<Transition> legalMoves(const Report& report) const;

    // Names people read.
    static QString transitionLabel(Transition t);
    static QString eventLabel(const QString& kind);
    static QString outcomeLabel(Outcome o);
    static QString fieldLabel(const QString& field); // ReportStore::editableFields()
    // A field of a reporter's identity named in a 'reporter_changed' event (name, id_number, phone).
    static QString identityFieldLabel(const QString& field);
    // A date and time as the case screens show it (local time, minutes), empty when not set.
    static QString timeLabel(const QDateTime& t);

    // The category taxonomy (parents, then their children indented) with "(none)" first;
    // item data = category id.
    QList<std::pair<QString, QString>> categories() const;

private:
    Session& m_session;
    ReportStore* m_reports = nullptr; // the session's
    std::unique_ptr<CaseStateMachine> m_machine;
    QString m_role;
};

} // namespace qf
