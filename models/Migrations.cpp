#include "models/Migrations.h"

#include "models/SqlScript.h"

namespace qf {

const std::vector<Migration>& migrations()
{
    static const std::vector<Migration> list = [] {
        auto scripts = SqlScript::readFolder(QString::fromLatin1(kSqliteSchemaFolder), SqlScript::Dialect::Sqlite);
        // The revisions are compiled in: a broken one is a defect of the build, never of the data.
        if (!scripts)
            qFatal("The schema revisions compiled into this program are broken: %s", qPrintable(scripts.error()));
        std::vector<Migration> out;
        for (const SqlScript& s : *scripts)
            out.push_back({ s.version, s.description, s.statements, s.compatibleFrom });
        return out;
    }();
    return list;
}

int latestSchemaVersion()
{
    return migrations().back().version;
}

} // namespace qf
