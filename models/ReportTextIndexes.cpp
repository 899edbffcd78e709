#include "models/ReportTextIndexes.h"
#include "models/SqlError.h"

#include "models/Database.h"
#include "models/DuplicateIndex.h"
#include "models/ShortTermIndex.h"
#include "models/SqliteStatement.h"
#include "models/Writer.h"

#include <QSqlError>
#include <QSqlQuery>

namespace qf {

namespace {

const QString kReports = QStringLiteral("reports");

} // namespace

ReportTextIndexes::ReportTextIndexes(Database& db)
    : m_db(db)
    , m_duplicates(std::make_unique<DuplicateIndex>(db))
    , m_shortTerms(std::make_unique<ShortTermIndex>(SqliteStatement::handleOf(db.connection())))
    , m_enabled(db.schemaVersion() >= ShortTermIndex::SchemaVersion)
{
}

ReportTextIndexes::~ReportTextIndexes() = default;

bool ReportTextIndexes::touchesText(const Change& change)
{
    if (change.table != kReports || change.op == Change::Op::Delete)
        return false;
    if (change.op == Change::Op::Insert)
        return true;
    for (const QString& column : ShortTermIndex::columns()) {
        if (change.fields.contains(column))
            return true;
    }
    return false;
}

bool ReportTextIndexes::touchesSubjects(const Change& change)
{
    if (change.table != QLatin1String("subjects") || change.op == Change::Op::Delete)
        return false;
    return change.op == Change::Op::Insert || change.fields.contains(QStringLiteral("name"))
        || change.fields.contains(QStringLiteral("unit")) || change.fields.contains(QStringLiteral("report_id"));
}

Result<std::pair<qint64, QStringList>> ReportTextIndexes::subjectsOf(const QString& reportId)
{
    // Run twice for every reported person registered: prepared once.
    if (!m_subjectsQuery) {
        m_subjectsQuery = std::make_unique<QSqlQuery>(m_db.connection());
        m_subjectsQuery->setForwardOnly(true);
        if (!m_subjectsQuery->prepare(QStringLiteral("SELECT r.rowid, s.name, s.unit FROM reports r "
                                                     "LEFT JOIN subjects s ON s.report_id = r.id WHERE r.id = ?"))) {
            const QString error = SqlError::text(m_subjectsQuery->lastError());
            m_subjectsQuery.reset();
            return Error { tr("Cannot read the reported persons: %1").arg(error) };
        }
    }
    QSqlQuery& q = *m_subjectsQuery;
    q.addBindValue(reportId);
    if (!q.exec())
        return Error { tr("Cannot read the reported persons: %1").arg(SqlError::text(q.lastError())) };
    std::pair<qint64, QStringList> out { 0, {} };
    while (q.next()) {
        out.first = q.value(0).toLongLong();
        if (!q.value(1).isNull())
            out.second << q.value(1).toString() << q.value(2).toString();
    }
    q.finish();
    return out;
}

Status ReportTextIndexes::before(const Change& change)
{
    m_rowId = 0;
    m_before.clear();
    m_subjectsBefore.clear();
    if (!m_enabled)
        return {};
    if (touchesSubjects(change)) {
        // The report (or, moved, both reports) whose persons change.
        QStringList reports;
        if (change.op == Change::Op::Update) {
            QSqlQuery q(m_db.connection());
            q.prepare(QStringLiteral("SELECT report_id FROM subjects WHERE id = ?"));
            q.addBindValue(change.rowId);
            if (!q.exec())
                return Error { tr("Cannot read the reported persons: %1").arg(SqlError::text(q.lastError())) };
            if (q.next())
                reports << q.value(0).toString();
        }
        const QString target = change.fields.value(QStringLiteral("report_id")).toString();
        if (!target.isEmpty() && !reports.contains(target))
            reports << target;
        for (const QString& id : std::as_const(reports)) {
            auto persons = subjectsOf(id);
            if (!persons)
                return Error { persons.error() };
            m_subjectsBefore.append({ id, persons->second });
        }
        return {};
    }
    if (change.op != Change::Op::Update || !touchesText(change))
        return {};
    // Updates of the text are rare (an officer's correction): a plain query will do.
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT rowid, %1 FROM reports WHERE id = ?").arg(ShortTermIndex::columns().join(QStringLiteral(", "))));
    q.addBindValue(change.rowId);
    if (!q.exec())
        return Error { tr("Cannot read the report's text: %1").arg(SqlError::text(q.lastError())) };
    if (!q.next())
        return {}; // the update itself reports the missing row
    m_rowId = q.value(0).toLongLong();
    for (int i = 0; i < ShortTermIndex::columns().size(); ++i)
        m_before << q.value(i + 1).toString();
    return {};
}

Status ReportTextIndexes::after(const Change& change, qint64 insertedRowId)
{
    if (!m_enabled)
        return {};
    for (const auto& [reportId, before] : std::as_const(m_subjectsBefore)) {
        auto now = subjectsOf(reportId);
        if (!now)
            return Error { now.error() };
        if (now->first == 0)
            continue; // no such report (the insert of the person reports what is wrong)
        if (Status s = m_shortTerms->replace(ShortTermIndex::Table::Subjects, now->first, before, now->second); !s)
            return s;
    }
    if (!touchesText(change))
        return {};
    const QStringList& columns = ShortTermIndex::columns();
    if (change.op == Change::Op::Insert) {
        QStringList texts;
        for (const QString& column : columns)
            texts << change.fields.value(column).toString();
        if (Status s = m_shortTerms->add(ShortTermIndex::Table::Reports, insertedRowId, texts); !s)
            return s;
        return m_duplicates->add(change.rowId, DuplicateIndex::textOf(change.fields.value(QStringLiteral("content")).toString(),
                                                                     change.fields.value(QStringLiteral("what")).toString()));
    }
    if (m_rowId == 0)
        return {};
    QStringList now = m_before;
    for (int i = 0; i < columns.size(); ++i) {
        if (auto it = change.fields.constFind(columns[i]); it != change.fields.cend())
            now[i] = it->toString();
    }
    if (Status s = m_shortTerms->replace(ShortTermIndex::Table::Reports, m_rowId, m_before, now); !s)
        return s;
    // The fingerprint is of the content, or of 何事 when there is none.
    const int content = int(columns.indexOf(QStringLiteral("content")));
    const int what = int(columns.indexOf(QStringLiteral("what")));
    const QString oldText = DuplicateIndex::textOf(m_before[content], m_before[what]);
    const QString newText = DuplicateIndex::textOf(now[content], now[what]);
    if (oldText != newText)
        return m_duplicates->replace(change.rowId, oldText, newText);
    return {};
}

} // namespace qf
