// The case editor's people: the reported persons (with the principal-leader flag) and the
// reporter (hidden identity, audited reveal, the reporter dialog).
#include "ui/cases/CaseEditor.h"

#include "ui/cases/CaseWork.h"
#include "ui/cases/ReporterDialog.h"
#include "models/Session.h"
#include "models/Role.h"

#include <QBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>

namespace qf {

void CaseEditor::addSubjectRow(const Subject& s)
{
    const int row = m_subjects->rowCount();
    m_subjects->insertRow(row);
    const QStringList values { s.name, s.unit, s.rank, s.position };
    for (int c = 0; c < 4; ++c) {
        auto* item = new QTableWidgetItem(values[c]);
        if (c == 0)
            item->setData(Qt::UserRole, s.id);
        m_subjects->setItem(row, c, item);
    }
    // Ticking restricts the report and routes it up (anyone who edits it may do that);
    // unticking a saved flag is for the roles that may see restricted reports.
    auto* leader = new QTableWidgetItem;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (!s.principalLeader || Role::may(m_work->role(), Capability::SeeRestricted))
        flags |= Qt::ItemIsUserCheckable;
    leader->setFlags(flags);
    leader->setCheckState(s.principalLeader ? Qt::Checked : Qt::Unchecked);
    leader->setToolTip(tr("The office's own principal leader (主要负责人): the report goes to the higher office and is "
                          "restricted to supervisors, meeting chairs and administrators."));
    m_subjects->setItem(row, 4, leader);
}

QList<SubjectEdit> CaseEditor::subjectEdits() const
{
    QList<SubjectEdit> edits;
    QStringList kept;
    for (int row = 0; row < m_subjects->rowCount(); ++row) {
        auto text = [&](int c) { return m_subjects->item(row, c) ? m_subjects->item(row, c)->text().trimmed() : QString(); };
        const bool leader = m_subjects->item(row, 4) && m_subjects->item(row, 4)->checkState() == Qt::Checked;
        SubjectEdit e { m_subjects->item(row, 0) ? m_subjects->item(row, 0)->data(Qt::UserRole).toString() : QString(),
                        text(0), text(1), text(2), text(3), false, leader };
        if (e.id.isEmpty()) {
            if (!(e.name.isEmpty() && e.unit.isEmpty() && e.rank.isEmpty() && e.position.isEmpty()))
                edits << e; // an empty new row is ignored
            continue;
        }
        kept << e.id;
        for (const Subject& s : m_report.subjects)
            if (s.id == e.id
                && (s.name != e.name || s.unit != e.unit || s.rank != e.rank || s.position != e.position
                    || s.principalLeader != leader))
                edits << e;
    }
    for (const Subject& s : m_report.subjects)
        if (!kept.contains(s.id))
            edits << SubjectEdit { s.id, {}, {}, {}, {}, true };
    return edits;
}

void CaseEditor::fillReporter()
{
    const Report& r = m_report;
    const bool entitled = Role::may(m_work->role(), Capability::RevealReporter);
    m_realName->setText(r.realName() ? tr("Real-name report (实名)") : tr("Anonymous report (匿名)"));
    m_reveal->hide();
    m_editReporter->setVisible(entitled);
    m_reporter->clear();
    if (r.realName() && !r.reporterId.isEmpty()) {
        if (entitled) {
            m_reporter->setText(tr("The identity is hidden. Showing it is recorded in the audit log."));
            m_reveal->show();
        } else {
            m_reporter->setText(tr("The identity is hidden (your role may not see reporter identities)."));
        }
    }
}

bool CaseEditor::revealReporter()
{
    if (m_report.reporterId.isEmpty() || !Role::may(m_work->role(), Capability::RevealReporter)) {
        m_reporter->setText(tr("Your role may not see reporter identities."));
        return false;
    }
    auto identity = m_session.persons().reveal(m_report.reporterId,
                                               QStringLiteral("case editor: view report ") + m_report.regNo);
    if (!identity) {
        m_reporter->setText(identity.error());
        return false;
    }
    QStringList parts { tr("Name: %1").arg(identity->name) };
    if (!identity->idNumber.isEmpty())
        parts << tr("ID number: %1").arg(identity->idNumber);
    if (!identity->phone.isEmpty())
        parts << tr("Phone: %1").arg(identity->phone);
    if (!identity->address.isEmpty())
        parts << tr("Address: %1").arg(identity->address);
    m_reporter->setText(parts.join(QLatin1Char('\n')));
    m_reveal->hide();
    return true;
}

void CaseEditor::openReporter()
{
    if (!Role::may(m_work->role(), Capability::ChangeReporter)) {
        showError(tr("Your role may not change the reporter."));
        return;
    }
    ReporterDialog dialog(*m_work, m_report, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    // Only the reporter, the header's flags and the history are refreshed: unsaved edits of
    // the record stay in their fields.
    auto r = m_work->reports().get(m_report.id);
    if (!r) {
        showError(r.error());
        return;
    }
    m_report.anonymous = r->anonymous;
    m_report.reporterId = r->reporterId;
    fillReporter();
    fillHistory();
    updateActions();
    emit reportChanged(m_report.id);
    m_message->setText(dialog.outcome());
    m_message->setStyleSheet(QString());
    m_message->show();
}

void CaseEditor::lockOut(const QString& message)
{
    m_lockedOut = true;
    m_tabs->hide();
    if (auto* box = qobject_cast<QBoxLayout*>(layout()))
        box->insertStretch(box->indexOf(m_tabs) + 1, 1);
    m_save->setEnabled(false);
    for (QPushButton* b : std::as_const(m_actions))
        b->setEnabled(false);
    m_header->setText(QStringLiteral("<b style='font-size:large'>%1</b> &nbsp; <b>%2</b>")
                          .arg(m_report.regNo.toHtmlEscaped(), tr("restricted").toHtmlEscaped()));
    m_message->setText(message);
    m_message->setStyleSheet(QString());
    m_message->show();
}

} // namespace qf
