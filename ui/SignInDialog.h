#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;

namespace qf {

class Session;

// Who is working now: login and password, checked by the core (models/Accounts) - a wrong
// password, a locked or a disabled account is said plainly and nothing else changes. The
// start of the program and "Switch user" open it; the login offered is the last user's.
class SignInDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SignInDialog(Session& session, QWidget* parent = nullptr);

    void accept() override;

private:
    Session& m_session;
    QLineEdit* m_login = nullptr;
    QLineEdit* m_password = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace qf
