#include "sync/SyncMessages.h"

#include "sync/MessageFields.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace qf::sync {

using namespace detail;

// ---- push ------------------------------------------------------------------------------

QJsonObject Mutation::toJson() const
{
    QJsonObject o { { QStringLiteral("id"), id },   { QStringLiteral("seq"), seq }, { QStringLiteral("table"), table },
                    { QStringLiteral("row"), row }, { QStringLiteral("op"), op },   { QStringLiteral("hlc"), hlc },
                    { QStringLiteral("fields"), fields } };
    if (!base.isEmpty())
        o.insert(QStringLiteral("base"), base);
    if (!author.isEmpty())
        o.insert(QStringLiteral("author"), author);
    return o;
}

Result<Mutation> Mutation::fromJson(const QJsonObject& o, const QString& where)
{
    MessageFields f(o, where);
    Mutation m;
    m.id = f.text("id");
    m.seq = f.integer("seq");
    m.table = f.text("table");
    m.row = f.text("row");
    m.op = f.text("op");
    m.hlc = f.integer("hlc");
    m.fields = f.object("fields");
    m.base = f.clocks("base", Need::Optional);
    m.author = f.text("author", Need::Optional);
    return checked(f, std::move(m));
}

QJsonObject PushRequest::toJson() const
{
    QJsonArray list;
    for (const Mutation& m : mutations)
        list << m.toJson();
    return { { QStringLiteral("mutations"), list } };
}

Result<PushRequest> PushRequest::fromJson(const QJsonObject& o)
{
    MessageFields f(o, {});
    PushRequest r;
    r.mutations = f.objects<Mutation>("mutations", kMaxPushBatch, &Mutation::fromJson);
    return checked(f, std::move(r));
}

QJsonObject MutationResult::toJson() const
{
    QJsonObject o { { QStringLiteral("id"), mutationId }, { QStringLiteral("status"), status } };
    if (!reason.isEmpty())
        o.insert(QStringLiteral("reason"), reason);
    return o;
}

Result<MutationResult> MutationResult::fromJson(const QJsonObject& o, const QString& where)
{
    MessageFields f(o, where);
    MutationResult r;
    r.mutationId = f.text("id");
    r.status = f.text("status");
    r.reason = f.text("reason", Need::Optional, kMaxText);
    return checked(f, std::move(r));
}

QJsonObject PushResult::toJson() const
{
    QJsonArray list;
    for (const MutationResult& r : results)
        list << r.toJson();
    return { { QStringLiteral("results"), list }, { QStringLiteral("hlc"), hlc } };
}

Result<PushResult> PushResult::fromJson(const QJsonObject& o)
{
    MessageFields f(o, {});
    PushResult r;
    r.results = f.objects<MutationResult>("results", kMaxPushBatch, &MutationResult::fromJson);
    r.hlc = f.integer("hlc");
    return checked(f, std::move(r));
}

// ---- pull ------------------------------------------------------------------------------

QUrlQuery PullRequest::toQuery() const
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("cursor"), QString::number(cursor));
    q.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    return q;
}

Result<PullRequest> PullRequest::fromQuery(const QUrlQuery& query)
{
    QueryFields f(query);
    PullRequest r;
    r.cursor = f.integer("cursor", 0, kMaxInt);
    r.limit = static_cast<int>(std::min<qint64>(f.integer("limit", 1, std::numeric_limits<int>::max()), kMaxPage));
    return checked(f, r);
}

QJsonObject PulledRow::toJson() const
{
    QJsonObject o { { QStringLiteral("table"), table }, { QStringLiteral("id"), id },
                    { QStringLiteral("data"), data },   { QStringLiteral("clocks"), clocks },
                    { QStringLiteral("hlc"), hlc },     { QStringLiteral("deleted"), deleted } };
    if (blobSize >= 0)
        o.insert(QStringLiteral("blob"), QJsonObject { { QStringLiteral("size"), blobSize }, { QStringLiteral("mime"), blobMime } });
    return o;
}

Result<PulledRow> PulledRow::fromJson(const QJsonObject& o, const QString& where)
{
    MessageFields f(o, where);
    PulledRow r;
    r.table = f.text("table");
    r.id = f.text("id");
    r.data = f.object("data");
    r.clocks = f.clocks("clocks", Need::Required);
    r.hlc = f.integer("hlc");
    r.deleted = f.boolean("deleted");
    if (f.has("blob")) {
        MessageFields blob(f.object("blob", Need::Required, 10), f.name("blob"));
        r.blobSize = blob.integer("size", 0, kMaxBlobSize);
        r.blobMime = blob.text("mime");
        if (f.ok() && !blob.ok())
            return blob.failure();
    }
    return checked(f, std::move(r));
}

