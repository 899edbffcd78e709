#pragma once

#include "models/CaseState.h"
#include "models/DeadlineClock.h"

#include <QCoreApplication>
#include <QStringList>

namespace qf {

// The names people read for the codes stored in reports (status, channel, class) and for
// the traffic lights, translated.
class CaseLabels
{
    Q_DECLARE_TR_FUNCTIONS(qf::CaseLabels)

public:
    static QString status(const QString& code);
    // What a move is called on the buttons and in the history ("受理", "交办").
    static QString transition(Transition t);
    static QString channel(const QString& code);
    static QString light(Light light);
    static QString triageClass(const QString& code);
    static QStringList channelCodes();
    static QList<Light> lights(); // the ones a filter offers: green .. overdue, and none
};

} // namespace qf
