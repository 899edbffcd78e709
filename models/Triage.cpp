#include "models/Triage.h"

namespace qf {

Status Triage::validate(const TriageScores& s)
{
    auto inRange = [](int v) { return v >= 1 && v <= 5; };
    if (!inRange(s.verifiability) || !inRange(s.typicality) || !inRange(s.timeliness))
        return Error { tr("Verifiability, typicality and timeliness are each scored from 1 to 5.") };
    return {};
}

TriageClass Triage::classify(const TriageScores& s)
{
    if (s.verifiability >= 4 && s.timeliness >= 3)
        return TriageClass::A;
    if (s.verifiability >= 3 || s.typicality >= 4)
        return TriageClass::B;
    return TriageClass::C;
}

Result<TriageClass> Triage::assess(const TriageScores& s)
{
    if (Status st = validate(s); !st)
        return Error { st.error() };
    return classify(s);
}

} // namespace qf