QJsonObject PullPage::toJson() const
{
    QJsonArray list;
    for (const PulledRow& r : rows)
        list << r.toJson();
    return { { QStringLiteral("rows"), list },
             { QStringLiteral("cursor"), cursor },
             { QStringLiteral("more"), more },
             { QStringLiteral("hlc"), hlc } };
}

Result<PullPage> PullPage::fromJson(const QJsonObject& o)
{
    MessageFields f(o, {});
    PullPage p;
    p.rows = f.objects<PulledRow>("rows", kMaxPage, &PulledRow::fromJson);
    p.cursor = f.integer("cursor");
    p.more = f.boolean("more");
    p.hlc = f.integer("hlc");
    return checked(f, std::move(p));
}

PullPageWriter::PullPageWriter()
{
    m_out.reserve(1 << 20);
    m_out += "{\"rows\":[";
}

void PullPageWriter::addRow(const QString& table, const QString& id, const QByteArray& dataJson,
                            const QByteArray& clocksJson, qint64 hlc, bool deleted, qint64 blobSize, const QString& blobMime)
{
    if (m_rows++)
        m_out += ',';
    m_out += "{\"table\":";
    appendJsonString(m_out, table);
    m_out += ",\"id\":";
    appendJsonString(m_out, id);
    m_out += ",\"data\":";
    m_out += dataJson;
    m_out += ",\"clocks\":";
    m_out += clocksJson;
    m_out += ",\"hlc\":";
    m_out += QByteArray::number(hlc);
    m_out += ",\"deleted\":";
    m_out += deleted ? "true" : "false";
    if (blobSize >= 0) {
        m_out += ",\"blob\":{\"size\":";
        m_out += QByteArray::number(blobSize);
        m_out += ",\"mime\":";
        appendJsonString(m_out, blobMime);
        m_out += '}';
    }
    m_out += '}';
}

QByteArray PullPageWriter::finish(qint64 cursor, bool more, qint64 hlc)
{
    m_out += "],\"cursor\":";
    m_out += QByteArray::number(cursor);
    m_out += ",\"more\":";
    m_out += more ? "true" : "false";
    m_out += ",\"hlc\":";
    m_out += QByteArray::number(hlc);
    m_out += '}';
    return std::move(m_out);
}

// ---- attachments -----------------------------------------------------------------------

QJsonObject BlobStatus::toJson() const
{
    QJsonObject o { { QStringLiteral("received"), received }, { QStringLiteral("complete"), complete } };
    if (size >= 0)
        o.insert(QStringLiteral("size"), size);
    return o;
}

Result<BlobStatus> BlobStatus::fromJson(const QJsonObject& o)
{
    MessageFields f(o, {});
    BlobStatus s;
    s.size = f.has("size") ? f.integer("size", 0, kMaxBlobSize) : -1;
    s.received = f.integer("received", 0, kMaxBlobSize);
    s.complete = f.boolean("complete");
    return checked(f, s);
}

QUrlQuery BlobPiece::toQuery() const
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("size"), QString::number(size));
    q.addQueryItem(QStringLiteral("offset"), QString::number(offset));
    if (!mime.isEmpty())
        q.addQueryItem(QStringLiteral("mime"), mime);
    return q;
}

Result<BlobPiece> BlobPiece::fromQuery(const QUrlQuery& query)
{
    QueryFields f(query);
    BlobPiece p;
    p.size = f.integer("size", 0, kMaxBlobSize);
    p.offset = f.integer("offset", 0, kMaxBlobSize);
    p.mime = f.optionalText("mime", kMaxName);
    return checked(f, p);
}

QJsonObject BlobReceipt::toJson() const
{
    return { { QStringLiteral("received"), received }, { QStringLiteral("complete"), complete } };
}

Result<BlobReceipt> BlobReceipt::fromJson(const QJsonObject& o)
{
    MessageFields f(o, {});
    BlobReceipt r;
    r.received = f.integer("received", 0, kMaxBlobSize);
    r.complete = f.boolean("complete");
    return checked(f, r);
}

QJsonObject BlobResume::toJson() const
{
    return { { QStringLiteral("received"), received }, { QStringLiteral("error"), error } };
}

Result<BlobResume> BlobResume::fromJson(const QJsonObject& o)
{
    MessageFields f(o, {});
    BlobResume r;
    r.received = f.integer("received", 0, kMaxBlobSize);
    r.error = f.text("error", Need::Required, kMaxText);
    return checked(f, std::move(r));
}

QUrlQuery BlobRange::toQuery() const
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("offset"), QString::number(offset));
    q.addQueryItem(QStringLiteral("length"), QString::number(length));
    return q;
}

