#pragma once

#include "models/ProfileStore.h"

#include <QString>
#include <QVariantMap>

namespace qf {
class Session;
}

namespace qf::test {

// Creates the local profile (a new office) through the production path.
Profile makeProfile(Session& session, const QString& name = QStringLiteral("李明"),
                    const QString& role = QStringLiteral("case_officer"));

// Inserts a report through the write path.
void addReport(Session& session, const QString& receivedAt, const QString& status);
void addVisit(Session& session, const QString& arrivedAt);

// One value of a query, for assertions.
QVariant scalar(Session& session, const QString& sql, const QVariantList& binds = {});

} // namespace qf::test
