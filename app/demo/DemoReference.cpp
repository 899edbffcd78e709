#include "app/demo/DemoReference.h"
#include "models/SqlError.h"

#include "models/DispatchTables.h"

#include "app/demo/DemoText.h"
#include "models/Session.h"
#include "models/Uuid7.h"

#include <QSqlError>
#include <QSqlQuery>

namespace qf::demo {

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(qf::DemoReference)

public:
    static QString readFailed(const QString& table, const QString& error)
    {
        return tr("Cannot read the %1 of the database: %2").arg(table, error);
    }
};

// code/login -> id of what the database already holds.
Result<QHash<QString, QString>> existing(Database& db, const QString& table, const QString& keyColumn)
{
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT %1, id FROM %2 WHERE deleted = 0").arg(keyColumn, table)))
        return Error { Tr::readFailed(table, SqlError::text(q.lastError())) };
    QHash<QString, QString> map;
    while (q.next())
        map.insert(q.value(0).toString(), q.value(1).toString());
    return map;
}

class Builder
{
public:
    Builder(QHash<QString, QString> orgs, QHash<QString, QString> users, QHash<QString, QString> categories)
        : m_orgs(std::move(orgs))
        , m_users(std::move(users))
        , m_categories(std::move(categories))
    {
    }

    QString org(const QString& code, const QString& name, const char* level, const QString& parent,
                const char* cadreLevel = nullptr)
    {
        if (auto it = m_orgs.constFind(code); it != m_orgs.constEnd())
            return *it;
        const QString id = Uuid7::stableFor(QStringLiteral("organisations"), code);
        QVariantMap f { { QStringLiteral("code"), code },
                        { QStringLiteral("name"), name },
                        { QStringLiteral("level"), QString::fromLatin1(level) } };
        if (!parent.isEmpty())
            f.insert(QStringLiteral("parent_id"), parent);
        if (cadreLevel)
            f.insert(QStringLiteral("cadre_level"), QString::fromUtf8(cadreLevel));
        m_changes << Change::insert(QStringLiteral("organisations"), id, f);
        m_orgs.insert(code, id);
        return id;
    }

    QString user(const QString& login, const QString& name, const QString& orgId, const char* role)
    {
        if (auto it = m_users.constFind(login); it != m_users.constEnd())
            return *it;
        const QString id = Uuid7::stableFor(QStringLiteral("users"), login);
        m_changes << Change::insert(QStringLiteral("users"), id,
                                    { { QStringLiteral("login"), login },
                                      { QStringLiteral("name"), name },
                                      { QStringLiteral("org_id"), orgId },
                                      { QStringLiteral("role"), QString::fromLatin1(role) } });
        m_users.insert(login, id);
        return id;
    }

    QString category(const DemoCategory& c)
    {
        if (auto it = m_categories.constFind(c.code); it != m_categories.constEnd())
            return *it;
        const QString id = Uuid7::stableFor(QStringLiteral("categories"), c.code);
        QVariantMap f { { QStringLiteral("code"), c.code },
                        { QStringLiteral("name"), c.name },
                        { QStringLiteral("must_review"), c.mustReview ? 1 : 0 } };
        if (!c.parentCode.isEmpty())
            f.insert(QStringLiteral("parent_id"), m_categories.value(c.parentCode));
        m_changes << Change::insert(QStringLiteral("categories"), id, f);
        m_categories.insert(c.code, id);
        return id;
    }

    QList<Change> m_changes;

private:
    QHash<QString, QString> m_orgs;
    QHash<QString, QString> m_users;
    QHash<QString, QString> m_categories;
};

} // namespace