Result<BlobRange> BlobRange::fromQuery(const QUrlQuery& query)
{
    QueryFields f(query);
    BlobRange r;
    r.offset = f.integer("offset", 0, kMaxBlobSize);
    r.length = std::min(f.integer("length", 1, kMaxInt), kChunkLimit);
    return checked(f, r);
}

// ---- enrolment -------------------------------------------------------------------------

// ---- audit chain -----------------------------------------------------------------------

QJsonObject AuditHead::toJson() const
{
    QJsonObject o { { QStringLiteral("seq"), seq }, { QStringLiteral("known"), known } };
    if (!hash.isEmpty())
        o.insert(QStringLiteral("hash"), QString::fromLatin1(hash.toBase64()));
    return o;
}

Result<AuditHead> AuditHead::fromJson(const QJsonObject& o)
{
    MessageFields f(o, {});
    AuditHead h;
    h.seq = f.integer("seq");
    h.hash = f.base64("hash");
    h.known = f.boolean("known");
    return checked(f, std::move(h));
}

QJsonObject AuditReport::toJson() const
{
    QJsonObject o { { QStringLiteral("base_seq"), baseSeq }, { QStringLiteral("seq"), seq } };
    if (hasBase)
        o.insert(QStringLiteral("base_hash"), QString::fromLatin1(baseHash.toBase64()));
    if (!hash.isEmpty())
        o.insert(QStringLiteral("hash"), QString::fromLatin1(hash.toBase64()));
    if (brokenAt > 0)
        o.insert(QStringLiteral("broken_at"), brokenAt);
    return o;
}

Result<AuditReport> AuditReport::fromJson(const QJsonObject& o)
{
    MessageFields f(o, {});
    AuditReport r;
    r.baseSeq = f.integer("base_seq");
    r.hasBase = f.has("base_hash");
    r.baseHash = f.base64("base_hash");
    r.seq = f.integer("seq");
    r.hash = f.base64("hash");
    r.brokenAt = f.has("broken_at") ? f.integer("broken_at", 1) : 0;
    return checked(f, std::move(r));
}

QJsonObject EnrolRequest::toJson() const
{
    QJsonObject o;
    if (!offerKey.isEmpty())
        o.insert(QStringLiteral("offer_key"), QString::fromLatin1(offerKey.toBase64()));
    return o;
}

Result<EnrolRequest> EnrolRequest::fromJson(const QJsonObject& o)
{
    MessageFields f(o, {});
    EnrolRequest r;
    r.offerKey = f.base64("offer_key");
    return checked(f, std::move(r));
}

QJsonObject EnrolAnswer::toJson() const
{
    QJsonObject o { { QStringLiteral("device_id"), deviceId },
                    { QStringLiteral("tag"), tag },
                    { QStringLiteral("protocol"), protocol },
                    { QStringLiteral("user"),
                      QJsonObject { { QStringLiteral("id"), userId },
                                    { QStringLiteral("login"), login },
                                    { QStringLiteral("name"), name },
                                    { QStringLiteral("role"), role },
                                    { QStringLiteral("office_id"), officeId },
                                    { QStringLiteral("office_code"), officeCode } } } };
    if (!dataKey.isEmpty())
        o.insert(QStringLiteral("data_key"), QString::fromLatin1(dataKey.toBase64()));
    return o;
}

Result<EnrolAnswer> EnrolAnswer::fromJson(const QJsonObject& o)
{
    MessageFields f(o, {});
    EnrolAnswer a;
    a.deviceId = f.integer("device_id");
    a.tag = f.text("tag");
    a.protocol = static_cast<int>(f.integer("protocol", 0, 1000));
    a.dataKey = f.base64("data_key");
    if (!f.ok())
        return f.failure();
    MessageFields user(f.object("user", Need::Required, 100), f.name("user"));
    if (!f.ok())
        return f.failure();
    a.userId = user.text("id");
    a.login = user.text("login");
    a.name = user.text("name");
    a.role = user.text("role");
    a.officeId = user.text("office_id");
    a.officeCode = user.text("office_code");
    return checked(user, std::move(a));
}

QJsonObject ErrorAnswer::toJson() const
{
    return { { QStringLiteral("error"), error } };
}

Result<ErrorAnswer> ErrorAnswer::fromJson(const QJsonObject& o)
{
    MessageFields f(o, {});
    ErrorAnswer e;
    e.error = f.text("error", Need::Required, kMaxText);
    return checked(f, std::move(e));
}

// ---- bodies ----------------------------------------------------------------------------

Result<QJsonObject> objectFrom(const QByteArray& body)
{
    return FieldCheck::objectFrom(body);
}

QByteArray compactJson(const QJsonObject& o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace qf::sync
