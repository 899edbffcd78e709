#pragma once

#include "models/Result.h"

#include <QCoreApplication>
#include <QImage>
#include <QString>

#include <optional>

namespace qf {

// The sheet the clerk puts between two letters in a stack: A4, a QR code carrying the
// batch id and the sheet's number, and that number printed large. A scanned page holding
// such a QR code (read with ZXing) ends one letter and starts the next.
class SeparatorSheet
{
    Q_DECLARE_TR_FUNCTIONS(qf::SeparatorSheet)

public:
    struct Mark
    {
        QString batchId;
        int number = 0;
    };

    // What the QR code says: "QFSEP/<batch>/<number>".
    static QString payload(const QString& batchId, int number);
    static std::optional<Mark> parse(const QString& payload);

    // The sheet as a page image at the given resolution (A4).
    static QImage render(const QString& batchId, int number, int dpi = 150);
    // Writes `count` sheets (numbers 1..count) to a PDF for printing.
    static Result<bool> writePdf(const QString& file, const QString& batchId, int count);

    // The separator on a scanned page, if it is one.
    static std::optional<Mark> detect(const QImage& page);

    static QString newBatchId();
};

} // namespace qf
