#pragma once

#include "models/Meeting.h"

#include <QGroupBox>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QListWidget;

namespace qf {

// The participants of the meeting and their departments, with a row to add one.
class ParticipantsBox : public QGroupBox
{
    Q_OBJECT

public:
    explicit ParticipantsBox(QWidget* parent = nullptr);

    void setParticipants(const QList<MeetingParticipant>& participants);
    void clearEntry();

signals:
    void addRequested(const QString& name, const QString& department, bool sittingIn);

private:
    QListWidget* m_list = nullptr;
    QLineEdit* m_name = nullptr;
    QComboBox* m_department = nullptr;
    QCheckBox* m_sittingIn = nullptr;
};

} // namespace qf
