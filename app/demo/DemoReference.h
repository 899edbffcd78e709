#pragma once

#include "models/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

namespace qf {

class Session;

namespace demo {

// The fixed part of the demo: the county commission with its departments, townships and
// sub-districts, villages, resident inspection units, the higher commission, one or more
// users for every role and the problem-category taxonomy. Created only when absent, so
// it is shared by every demo run on a database.
struct DemoReference
{
    QString county;
    QString registry;        // 信访室
    QString caseManagement;  // 案件监督管理室
    QString trial;           // 审理室
    QString higher;          // 市纪委监委
    QStringList supervisionOffices; // 第一至第四纪检监察室
    QStringList townshipOrgs;       // in the order of demo::townships()
    QStringList residentUnits;
    QHash<QString, QStringList> usersByRole;
    QHash<QString, QString> categoryByCode;
    QHash<QString, QString> townshipOrgByName;

    static Result<DemoReference> ensure(Session& session);
    // The dispatch tables (jurisdiction, capability, recusal), when they are still empty.
    static Status ensureDispatchTables(Session& session, const DemoReference& r);
};

} // namespace demo
} // namespace qf
