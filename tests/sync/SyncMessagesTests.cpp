// The sync protocol's messages: each written and read back unchanged, and malformed ones
// (a missing field, a wrong type, an absurd size) refused with the field named.
#include "sync/SyncMessages.h"
#include "sync/SyncProtocol.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>

using namespace qf;
using namespace qf::sync;

namespace {

QJsonObject parse(const char* json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

// What is refused, and that the message names the field.
template <typename T>
void refused(const Result<T>& r, const char* field)
{
    INFO("expected a refusal naming " << field);
    REQUIRE_FALSE(r.ok());
    INFO(r.error().toStdString());
    CHECK(r.errorCode() == ErrorCode::Invalid);
    CHECK(r.error().contains(QLatin1String(field)));
}

// toJson, fromJson, toJson again: the same object.
template <typename T>
T roundTrip(const T& message)
{
    const QJsonObject o = message.toJson();
    auto back = T::fromJson(o);
    INFO((back ? std::string() : back.error().toStdString()));
    REQUIRE(back.ok());
    CHECK(back->toJson() == o);
    // And through the bytes on the wire.
    auto decoded = decode<T>(encode(message));
    REQUIRE(decoded.ok());
    CHECK(decoded->toJson() == o);
    return *back;
}

Mutation sampleMutation()
{
    Mutation m;
    m.id = QStringLiteral("0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b");
    m.seq = 42;
    m.table = QStringLiteral("reports");
    m.row = QStringLiteral("0190a1b2-0000-7000-8000-000000000001");
    m.op = QStringLiteral("update");
    m.hlc = (qint64(1767225600000) << 16) | 7; // beyond 2^53: must stay exact
    m.fields = parse(R"({"status": "registered", "content": "举报内容", "restricted": 0, "note": null})");
    m.base = parse(R"({"status": 1234, "content": 0})");
    m.author = QStringLiteral("user-1");
    return m;
}

PulledRow sampleRow(bool withBlob)
{
    PulledRow r;
    r.table = withBlob ? QStringLiteral("report_attachments") : QStringLiteral("reports");
    r.id = QStringLiteral("row-1");
    r.data = parse(R"({"sha256": "ab", "content": "内容 \"quoted\"", "n": 3})");
    r.clocks = parse(R"({"content": 115964116992000001})");
    r.hlc = 115964116992000001;
    r.deleted = !withBlob;
    if (withBlob) {
        r.blobSize = 1234567;
        r.blobMime = QStringLiteral("image/jpeg");
    }
    return r;
}

} // namespace

TEST_CASE("push messages: a batch and its results round trip, clocks exact")
{
    const Mutation m = sampleMutation();
    const Mutation back = roundTrip(m);
    CHECK(back.id == m.id);
    CHECK(back.seq == 42);
    CHECK(back.hlc == m.hlc);
    CHECK(back.fields == m.fields);
    CHECK(back.base == m.base);
    CHECK(back.author == m.author);

    // An insert has no base and maybe no author: neither is sent.
    Mutation insert = m;
    insert.op = QStringLiteral("insert");
    insert.base = {};
    insert.author.clear();
    CHECK_FALSE(insert.toJson().contains(QLatin1String("base")));
    CHECK_FALSE(insert.toJson().contains(QLatin1String("author")));
    roundTrip(insert);

    PushRequest request { { m, insert } };
    CHECK(roundTrip(request).mutations.size() == 2);
    CHECK(roundTrip(PushRequest {}).mutations.isEmpty());

    PushResult result { { MutationResult { m.id, QLatin1String(kApplied), {} },
                          MutationResult { insert.id, QLatin1String(kRefused), QStringLiteral("This belongs to another office.") } },
                        m.hlc };
    const PushResult r = roundTrip(result);
    REQUIRE(r.results.size() == 2);
    CHECK(r.results[1].status == QLatin1String(kRefused));
    CHECK(r.results[1].reason == result.results[1].reason);
    CHECK_FALSE(result.results[0].toJson().contains(QLatin1String("reason")));
    CHECK(r.hlc == m.hlc);
}

