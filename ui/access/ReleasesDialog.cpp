#include "ui/access/ReleasesDialog.h"
#include "ui/access/AccessWidgets.h"

#include "models/IdentityReleases.h"
#include "models/Session.h"

#include <QDialogButtonBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace qf {

namespace {

QTableWidget* makeTable(QWidget* parent, const char* name)
{
    return access::rowTable(parent, QLatin1String(name),
                            { ReleasesDialog::tr("Report"), ReleasesDialog::tr("Asked"), ReleasesDialog::tr("Reason"),
                              ReleasesDialog::tr("Decision"), ReleasesDialog::tr("Custodian's reason") });
}

} // namespace

ReleasesDialog::ReleasesDialog(Session& session, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("releasesDialog"));
    setWindowTitle(tr("Identity release requests"));
    auto* layout = new QVBoxLayout(this);

    auto* mineBox = new QGroupBox(tr("My requests"), this);
    auto* mineLayout = new QVBoxLayout(mineBox);
    m_mine = makeTable(mineBox, "myRequests");
    mineLayout->addWidget(m_mine);
    auto* showButton = new QPushButton(tr("&Show the released identity"), mineBox);
    showButton->setObjectName(QStringLiteral("showReleased"));
    connect(showButton, &QPushButton::clicked, this, &ReleasesDialog::showReleased);
    m_identity = new QLabel(mineBox);
    m_identity->setObjectName(QStringLiteral("releasedIdentity"));
    m_identity->setWordWrap(true);
    auto* showRow = new QHBoxLayout;
    showRow->addWidget(showButton);
    showRow->addWidget(m_identity, 1);
    mineLayout->addLayout(showRow);
    layout->addWidget(mineBox, 1);

    if (session.isCustodian()) {
        auto* waitingBox = new QGroupBox(tr("Waiting for your decision (custodian)"), this);
        auto* waitingLayout = new QVBoxLayout(waitingBox);
        m_waiting = makeTable(waitingBox, "waitingRequests");
        waitingLayout->addWidget(m_waiting);
        auto* row = new QHBoxLayout;
        auto* approve = new QPushButton(tr("&Approve…"), waitingBox);
        approve->setObjectName(QStringLiteral("approveRelease"));
        auto* refuse = new QPushButton(tr("&Refuse…"), waitingBox);
        refuse->setObjectName(QStringLiteral("refuseRelease"));
        connect(approve, &QPushButton::clicked, this, [this] { decide(true); });
        connect(refuse, &QPushButton::clicked, this, [this] { decide(false); });
        row->addWidget(approve);
        row->addWidget(refuse);
        row->addStretch(1);
        waitingLayout->addLayout(row);
        layout->addWidget(waitingBox, 1);
    }
    m_message = access::messageLine(this, QStringLiteral("releaseMessage"));
    layout->addWidget(m_message);
    layout->addWidget(access::closeButton(this));
    resize(820, 560);
    reload();
}

void ReleasesDialog::run(Session& session, QWidget* parent)
{
    ReleasesDialog d(session, parent);
    d.exec();
}

void ReleasesDialog::request(Session& session, const QString& reportId, QWidget* parent)
{
    bool ok = false;
    const QString reason = QInputDialog::getMultiLineText(
        parent, tr("Ask for the reporter's identity"),
        tr("Why do you need the reporter's identity? The custodian decides and you see the answer under 工具 → "
           "身份信息申请."),
        QString(), &ok);
    if (!ok)
        return;
    auto id = session.releases().request(reportId, reason);
    if (!id)
        QMessageBox::warning(parent, tr("Ask for the reporter's identity"), id.error());
    else
        QMessageBox::information(parent, tr("Ask for the reporter's identity"),
                                 tr("Your request is with the custodian."));
}

void ReleasesDialog::fill(QTableWidget* table, const QList<ReleaseRequest>& list)
{
    table->setRowCount(0);
    for (const ReleaseRequest& r : list) {
        const int row = table->rowCount();
        table->insertRow(row);
        auto report = m_session.reports().get(r.reportId);
        const QString decision = r.waiting() ? tr("Waiting")
            : r.decision == QLatin1String("approved")
            ? tr("Approved until %1").arg(r.expiresAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")))
            : tr("Refused");
        const QStringList cells { report ? report->regNo : QString(),
                                  r.requestedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")), r.reason,
                                  decision, r.decisionReason };
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells[c]);
            item->setData(Qt::UserRole, r.id);
            table->setItem(row, c, item);
        }
    }
    table->resizeColumnsToContents();
}

void ReleasesDialog::reload()
{
    if (auto mine = m_session.releases().mine())
        fill(m_mine, *mine);
    if (m_waiting)
        if (auto waiting = m_session.releases().waiting())
            fill(m_waiting, *waiting);
}

QString ReleasesDialog::selected(QTableWidget* table) const
{
    const int r = table->currentRow();
    return r >= 0 ? table->item(r, 0)->data(Qt::UserRole).toString() : QString();
}

void ReleasesDialog::showReleased()
{
    const QString id = selected(m_mine);
    if (id.isEmpty())
        return;
    auto identity = m_session.releases().view(id);
    if (!identity) {
        m_identity->clear();
        m_message->setText(identity.error());
        return;
    }
    m_message->clear();
    m_identity->setText(tr("%1, ID %2, phone %3, %4").arg(identity->name, identity->idNumber, identity->phone, identity->address));
}

void ReleasesDialog::decide(bool approve)
{
    const QString id = selected(m_waiting);
    if (id.isEmpty())
        return;
    bool ok = false;
    const QString reason = QInputDialog::getText(this, approve ? tr("Approve") : tr("Refuse"),
                                                 tr("The reason (the requester sees it):"), QLineEdit::Normal,
                                                 QString(), &ok);
    if (!ok)
        return;
    const Status st = approve ? m_session.releases().approve(id, reason) : m_session.releases().refuse(id, reason);
    m_message->setText(st ? QString() : st.error());
    reload();
}

} // namespace qf
