// ocr: character accuracy of the OCR (Tesseract chi_sim through OcrEngine) over 32 letter
// pages rendered here, 16 in a Ming face (AR PL UMing) and 16 in a Kai face (AR PL UKai),
// each degraded as a scan would be (turned 1-3 degrees either way, noise, slight blur,
// JPEG), read with and without deskew; and the seconds per page (p50, p95) with deskew.
// Needs OMP_THREAD_LIMIT=1 from before the start (run-test.sh sets it).
#include "tests/bench/BenchSuite.h"
#include "tests/support/LetterPages.h"

#include "app/ocr/OcrEngine.h"

#include <QElapsedTimer>
#include <QRandomGenerator>

#include <algorithm>

namespace qf::bench {

int runOcrSuite(BenchContext& ctx)
{
    constexpr int kPages = 32;
    OcrEngine engine;
    QRandomGenerator rng(20261202);
    double sumWith = 0, sumWithout = 0;
    std::vector<double> seconds;
    qint64 chars = 0;
    for (int i = 0; i < kPages; ++i) {
        const QString family = i % 2 == 0 ? QStringLiteral("AR PL UMing CN") : QStringLiteral("AR PL UKai CN");
        const QStringList lines = test::letterLines(i * 3, 8);
        const QString expected = lines.join(QString());
        chars += expected.size();
        const double degrees = (1.0 + rng.bounded(2.0)) * (rng.bounded(2) ? 1 : -1);
        const QImage page = test::degrade(test::renderLetter(lines, family, 300, 12), degrees, 10 + int(rng.bounded(10)),
                                          true, 70 + int(rng.bounded(20)), rng.generate());
        QElapsedTimer t;
        t.start();
        auto with = engine.read(page);
        seconds.push_back(double(t.nsecsElapsed()) / 1e9);
        OcrEngine::Options raw;
        raw.deskew = false;
        raw.upright = false;
        auto without = engine.read(page, raw);
        if (!with || !without) {
            ctx.log() << (with ? without.error() : with.error()) << Qt::endl;
            return 1;
        }
        const double a = test::charAccuracy(expected, with->text());
        const double b = test::charAccuracy(expected, without->text());
        ctx.log() << "page " << i + 1 << " " << family << " " << QString::number(degrees, 'f', 2) << " deg: " << a
                  << " deskewed, " << b << " as scanned, " << seconds.back() << " s" << Qt::endl;
        sumWith += a;
        sumWithout += b;
    }
    std::sort(seconds.begin(), seconds.end());
    ctx.result(QStringLiteral("ocr_pages"), kPages);
    ctx.result(QStringLiteral("ocr_characters"), double(chars));
    ctx.result(QStringLiteral("ocr_char_accuracy"), sumWith / kPages, 4);
    ctx.result(QStringLiteral("ocr_char_accuracy_without_deskew"), sumWithout / kPages, 4);
    ctx.result(QStringLiteral("ocr_seconds_per_page_p50"), seconds[seconds.size() / 2], 3);
    ctx.result(QStringLiteral("ocr_seconds_per_page_p95"), seconds[size_t(double(seconds.size() - 1) * 0.95)], 3);
    return 0;
}

} // namespace qf::bench
