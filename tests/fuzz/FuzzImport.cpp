// The online platform's export as the import reads it: the whole file through ImportJob
// (BOM, binary and UTF-8 checks, JSON Lines or CSV with its header, each record checked by
// ImportRecord and registered through the session's ReportRegistrar in a throwaway store).
// The first byte picks the file name's suffix (which decides the format) and whether
// repeats are looked for.
#include "models/CsvReader.h"
#include "models/ImportJob.h"
#include "models/ImportRecord.h"
#include "tests/fuzz/FuzzSupport.h"

using namespace qf;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* bytes, size_t size)
{
    Session& session = fuzz::session();
    const QByteArray input(reinterpret_cast<const char*>(bytes), qsizetype(size));
    if (input.isEmpty())
        return 0;
    static const char* const suffixes[] = { "jsonl", "csv", "txt", "json" };
    const quint8 mode = quint8(input[0]);
    const QByteArray data = input.mid(1);

    // The CSV reader alone: every record starts on a later line than the one before, and
    // it always makes progress.
    {
        CsvReader reader(QString::fromUtf8(data));
        int line = 0;
        int records = 0;
        while (!reader.atEnd()) {
            const CsvReader::Record r = reader.next();
            QF_FUZZ_CHECK(r.line >= line);
            line = r.line;
            QF_FUZZ_CHECK(++records <= data.size() + 1);
        }
    }

    const QString path = fuzz::scratchPath(QStringLiteral("export.") + QLatin1String(suffixes[mode % 4]));
    fuzz::writeFile(path, data);
    ImportJob job(session.registrar(), session.database(), (mode & 4) != 0);
    if (!job.open(path))
        return 0; // not a file of reports: refused as a whole
    while (!job.atEnd()) {
        // A record that passed ImportRecord and the registrar's checks must register: the
        // store is healthy, so a failure here is a check missing before it.
        const Status s = job.step(100);
        if (!s)
            fprintf(stderr, "import step failed: %s\n", qPrintable(s.error()));
        QF_FUZZ_CHECK(s.ok());
    }
    const ImportSummary& summary = job.summary();
    QF_FUZZ_CHECK(summary.imported + summary.alreadyPresent + summary.rejected.size() == summary.records);
    return 0;
}
