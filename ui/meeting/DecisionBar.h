#pragma once

#include "models/Meeting.h"

#include <QGroupBox>
#include <optional>

class QComboBox;

namespace qf {

// The decision buttons of the chair's window: the four outcomes, a dispatch to the office
// chosen, send back and defer (keys 1-7, handled by MeetingWorkspace).
class DecisionBar : public QGroupBox
{
    Q_OBJECT

public:
    explicit DecisionBar(QWidget* parent = nullptr);

    // The offices a case can be dispatched to: (name, id).
    void setOffices(const QList<QPair<QString, QString>>& offices);
    void proposeOffice(const QString& orgId);
    QString office() const;

    // Keys 1-7: the four outcomes, dispatch, send back, defer.
    static std::optional<MeetingDecision> forKey(int key);
    // Where a number key is text rather than a decision.
    static bool isTextInput(const QObject* widget);

signals:
    void decided(qf::MeetingDecision decision);
    void undoRequested();

private:
    QComboBox* m_office = nullptr;
};

} // namespace qf
