// The central store's side of the role table (models/Role.h): the roles it accepts, the
// role lists in its row-level security policies, and its schema revisions as they ran.
#include "models/Role.h"
#include "server/ServerSchema.h"
#include "tests/sync/PgServer.h"
#include "tests/support/TestSupport.h"

#include <QCryptographicHash>
#include <QRegularExpression>

using namespace qf;
using namespace qf::test;

namespace {

// PostgreSQL keeps `x IN ('a', 'b')` as `x = ANY (ARRAY['a'::text, 'b'::text])`.
QList<QStringList> arrays(const QString& expression)
{
    QList<QStringList> out;
    static const QRegularExpression array(QStringLiteral(R"(ARRAY\[([^\]]*)\])"));
    static const QRegularExpression item(QStringLiteral("'([a-z_]+)'"));
    for (auto it = array.globalMatch(expression); it.hasNext();) {
        QStringList codes;
        for (auto i = item.globalMatch(it.next().captured(1)); i.hasNext();)
            codes << i.next().captured(1);
        out << codes;
    }
    return out;
}

} // namespace

TEST_CASE("the central store's schema revisions are the ones that ran on servers", "[sync][roles]")
{
    // SHA-256 of each revision's statements (joined by NUL) with the placeholders filled in,
    // as main built them before they became resources/schema/postgresql/*.sql.
    const std::pair<int, const char*> ran[] = {
        { 1, "c6a55d09c3e8bc7ea278858e9816feed419a4caf0cdfc82a06f5e628e62b759a" },
        { 2, "07bd2aab9429ee085dfe2cdca0bd16f8570193a82e4dbb80bc7625e3d344a674" },
        { 3, "7a38fdcbdbc4ce3af1f5291c5fe4033045270e4874b739dd2674b3f49517ee01" },
    };
    auto revisions = server::ServerSchema::revisions();
    QF_REQUIRE_OK(revisions);
    REQUIRE(revisions->size() == server::ServerSchema::kVersion);
    for (std::size_t i = 0; i < std::size(ran); ++i) {
        INFO("revision " << ran[i].first);
        const SqlScript& r = revisions->at(qsizetype(i));
        CHECK(r.version == ran[i].first);
        CHECK(QCryptographicHash::hash(r.statements.join(QChar(0)).toUtf8(), QCryptographicHash::Sha256).toHex()
              == QByteArray(ran[i].second));
        for (const QString& sql : r.statements)
            CHECK_FALSE(sql.contains(QLatin1String("{{")));
    }
}

TEST_CASE("the central store accepts the role table's codes and its policies name its entitled roles", "[sync][roles]")
{
    for (const QString& code : Role::codes())
        CHECK(server::ServerSchema::isValidRole(code));
    CHECK_FALSE(server::ServerSchema::isValidRole(QStringLiteral("root")));

    PostgresServer pg;
    QString error;
    const bool up = pg.start(&error);
    INFO(error.toStdString());
    REQUIRE(up);
    const ProcessResult init
        = runProgram(QStringLiteral("qingfeng-syncd"), { QStringLiteral("admin"), QStringLiteral("init"), QStringLiteral("--pg"), pg.superDsn() });
    INFO(init.err.toStdString());
    REQUIRE(init.exitCode == 0);

    const PgResult policies = pg.psql(QStringLiteral(
        "SELECT policyname || '|' || coalesce(qual, '') || '|' || coalesce(with_check, '') FROM pg_policies "
        "WHERE schemaname = 'qf' AND policyname IN ('rows_read', 'rows_change', 'identities_all') "
        "ORDER BY policyname"));
    INFO(policies.err.toStdString());
    REQUIRE(policies.exitCode == 0);
    const QStringList identities = Role::codesThatMay(Capability::Identities);
    const QStringList restricted = Role::codesThatMay(Capability::SeeRestricted);
    QStringList seen;
    for (const QString& line : policies.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const QStringList parts = line.trimmed().split(QLatin1Char('|'));
        REQUIRE(parts.size() == 3);
        const QString name = parts[0];
        seen << name;
        INFO(line.toStdString());
        if (name == QLatin1String("rows_read") || name == QLatin1String("rows_change")) {
            // Restricted rows for the restricted roles, rows that need identities for the identity roles.
            CHECK(arrays(parts[1]) == QList<QStringList> { restricted, identities });
        } else {
            CHECK(arrays(parts[1]) == QList<QStringList> { identities });
            CHECK(arrays(parts[2]) == QList<QStringList> { identities });
        }
    }
    // office_keys_all went with qf.office_keys (revision 6: the office's key is never in clear there).
    CHECK(seen == QStringList { QStringLiteral("identities_all"), QStringLiteral("rows_change"), QStringLiteral("rows_read") });
}
