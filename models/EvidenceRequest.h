#pragma once

#include "models/CaseStateMachine.h"
#include "models/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QStringList>

namespace qf {

class ReportStore;
struct Report;

// Everything missing from a class-A report, asked for in one single notice (一次性补证).
struct EvidenceNotice
{
    QStringList factItems;     // 事实要素表: facts still missing
    QStringList evidenceItems; // 证据指引图: evidence to provide
    QStringList levelItems;    // 层级对照表: level / jurisdiction points to clarify
    QDate replyBy;             // optional

    bool isEmpty() const { return factItems.isEmpty() && evidenceItems.isEmpty() && levelItems.isEmpty(); }
};

struct SecondRequestRate
{
    int requested = 0;   // reports with a first evidence request in the period
    int second = 0;      // of those, reports that needed another request
    double rate() const { return requested == 0 ? 0.0 : double(second) / requested; }
};

// The evidence supplement step: composing the notice (plain text and printable HTML) and
// recording it through the state machine (event request_evidence with its items and date).
class EvidenceRequest
{
    Q_DECLARE_TR_FUNCTIONS(qf::EvidenceRequest)

public:
    EvidenceRequest(ReportStore& reports, CaseStateMachine& machine);

    static QString plainText(const Report& report, const EvidenceNotice& notice, const QDate& date);
    // The printed notice in the common document layout (app/print/DocumentPdf): title, its
    // 文号 (when the office numbers its documents), addressee, the items, the office (when
    // given), the seal space and the date.
    static QString html(const Report& report, const EvidenceNotice& notice, const QDate& date,
                        const QString& officeName = {}, const QString& docNo = {});

    Status request(const QString& reportId, const EvidenceNotice& notice, const Actor& actor,
                   const QDateTime& at = {});

    // 二次补证率 over reports whose first request falls in [from, to].
    Result<SecondRequestRate> secondRequestRate(const QDate& from, const QDate& to) const;

private:
    ReportStore& m_reports;
    CaseStateMachine& m_machine;
};

} // namespace qf
