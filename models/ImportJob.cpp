#include "models/ImportJob.h"

#include "models/Log.h"
#include "models/CsvReader.h"
#include "models/Database.h"
#include "models/ImportRecord.h"
#include "models/ReportRegistrar.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringDecoder>

namespace qf {

namespace {

constexpr qint64 kMaxFileBytes = 1024LL * 1024 * 1024;

// The 1-based line of a byte offset.
int lineAt(const QByteArray& data, qsizetype offset)
{
    return int(QByteArrayView(data).first(offset).count('\n')) + 1;
}

} // namespace

ImportJob::ImportJob(ReportRegistrar& registrar, Database& db, bool checkRepeats)
    : m_registrar(registrar)
    , m_db(db)
    , m_checkRepeats(checkRepeats)
{
}

Status ImportJob::open(const QString& path)
{
    m_records.clear();
    m_next = 0;
    m_summary = {};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error { tr("Cannot read %1: %2").arg(path, file.errorString()) };
    if (file.size() > kMaxFileBytes)
        return Error { tr("%1 is larger than 1 GB; split the export into smaller files.").arg(path) };
    QByteArray data = file.readAll();
    if (data.startsWith("\xEF\xBB\xBF"))
        data.remove(0, 3);
    if (const qsizetype nul = data.indexOf('\0'); nul >= 0)
        return Error { tr("%1 is not a text file of reports: it holds binary data (line %2); nothing was imported.")
                           .arg(path)
                           .arg(lineAt(data, nul)) };

    const QString suffix = QFileInfo(path).suffix().toLower();
    bool csv = suffix == QLatin1String("csv");
    if (suffix != QLatin1String("csv") && suffix != QLatin1String("jsonl") && suffix != QLatin1String("json")
        && suffix != QLatin1String("ndjson"))
        csv = !data.trimmed().startsWith('{');
    m_summary.format = csv ? QStringLiteral("csv") : QStringLiteral("jsonl");
    Status s = csv ? splitCsv(data) : splitJsonLines(data);
    m_summary.records = int(m_records.size());
    return s;
}

Status ImportJob::splitJsonLines(const QByteArray& data)
{
    int line = 0;
    for (QByteArrayView rest(data); !rest.isEmpty() || line == 0;) {
        ++line;
        const qsizetype end = rest.indexOf('\n');
        QByteArrayView text = end < 0 ? rest : rest.first(end);
        rest = end < 0 ? QByteArrayView() : rest.sliced(end + 1);
        if (text.endsWith('\r'))
            text.chop(1);
        if (text.trimmed().isEmpty()) {
            if (rest.isEmpty())
                break;
            continue;
        }
        Raw raw;
        raw.line = line;
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(text.toByteArray(), &error);
        if (error.error != QJsonParseError::NoError) {
            const bool early = error.error == QJsonParseError::UnterminatedObject
                || error.error == QJsonParseError::UnterminatedString || error.error == QJsonParseError::UnterminatedArray;
            raw.error = early ? tr("not valid JSON: the line ends early (%1)").arg(error.errorString())
                              : tr("not valid JSON: %1 at character %2").arg(error.errorString()).arg(error.offset + 1);
        } else if (!doc.isObject()) {
            raw.error = tr("not a JSON object");
        } else {
            raw.values = doc.object().toVariantMap();
        }
        m_records << raw;
        if (rest.isEmpty())
            break;
    }
    return {};
}

Status ImportJob::splitCsv(const QByteArray& data)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(data);
    if (decoder.hasError()) {
        // Find the first line that is not UTF-8 for the message.
        int line = 1;
        for (const QByteArray& l : data.split('\n')) {
            QStringDecoder check(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
            (void)check.decode(l);
            if (check.hasError())
                break;
            ++line;
        }
        return Error { tr("The file is not UTF-8 text (line %1); nothing was imported.").arg(line) };
    }
    CsvReader reader(text);
    if (reader.atEnd())
        return {};
    const CsvReader::Record header = reader.next();
    QStringList columns;
    for (const QString& c : header.fields)
        columns << c.trimmed();
    QStringList missing;
    for (const QString& key : ImportRecord::requiredKeys()) {
        if (!columns.contains(key))
            missing << key;
    }
    if (!header.error.isEmpty() || !missing.isEmpty())
        return Error { tr("The first line of a CSV file must name the columns; %1 missing. Nothing was imported.")
                           .arg(missing.isEmpty() ? header.error : missing.join(QStringLiteral(", "))) };
    while (!reader.atEnd()) {
        const CsvReader::Record r = reader.next();
        if (r.fields.size() == 1 && r.fields.first().isEmpty() && r.error.isEmpty())
            continue; // trailing blank line
        Raw raw;
        raw.line = r.line;
        if (!r.error.isEmpty()) {
            raw.error = r.error;
        } else if (r.fields.size() != columns.size()) {
            raw.error = tr("%1 fields where the header names %2").arg(r.fields.size()).arg(columns.size());
        } else {
            for (int i = 0; i < columns.size(); ++i) {
                // Empty CSV cells are absent values, except for the required columns.
                if (!r.fields.at(i).isEmpty() || ImportRecord::requiredKeys().contains(columns.at(i)))
                    raw.values.insert(columns.at(i), r.fields.at(i));
            }
        }
        m_records << raw;
    }
    return {};
}

Result<QString> ImportJob::categoryId(const QString& name)
{
    if (auto it = m_categories.constFind(name); it != m_categories.cend())
        return *it;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id FROM categories WHERE (name = ? OR code = ?) AND deleted = 0 ORDER BY code LIMIT 1"));
    q.addBindValue(name);
    q.addBindValue(name);
    if (!q.exec())
        return Error { tr("Cannot read the categories: %1").arg(q.lastError().text()) };
    const QString id = q.next() ? q.value(0).toString() : QString();
    m_categories.insert(name, id);
    return id;
}

Status ImportJob::importOne(const Raw& raw)
{
    if (!raw.error.isEmpty()) {
        m_summary.rejected << ImportLine { raw.line, {}, raw.error };
        return {};
    }
    auto record = ImportRecord::parse(raw.values);
    if (!record) {
        m_summary.rejected << ImportLine { raw.line, {}, record.error() };
        return {};
    }
    ReportDraft& d = record->draft;

    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT 1 FROM reports WHERE channel = 'online' AND source_id = ?"));
    q.addBindValue(d.sourceId);
    if (!q.exec())
        return Error { tr("Cannot read the reports: %1").arg(q.lastError().text()) };
    if (q.next()) {
        ++m_summary.alreadyPresent;
        return {};
    }
    if (!record->categoryName.isEmpty()) {
        auto category = categoryId(record->categoryName);
        if (!category)
            return Error { category.error() };
        if (category->isEmpty())
            d.corrections << tr("category '%1' is not in the taxonomy").arg(record->categoryName);
        d.categoryId = *category;
    }

    if (Status s = ReportRegistrar::problems(d); !s) {
        m_summary.rejected << ImportLine { raw.line, {}, s.error() };
        return {};
    }
    Registration r;
    r.draft = d;
    r.checkRepeats = m_checkRepeats;
    r.followUpCode = false; // the platform gives its reporters its own query code
    r.repeatLimit = 5;
    auto added = m_registrar.registerReport(r);
    if (!added) {
        // The draft was checked, so this is the database speaking: stop here.
        return Error { tr("Line %1 could not be registered: %2").arg(raw.line).arg(added.error()) };
    }
    ++m_summary.imported;
    if (!d.corrections.isEmpty())
        m_summary.corrections << ImportLine { raw.line, added->regNo, d.corrections.join(QStringLiteral("; ")) };
    if (!added->proposals.isEmpty()) {
        QStringList numbers;
        for (const RepeatProposal& p : std::as_const(added->proposals))
            numbers << p.regNo;
        m_summary.repeats << ImportLine { raw.line, added->regNo, numbers.join(QStringLiteral(", ")) };
    }
    return {};
}

Status ImportJob::step(int maxRecords)
{
    for (int i = 0; i < maxRecords && !atEnd(); ++i) {
        if (Status s = importOne(m_records.at(m_next)); !s)
            return s;
        ++m_next;
    }
    if (atEnd())
        qCInfo(lcCases) << "online import:" << m_summary.imported << "imported," << m_summary.alreadyPresent
                        << "already present," << m_summary.rejected.size() << "rejected";
    return {};
}

Status ImportJob::run(const QString& path, const std::function<bool(int, int)>& progress)
{
    if (Status s = open(path); !s)
        return s;
    while (!atEnd()) {
        if (Status s = step(100); !s)
            return s;
        if (progress && !progress(done(), total()))
            break;
    }
    return {};
}

} // namespace qf
