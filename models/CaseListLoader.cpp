#include "models/CaseListLoader.h"
#include "models/Log.h"

#include "models/CalendarStore.h"
#include "models/CaseListQuery.h"
#include "models/Database.h"

#include <QLoggingCategory>

namespace qf {

CaseListLoader::CaseListLoader(QString databasePath, DeadlinePolicy policy)
    : m_path(std::move(databasePath))
    , m_policy(policy)
{
}

CaseListLoader::~CaseListLoader() = default;

QString CaseListLoader::open()
{
    if (m_db)
        return {};
    auto db = Database::openReader(m_path);
    if (!db)
        return db.error();
    auto calendar = CalendarStore::load((*db)->connection());
    if (!calendar)
        return calendar.error();
    m_db = std::move(*db);
    m_calendar.emplace(std::move(*calendar));
    m_clock = std::make_unique<DeadlineClock>(*m_calendar, m_policy);
    return {};
}

void CaseListLoader::loadKeys(quint64 token, const CaseListFilter& filter, const QDateTime& now)
{
    if (token != latestToken.load())
        return; // a newer request is queued behind this one
    if (const QString e = open(); !e.isEmpty()) {
        emit keysLoaded(token, {}, e);
        return;
    }
    auto keys = CaseListQuery(m_db->connection(), *m_clock, now).keys(filter);
    qCDebug(lcCaseList) << "keys for token" << token << ":" << (keys ? keys->size() : -1);
    emit keysLoaded(token, keys ? *keys : QList<qint64> {}, keys ? QString() : keys.error());
}

void CaseListLoader::loadRows(quint64 token, int window, const QList<qint64>& rowIds, const QDateTime& now)
{
    if (token != latestToken.load())
        return;
    if (const QString e = open(); !e.isEmpty()) {
        emit rowsLoaded(token, window, {}, e);
        return;
    }
    auto rows = CaseListQuery(m_db->connection(), *m_clock, now).rows(rowIds);
    emit rowsLoaded(token, window, rows ? *rows : QList<CaseListRow> {}, rows ? QString() : rows.error());
}

void CaseListLoader::loadFlagged(quint64 token, bool includeRestricted, const QDateTime& now)
{
    if (const QString e = open(); !e.isEmpty()) {
        emit flaggedLoaded(token, {}, e);
        return;
    }
    auto rows = CaseListQuery(m_db->connection(), *m_clock, now).flagged(includeRestricted);
    emit flaggedLoaded(token, rows ? *rows : QList<CaseListRow> {}, rows ? QString() : rows.error());
}

} // namespace qf
