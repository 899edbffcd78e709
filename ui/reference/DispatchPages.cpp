#include "ui/reference/DispatchPages.h"

#include "models/DispatchTables.h"
#include "ui/reference/FormDialog.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QSpinBox>
#include <QTableWidget>

namespace qf {

namespace {

// The row with this id from a list, or a default one (a new row).
template <typename Row>
Row rowWithId(const QList<Row>& rows, const QString& id)
{
    for (const Row& r : rows)
        if (r.id == id)
            return r;
    return Row {};
}

// The choice of offices or officers; an error leaves an empty list (the save then says
// what is missing).
QList<NamedRef> choice(const Result<QList<NamedRef>>& list)
{
    return list ? *list : QList<NamedRef> {};
}

} // namespace

JurisdictionPage::JurisdictionPage(DispatchTables& tables, bool editable, QWidget* parent)
    : TablePage(QStringLiteral("jurisdictions"),
                { tr("Office"), tr("Unit"), tr("Region"), tr("Ranks"), tr("Note") }, editable, parent)
    , m_tables(tables)
{
    reload();
}

Status JurisdictionPage::fill()
{
    auto rows = m_tables.jurisdictions();
    if (!rows)
        return Error { rows.error() };
    const QString any = tr("(any)");
    for (const JurisdictionRow& r : *rows)
        appendRow(r.id, { r.orgName, r.unit.isEmpty() ? any : r.unit, r.region.isEmpty() ? any : r.region,
                          r.ranks.isEmpty() ? any : r.ranks.join(QStringLiteral(", ")), r.note });
    return {};
}

QString JurisdictionPage::edit(const QString& id)
{
    const auto rows = m_tables.jurisdictions();
    JurisdictionRow row = rowWithId(rows ? *rows : QList<JurisdictionRow> {}, id);
    FormDialog form(id.isEmpty() ? tr("New jurisdiction rule") : tr("Change the jurisdiction rule"), this);
    QComboBox* office = form.addCombo(tr("&Office:"), QStringLiteral("jurisdictionOffice"), choice(m_tables.offices()), row.orgId);
    QLineEdit* unit = form.addLine(tr("&Unit:"), QStringLiteral("jurisdictionUnit"), row.unit, tr("empty: any unit"));
    QLineEdit* region = form.addLine(tr("Re&gion:"), QStringLiteral("jurisdictionRegion"), row.region, tr("empty: any region"));
    QLineEdit* ranks = form.addLine(tr("&Ranks:"), QStringLiteral("jurisdictionRanks"), row.ranks.join(QStringLiteral(", ")),
                                    tr("comma-separated, e.g. 科级, 股级; empty: any rank"));
    QLineEdit* note = form.addLine(tr("&Note:"), QStringLiteral("jurisdictionNote"), row.note);
    form.addNote(tr("The office is proposed for reports whose reported person matches every criterion given."));
    QString saved;
    form.setSave([&]() -> Status {
        row.orgId = office->currentData().toString();
        row.unit = unit->text();
        row.region = region->text();
        row.ranks = DispatchTables::splitList(ranks->text());
        row.note = note->text();
        auto r = m_tables.save(row);
        if (!r)
            return Error { r.error() };
        saved = *r;
        return {};
    });
    return form.exec() == QDialog::Accepted ? saved : QString();
}

Status JurisdictionPage::removeId(const QString& id)
{
    return m_tables.remove(QStringLiteral("jurisdictions"), id);
}

RecusalPage::RecusalPage(DispatchTables& tables, bool editable, QWidget* parent)
    : TablePage(QStringLiteral("recusals"), { tr("Officer"), tr("Unit"), tr("Person"), tr("Reason") }, editable, parent)
    , m_tables(tables)
{
    reload();
}

Status RecusalPage::fill()
{
    auto rows = m_tables.recusals();
    if (!rows)
        return Error { rows.error() };
    for (const RecusalRow& r : *rows)
        appendRow(r.id, { r.userName, r.unit, r.subjectName, r.reason });
    return {};
}

QString RecusalPage::edit(const QString& id)
{
    const auto rows = m_tables.recusals();
    RecusalRow row = rowWithId(rows ? *rows : QList<RecusalRow> {}, id);
    FormDialog form(id.isEmpty() ? tr("New recusal") : tr("Change the recusal"), this);
    QComboBox* officer = form.addCombo(tr("&Officer:"), QStringLiteral("recusalOfficer"), choice(m_tables.officers()), row.userId);
    QLineEdit* unit = form.addLine(tr("&Unit:"), QStringLiteral("recusalUnit"), row.unit);
    QLineEdit* person = form.addLine(tr("&Person:"), QStringLiteral("recusalPerson"), row.subjectName,
                                     tr("name of a reported person"));
    QLineEdit* reason = form.addLine(tr("&Reason:"), QStringLiteral("recusalReason"), row.reason,
                                     tr("e.g. close relative works in the unit"));
    form.addNote(tr("The officer is never proposed for, nor can be given, a report on this unit or person."));
    QString saved;
    form.setSave([&]() -> Status {
        row.userId = officer->currentData().toString();
        row.unit = unit->text();
        row.subjectName = person->text();
        row.reason = reason->text();
        auto r = m_tables.save(row);
        if (!r)
            return Error { r.error() };
        saved = *r;
        return {};
    });
    return form.exec() == QDialog::Accepted ? saved : QString();
}

Status RecusalPage::removeId(const QString& id)
{
    return m_tables.remove(QStringLiteral("recusals"), id);
}

CapabilityPage::CapabilityPage(DispatchTables& tables, bool editable, QWidget* parent)
    : TablePage(QStringLiteral("capabilities"),
                { tr("Officer"), tr("Office"), tr("Areas (category codes)"), tr("Base load"), tr("Maximum load") },
                editable, parent)
    , m_tables(tables)
{
    table()->horizontalHeader()->setStretchLastSection(false);
    table()->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch); // the areas
    reload();
}

