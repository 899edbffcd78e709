#pragma once

#include "models/CaseSlide.h"
#include "models/Meeting.h"
#include "models/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <functional>

class QPrinter;

namespace qf {

// The minutes of a review meeting 《集体研判纪要》 as rich text: date, place, participants,
// each case's decision with its reasons, opinions and dissent, the deadline, and signature
// lines. The case lines come from CaseSlides, so they carry no reporter identity.
class MinutesDocument
{
    Q_DECLARE_TR_FUNCTIONS(qf::MinutesDocument)

public:
    using NameOf = std::function<QString(const QString&)>;

    static QString html(const Meeting& meeting, const QHash<QString, CaseSlide>& slides,
        const NameOf& orgName, int version = 1, bool confirmed = false);
    static Status writePdf(const QString& html, const QString& path);
    static void print(const QString& html, QPrinter* printer);
};

} // namespace qf
