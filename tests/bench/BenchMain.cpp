// qingfeng-bench [SUITE...] [--reports N]: runs benchmark suites and prints "name: value"
// lines on stdout; progress and errors go to stderr.
#include "tests/bench/BenchSuite.h"

#include <QApplication>
#include <QTemporaryDir>

using namespace qf::bench;

int main(int argc, char* argv[])
{
    // The checkin suite drives the real desk widgets: a QApplication, offscreen unless told.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("qingfeng"));
    QCoreApplication::setApplicationName(QStringLiteral("qingfeng"));
    QTextStream out(stdout);
    QTextStream err(stderr);

    QStringList names;
    qint64 reports = 0;
    qint64 persons = 0;
    qint64 clients = 0;
    double minutes = 0;
    QString database;
    const QStringList args = QCoreApplication::arguments().mid(1);
    for (int i = 0; i < args.size(); ++i) {
        const QString& a = args[i];
        if (a == QStringLiteral("--help") || a == QStringLiteral("-h") || a == QStringLiteral("--list")) {
            err << "Usage: qingfeng-bench [SUITE...] [--reports N] [--persons N] [--db FILE] [--clients N] [--minutes M]\n"
                   "  --db FILE: a demo database to reuse across runs (made with --reports N when missing)\nSuites (* = run by default):\n";
            for (const BenchSuite& s : benchSuites())
                err << "  " << (s.quick ? "* " : "  ") << QString::fromLatin1(s.name).leftJustified(12)
                    << QString::fromUtf8(s.summary) << '\n';
            return 0;
        }
        if (a == QStringLiteral("--reports") || a.startsWith(QStringLiteral("--reports="))) {
            const QString value = a.contains(QLatin1Char('=')) ? a.section(QLatin1Char('='), 1) : args.value(++i);
            bool ok = false;
            reports = value.toLongLong(&ok);
            if (!ok || reports < 1) {
                err << "--reports needs a positive whole number, not '" << value << "'." << Qt::endl;
                return 2;
            }
            continue;
        }
        if (a == QStringLiteral("--persons") || a.startsWith(QStringLiteral("--persons="))) {
            const QString value = a.contains(QLatin1Char('=')) ? a.section(QLatin1Char('='), 1) : args.value(++i);
            bool ok = false;
            persons = value.toLongLong(&ok);
            if (!ok || persons < 1) {
                err << "--persons needs a positive whole number, not '" << value << "'." << Qt::endl;
                return 2;
            }
            continue;
        }
        if (a == QStringLiteral("--clients") || a.startsWith(QStringLiteral("--clients="))) {
            const QString value = a.contains(QLatin1Char('=')) ? a.section(QLatin1Char('='), 1) : args.value(++i);
            bool ok = false;
            clients = value.toLongLong(&ok);
            if (!ok || clients < 2) {
                err << "--clients needs a whole number of at least 2, not '" << value << "'." << Qt::endl;
                return 2;
            }
            continue;
        }
        if (a == QStringLiteral("--minutes") || a.startsWith(QStringLiteral("--minutes="))) {
            const QString value = a.contains(QLatin1Char('=')) ? a.section(QLatin1Char('='), 1) : args.value(++i);
            bool ok = false;
            minutes = value.toDouble(&ok);
            if (!ok || minutes <= 0) {
                err << "--minutes needs a positive number, not '" << value << "'." << Qt::endl;
                return 2;
            }
            continue;
        }
        if (a == QStringLiteral("--db") || a.startsWith(QStringLiteral("--db="))) {
            database = a.contains(QLatin1Char('=')) ? a.section(QLatin1Char('='), 1) : args.value(++i);
            if (database.isEmpty()) {
                err << "--db needs a file name." << Qt::endl;
                return 2;
            }
            continue;
        }
        if (a.startsWith(QLatin1Char('-'))) {
            err << "Unknown option " << a << Qt::endl;
            return 2;
        }
        names << a;
    }

    std::vector<const BenchSuite*> chosen;
    for (const QString& name : std::as_const(names)) {
        const BenchSuite* found = nullptr;
        for (const BenchSuite& s : benchSuites()) {
            if (name == QLatin1String(s.name))
                found = &s;
        }
        if (!found) {
            err << "Unknown suite '" << name << "' (see --list)." << Qt::endl;
            return 2;
        }
        chosen.push_back(found);
    }
    if (chosen.empty()) {
        for (const BenchSuite& s : benchSuites()) {
            if (s.quick)
                chosen.push_back(&s);
        }
    }

    int status = 0;
    for (const BenchSuite* s : chosen) {
        QTemporaryDir scratch;
        if (!scratch.isValid()) {
            err << "Cannot create a scratch folder." << Qt::endl;
            return 1;
        }
        err << "== " << s->name << Qt::endl;
        BenchContext ctx(reports, scratch.path(), out, err);
        ctx.setPersons(persons);
        ctx.setClients(clients);
        ctx.setMinutes(minutes);
        ctx.setDatabase(database);
        if (const int rc = s->run(ctx); rc != 0) {
            err << "suite " << s->name << " failed (" << rc << ")" << Qt::endl;
            status = 1;
        }
    }
    return status;
}
