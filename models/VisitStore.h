#pragma once

#include "models/Result.h"

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

    // A new visit on arrival, with the next ticket number of this desk and day: the desk's
    // prefix, a dash and the day's running number ("A-007", "K7Q-012"). Desks that issue
    // tickets offline never collide as long as their prefixes differ; the default prefix is
    // the device tag (unique per device, see RegistrationNumbers), an office may give each
    // desk a short letter instead. The running number restarts every (local) day.
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

    // The prefix set for this desk (empty: the device tag is used).
    void setTicketPrefix(const QString& prefix) { m_ticketPrefix = prefix.trimmed().toUpper(); }
    // The prefix tickets get: the one set, else the device tag.
    Result<QString> ticketPrefix() const;
    // One to three letters or digits.
    static bool isValidTicketPrefix(const QString& prefix);
    Result<QString> nextTicketNo(const QDate& day) const;

private:
    QVariantMap sealed(const QString& id, const QString& representatives, const QString& companions) const;

    Writer& m_writer;
    const IdentityVault& m_vault;
    QString m_ticketPrefix;
};

} // namespace qf
