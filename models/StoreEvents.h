#pragma once

#include <QObject>
#include <QSet>
#include <QStringList>

namespace qf {

// Tells the screens that a write on this session's connection has been committed: which
// tables and which reports it touched. Screens that show reports (the case list, its detail
// pane, the today view) listen and change their rows in place, whichever screen wrote.
// Changes that arrive from the sync come on another connection; the window passes them on
// with reportsChanged({}) (everything may have changed).
class StoreEvents : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    // Called by the write path for each staged change; sent on the next commit().
    void noteChange(const QString& table, const QString& reportId);
    // Sends what was noted (nothing when nothing was).
    void commit();

signals:
    // `reportIds` empty with `tables` empty: anything may have changed (the sync).
    void reportsChanged(const QStringList& reportIds, const QStringList& tables);

private:
    QSet<QString> m_tables;
    QSet<QString> m_reports;
};

} // namespace qf
