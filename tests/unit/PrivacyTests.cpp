// Files that hold reports and identities are for the account that runs Qingfeng only
// (issue 12, item 12): the data folder 0700, the database, the files SQLite keeps beside it
// and its backup copies 0600, attachments likewise - whatever the umask.
#include "models/AttachmentStore.h"
#include "models/Database.h"
#include "models/Migrations.h"
#include "models/ReportStore.h"
#include "models/Session.h"
#include "tests/support/TestSupport.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>

#include <sys/stat.h>

using namespace qf;

namespace {

// The permission bits of a path, as the system has them.
int modeOf(const QString& path)
{
    struct stat st {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return int(st.st_mode & 07777);
}

// Sets the umask for the life of the object.
struct Umask
{
    explicit Umask(mode_t mask)
        : previous(::umask(mask))
    {
    }
    ~Umask() { ::umask(previous); }
    mode_t previous;
};

// Every file and folder below `root`, with a mode other than the private one.
QStringList readableByOthers(const QString& root)
{
    QStringList out;
    QDirIterator it(root, QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const int mode = modeOf(path);
        const int wanted = QFileInfo(path).isDir() ? 0700 : 0600;
        if (mode != wanted)
            out << QStringLiteral("%1 %2").arg(path).arg(mode, 4, 8, QLatin1Char('0'));
    }
    return out;
}

} // namespace

TEST_CASE("the data folder, the database, its -wal and -shm, backups and attachments are private - umask 022 and 000",
          "[store]")
{
    for (const mode_t mask : { mode_t(022), mode_t(000) }) {
        INFO("umask " << std::oct << mask);
        Umask umask(mask);
        test::Scratch dir;
        const QString folder = dir.path(QStringLiteral("data/qingfeng"));
        const QString path = folder + QStringLiteral("/qingfeng.sqlite");
        {
            auto session = test::openSession(path);
            ReportDraft d;
            d.channel = QStringLiteral("letter");
            d.content = QStringLiteral("附有扫描件的举报");
            auto report = session->reports().add(d);
            QF_REQUIRE_OK(report);
            QF_REQUIRE_OK(session->attachments().attachData(report->id, QByteArrayLiteral("%PDF-1.4 scan"),
                                                            QStringLiteral("scan.pdf"), QStringLiteral("scan")));
            // While the store is open SQLite keeps its -wal and -shm beside it.
            CHECK(modeOf(path + QStringLiteral("-wal")) == 0600);
            CHECK(modeOf(path + QStringLiteral("-shm")) == 0600);
            CHECK(readableByOthers(dir.path(QStringLiteral("data"))) == QStringList {});
        }
        CHECK(modeOf(dir.path(QStringLiteral("data"))) == 0700);
        CHECK(modeOf(folder) == 0700);
        CHECK(modeOf(path) == 0600);
        CHECK(modeOf(folder + QStringLiteral("/attachments")) == 0700);

        // A backup copy made before an upgrade.
        std::vector<Migration> revisions = migrations();
        revisions.push_back({ latestSchemaVersion() + 1, "test", { QStringLiteral("CREATE TABLE t (x)") },
                              latestSchemaVersion() });
        {
            auto db = Database::open(path, Database::Upgrade::Automatic, revisions);
            QF_REQUIRE_OK(db);
            REQUIRE_FALSE((*db)->upgradeReport().backupPath.isEmpty());
            CHECK(modeOf((*db)->upgradeReport().backupPath) == 0600);
        }
        CHECK(readableByOthers(dir.path(QStringLiteral("data"))) == QStringList {});

        // qingfeng-cli init (which inherits the umask) in a folder of its own.
        const QString cli = dir.path(QStringLiteral("cli/qingfeng.sqlite"));
        const test::ProcessResult r = test::runCli(cli, { QStringLiteral("init") });
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        CHECK(modeOf(cli) == 0600);
        CHECK(modeOf(dir.path(QStringLiteral("cli"))) == 0700);
    }
}

TEST_CASE("a database made readable by an older version is restricted when opened - a folder the user named is not",
          "[store]")
{
    Umask umask(022);
    test::Scratch dir;
    const QString folder = dir.path(QStringLiteral("shared"));
    REQUIRE(QDir().mkdir(folder));
    REQUIRE(::chmod(QFile::encodeName(folder).constData(), 0755) == 0);
    const QString path = folder + QStringLiteral("/old.sqlite");
    {
        auto session = test::openSession(path);
    }
    REQUIRE(::chmod(QFile::encodeName(path).constData(), 0644) == 0);
    auto session = test::openSession(path);
    CHECK(modeOf(path) == 0600);
    CHECK(modeOf(folder) == 0755); // it may be a shared folder such as /tmp: left as it is
}
