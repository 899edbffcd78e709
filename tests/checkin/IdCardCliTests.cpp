// `qingfeng-cli idcard read` against `qingfeng-cli idcard simulate`, two processes and a pty.
#include "tests/support/TestSupport.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

using namespace qf;

namespace {

struct SimulatorProcess
{
    SimulatorProcess(const QString& link, const QString& card, const QStringList& extra = {})
    {
        QByteArray binDir = qgetenv("QF_BIN_DIR");
        if (binDir.isEmpty())
            binDir = QF_BIN_DIR;
        process.start(QString::fromLocal8Bit(binDir) + QStringLiteral("/qingfeng-cli"),
                      QStringList { QStringLiteral("idcard"), QStringLiteral("simulate"), QStringLiteral("--pty"), link,
                                    QStringLiteral("--card"), card }
                          + extra);
        REQUIRE(process.waitForStarted(30000));
        // It says "ready" once the link exists.
        while (!process.canReadLine()) {
            INFO(QString::fromUtf8(process.readAllStandardError()).toStdString());
            REQUIRE(process.waitForReadyRead(30000));
        }
        REQUIRE(process.readLine().startsWith("ready "));
    }
    ~SimulatorProcess()
    {
        process.terminate();
        process.waitForFinished(30000);
    }
    QProcess process;
};

QString demoCard(const char* name)
{
    return QStringLiteral(QF_SOURCE_DIR "/resources/demo/cards/") + QLatin1String(name);
}

} // namespace

TEST_CASE("idcard read prints the card simulated by idcard simulate as JSON", "[checkin][cli]")
{
    test::Scratch scratch;
    const QString link = scratch.path(QStringLiteral("reader"));
    {
        SimulatorProcess sim(link, demoCard("resident.json"));
        const auto r = test::runProgram(QStringLiteral("qingfeng-cli"),
                                        { QStringLiteral("idcard"), QStringLiteral("read"), QStringLiteral("--port"),
                                          link, QStringLiteral("--timeout"), QStringLiteral("20"),
                                          QStringLiteral("--json") });
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        const QStringList lines = r.out.trimmed().split(QLatin1Char('\n'));
        REQUIRE(lines.size() == 1);
        const QJsonObject o = QJsonDocument::fromJson(lines.first().toUtf8()).object();
        CHECK(o.value(QLatin1String("card_type")).toString() == QStringLiteral("resident"));
        CHECK(o.value(QLatin1String("name")).toString() == QStringLiteral("林晓雯"));
        CHECK(o.value(QLatin1String("sex")).toString() == QStringLiteral("女"));
        CHECK(o.value(QLatin1String("ethnicity")).toString() == QStringLiteral("汉族"));
        CHECK(o.value(QLatin1String("birth_date")).toString() == QStringLiteral("1990-03-07"));
        CHECK(o.value(QLatin1String("address")).toString() == QStringLiteral("北京市朝阳区清风路18号院3号楼2单元501室"));
        CHECK(o.value(QLatin1String("id_number")).toString() == QStringLiteral("110105199003070420"));
        CHECK(o.value(QLatin1String("issuer")).toString() == QStringLiteral("北京市公安局朝阳分局"));
        CHECK(o.value(QLatin1String("valid_from")).toString() == QStringLiteral("2015-06-01"));
        CHECK(o.value(QLatin1String("valid_until")).toString() == QStringLiteral("2035-06-01"));
    }
    // The simulator removes its link when it is terminated.
    CHECK_FALSE(QFileInfo::exists(link));
}

TEST_CASE("idcard read fails with the reason when the reader misbehaves", "[checkin][cli]")
{
    test::Scratch scratch;
    const QString link = scratch.path(QStringLiteral("reader"));
    const QStringList read { QStringLiteral("idcard"), QStringLiteral("read"), QStringLiteral("--port"), link,
                             QStringLiteral("--timeout"), QStringLiteral("3"), QStringLiteral("--json") };
    SECTION("damaged answers")
    {
        SimulatorProcess sim(link, demoCard("foreigner.json"), { QStringLiteral("--fault"), QStringLiteral("bad-checksum") });
        const auto r = test::runProgram(QStringLiteral("qingfeng-cli"), read);
        CHECK(r.exitCode == 1);
        CHECK(r.out.isEmpty());
        CHECK(r.err.contains(QLatin1String("checksum")));
    }
    SECTION("SAM authentication failure")
    {
        SimulatorProcess sim(link, demoCard("resident.json"), { QStringLiteral("--status"), QStringLiteral("read=31") });
        const auto r = test::runProgram(QStringLiteral("qingfeng-cli"), read);
        CHECK(r.exitCode == 1);
        CHECK(r.err.contains(QLatin1String("authenticate")));
    }
    SECTION("no card placed in time")
    {
        SimulatorProcess sim(link, demoCard("resident.json"), { QStringLiteral("--removed") });
        const auto r = test::runProgram(QStringLiteral("qingfeng-cli"), read);
        CHECK(r.exitCode == 1);
        CHECK(r.err.contains(QLatin1String("No card was read")));
    }
    SECTION("a card with an impossible ID number")
    {
        const QString file = scratch.path(QStringLiteral("bad.json"));
        {
            QFile f(file);
            REQUIRE(f.open(QIODevice::WriteOnly));
            QFile demo(demoCard("resident.json"));
            REQUIRE(demo.open(QIODevice::ReadOnly));
            f.write(demo.readAll().replace("110105199003070420", "110105199003070421"));
        }
        SimulatorProcess sim(link, file);
        const auto r = test::runProgram(QStringLiteral("qingfeng-cli"), read);
        CHECK(r.exitCode == 1);
        CHECK(r.out.isEmpty());
        CHECK(r.err.contains(QLatin1String("could not be read as a valid card")));
    }
    SECTION("no reader at all")
    {
        const auto r = test::runProgram(QStringLiteral("qingfeng-cli"), read);
        CHECK(r.exitCode == 1);
        CHECK(r.err.contains(QLatin1String("cannot be opened")));
    }
}
