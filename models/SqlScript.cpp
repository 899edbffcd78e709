#include "models/SqlScript.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

#include <sqlite3.h>

namespace qf {

namespace {

bool isCommentOrBlank(const QString& line)
{
    const QString t = line.trimmed();
    return t.isEmpty() || t.startsWith(QLatin1String("--"));
}

QString finished(QString statement)
{
    statement = statement.trimmed();
    if (statement.endsWith(QLatin1Char(';')))
        statement.chop(1);
    return statement.trimmed();
}

QStringList splitSqlite(const QString& text)
{
    QStringList out;
    QString current;
    for (const QString& line : text.split(QLatin1Char('\n'))) {
        if (current.isEmpty() && isCommentOrBlank(line))
            continue;
        current += line + QLatin1Char('\n');
        if (sqlite3_complete(current.toUtf8().constData())) {
            out << finished(current);
            current.clear();
        }
    }
    if (!current.trimmed().isEmpty())
        out << finished(current);
    return out;
}

// PostgreSQL: ';' ends a statement outside '...', "...", $tag$...$tag$, -- and /* */ comments.
QStringList splitPostgreSql(const QString& text)
{
    QStringList out;
    QString current;
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n;) {
        const QChar c = text[i];
        const bool atStart = current.trimmed().isEmpty();
        if (c == QLatin1Char('-') && i + 1 < n && text[i + 1] == QLatin1Char('-')) {
            qsizetype end = text.indexOf(QLatin1Char('\n'), i);
            end = end < 0 ? n : end;
            if (!atStart)
                current += text.mid(i, end - i);
            i = end;
            continue;
        }
        if (c == QLatin1Char('/') && i + 1 < n && text[i + 1] == QLatin1Char('*')) {
            qsizetype end = text.indexOf(QLatin1String("*/"), i + 2);
            end = end < 0 ? n : end + 2;
            current += text.mid(i, end - i);
            i = end;
            continue;
        }
        if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
            qsizetype end = text.indexOf(c, i + 1);
            end = end < 0 ? n : end + 1;
            current += text.mid(i, end - i);
            i = end;
            continue;
        }
        if (c == QLatin1Char('$')) {
            static const QRegularExpression tag(QStringLiteral(R"(\G\$[A-Za-z_]*\$)"));
            const auto m = tag.match(text, i);
            if (m.hasMatch()) {
                const QString t = m.captured(0);
                qsizetype end = text.indexOf(t, i + t.size());
                end = end < 0 ? n : end + t.size();
                current += text.mid(i, end - i);
                i = end;
                continue;
            }
        }
        if (c == QLatin1Char(';')) {
            out << finished(current);
            current.clear();
            ++i;
            continue;
        }
        current += c;
        ++i;
    }
    if (!current.trimmed().isEmpty())
        out << finished(current);
    return out;
}

} // namespace

QStringList SqlScript::split(const QString& text, Dialect dialect)
{
    return dialect == Dialect::Sqlite ? splitSqlite(text) : splitPostgreSql(text);
}

Result<SqlScript> SqlScript::parse(const QString& text, Dialect dialect)
{
    static const QRegularExpression revision(QStringLiteral(R"(^-- Revision (\d+): (.+)$)"),
                                             QRegularExpression::MultilineOption);
    static const QRegularExpression compatible(QStringLiteral(R"(^-- Compatible from: (\d+)$)"),
                                               QRegularExpression::MultilineOption);
    const auto r = revision.match(text);
    if (!r.hasMatch() || r.capturedStart() != 0)
        return Error { tr("A schema revision must begin with \"-- Revision N: description\"."), ErrorCode::Invalid };
    SqlScript s;
    s.version = r.captured(1).toInt();
    s.description = r.captured(2).trimmed().toUtf8();
    const auto c = compatible.match(text);
    s.compatibleFrom = c.hasMatch() ? c.captured(1).toInt() : s.version;
    s.statements = split(text, dialect);
    if (s.statements.isEmpty())
        return Error { tr("Schema revision %1 has no statements.").arg(s.version), ErrorCode::Invalid };
    return s;
}

Result<SqlScript> SqlScript::read(const QString& path, Dialect dialect)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error { tr("Cannot read the schema revision %1: %2").arg(path, f.errorString()), ErrorCode::Io };
    auto s = parse(QString::fromUtf8(f.readAll()), dialect);
    if (!s)
        return Error { QStringLiteral("%1: %2").arg(path, s.error()), ErrorCode::Invalid };
    return s;
}

Result<QList<SqlScript>> SqlScript::readFolder(const QString& folder, Dialect dialect)
{
    QList<SqlScript> list;
    const QStringList names = QDir(folder).entryList({ QStringLiteral("*.sql") }, QDir::Files, QDir::Name);
    for (const QString& name : names) {
        auto s = read(folder + QLatin1Char('/') + name, dialect);
        if (!s)
            return s.failure();
        if (s->version != name.left(4).toInt() || s->version != int(list.size()) + 1)
            return Error { tr("The schema revision %1 is out of order.").arg(name), ErrorCode::Invalid };
        list << *s;
    }
    if (list.isEmpty())
        return Error { tr("No schema revisions in %1.").arg(folder), ErrorCode::NotFound };
    return list;
}

} // namespace qf
