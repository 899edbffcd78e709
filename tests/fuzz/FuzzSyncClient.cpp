// What the workstation makes of the sync service's answers (SyncClient): every answer type
// read as SyncClient reads it; what reads must read the same after writing it again; a
// pulled page is applied to a throwaway store (SyncLocal::applyPage) and a push's results
// acknowledged, as after a real exchange. The first byte picks the answer.
#include "sync/SyncLocal.h"
#include "sync/SyncMessages.h"
#include "tests/fuzz/FuzzSupport.h"

using namespace qf;
using namespace qf::sync;

namespace {

// Reading what was written gives what was written.
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
Result<T> readAnswer(const QByteArray& body)
{
    auto m = decode<T>(body);
    if (m)
        roundTrip(*m);
    return m;
}

SyncLocal& local()
{
    static SyncLocal l(fuzz::session().database(), fuzz::session().writer());
    return l;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* bytes, size_t size)
{
    fuzz::session();
    const QByteArray input(reinterpret_cast<const char*>(bytes), qsizetype(size));
    if (input.isEmpty())
        return 0;
    const QByteArray body = input.mid(1);
    switch (quint8(input[0]) % 7) {
    case 0:
        if (auto r = readAnswer<PushResult>(body))
            (void)local().acknowledge(r->results, r->hlc);
        break;
    case 1:
        if (auto page = readAnswer<PullPage>(body)) {
            const qint64 before = local().cursor();
            const Status s = local().applyPage(page->rows, page->cursor, page->hlc);
            // A page applies whole or not at all.
            QF_FUZZ_CHECK(local().cursor() == (s.ok() ? page->cursor : before));
        }
        break;
    case 2:
        (void)readAnswer<BlobStatus>(body);
        break;
    case 3:
        (void)readAnswer<BlobReceipt>(body);
        break;
    case 4:
        (void)readAnswer<BlobResume>(body);
        break;
    case 5:
        (void)readAnswer<EnrolAnswer>(body);
        break;
    default:
        (void)readAnswer<ErrorAnswer>(body);
        break;
    }
    return 0;
}
