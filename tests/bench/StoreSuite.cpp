// store: how fast the demo generator writes through the real write path (clocks, outbox,
// sealed identities) compared with plain prepared INSERTs of the very same rows into a
// fresh database, in the same run.
#include "tests/bench/BenchData.h"
#include "tests/bench/BenchSuite.h"

#include "models/Database.h"
#include "models/Session.h"
#include "models/SqlTransaction.h"
#include "app/demo/DemoGenerator.h"
#include "app/security/KeychainKeyProvider.h"

#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace qf::bench {

namespace {

// The tables the demo fills, parents before children.
const char* const kTables[] = { "organisations", "users", "categories", "persons",
                                "reports",       "subjects", "visits",  "events" };

// Copies every row of the tables from `from` to `to` with plain prepared INSERTs in one
// transaction; returns the seconds spent inserting (reading the source is not counted),
// or a negative number on failure.
double rawInsert(Database& from, Database& to, QTextStream& log)
{
    constexpr int kChunk = 20000;
    double seconds = 0;
    QElapsedTimer timer;
    timer.start();
    SqlTransaction tx(to.connection());
    if (!tx.active()) {
        log << "raw: cannot begin: " << tx.beginError() << Qt::endl;
        return -1;
    }
    seconds += static_cast<double>(timer.nsecsElapsed()) / 1e9;

    for (const char* table : kTables) {
        const QString name = QString::fromLatin1(table);
        // The row's own columns: no clock and no tombstone flag (they take their defaults).
        QStringList columns;
        const QSqlRecord rec = from.connection().record(name);
        for (int i = 0; i < rec.count(); ++i) {
            if (rec.fieldName(i) != QStringLiteral("hlc") && rec.fieldName(i) != QStringLiteral("deleted"))
                columns << rec.fieldName(i);
        }
        QSqlQuery insert(to.connection());
        if (!insert.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                                .arg(name, columns.join(QLatin1Char(',')),
                                     QStringList(columns.size(), QStringLiteral("?")).join(QLatin1Char(','))))) {
            log << "raw: " << insert.lastError().text() << Qt::endl;
            return -1;
        }
        QSqlQuery read(from.connection());
        read.setForwardOnly(true);
        read.prepare(QStringLiteral("SELECT rowid, %1 FROM %2 WHERE rowid > ? ORDER BY rowid LIMIT %3")
                         .arg(columns.join(QLatin1Char(',')), name)
                         .arg(kChunk));
        qint64 lastRowId = 0;
        for (;;) {
            read.addBindValue(lastRowId);
            if (!read.exec()) {
                log << "raw: " << read.lastError().text() << Qt::endl;
                return -1;
            }
            std::vector<QVariantList> rows;
            while (read.next()) {
                lastRowId = read.value(0).toLongLong();
                QVariantList row;
                row.reserve(columns.size());
                for (int i = 1; i <= columns.size(); ++i)
                    row << read.value(i);
                rows.push_back(std::move(row));
            }
            read.finish();
            if (rows.empty())
                break;
            timer.restart();
            for (const QVariantList& row : rows) {
                for (int i = 0; i < row.size(); ++i)
                    insert.bindValue(i, row[i]);
                if (!insert.exec()) {
                    log << "raw: " << insert.lastError().text() << Qt::endl;
                    return -1;
                }
            }
            seconds += static_cast<double>(timer.nsecsElapsed()) / 1e9;
        }
    }
    timer.restart();
    if (Status s = tx.commit(); !s) {
        log << "raw: " << s.error() << Qt::endl;
        return -1;
    }
    return seconds + static_cast<double>(timer.nsecsElapsed()) / 1e9;
}

} // namespace

int runStoreSuite(BenchContext& ctx)
{
    const qint64 reports = ctx.reports(100000);
    KeychainKeyProvider keys;
    auto session = benchSession(ctx, ctx.path(QStringLiteral("demo.sqlite")), keys);
    if (!session)
        return 1;
    DemoGenerator generator(*session, DemoOptions { reports, 1, {} });
    const Status s = generator.run([&](qint64 done, qint64 total) {
        if (done % 20000 == 0 || done == total)
            ctx.log() << "store: " << done << " / " << total << " demo reports" << Qt::endl;
        return true;
    });
    if (!s) {
        ctx.log() << s.error() << Qt::endl;
        return 1;
    }
    const double demoSeconds = generator.summary().seconds;

    auto raw = Database::open(ctx.path(QStringLiteral("raw.sqlite")));
    if (!raw) {
        ctx.log() << raw.error() << Qt::endl;
        return 1;
    }
    ctx.log() << "store: raw inserts of the same rows" << Qt::endl;
    const double rawSeconds = rawInsert(session->database(), **raw, ctx.log());
    if (rawSeconds <= 0)
        return 1;

    const double demoRate = static_cast<double>(reports) / demoSeconds;
    const double rawRate = static_cast<double>(reports) / rawSeconds;
    ctx.result(QStringLiteral("demo_reports_per_s"), demoRate);
    ctx.result(QStringLiteral("raw_reports_per_s"), rawRate);
    ctx.result(QStringLiteral("demo_insert_ratio_vs_raw"), demoRate / rawRate, 3);
    ctx.result(QStringLiteral("demo_rows_per_report"),
               static_cast<double>(generator.summary().changes) / static_cast<double>(reports), 2);
    return 0;
}

} // namespace qf::bench
