// What the sync service makes of a workstation's requests before it touches PostgreSQL:
// the push's batch (and the service's check of its ids, tables and rows), the enrolment,
// the pull's and the pieces' URL queries; what reads must read the same after writing it
// again. And the service's own writer of pull pages (PullPageWriter), which must write
// what PullPage::toJson writes. The first byte picks the request.
#include "server/ServiceJson.h"
#include "sync/SyncMessages.h"
#include "tests/fuzz/FuzzSupport.h"

#include <QJsonDocument>

using namespace qf;
using namespace qf::sync;

namespace {

template <typename T>
void roundTrip(const T& message)
{
    const QByteArray once = encode(message);
    auto again = decode<T>(once);
    if (!again)
        fprintf(stderr, "re-read refused: %s\n", qPrintable(again.error()));
    QF_FUZZ_CHECK(again.ok());
    QF_FUZZ_CHECK(encode(*again) == once);
}

template <typename T>
void queryRoundTrip(const T& message)
{
    const QUrlQuery once = message.toQuery();
    auto again = T::fromQuery(once);
    QF_FUZZ_CHECK(again.ok());
    QF_FUZZ_CHECK(again->toQuery().query(QUrl::FullyEncoded) == once.query(QUrl::FullyEncoded));
}

// The service puts ids and table names that pass isWord() into SQL text[] literals.
void checkWord(const QString& s)
{
    if (!server::detail::isWord(s))
        return;
    QF_FUZZ_CHECK(!s.isEmpty() && s.size() <= 80);
    for (QChar c : s)
        QF_FUZZ_CHECK(c.isLetterOrNumber() ? c.unicode() < 0x80
                                           : (c == u'_' || c == u'.' || c == u':' || c == u'-'));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* bytes, size_t size)
{
    fuzz::app();
    const QByteArray input(reinterpret_cast<const char*>(bytes), qsizetype(size));
    if (input.isEmpty())
        return 0;
    const QByteArray body = input.mid(1);
    const QUrlQuery query(QString::fromUtf8(body));
    switch (quint8(input[0]) % 6) {
    case 0:
        if (auto push = decode<PushRequest>(body)) {
            roundTrip(*push);
            for (const Mutation& m : std::as_const(push->mutations)) {
                checkWord(m.id);
                checkWord(m.table);
                checkWord(m.row);
                for (auto it = m.fields.begin(); it != m.fields.end(); ++it)
                    checkWord(it.key());
            }
        }
        break;
    case 1:
        if (auto r = decode<EnrolRequest>(body))
            roundTrip(*r);
        break;
    case 2:
        if (auto r = PullRequest::fromQuery(query))
            queryRoundTrip(*r);
        break;
    case 3:
        if (auto r = BlobPiece::fromQuery(query))
            queryRoundTrip(*r);
        break;
    case 4:
        if (auto r = BlobRange::fromQuery(query))
            queryRoundTrip(*r);
        break;
    default:
        // The rows of a page as the service holds them (data and clocks as JSON text).
        if (auto page = decode<PullPage>(body)) {
            PullPageWriter writer;
            for (const PulledRow& row : std::as_const(page->rows))
                writer.addRow(row.table, row.id, QJsonDocument(row.data).toJson(QJsonDocument::Compact),
                              QJsonDocument(row.clocks).toJson(QJsonDocument::Compact), row.hlc, row.deleted,
                              row.blobSize, row.blobMime);
            const QByteArray written = writer.finish(page->cursor, page->more, page->hlc);
            // The same JSON (QJsonDocument orders the keys; the writer does not).
            QJsonParseError error;
            const QJsonDocument doc = QJsonDocument::fromJson(written, &error);
            QF_FUZZ_CHECK(error.error == QJsonParseError::NoError);
            QF_FUZZ_CHECK(doc.object() == page->toJson());
        }
        break;
    }
    return 0;
}