TEST_CASE("push messages: malformed batches and results are refused with the field named")
{
    refused(PushRequest::fromJson({}), "mutations");
    refused(PushRequest::fromJson(parse(R"({"mutations": {}})")), "mutations");
    refused(PushRequest::fromJson(parse(R"({"mutations": [1]})")), "mutations[0]");

    const QJsonObject good = sampleMutation().toJson();
    auto batchWith = [&](const QJsonObject& second) {
        return PushRequest::fromJson(QJsonObject { { QStringLiteral("mutations"), QJsonArray { good, second } } });
    };
    for (const char* field : { "id", "seq", "table", "row", "op", "hlc", "fields" }) {
        QJsonObject o = good;
        o.remove(QLatin1String(field));
        refused(batchWith(o), QByteArray(QByteArray("mutations[1].") + field).constData());
    }
    auto with = [&](const char* field, const QJsonValue& v) {
        QJsonObject o = good;
        o.insert(QLatin1String(field), v);
        return batchWith(o);
    };
    refused(with("table", 7), "mutations[1].table");
    refused(with("seq", QStringLiteral("42")), "mutations[1].seq");
    refused(with("seq", -1), "mutations[1].seq");
    refused(with("hlc", 1.5), "mutations[1].hlc");
    refused(with("fields", QJsonArray {}), "mutations[1].fields");
    refused(with("base", parse(R"({"status": "x"})")), "mutations[1].base.status");
    refused(with("author", QJsonObject {}), "mutations[1].author");
    refused(with("id", QString(kMaxName + 1, QLatin1Char('x'))), "mutations[1].id");
    QJsonObject wide;
    for (int i = 0; i <= kMaxFields; ++i)
        wide.insert(QStringLiteral("f%1").arg(i), i);
    refused(with("fields", wide), "mutations[1].fields");

    QJsonArray many;
    for (int i = 0; i <= kMaxPushBatch; ++i)
        many << good;
    refused(PushRequest::fromJson({ { QStringLiteral("mutations"), many } }), "mutations");

    refused(PushResult::fromJson(parse(R"({"results": []})")), "hlc");
    refused(PushResult::fromJson(parse(R"({"hlc": 1})")), "results");
    refused(PushResult::fromJson(parse(R"({"results": [{"id": "a"}], "hlc": 1})")), "results[0].status");
    refused(PushResult::fromJson(parse(R"({"results": [{"id": "a", "status": "refused", "reason": 3}], "hlc": 1})")),
            "results[0].reason");
}

TEST_CASE("pull messages: parameters, rows and pages round trip - the service's page writer writes the same page")
{
    PullRequest request { 123456789012, 2000 };
    auto back = PullRequest::fromQuery(request.toQuery());
    REQUIRE(back.ok());
    CHECK(back->cursor == request.cursor);
    CHECK(back->limit == 2000);
    CHECK(back->through == -1); // not sent: every row comes
    auto through = PullRequest::fromQuery(PullRequest { 5, 10, 4321 }.toQuery());
    REQUIRE(through.ok());
    CHECK(through->through == 4321);
    // A larger page than the service serves is served as its largest.
    auto large = PullRequest::fromQuery(PullRequest { 0, kMaxPage * 10 }.toQuery());
    REQUIRE(large.ok());
    CHECK(large->limit == kMaxPage);

    const PulledRow plain = roundTrip(sampleRow(false));
    CHECK(plain.blobSize == -1);
    CHECK(plain.deleted);
    CHECK(plain.hlc == 115964116992000001);
    const PulledRow attachment = roundTrip(sampleRow(true));
    CHECK(attachment.blobSize == 1234567);
    CHECK(attachment.blobMime == QStringLiteral("image/jpeg"));

    PullPage page { { sampleRow(false), sampleRow(true) }, 77, true, 115964116992000009 };
    const PullPage p = roundTrip(page);
    CHECK(p.rows.size() == 2);
    CHECK(p.cursor == 77);
    CHECK(p.more);

    // The writer copies the rows' data and clocks as text (PostgreSQL's spacing and all).
    PullPageWriter writer;
    for (const PulledRow& r : page.rows)
        writer.addRow(r.table, r.id, QJsonDocument(r.data).toJson(QJsonDocument::Indented),
                      QJsonDocument(r.clocks).toJson(QJsonDocument::Compact), r.hlc, r.deleted, r.blobSize, r.blobMime);
    CHECK(writer.rowCount() == 2);
    const QByteArray written = writer.finish(page.cursor, page.more, page.hlc);
    auto read = decode<PullPage>(written);
    REQUIRE(read.ok());
    CHECK(read->toJson() == page.toJson());
    // Text that needs escaping is escaped.
    PullPageWriter odd;
    odd.addRow(QStringLiteral("t\"1"), QStringLiteral("行\n2"), "{}", "{}", 1, false, 5, QStringLiteral("a\\b"));
    auto oddPage = decode<PullPage>(odd.finish(1, false, 2));
    REQUIRE(oddPage.ok());
    CHECK(oddPage->rows.at(0).table == QStringLiteral("t\"1"));
    CHECK(oddPage->rows.at(0).id == QStringLiteral("行\n2"));
    CHECK(oddPage->rows.at(0).blobMime == QStringLiteral("a\\b"));
    // An empty page.
    auto empty = decode<PullPage>(PullPageWriter().finish(5, false, 6));
    REQUIRE(empty.ok());
    CHECK(empty->rows.isEmpty());
    CHECK(empty->cursor == 5);
}

