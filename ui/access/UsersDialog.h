#pragma once

#include <QDialog>

class QLabel;
class QTableWidget;

namespace qf {

class Session;

// The administrator's accounts screen (工具 → 用户与角色): every account with its role and
// state; add a user, give another role, reset a password (which unlocks and re-enables),
// disable, name a custodian. The core (models/Accounts) refuses all of it to anyone else.
class UsersDialog : public QDialog
{
    Q_OBJECT

public:
    explicit UsersDialog(Session& session, QWidget* parent = nullptr);
    static void run(Session& session, QWidget* parent);

    void reload();

private:
    QString currentLogin() const;
    void addUser();
    void changeRole();
    void resetPassword();
    void disable();
    void toggleCustodian();
    void report(const QString& error);

    Session& m_session;
    QTableWidget* m_table = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace qf
