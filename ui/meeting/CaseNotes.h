#pragma once

#include "models/Meeting.h"

#include <QWidget>

class QCheckBox;
class QDateEdit;
class QPlainTextEdit;

namespace qf {

// What the meeting says about the current case: reasons, opinions, dissent and a deadline.
class CaseNotes : public QWidget
{
    Q_OBJECT

public:
    explicit CaseNotes(QWidget* parent = nullptr);

    void load(const AgendaItem& item);
    void store(AgendaItem& item) const;
    void focusReasons();

private:
    QPlainTextEdit* m_reasons = nullptr;
    QPlainTextEdit* m_opinions = nullptr;
    QPlainTextEdit* m_dissent = nullptr;
    QCheckBox* m_hasDeadline = nullptr;
    QDateEdit* m_deadline = nullptr;
};

} // namespace qf
