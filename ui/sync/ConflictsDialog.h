#pragma once

#include <QDialog>

class QTableWidget;
class QPushButton;
class QLabel;

namespace qf {

class Session;

// The conflicts inbox: for each field two workstations changed at the same time, both
// values side by side; the officer keeps the current one or takes the other (the decision
// is itself synced). A second tab lists the changes the server refused, with the reason; a
// third the rows from the server this workstation could not apply (kept aside, tried again
// after an upgrade or with Retry).
class ConflictsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ConflictsDialog(Session& session, QWidget* parent = nullptr);

    void reload();

signals:
    void decided();

private:
    void decide(bool useOther);
    void retryHeld();

    Session& m_session;
    QTableWidget* m_conflicts = nullptr;
    QTableWidget* m_refused = nullptr;
    QTableWidget* m_held = nullptr;
    QPushButton* m_retry = nullptr;
    QPushButton* m_keep = nullptr;
    QPushButton* m_other = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace qf
