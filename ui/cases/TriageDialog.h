#pragma once

#include "models/Report.h"
#include "models/Result.h"

#include <QDialog>

class QLabel;
class QSpinBox;

namespace qf {

class CaseWork;

// 初筛 "1+3": verifiability, typicality and timeliness from 1 to 5; the class (A/B/C) and
// what it means are shown as the scores change. OK records the triage through the state
// machine (scores and the user kept in the event).
class TriageDialog : public QDialog
{
    Q_OBJECT

public:
    TriageDialog(CaseWork& work, const Report& report, QWidget* parent = nullptr);

    void setScores(int verifiability, int typicality, int timeliness);
    QString classText() const;
    Status apply();

    void accept() override;

private:
    void updateClass();

    CaseWork& m_work;
    Report m_report;
    QSpinBox* m_verifiability = nullptr;
    QSpinBox* m_typicality = nullptr;
    QSpinBox* m_timeliness = nullptr;
    QLabel* m_class = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace qf