TEST_CASE("pull messages: malformed parameters and pages are refused with the field named")
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("limit"), QStringLiteral("10"));
    refused(PullRequest::fromQuery(q), "cursor");
    q.addQueryItem(QStringLiteral("cursor"), QStringLiteral("ten"));
    refused(PullRequest::fromQuery(q), "cursor");
    refused(PullRequest::fromQuery(PullRequest { -1, 10 }.toQuery()), "cursor");
    refused(PullRequest::fromQuery(PullRequest { 0, 0 }.toQuery()), "limit");
    QUrlQuery badThrough = PullRequest { 0, 10 }.toQuery();
    badThrough.addQueryItem(QStringLiteral("through"), QStringLiteral("-5"));
    refused(PullRequest::fromQuery(badThrough), "through");

    const QJsonObject row = sampleRow(true).toJson();
    auto pageWith = [&](const QJsonObject& r) {
        return PullPage::fromJson(QJsonObject { { QStringLiteral("rows"), QJsonArray { row, r } },
                                                { QStringLiteral("cursor"), 1 },
                                                { QStringLiteral("more"), false },
                                                { QStringLiteral("hlc"), 1 } });
    };
    for (const char* field : { "table", "id", "data", "clocks", "hlc", "deleted" }) {
        QJsonObject o = row;
        o.remove(QLatin1String(field));
        refused(pageWith(o), QByteArray(QByteArray("rows[1].") + field).constData());
    }
    QJsonObject o = row;
    o.insert(QStringLiteral("deleted"), 1);
    refused(pageWith(o), "rows[1].deleted");
    o = row;
    o.insert(QStringLiteral("blob"), parse(R"({"size": -5, "mime": ""})"));
    refused(pageWith(o), "rows[1].blob.size");
    o.insert(QStringLiteral("blob"), parse(R"({"size": 5})"));
    refused(pageWith(o), "rows[1].blob.mime");
    o.insert(QStringLiteral("blob"), QStringLiteral("big"));
    refused(pageWith(o), "rows[1].blob");
    o = row;
    o.insert(QStringLiteral("clocks"), parse(R"({"content": "soon"})"));
    refused(pageWith(o), "rows[1].clocks.content");

    for (const char* field : { "rows", "cursor", "more", "hlc" }) {
        QJsonObject page = PullPage { { sampleRow(false) }, 1, false, 1 }.toJson();
        page.remove(QLatin1String(field));
        refused(PullPage::fromJson(page), field);
    }
    QJsonArray many;
    for (int i = 0; i <= kMaxPage; ++i)
        many << row;
    refused(PullPage::fromJson({ { QStringLiteral("rows"), many },
                                 { QStringLiteral("cursor"), 1 },
                                 { QStringLiteral("more"), false },
                                 { QStringLiteral("hlc"), 1 } }),
            "rows");
}

