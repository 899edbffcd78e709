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
    if (through >= 0)
        q.addQueryItem(QStringLiteral("through"), QString::number(through));
    return q;
}

Result<PullRequest> PullRequest::fromQuery(const QUrlQuery& query)
{
    QueryFields f(query);
    PullRequest r;
    r.cursor = f.integer("cursor", 0, kMaxInt);
    r.limit = static_cast<int>(std::min<qint64>(f.integer("limit", 1, std::numeric_limits<int>::max()), kMaxPage));
    if (query.hasQueryItem(QStringLiteral("through")))
        r.through = f.integer("through", 0, kMaxInt);
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

// ---- central accounts (protocol 4) ---------------------------------------------------------

namespace {

void putBytes(QJsonObject& o, const char* key, const QByteArray& bytes)
{
    if (!bytes.isEmpty())
        o.insert(QLatin1String(key), QString::fromLatin1(bytes.toBase64()));
}

constexpr int kMaxAccounts = 10000; // accounts of one office in one answer
constexpr int kMaxHash = 256;       // characters of an Argon2id hash string

} // namespace

QJsonObject Credential::toJson() const
{
    QJsonObject o { { QStringLiteral("login"), login },   { QStringLiteral("user_id"), userId },
                    { QStringLiteral("role"), role },     { QStringLiteral("password_hash"), passwordHash },
                    { QStringLiteral("disabled"), disabled }, { QStringLiteral("custodian"), custodian },
                    { QStringLiteral("rev"), rev } };
    putBytes(o, "key_salt", keySalt);
    putBytes(o, "public_key", publicKey);
    putBytes(o, "secret_wrap", secretWrap);
    putBytes(o, "office_box", officeBox);
    putBytes(o, "index_box", indexBox);
    return o;
}

Result<Credential> Credential::fromJson(const QJsonObject& o, const QString& where)
{
    MessageFields f(o, where);
    Credential c;
    c.login = f.text("login");
    c.userId = f.text("user_id", Need::Optional);
    c.role = f.text("role", Need::Optional);
    c.passwordHash = f.text("password_hash", Need::Required, kMaxHash);
    c.keySalt = f.base64("key_salt");
    c.publicKey = f.base64("public_key");
    c.secretWrap = f.base64("secret_wrap");
    c.officeBox = f.base64("office_box");
    c.indexBox = f.base64("index_box");
    c.disabled = f.has("disabled") && f.boolean("disabled");
    c.custodian = f.has("custodian") && f.boolean("custodian");
    c.rev = f.has("rev") ? f.integer("rev") : 0;
    return checked(f, std::move(c));
}

QJsonObject AccountsAnswer::toJson() const
{
    QJsonArray list;
    for (const Credential& c : accounts)
        list.append(c.toJson());
    QJsonObject o { { QStringLiteral("accounts"), list }, { QStringLiteral("rev"), rev } };
    putBytes(o, "office_public_key", officePublicKey);
    return o;
}

Result<AccountsAnswer> AccountsAnswer::fromJson(const QJsonObject& o)
{
    MessageFields f(o, {});
    AccountsAnswer a;
    a.accounts = f.objects<Credential>("accounts", kMaxAccounts, &Credential::fromJson);
    a.officePublicKey = f.base64("office_public_key");
    a.rev = f.integer("rev");
    return checked(f, std::move(a));
}

QJsonObject SealRequest::Box::toJson() const
{
    QJsonObject o { { QStringLiteral("login"), login } };
    putBytes(o, "office_box", officeBox);
    putBytes(o, "index_box", indexBox);
    return o;
}

Result<SealRequest::Box> SealRequest::Box::fromJson(const QJsonObject& o, const QString& where)
{
    MessageFields f(o, where);
    Box b;
    b.login = f.text("login");
    b.officeBox = f.base64("office_box");
    b.indexBox = f.base64("index_box");
    return checked(f, std::move(b));
}

QJsonObject SealRequest::toJson() const
{
    QJsonArray list;
    for (const Box& b : boxes)
        list.append(b.toJson());
    QJsonObject o { { QStringLiteral("boxes"), list } };
    putBytes(o, "office_public_key", officePublicKey);
    return o;
}

Result<SealRequest> SealRequest::fromJson(const QJsonObject& o)
{
    MessageFields f(o, {});
    SealRequest r;
    r.officePublicKey = f.base64("office_public_key");
    r.boxes = f.objects<Box>("boxes", kMaxAccounts, &Box::fromJson);
    return checked(f, std::move(r));
}

QJsonObject PasswordChange::toJson() const
{
    QJsonObject o { { QStringLiteral("password_hash"), passwordHash } };
    putBytes(o, "key_salt", keySalt);
    putBytes(o, "secret_wrap", secretWrap);
    return o;
}

Result<PasswordChange> PasswordChange::fromJson(const QJsonObject& o)
{
    MessageFields f(o, {});
    PasswordChange c;
    c.passwordHash = f.text("password_hash", Need::Required, kMaxHash);
    c.keySalt = f.base64("key_salt");
    c.secretWrap = f.base64("secret_wrap");
    return checked(f, std::move(c));
}

QJsonObject EnrolRequest::toJson() const
{
    QJsonObject o;
    if (!offerKey.isEmpty())
        o.insert(QStringLiteral("offer_key"), QString::fromLatin1(offerKey.toBase64()));
    if (offer)
        o.insert(QStringLiteral("offer"), offer->toJson());
    return o;
}

Result<EnrolRequest> EnrolRequest::fromJson(const QJsonObject& o)
{
    MessageFields f(o, {});
    EnrolRequest r;
    r.offerKey = f.base64("offer_key");
    if (f.has("offer")) {
        auto offer = Credential::fromJson(f.object("offer"), f.name("offer"));
        if (!offer)
            return offer.failure();
        r.offer = *offer;
    }
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
    putBytes(o, "data_key", dataKey);
    if (account)
        o.insert(QStringLiteral("account"), account->toJson());
    putBytes(o, "office_public_key", officePublicKey);
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
    a.officePublicKey = f.base64("office_public_key");
    if (f.has("account")) {
        auto account = Credential::fromJson(f.object("account"), f.name("account"));
        if (!account)
            return account.failure();
        a.account = *account;
    }
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
