#pragma once

#include "models/ClosingReview.h"
#include "models/Report.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QPlainTextEdit;

namespace qf {

class CaseWork;

// 复盘: the handling office's review of a concluded report within the review period (a
// setting, 5 days by default): facts established, handled properly, reporter understood,
// and notes. A review after the period is still recorded and marked late.
class ReviewDialog : public QDialog
{
    Q_OBJECT

public:
    ReviewDialog(CaseWork& work, const Report& report, QWidget* parent = nullptr);

    void setAnswers(const ReviewAnswers& answers);
    Status apply();
    void accept() override;

private:
    CaseWork& m_work;
    Report m_report;
    int m_days = 5;
    QCheckBox* m_facts = nullptr;
    QCheckBox* m_proper = nullptr;
    QCheckBox* m_understood = nullptr;
    QPlainTextEdit* m_notes = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace qf
