#include "ui/access/UsersDialog.h"
#include "ui/access/AccessWidgets.h"

#include "models/Accounts.h"
#include "models/Role.h"
#include "models/Session.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace qf {

namespace {

// A password asked twice, for a new user or a reset.
QString askPassword(QWidget* parent, const QString& title, const QString& who)
{
    QDialog d(parent);
    d.setWindowTitle(title);
    auto* form = new QFormLayout(&d);
    auto* first = new QLineEdit(&d);
    first->setEchoMode(QLineEdit::Password);
    auto* again = new QLineEdit(&d);
    again->setEchoMode(QLineEdit::Password);
    form->addRow(new QLabel(who, &d));
    form->addRow(UsersDialog::tr("&Password:"), first);
    form->addRow(UsersDialog::tr("Password &again:"), again);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &d);
    form->addRow(buttons);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &d, [&] {
        if (first->text() != again->text()) {
            QMessageBox::warning(&d, title, UsersDialog::tr("The two passwords differ."));
            return;
        }
        d.accept();
    });
    QObject::connect(buttons, &QDialogButtonBox::rejected, &d, &QDialog::reject);
    return d.exec() == QDialog::Accepted ? first->text() : QString();
}

} // namespace

UsersDialog::UsersDialog(Session& session, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("usersDialog"));
    setWindowTitle(tr("Users and roles"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Only the administrator adds users and gives roles. Roles entitled to identities "
                                "receive the office's identity key, wrapped with the user's password."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_table = access::rowTable(this, QStringLiteral("usersTable"),
                               { tr("Login"), tr("Name"), tr("Role"), tr("State"), tr("Custodian") });
    layout->addWidget(m_table, 1);
    auto* row = new QHBoxLayout;
    const std::pair<const char*, void (UsersDialog::*)()> actions[] = {
        { QT_TR_NOOP("&Add user…"), &UsersDialog::addUser },
        { QT_TR_NOOP("Change &role…"), &UsersDialog::changeRole },
        { QT_TR_NOOP("Reset &password…"), &UsersDialog::resetPassword },
        { QT_TR_NOOP("&Disable"), &UsersDialog::disable },
        { QT_TR_NOOP("&Custodian on/off"), &UsersDialog::toggleCustodian },
    };
    int n = 0;
    for (const auto& [text, slot] : actions) {
        auto* b = new QPushButton(tr(text), this);
        b->setObjectName(QStringLiteral("usersAction%1").arg(n++));
        connect(b, &QPushButton::clicked, this, slot);
        row->addWidget(b);
    }
    row->addStretch(1);
    layout->addLayout(row);
    m_message = access::messageLine(this, QStringLiteral("usersMessage"));
    layout->addWidget(m_message);
    layout->addWidget(access::closeButton(this));
    resize(760, 460);
    reload();
}

void UsersDialog::run(Session& session, QWidget* parent)
{
    UsersDialog d(session, parent);
    d.exec();
}

void UsersDialog::reload()
{
    m_table->setRowCount(0);
    auto accounts = m_session.accounts().list();
    if (!accounts) {
        report(accounts.error());
        return;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const Account& a : *accounts) {
        const int r = m_table->rowCount();
        m_table->insertRow(r);
        const QString state = a.disabled                                      ? tr("Disabled")
            : a.lockedUntil.isValid() && a.lockedUntil > now ? tr("Locked until %1").arg(a.lockedUntil.toLocalTime().toString(QStringLiteral("HH:mm")))
                                                              : tr("Active");
        const QStringList cells { a.login, a.name, Role::name(a.role), state, a.custodian ? tr("Yes") : QString() };
        for (int c = 0; c < cells.size(); ++c)
            m_table->setItem(r, c, new QTableWidgetItem(cells[c]));
    }
    m_table->resizeColumnsToContents();
}

QString UsersDialog::currentLogin() const
{
    const int r = m_table->currentRow();
    return r >= 0 ? m_table->item(r, 0)->text() : QString();
}

void UsersDialog::report(const QString& error)
{
    m_message->setText(error);
}

void UsersDialog::addUser()
{
    QDialog d(this);
    d.setWindowTitle(tr("Add user"));
    auto* form = new QFormLayout(&d);
    auto* login = new QLineEdit(&d);
    auto* name = new QLineEdit(&d);
    auto* role = new QComboBox(&d);
    for (const QString& code : Role::codes())
        role->addItem(Role::name(code), code);
    auto* custodian = new QCheckBox(tr("Decides on requests to release identities"), &d);
    form->addRow(tr("&Login:"), login);
    form->addRow(tr("&Name:"), name);
    form->addRow(tr("&Role:"), role);
    form->addRow(tr("Custodian:"), custodian);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &d);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &d, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &d, &QDialog::reject);
    if (d.exec() != QDialog::Accepted)
        return;
    NewAccount a;
    a.login = login->text().trimmed();
    a.name = name->text().trimmed();
    a.role = role->currentData().toString();
    a.custodian = custodian->isChecked();
    a.password = askPassword(this, tr("Add user"), tr("The first password of %1").arg(a.login));
    if (a.password.isEmpty())
        return;
    auto added = m_session.accounts().add(a);
    report(added ? QString() : added.error());
    reload();
}

void UsersDialog::changeRole()
{
    const QString login = currentLogin();
    if (login.isEmpty())
        return;
    QStringList names;
    for (const QString& code : Role::codes())
        names << Role::name(code);
    bool ok = false;
    const QString chosen = QInputDialog::getItem(this, tr("Change role"), tr("New role of %1:").arg(login), names, 0, false, &ok);
    if (!ok)
        return;
    const Status st = m_session.accounts().setRole(login, Role::codes().value(int(names.indexOf(chosen))));
    report(st ? QString() : st.error());
    reload();
}

void UsersDialog::resetPassword()
{
    const QString login = currentLogin();
    if (login.isEmpty())
        return;
    const QString password = askPassword(this, tr("Reset password"), tr("The new password of %1").arg(login));
    if (password.isEmpty())
        return;
    const Status st = m_session.accounts().resetPassword(login, password);
    report(st ? QString() : st.error());
    reload();
}

void UsersDialog::disable()
{
    const QString login = currentLogin();
    if (login.isEmpty())
        return;
    const Status st = m_session.accounts().setDisabled(login, true);
    report(st ? QString() : st.error());
    reload();
}

void UsersDialog::toggleCustodian()
{
    const QString login = currentLogin();
    if (login.isEmpty())
        return;
    auto account = m_session.accounts().find(login);
    if (!account)
        return report(account.error());
    const Status st = m_session.accounts().setCustodian(login, !account->custodian);
    report(st ? QString() : st.error());
    reload();
}

} // namespace qf
