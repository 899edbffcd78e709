#include "models/StoreEvents.h"

namespace qf {

void StoreEvents::noteChange(const QString& table, const QString& reportId)
{
    m_tables.insert(table);
    if (!reportId.isEmpty())
        m_reports.insert(reportId);
}

void StoreEvents::commit()
{
    if (m_tables.isEmpty())
        return;
    const QStringList tables(m_tables.cbegin(), m_tables.cend());
    const QStringList reports(m_reports.cbegin(), m_reports.cend());
    m_tables.clear();
    m_reports.clear();
    emit reportsChanged(reports, tables);
}

} // namespace qf
