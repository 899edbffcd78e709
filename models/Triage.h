#pragma once

#include "models/CaseState.h"
#include "models/Result.h"

#include <QCoreApplication>

namespace qf {

// The "1+3" triage (初筛): three scores from 1 (weak) to 5 (strong) next to the acceptance
// guideline, and the class they give:
//
//   | class | rule                                             | goes to                        |
//   |-------|--------------------------------------------------|--------------------------------|
//   | A     | verifiability >= 4 and timeliness >= 3           | case handling (evidence/review)|
//   | B     | otherwise verifiability >= 3 or typicality >= 4  | key-attention pool (重点关注库) |
//   | C     | everything else                                  | reminder letter to the dept.   |
//
// A clue that is strongly verifiable but stale (timeliness < 3) is only B: it is kept and
// watched. Frequently reported matters (typicality >= 4) are B even when weakly verifiable.
struct TriageScores
{
    int verifiability = 0;
    int typicality = 0;
    int timeliness = 0;
};

class Triage
{
    Q_DECLARE_TR_FUNCTIONS(qf::Triage)

public:
    static Status validate(const TriageScores& scores);
    static TriageClass classify(const TriageScores& scores);
    // Validated and classified in one step.
    static Result<TriageClass> assess(const TriageScores& scores);
};

} // namespace qf
