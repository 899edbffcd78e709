#pragma once

#include "models/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace qf {

// One representative of a group visit (集体访): at most five are chosen by the group
// (信访工作条例), each with the ID number.
struct Representative
{
    QString name;
    QString idNumber; // normalised (IdNumber::normalize)

    bool operator==(const Representative&) const = default;
};

// The representatives as the visit keeps them: one sealed field (visits.representatives_enc)
// holding a JSON array [{"name":…,"id_number":…}]. A value written before (a free-text line)
// reads back as names only.
class Representatives
{
    Q_DECLARE_TR_FUNCTIONS(qf::Representatives)

public:
    static constexpr int kMax = 5;

    static QString encode(const QList<Representative>& list);
    static QList<Representative> decode(const QString& stored);
    // At most five, each named, each ID number valid (and not twice), no more than the group's
    // head count. The message names the representative.
    static Status check(const QList<Representative>& list, int headCount);
    // "张三（110105…0420）、李四" for a summary line (the numbers masked but for the last four).
    static QString summary(const QList<Representative>& list);
};

} // namespace qf
