#pragma once
// What the fuzz targets share: a QCoreApplication (Qt's SQL plugins and translations want
// one), a scratch folder in memory (/dev/shm when there is one) removed at exit, and a
// session on a throwaway store with a fixed data key (no keychain: the targets run without
// a D-Bus session).
#include "models/DataKeyProvider.h"
#include "models/Session.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QTemporaryDir>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>

namespace qf::fuzz {

inline QCoreApplication& app()
{
    static int argc = 1;
    static char name[] = "qingfeng-fuzz";
    static char* argv[] = { name, nullptr };
    static QCoreApplication* a = [] {
        // Millions of inputs: no log lines (a failed check prints its own).
        QLoggingCategory::setFilterRules(QStringLiteral("*=false"));
        return new QCoreApplication(argc, argv);
    }();
    return *a;
}

inline QTemporaryDir& scratch()
{
    static QTemporaryDir dir(QDir(QStringLiteral("/dev/shm")).exists()
                                 ? QStringLiteral("/dev/shm/qingfeng-fuzz-XXXXXX")
                                 : QDir::tempPath() + QStringLiteral("/qingfeng-fuzz-XXXXXX"));
    return dir;
}

inline QString scratchPath(const QString& name)
{
    return scratch().filePath(name);
}

inline void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        std::abort();
    f.write(bytes);
}

// One session for the whole run (opening a store runs the migrations: far too slow per input).
inline Session& session()
{
    static KnownKeyProvider keys(QByteArray(32, '\x5a'));
    static std::unique_ptr<Session> s = [] {
        app();
        auto opened = Session::open(scratchPath(QStringLiteral("fuzz.sqlite")), keys);
        if (!opened) {
            qFatal("fuzz: cannot open a session: %s", qPrintable(opened.error()));
        }
        // Signed in as the store's administrator: every operation the targets reach is allowed.
        Session& store = **opened;
        const QString password = QStringLiteral("fuzz-password-1");
        if (!store.accounts().any()) {
            NewAccount admin;
            admin.login = QStringLiteral("fuzz");
            admin.name = QStringLiteral("模糊测试");
            admin.password = password;
            admin.newOrgName = QStringLiteral("模糊测试纪委监委");
            if (auto made = store.accounts().createAdministrator(admin, keys); !made)
                qFatal("fuzz: cannot create the administrator: %s", qPrintable(made.error()));
        }
        if (Status in = store.signIn(QStringLiteral("fuzz"), password); !in)
            qFatal("fuzz: cannot sign in: %s", qPrintable(in.error()));
        return std::move(*opened);
    }();
    return *s;
}

// Fails the run (libFuzzer reports it as a crash with the input) when a property breaks.
#define QF_FUZZ_CHECK(condition)                                                                        \
    do {                                                                                                \
        if (!(condition)) {                                                                             \
            fprintf(stderr, "fuzz check failed: %s (%s:%d)\n", #condition, __FILE__, __LINE__);         \
            std::abort();                                                                               \
        }                                                                                               \
    } while (0)

} // namespace qf::fuzz
