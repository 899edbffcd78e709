#pragma once

#include <QDialog>

class QTableWidget;
class QPushButton;
class QLabel;

namespace qf {

class Session;

// The conflicts inbox: for each field two workstations changed at the same time, both
// values side by side; the officer keeps the current one or takes the other (the decision
// is itself synced). A second tab lists the changes the server refused, with the reason.
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

    Session& m_session;
    QTableWidget* m_conflicts = nullptr;
    QTableWidget* m_refused = nullptr;
    QPushButton* m_keep = nullptr;
    QPushButton* m_other = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace qf
