#include "ui/SignInDialog.h"

#include "models/Session.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace qf {

SignInDialog::SignInDialog(Session& session, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("signInDialog"));
    setWindowTitle(tr("Sign in to Qingfeng"));
    auto* layout = new QVBoxLayout(this);
    auto* title = new QLabel(tr("<h3>Qingfeng</h3>Sign in with your login and password."), this);
    layout->addWidget(title);
    auto* form = new QFormLayout;
    m_login = new QLineEdit(this);
    m_login->setObjectName(QStringLiteral("signInLogin"));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("signInPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    form->addRow(tr("&Login:"), m_login);
    form->addRow(tr("&Password:"), m_password);
    layout->addLayout(form);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("signInError"));
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    m_error->setWordWrap(true);
    m_error->hide();
    layout->addWidget(m_error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Sign in"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("signInOk"));
    connect(buttons, &QDialogButtonBox::accepted, this, &SignInDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SignInDialog::reject);
    layout->addWidget(buttons);
    setMinimumWidth(380);

    // The last user who signed in here, offered again (the password never is).
    m_login->setText(session.accounts().lastLogin());
    (m_login->text().isEmpty() ? m_login : m_password)->setFocus();
}

void SignInDialog::accept()
{
    const Status in = m_session.signIn(m_login->text().trimmed(), m_password->text());
    m_password->clear();
    if (!in) {
        m_error->setText(in.error());
        m_error->show();
        m_password->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace qf
