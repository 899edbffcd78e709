#include "models/ImportJob.h"
#include "models/Writer.h"

#include "models/Log.h"
#include "models/CsvReader.h"
#include "models/Database.h"
#include "models/ImportRecord.h"
#include "models/InputCheck.h"
#include "models/ReportRegistrar.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringDecoder>

#include <cstring>
#include <optional>

namespace qf {

namespace {

constexpr qint64 kMaxFileBytes = 1024LL * 1024 * 1024;

// The 1-based line of a byte offset; LF, CRLF and a lone CR each end a line.
int lineAt(const QByteArray& data, qsizetype offset)
{
    const QByteArrayView head = QByteArrayView(data).first(offset);
    qsizetype lines = head.count('\n');
    for (qsizetype i = head.indexOf('\r'); i >= 0; i = head.indexOf('\r', i + 1))
        if (i + 1 >= data.size() || data.at(i + 1) != '\n')
            ++lines;
    return int(lines) + 1;
}

// UTF-16 by its byte-order mark, or by the zero bytes that ASCII characters (the JSON
// punctuation, the CSV header) leave in every other byte.
std::optional<QStringConverter::Encoding> utf16Of(const QByteArray& data)
{
    if (data.startsWith("\xFF\xFE"))
        return QStringConverter::Utf16LE;
    if (data.startsWith("\xFE\xFF"))
        return QStringConverter::Utf16BE;
    const qsizetype n = qMin<qsizetype>(data.size(), 4096) & ~qsizetype(1);
    if (n < 4)
        return std::nullopt;
    qsizetype evenZero = 0, oddZero = 0;
    for (qsizetype i = 0; i < n; i += 2) {
        evenZero += data.at(i) == '\0';
        oddZero += data.at(i + 1) == '\0';
    }
    const qsizetype pairs = n / 2;
    if (oddZero * 4 >= pairs && evenZero * 20 < pairs)
        return QStringConverter::Utf16LE;
    if (evenZero * 4 >= pairs && oddZero * 20 < pairs)
        return QStringConverter::Utf16BE;
    return std::nullopt;
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
    if (Status s = m_registrar.writer().require(Capability::Import, tr("import reports")); !s)
        return s;
    m_records.clear();
    m_next = 0;
    m_summary = {};
    if (m_db.isOwnFile(path))
        return Error { tr("%1 is this workstation's database, not an export of online reports. Nothing was imported.")
                           .arg(path) };
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error { tr("Cannot read %1: %2").arg(path, file.errorString()) };
    if (file.size() > kMaxFileBytes)
        return Error { tr("%1 is larger than 1 GB; split the export into smaller files.").arg(path) };
    QByteArray data = file.readAll();
    if (const auto utf16 = utf16Of(data)) {
        // Saved as "Unicode" by a spreadsheet or Notepad: read as it is.
        QStringDecoder decoder(*utf16);
        const QString text = decoder.decode(data);
        if (decoder.hasError())
            return Error { tr("%1 looks like UTF-16 text but is not valid UTF-16; save it as UTF-8. Nothing was imported.")
                               .arg(path) };
        data = text.toUtf8();
        qCInfo(lcCases) << "online import: the file is UTF-16; read as such";
    }
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
    const char* p = data.constData();
    const qsizetype n = data.size();
    int line = 0;
    qsizetype nextLf = -1; // the next LF at or after pos (n: none), found once per LF
    for (qsizetype pos = 0; pos < n;) {
        // The line ends at an LF, a CRLF or a lone CR (files from old Mac tools).
        if (nextLf < pos) {
            const void* lf = std::memchr(p + pos, '\n', size_t(n - pos));
            nextLf = lf ? static_cast<const char*>(lf) - p : n;
        }
        const void* cr = std::memchr(p + pos, '\r', size_t(nextLf - pos));
        qsizetype end = nextLf;
        qsizetype after = nextLf + 1;
        if (cr) {
            end = static_cast<const char*>(cr) - p;
            after = end + 1 < n && p[end + 1] == '\n' ? end + 2 : end + 1;
        }
        ++line;
        const QByteArrayView text(p + pos, end - pos);
        pos = after;
        if (text.trimmed().isEmpty())
            continue;
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
        const bool malformed = !r.error.isEmpty() || r.fields.size() != columns.size();
        if (!r.error.isEmpty())
            raw.error = r.error;
        else if (r.fields.size() != columns.size())
            raw.error = tr("%1 fields where the header names %2").arg(r.fields.size()).arg(columns.size());
        // A stray or unclosed quote must not swallow the rows after it: they are read again
        // from the line after the one the quote opened on.
        if (malformed && reader.resume(r))
            raw.error = tr("%1; lines %2 to %3 are read again as rows of their own")
                            .arg(raw.error)
                            .arg(r.resumeLine)
                            .arg(r.lastLine);
        if (!malformed) {
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
            d.corrections << tr("category '%1' is not in the taxonomy").arg(InputCheck::excerpt(record->categoryName));
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
