#include "ui/sync/SyncController.h"

#include "models/AttachmentStore.h"
#include "models/Database.h"
#include "models/Session.h"
#include "models/StoreEvents.h"
#include "sync/SyncClient.h"
#include "sync/SyncLocal.h"
#include "app/security/KeychainKeyProvider.h"

#include <QDateTime>
#include <QLocale>
#include <QTimer>

namespace qf {

// Lives on the sync thread: its own session (connection) and client (network).
class SyncWorker : public QObject
{
    Q_OBJECT

public:
    SyncWorker(QString databasePath, Session::Credentials who, QByteArray token)
        : m_path(std::move(databasePath))
        , m_who(std::move(who))
        , m_keys(QByteArray())
        , m_token(std::move(token))
    {
    }

public slots:
    void run()
    {
        if (!m_client) {
            auto session = Session::open(m_path, m_keys);
            if (!session) {
                emit finished(false, session.error(), 0);
                return;
            }
            m_session = std::move(*session);
            m_session->actAs(m_who);
            m_client = std::make_unique<sync::SyncClient>(*m_session, m_keys, AttachmentStore::defaultRoot(m_path));
            m_client->setToken(m_token);
        }
        const bool first = m_client->local().cursor() == 0;
        auto summary = m_client->syncOnce([this, first](const sync::SyncProgress& p) { emit progress(p.stage, p.done, first); });
        if (!summary)
            emit finished(false, summary.error(), 0);
        else
            emit finished(true, QString(), summary->pulled);
    }

signals:
    void finished(bool ok, const QString& error, int pulled);
    void progress(const QString& stage, qint64 done, bool firstSync);

private:
    QString m_path;
    Session::Credentials m_who;
    KnownKeyProvider m_keys;
    QByteArray m_token;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<sync::SyncClient> m_client;
};

SyncController::SyncController(Session& session, QObject* parent)
    : QObject(parent)
    , m_session(session)
{
    m_status = SyncStatus::read(session.database(), session.writer());
    m_thread.setObjectName(QStringLiteral("sync"));
    QByteArray token;
    if (m_status.enrolled) {
        const QString databaseId = session.database().databaseId();
        if (auto t = KeychainKeyProvider::readSecret(sync::SyncClient::tokenSecretName(databaseId)))
            token = *t;
        if (token.isEmpty()) {
            m_status.enrolled = false;
            m_status.lastError = tr("The keychain holds no device token for this workstation; enrol it again.");
        }
    }
    m_worker = new SyncWorker(session.database().path(), session.credentials(), token);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &SyncWorker::finished, this, &SyncController::onFinished);
    connect(m_worker, &SyncWorker::progress, this, &SyncController::progress);
    m_thread.start();
    m_timer = new QTimer(this);
    m_timer->setInterval(120 * 1000);
    connect(m_timer, &QTimer::timeout, this, &SyncController::syncNow);
    m_soon = new QTimer(this);
    m_soon->setSingleShot(true);
    m_soon->setInterval(kPushAfterChangeMs);
    connect(m_soon, &QTimer::timeout, this, &SyncController::syncNow);
    connect(&session.writer().events(), &StoreEvents::reportsChanged, this, &SyncController::onLocalChange);
    if (m_status.enrolled) {
        m_timer->start();
        QTimer::singleShot(0, this, &SyncController::syncNow);
    }
    emit statusChanged(m_status);
}

SyncController::~SyncController()
{
    m_thread.quit();
    m_thread.wait();
}

void SyncController::setInterval(int seconds)
{
    m_timer->setInterval(seconds * 1000);
}

void SyncController::syncNow()
{
    if (!m_status.enrolled || m_status.running)
        return;
    m_status.running = true;
    emit statusChanged(m_status);
    QMetaObject::invokeMethod(m_worker, &SyncWorker::run, Qt::QueuedConnection);
}

void SyncController::onLocalChange(const QStringList& reportIds, const QStringList& tables)
{
    // Nothing named: rows arrived from the server (said to the screens), not a change made here.
    if (!m_status.enrolled || (reportIds.isEmpty() && tables.isEmpty()))
        return;
    if (m_status.running)
        m_changedWhileRunning = true; // sent by the next run, right after this one
    else if (!m_soon->isActive())
        m_soon->start();
}

void SyncController::refreshCounts()
{
    m_status.readCounts(m_session.database(), m_session.writer());
    emit statusChanged(m_status);
}

void SyncController::onFinished(bool ok, const QString& error, int pulled)
{
    m_status.running = false;
    if (m_changedWhileRunning) {
        m_changedWhileRunning = false;
        m_soon->start();
    }
    m_status.online = ok;
    m_status.lastError = error;
    if (ok)
        m_status.lastSync = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    refreshCounts();
    if (pulled > 0)
        emit dataArrived();
}

QString describe(const SyncStatus& s)
{
    if (!s.enrolled)
        return SyncController::tr("Local only — not enrolled with a sync server");
    QStringList parts;
    if (s.running)
        parts << SyncController::tr("Syncing…");
    else
        parts << (s.online ? SyncController::tr("Online") : SyncController::tr("Offline"));
    const QDateTime last = QDateTime::fromString(s.lastSync, Qt::ISODate);
    parts << (last.isValid() ? SyncController::tr("last sync %1").arg(QLocale().toString(last.toLocalTime(), QStringLiteral("MM-dd HH:mm")))
                             : SyncController::tr("never synced"));
    parts << SyncController::tr("to send: %1").arg(s.pending);
    if (s.conflicts > 0)
        parts << SyncController::tr("conflicts: %1").arg(s.conflicts);
    if (s.refused > 0)
        parts << SyncController::tr("refused: %1").arg(s.refused);
    if (s.held > 0)
        parts << SyncController::tr("not applied: %1").arg(s.held);
    if (!s.online && !s.running && !s.lastError.isEmpty())
        parts << s.lastError;
    return parts.join(QStringLiteral(" · "));
}

} // namespace qf

#include "SyncController.moc"
