#pragma once

#include <QDialog>

class QLabel;
class QTableWidget;

namespace qf {

class Session;
struct ReleaseRequest;

// Custodian release on the screen (工具 → 身份信息申请): the signed-in user's requests with
// their decisions (an approved one shows the identity while it lasts), and for a custodian
// the requests waiting for a decision, approved or refused with a reason.
class ReleasesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ReleasesDialog(Session& session, QWidget* parent = nullptr);
    static void run(Session& session, QWidget* parent);
    // Asks for the reason and sends a request for the report's reporter.
    static void request(Session& session, const QString& reportId, QWidget* parent);

    void reload();

private:
    void fill(QTableWidget* table, const QList<ReleaseRequest>& list);
    QString selected(QTableWidget* table) const;
    void showReleased();
    void decide(bool approve);

    Session& m_session;
    QTableWidget* m_mine = nullptr;
    QTableWidget* m_waiting = nullptr;
    QLabel* m_identity = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace qf
