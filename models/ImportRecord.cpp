#include "models/ImportRecord.h"

#include "models/IdNumber.h"
#include "models/IdentityVault.h"
#include "models/InputCheck.h"

#include <QTimeZone>

namespace qf {

namespace {

// A text value: strings as they are, numbers written out; anything else is not text.
bool textOf(const QVariant& v, QString* out)
{
    switch (v.typeId()) {
    case QMetaType::QString:
        *out = v.toString().trimmed();
        return true;
    case QMetaType::Double:
    case QMetaType::Int:
    case QMetaType::LongLong:
        *out = QString::number(v.toLongLong());
        return v.toDouble() == double(v.toLongLong());
    case QMetaType::Nullptr:
    case QMetaType::UnknownType:
        out->clear();
        return true;
    default:
        return false;
    }
}

std::optional<bool> flagOf(const QVariant& v)
{
    if (v.typeId() == QMetaType::Bool)
        return v.toBool();
    const QString s = v.toString().trimmed().toLower();
    static const QStringList yes = { QStringLiteral("true"), QStringLiteral("1"), QStringLiteral("yes"),
                                     QStringLiteral("y"), QString::fromUtf8("是") };
    static const QStringList no = { QStringLiteral("false"), QStringLiteral("0"), QStringLiteral("no"),
                                    QStringLiteral("n"), QString::fromUtf8("否") };
    if (yes.contains(s))
        return true;
    if (no.contains(s))
        return false;
    return std::nullopt;
}

} // namespace

QStringList ImportRecord::requiredKeys()
{
    return { QStringLiteral("source_id"), QStringLiteral("received_at"), QStringLiteral("content") };
}

QStringList ImportRecord::knownKeys()
{
    return requiredKeys()
        + QStringList { QStringLiteral("category"),       QStringLiteral("anonymous"),
                        QStringLiteral("reporter_name"),  QStringLiteral("reporter_id_number"),
                        QStringLiteral("reporter_phone"), QStringLiteral("subject_name"),
                        QStringLiteral("subject_unit"),   QStringLiteral("subject_rank"),
                        QStringLiteral("region") };
}

Result<QDateTime> ImportRecord::parseTime(const QString& text)
{
    return InputCheck::parseTime(text, 8 * 3600);
}

Result<ImportRecord> ImportRecord::parse(const QVariantMap& values)
{
    for (const QString& key : requiredKeys()) {
        if (!values.contains(key))
            return Error { tr("the required key %1 is missing").arg(key) };
    }
    QMap<QString, QString> text;
    for (const QString& key : knownKeys()) {
        if (key == QLatin1String("anonymous") || !values.contains(key))
            continue;
        QString s;
        if (!textOf(values.value(key), &s)) {
            if (requiredKeys().contains(key))
                return Error { tr("%1 must be text").arg(key) };
            text.insert(key, QString());
            continue;
        }
        // A byte-order mark inside a value is what exports joined end to end leave behind. It
        // goes: SQLite drops a leading one when Qt binds UTF-16, so a source id that kept it
        // would never be found again and its re-import would collide (found by fuzz_import).
        s.remove(QChar(0xFEFF));
        // A value the store cannot take refuses the record: it is not a correction, the
        // central store could never accept the report.
        if (key != QLatin1String("content"))
            if (Status clean = InputCheck::check(key, s, InputCheck::Kind::Line); !clean)
                return clean.failure();
        text.insert(key, s);
    }
    ImportRecord r;
    ReportDraft& d = r.draft;
    d.channel = QStringLiteral("online");
    d.sourceId = text.value(QStringLiteral("source_id"));
    if (d.sourceId.isEmpty())
        return Error { tr("source_id is empty") };
    const QString received = text.value(QStringLiteral("received_at"));
    auto time = parseTime(received);
    if (!time)
        return Error { tr("received_at: %1").arg(time.error()) };
    d.receivedAt = *time;
    d.content = values.value(QStringLiteral("content")).typeId() == QMetaType::QString
        ? InputCheck::normalizeLineEnds(values.value(QStringLiteral("content")).toString())
        : QString();
    if (d.content.trimmed().isEmpty())
        return Error { tr("content is empty") };
    if (Status clean = InputCheck::check(QStringLiteral("content"), d.content); !clean)
        return clean.failure();
    d.region = text.value(QStringLiteral("region"));
    r.categoryName = text.value(QStringLiteral("category"));

    // Optional values: what is wrong is kept as a reason for correction, never the value.
    for (const QString& key : knownKeys()) {
        if (values.contains(key) && key != QLatin1String("anonymous") && !requiredKeys().contains(key)) {
            QString ignored;
            if (!textOf(values.value(key), &ignored))
                d.corrections << tr("%1 is not text").arg(key);
        }
    }
    std::optional<bool> anonymous;
    if (values.contains(QStringLiteral("anonymous")) && !values.value(QStringLiteral("anonymous")).isNull()
        && !values.value(QStringLiteral("anonymous")).toString().isEmpty()) {
        anonymous = flagOf(values.value(QStringLiteral("anonymous")));
        if (!anonymous)
            d.corrections << tr("anonymous is neither true nor false");
    }

    PersonIdentity who;
    who.name = text.value(QStringLiteral("reporter_name"));
    who.idNumber = text.value(QStringLiteral("reporter_id_number"));
    who.phone = text.value(QStringLiteral("reporter_phone"));
    const bool named = !who.name.isEmpty() || !who.idNumber.isEmpty() || !who.phone.isEmpty();
    if (named && !anonymous.value_or(false)) {
        if (!who.idNumber.isEmpty()) {
            const IdNumberCheck check = IdNumber::check(who.idNumber);
            if (!check.valid)
                d.corrections << tr("reporter_id_number: %1").arg(check.reason);
            else
                who.idNumber = check.normalized;
        }
        if (!who.phone.isEmpty()) {
            const qsizetype digits = IdentityVault::normalizePhone(who.phone).size();
            if (digits < 7 || digits > 15)
                d.corrections << tr("reporter_phone is not a phone number");
        }
        d.reporter = who;
    } else if (anonymous.has_value() && !anonymous.value() && !named) {
        d.corrections << tr("the report is not anonymous but names no reporter");
    }

    const QString subject = text.value(QStringLiteral("subject_name"));
    if (!subject.isEmpty()) {
        d.subjects << SubjectDraft { subject, text.value(QStringLiteral("subject_unit")),
                                     text.value(QStringLiteral("subject_rank")), {}, false };
    } else if (!text.value(QStringLiteral("subject_unit")).isEmpty() || !text.value(QStringLiteral("subject_rank")).isEmpty()) {
        d.corrections << tr("subject_unit or subject_rank is given without subject_name");
    }
    return r;
}

} // namespace qf
