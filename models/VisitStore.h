#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace qf {

class IdentityVault;
class Writer;

// A visit to the reception hall (来访): arrival with a queue ticket, the conversation in a
// room, and its outcome. Names of companions and representatives are sealed.
struct Visit
{
    QString id;
    QString personId;
    QString reportId;
    QString kind = QStringLiteral("individual"); // individual, group, over_level
    int headCount = 1;
    QString ticketNo;
    QDateTime arrivedAt, startedAt, endedAt;
    QString room;
    QString outcome; // accepted, out_of_scope, ...
    QString referredTo;
    QString recordingSha256;
    QString representatives; // opened only when read with the vault
    QString companions;

    bool waiting() const { return !startedAt.isValid() && outcome.isEmpty(); }
};

class VisitStore
{
    Q_DECLARE_TR_FUNCTIONS(qf::VisitStore)

public:
    VisitStore(Writer& writer, const IdentityVault& vault);

    static bool isValidKind(const QString& kind);

    // A new visit on arrival, with the next ticket number of the day (A001, A002 ...).
    Result<Visit> arrive(Visit visit);
    Result<Visit> get(const QString& id) const;
    // Today's visits still waiting, first come first.
    Result<QList<Visit>> waiting(const QDate& day = QDate::currentDate()) const;
    // The first waiting visit is called into the room: started now.
    Result<Visit> callNext(const QString& room);
    Status start(const QString& id, const QString& room);
    Status end(const QString& id);
    // Fields of the visits table; companions/representatives are sealed here.
    Status update(const QString& id, QVariantMap fields);

    QString nextTicketNo(const QDate& day) const;

private:
    QVariantMap sealed(const QString& id, const QString& representatives, const QString& companions) const;

    Writer& m_writer;
    const IdentityVault& m_vault;
};

} // namespace qf