Result<DemoReference> DemoReference::ensure(Session& session)
{
    Database& db = session.database();
    auto orgs = existing(db, QStringLiteral("organisations"), QStringLiteral("code"));
    auto users = existing(db, QStringLiteral("users"), QStringLiteral("login"));
    auto categories = existing(db, QStringLiteral("categories"), QStringLiteral("code"));
    for (const QString* error : { &orgs.error(), &users.error(), &categories.error() }) {
        if (!error->isEmpty())
            return Error { *error };
    }
    Builder b(std::move(*orgs), std::move(*users), std::move(*categories));
    DemoReference r;

    r.higher = b.org(QStringLiteral("JZ-JW"), QStringLiteral("江州市纪委监委"), "higher", {}, "县处级");
    r.county = b.org(QStringLiteral("QH-JW"), QStringLiteral("清河县纪委监委"), "county", r.higher, "乡科级");
    auto dept = [&](const QString& code, const QString& name) {
        return b.org(QStringLiteral("QH-JW-") + code, name, "department", r.county);
    };
    r.registry = dept(QStringLiteral("XFS"), QStringLiteral("信访室"));
    r.caseManagement = dept(QStringLiteral("AGS"), QStringLiteral("案件监督管理室"));
    const QStringList ordinals = { QStringLiteral("一"), QStringLiteral("二"), QStringLiteral("三"), QStringLiteral("四") };
    for (int i = 0; i < ordinals.size(); ++i)
        r.supervisionOffices << dept(QStringLiteral("JJ%1").arg(i + 1),
                                     QStringLiteral("第%1纪检监察室").arg(ordinals[i]));
    r.trial = dept(QStringLiteral("SLS"), QStringLiteral("审理室"));

    const QStringList& towns = townships();
    const QStringList& villageNames = villages();
    for (int t = 0; t < towns.size(); ++t) {
        const bool subdistrict = towns[t].endsWith(QStringLiteral("街道"));
        const QString code = QStringLiteral("QH-T%1").arg(t + 1, 2, 10, QLatin1Char('0'));
        const QString id = b.org(code, towns[t] + (subdistrict ? QStringLiteral("纪工委") : QStringLiteral("纪委")),
                                 subdistrict ? "subdistrict" : "township", r.county, "村（社区）");
        r.townshipOrgs << id;
        r.townshipOrgByName.insert(towns[t], id);
        for (int v = 0; v < 3 && !subdistrict; ++v) {
            const QString& village = villageNames.at((t * 3 + v) % villageNames.size());
            b.org(code + QStringLiteral("-V%1").arg(v + 1), towns[t] + village + QStringLiteral("村"), "village", id);
        }
    }
    const QStringList& bodies = countyBodies();
    for (int i = 0; i < 4; ++i)
        r.residentUnits << b.org(QStringLiteral("QH-PZ%1").arg(i + 1),
                                 QStringLiteral("县纪委监委派驻第%1纪检监察组（%2等）").arg(ordinals[i], bodies.at(i)),
                                 "resident_unit", r.county);

    // Staff names come from a fixed seed: the same people on every database.
    DemoRandom rng(20260101);
    DemoText text(rng);
    auto addUsers = [&](const char* role, int count, const QStringList& orgsOfRole) {
        for (int i = 0; i < count; ++i) {
            const QString login = QStringLiteral("demo.%1.%2").arg(QString::fromLatin1(role)).arg(i + 1);
            r.usersByRole[QString::fromLatin1(role)]
                << b.user(login, text.personName(), orgsOfRole.at(i % orgsOfRole.size()), role);
        }
    };
    addUsers("receptionist", 3, { r.registry });
    addUsers("hotline_operator", 2, { r.registry });
    addUsers("registry_clerk", 3, { r.registry });
    addUsers("case_officer", 8, r.supervisionOffices);
    addUsers("meeting_chair", 1, { r.county });
    addUsers("supervisor", 2, { r.caseManagement });
    addUsers("administrator", 1, { r.county });

    for (const DemoCategory& c : demoCategories())
        r.categoryByCode.insert(c.code, b.category(c));

    if (!b.m_changes.isEmpty()) {
        if (Status s = session.writer().apply(b.m_changes); !s)
            return Error { s.error() };
    }
    if (Status s = ensureDispatchTables(session, r); !s)
        return Error { s.error() };
    return r;
}

Status DemoReference::ensureDispatchTables(Session& session, const DemoReference& r)
{
    // Only on a database whose dispatch tables are still empty: what an office entered stays.
    QSqlQuery q(session.database().connection());
    if (!q.exec(QStringLiteral("SELECT (SELECT COUNT(*) FROM jurisdictions) + (SELECT COUNT(*) FROM capabilities)"))
        || !q.next())
        return Error { SqlError::text(q.lastError()) };
    if (q.value(0).toInt() > 0)
        return {};
    DispatchTables& tables = session.dispatchTables();
    // 管辖库: the townships shared out among the four supervision offices; cadres of county
    // rank go to the higher commission.
    const QStringList& towns = townships();
    for (int t = 0; t < towns.size(); ++t) {
        auto id = tables.save(JurisdictionRow { {}, r.supervisionOffices.at(t % r.supervisionOffices.size()), {}, {},
                                                towns[t], {}, QStringLiteral("分片联系") });
        if (!id)
            return Error { id.error() };
    }
    auto up = tables.save(JurisdictionRow { {}, r.higher, {}, {}, {}, { QStringLiteral("县处级") },
                                            QStringLiteral("县管以上干部") });
    if (!up)
        return Error { up.error() };
    // 能力库: each case officer knows two areas of the taxonomy.
    static const char* const areas[][2] = { { "03.01", "03.02" }, { "12.01", "04.01" }, { "07.02", "10.01" },
                                            { "04.02", "03.03" } };
    const QStringList officers = r.usersByRole.value(QStringLiteral("case_officer"));
    for (int i = 0; i < officers.size(); ++i) {
        const auto& pair = areas[i % 4];
        auto id = tables.save(CapabilityRow { {}, officers[i], {}, r.supervisionOffices.at(i % r.supervisionOffices.size()),
                                              {}, { QString::fromLatin1(pair[0]), QString::fromLatin1(pair[1]) }, i % 3,
                                              20 });
        if (!id)
            return Error { id.error() };
    }
    // 回避库: one officer once worked in the first township's government.
    if (!officers.isEmpty() && !towns.isEmpty()) {
        auto id = tables.save(RecusalRow { {}, officers.first(), {}, towns.first() + QStringLiteral("政府"), {},
                                           QStringLiteral("曾在该单位任职") });
        if (!id)
            return Error { id.error() };
    }
    return {};
}

} // namespace qf::demo