TEST_CASE("attachment messages round trip - malformed or absurd ones are refused with the field named")
{
    const BlobStatus unknown = roundTrip(BlobStatus {});
    CHECK(unknown.size == -1);
    CHECK_FALSE(BlobStatus {}.toJson().contains(QLatin1String("size")));
    const BlobStatus some = roundTrip(BlobStatus { 1000, 400, false });
    CHECK(some.size == 1000);
    CHECK(some.received == 400);
    refused(BlobStatus::fromJson(parse(R"({"complete": false})")), "received");
    refused(BlobStatus::fromJson(parse(R"({"received": 1, "complete": "no"})")), "complete");

    BlobPiece piece { qint64(3) << 30, 1024 * 1024, QStringLiteral("application/pdf") };
    auto p = BlobPiece::fromQuery(piece.toQuery());
    REQUIRE(p.ok());
    CHECK(p->size == piece.size);
    CHECK(p->offset == piece.offset);
    CHECK(p->mime == piece.mime);
    auto noMime = BlobPiece::fromQuery(BlobPiece { 10, 0, {} }.toQuery());
    REQUIRE(noMime.ok());
    CHECK(noMime->mime.isEmpty());
    refused(BlobPiece::fromQuery(BlobPiece { kMaxBlobSize + 1, 0, {} }.toQuery()), "size");
    refused(BlobPiece::fromQuery(BlobPiece { 10, -1, {} }.toQuery()), "offset");
    refused(BlobPiece::fromQuery(BlobPiece { 10, 0, QString(kMaxName + 1, QLatin1Char('m')) }.toQuery()), "mime");

    CHECK(roundTrip(BlobReceipt { 4096, true }).complete);
    refused(BlobReceipt::fromJson(parse(R"({"received": 1})")), "complete");
    const BlobResume resume = roundTrip(BlobResume { 2048, QStringLiteral("send from there") });
    CHECK(resume.received == 2048);
    refused(BlobResume::fromJson(parse(R"({"error": "size differs"})")), "received");

    auto range = BlobRange::fromQuery(BlobRange { 5, 100 }.toQuery());
    REQUIRE(range.ok());
    CHECK(range->offset == 5);
    CHECK(range->length == 100);
    auto wide = BlobRange::fromQuery(BlobRange { 0, kChunkLimit * 8 }.toQuery());
    REQUIRE(wide.ok());
    CHECK(wide->length == kChunkLimit);
    refused(BlobRange::fromQuery(BlobRange { 0, 0 }.toQuery()), "length");
    refused(BlobRange::fromQuery(QUrlQuery(QStringLiteral("length=10"))), "offset");
}

TEST_CASE("enrolment and error messages round trip - malformed ones are refused with the field named")
{
    const QByteArray key(32, '\x5a');
    CHECK(roundTrip(EnrolRequest { key }).offerKey == key);
    CHECK(roundTrip(EnrolRequest {}).offerKey.isEmpty());
    refused(EnrolRequest::fromJson(parse(R"({"offer_key": "not base64!"})")), "offer_key");
    refused(EnrolRequest::fromJson(parse(R"({"offer_key": 5})")), "offer_key");

    EnrolAnswer answer { 17, QStringLiteral("A3"), kProtocolVersion, QStringLiteral("u1"), QStringLiteral("clerk"),
                         QStringLiteral("张三"), QStringLiteral("registry_clerk"), QStringLiteral("o1"),
                         QStringLiteral("QH-JW"), key };
    const EnrolAnswer a = roundTrip(answer);
    CHECK(a.deviceId == 17);
    CHECK(a.name == answer.name);
    CHECK(a.officeCode == answer.officeCode);
    CHECK(a.dataKey == key);
    answer.dataKey.clear();
    CHECK_FALSE(answer.toJson().contains(QLatin1String("data_key")));
    CHECK(roundTrip(answer).dataKey.isEmpty());
    for (const char* field : { "device_id", "tag", "protocol", "user" }) {
        QJsonObject o = answer.toJson();
        o.remove(QLatin1String(field));
        refused(EnrolAnswer::fromJson(o), field);
    }
    QJsonObject o = answer.toJson();
    QJsonObject user = o.value(QLatin1String("user")).toObject();
    user.remove(QLatin1String("office_id"));
    o.insert(QStringLiteral("user"), user);
    refused(EnrolAnswer::fromJson(o), "user.office_id");

    CHECK(roundTrip(ErrorAnswer { QStringLiteral("not found") }).error == QStringLiteral("not found"));
    CHECK(encode(ErrorAnswer { QStringLiteral("not found") }) == QByteArrayLiteral("{\"error\":\"not found\"}"));
    refused(ErrorAnswer::fromJson({}), "error");

    // Bodies that are no message at all.
    auto notJson = decode<ErrorAnswer>("{ not json");
    REQUIRE_FALSE(notJson.ok());
    CHECK(notJson.errorCode() == ErrorCode::Invalid);
    auto array = decode<PushResult>("[1, 2]");
    REQUIRE_FALSE(array.ok());
    CHECK(array.errorCode() == ErrorCode::Invalid);
}