Status CapabilityPage::fill()
{
    auto rows = m_tables.capabilities();
    if (!rows)
        return Error { rows.error() };
    for (const CapabilityRow& r : *rows)
        appendRow(r.id, { r.userName, r.orgName, r.areas.join(QStringLiteral(", ")), QString::number(r.baseLoad),
                          QString::number(r.maxLoad) });
    return {};
}

QString CapabilityPage::edit(const QString& id)
{
    const auto rows = m_tables.capabilities();
    CapabilityRow row = rowWithId(rows ? *rows : QList<CapabilityRow> {}, id);
    FormDialog form(id.isEmpty() ? tr("New capability row") : tr("Change the capability row"), this);
    QComboBox* officer = form.addCombo(tr("O&fficer:"), QStringLiteral("capabilityOfficer"), choice(m_tables.officers()), row.userId);
    QComboBox* office = form.addCombo(tr("&Office:"), QStringLiteral("capabilityOffice"), choice(m_tables.offices()), row.orgId);
    QLineEdit* areas = form.addLine(tr("&Areas:"), QStringLiteral("capabilityAreas"), row.areas.join(QStringLiteral(", ")),
                                    tr("category codes, comma-separated"));
    QSpinBox* base = form.addNumber(tr("&Base load:"), QStringLiteral("capabilityBaseLoad"), row.baseLoad);
    QSpinBox* max = form.addNumber(tr("&Maximum load:"), QStringLiteral("capabilityMaxLoad"), row.maxLoad);
    form.addNote(tr("Base load: cases the officer carries outside this database. The open cases handled here are "
                    "added to it; an officer at the maximum is ranked last."));
    QString saved;
    form.setSave([&]() -> Status {
        row.userId = officer->currentData().toString();
        row.orgId = office->currentData().toString();
        row.areas = DispatchTables::splitList(areas->text());
        row.baseLoad = base->value();
        row.maxLoad = max->value();
        auto r = m_tables.save(row);
        if (!r)
            return Error { r.error() };
        saved = *r;
        return {};
    });
    return form.exec() == QDialog::Accepted ? saved : QString();
}

Status CapabilityPage::removeId(const QString& id)
{
    return m_tables.remove(QStringLiteral("capabilities"), id);
}

} // namespace qf
