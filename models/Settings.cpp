#include "models/Settings.h"

#include "models/AuditLog.h"
#include "models/Database.h"
#include "models/Role.h"
#include "models/Writer.h"

#include <QSqlQuery>
#include <QTime>

namespace qf {

namespace {

struct Entry
{
    Settings::Key key;
    const char* name;
    QVariant defaultValue;
};

const QList<Entry>& entries()
{
    static const QList<Entry> list = {
        { Settings::Key::OfficeName, "office.name", QString() },
        { Settings::Key::OfficeAddress, "office.address", QString() },
        { Settings::Key::OfficePhone, "office.phone", QStringLiteral("12388") },
        { Settings::Key::DocumentNumberPrefix, "office.document_prefix", QString() },
        { Settings::Key::AddressComrade, "office.address_comrade", true },
        { Settings::Key::StatusPageUrl, "office.status_page_url", QString() },
        { Settings::Key::TriageYellowHours, "deadline.triage_yellow_hours", 24 },
        { Settings::Key::EvidenceOrangeWorkdays, "deadline.evidence_orange_workdays", 3 },
        { Settings::Key::DispatchRedWorkdays, "deadline.dispatch_red_workdays", 7 },
        { Settings::Key::AcceptanceNoticeWorkdays, "deadline.acceptance_notice_workdays", 15 },
        { Settings::Key::ResultFeedbackWorkdays, "deadline.result_feedback_workdays", 15 },
        { Settings::Key::ForwardedSignWorkdays, "deadline.forwarded_sign_workdays", 5 },
        { Settings::Key::DispatchHandlingWorkdays, "deadline.dispatch_handling_workdays", 60 },
        { Settings::Key::ReviewAfterClosingDays, "review.after_closing_days", 5 },
        { Settings::Key::ReviewSamplePercent, "review.sample_percent", 20 },
        { Settings::Key::RepeatSimilarityPercent, "repeats.similarity_percent", 60 },
        { Settings::Key::SignInMaxFailures, "signin.max_failures", 5 },
        { Settings::Key::SignInLockMinutes, "signin.lock_minutes", 15 },
        { Settings::Key::IdleLockMinutes, "signin.idle_lock_minutes", 10 },
        { Settings::Key::ReleaseHours, "release.hours", 24 },
        { Settings::Key::WarningMonths, "analysis.warning_months", 6 },
        { Settings::Key::WarningDeviations, "analysis.warning_deviations", 2.0 },
        { Settings::Key::WarningMinimum, "analysis.warning_minimum", 5 },
        { Settings::Key::FlagWeightAcceptance, "flags.weight_acceptance", 0.3 },
        { Settings::Key::FlagWeightHandling, "flags.weight_handling", 0.4 },
        { Settings::Key::FlagWeightCooperation, "flags.weight_cooperation", 0.3 },
        { Settings::Key::FlagGreenAt, "flags.green_at", 0.85 },
        { Settings::Key::FlagYellowAt, "flags.yellow_at", 0.6 },
        { Settings::Key::ExtractSuppressSmall, "analysis.suppress_small_cells", true },
        { Settings::Key::HotlineRecordCalls, "hotline.record_calls", true },
        { Settings::Key::HotlineCallbackWorkdays, "hotline.callback_workdays", 0 },
        { Settings::Key::HotlineWorkdayEnds, "hotline.workday_ends", QStringLiteral("17:30") },
    };
    return list;
}

const Entry& entry(Settings::Key key)
{
    for (const Entry& e : entries())
        if (e.key == key)
            return e;
    Q_UNREACHABLE();
}

} // namespace

Settings::Settings(Writer& writer)
    : m_writer(writer)
{
}

QString Settings::name(Key key)
{
    return QString::fromLatin1(entry(key).name);
}

QVariant Settings::defaultValue(Key key)
{
    return entry(key).defaultValue;
}

QList<Settings::Key> Settings::allKeys()
{
    QList<Key> keys;
    for (const Entry& e : entries())
        keys << e.key;
    return keys;
}

QVariant Settings::value(Key key) const
{
    QSqlQuery q(m_writer.database().connection());
    q.prepare(QStringLiteral("SELECT value FROM settings WHERE id = ? AND deleted = 0"));
    q.addBindValue(name(key));
    if (q.exec() && q.next() && !q.value(0).isNull()) {
        QVariant v = q.value(0);
        if (defaultValue(key).typeId() == QMetaType::Int)
            return v.toInt();
        return v.toString();
    }
    return defaultValue(key);
}

Status Settings::setValue(Key key, const QVariant& value)
{
    // The office's configuration: the administrator's, and every change is in the audit log.
    if (Status s = m_writer.require(Capability::Administer, tr("change the office's settings")); !s)
        return s;
    const QVariant def = defaultValue(key);
    if (def.typeId() == QMetaType::Int) {
        bool ok = false;
        const int n = value.toInt(&ok);
        if (!ok || n < 0)
            return Error { tr("%1 must be a whole number of zero or more.").arg(name(key)) };
    }
    if (def.typeId() == QMetaType::Double) {
        bool ok = false;
        const double d = value.toString().toDouble(&ok);
        if (!ok || d < 0)
            return Error { tr("%1 must be a number of zero or more (for example 0.3).").arg(name(key)) };
    }
    if (def.typeId() == QMetaType::Bool) {
        const QString t = value.toString();
        if (t != QLatin1String("true") && t != QLatin1String("false") && t != QLatin1String("1") && t != QLatin1String("0"))
            return Error { tr("%1 must be true or false.").arg(name(key)) };
    }
    if (key == Key::HotlineWorkdayEnds && !QTime::fromString(value.toString(), QStringLiteral("HH:mm")).isValid())
        return Error { tr("%1 must be a time of day such as 17:30.").arg(name(key)) };
    QSqlQuery q(m_writer.database().connection());
    q.prepare(QStringLiteral("SELECT 1 FROM settings WHERE id = ?"));
    q.addBindValue(name(key));
    const bool exists = q.exec() && q.next();
    q.finish(); // no snapshot held into the write below
    const QString before = this->value(key).toString();
    QVariantMap f { { QStringLiteral("value"), value.toString() } };
    if (Status s = m_writer.apply(exists ? Change::update(QStringLiteral("settings"), name(key), f)
                                         : Change::insert(QStringLiteral("settings"), name(key), f));
        !s)
        return s;
    AuditLog audit(m_writer.database());
    audit.setUser(m_writer.author());
    return audit.record(QStringLiteral("settings.change"), QStringLiteral("settings"), name(key),
                        before + QStringLiteral(" -> ") + value.toString());
}

} // namespace qf
