#include "app/phone/Hotline.h"

#include "app/Log.h"
#include "models/Callbacks.h"
#include "models/Session.h"
#include "models/Settings.h"

#include <QFile>

namespace qf {

LineSettings Hotline::withOfficeRules(Session& session, LineSettings requested)
{
    requested.record = requested.record || Settings(session.writer()).isOn(Settings::Key::HotlineRecordCalls);
    return requested;
}

Hotline::Hotline(Session& session, PhoneLine& line, WorkCalendar calendar, QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_line(line)
    , m_log(session.writer(), session.vault(), session.audit(), session.attachments())
    , m_calendar(std::move(calendar))
{
    connect(&m_line, &PhoneLine::incoming, this, &Hotline::onIncoming);
    connect(&m_line, &PhoneLine::answered, this, &Hotline::onAnswered);
    connect(&m_line, &PhoneLine::connected, this, [this](const QString& id) {
        if (auto it = m_calls.constFind(id); it != m_calls.constEnd())
            emit connected(*it);
    });
    connect(&m_line, &PhoneLine::finished, this, &Hotline::onFinished);
}

std::optional<HotlineCall> Hotline::call(const QString& lineCallId) const
{
    if (auto it = m_calls.constFind(lineCallId); it != m_calls.constEnd())
        return *it;
    return std::nullopt;
}

void Hotline::onIncoming(const IncomingCall& in)
{
    HotlineCall c;
    c.lineCallId = in.id;
    c.number = in.number;
    c.ringAt = in.at;
    c.arrivedNs = in.arrivedNs;
    auto id = m_log.ring(m_line.lineName(), in.number, in.at);
    if (!id) {
        // The call still rings and can be taken; only its record is missing, and that is said.
        emit failed(id.error());
    } else {
        c.recordId = *id;
    }
    if (auto h = m_log.history(in.number, c.recordId); h)
        c.history = *h;
    else
        emit failed(h.error());
    m_calls.insert(in.id, c);
    emit ringing(c);
}

void Hotline::onAnswered(const QString& id, const QDateTime& at)
{
    auto it = m_calls.find(id);
    if (it == m_calls.end()) {
        // An outgoing call (a callback) the other side took.
        return;
    }
    it->answeredAt = at;
    if (!it->recordId.isEmpty())
        if (Status s = m_log.answered(it->recordId, at); !s)
            emit failed(s.error());
    emit answered(*it);
}

Result<QString> Hotline::callBack(const QString& callbackId)
{
    Callbacks callbacks(m_session.writer(), m_session.vault());
    auto open = callbacks.open(QDateTime::currentDateTimeUtc());
    if (!open)
        return open.failure();
    const auto found = std::find_if(open->cbegin(), open->cend(), [&](const Callback& b) { return b.id == callbackId; });
    if (found == open->cend())
        return Error { tr("This callback is no longer open."), ErrorCode::NotFound };
    if (found->number.isEmpty())
        return Error { tr("The number of this callback cannot be opened with your role."), ErrorCode::Refused };
    auto dialled = m_line.dial(found->number);
    if (!dialled)
        return dialled.failure();
    HotlineCall c;
    c.lineCallId = *dialled;
    c.number = found->number;
    c.ringAt = QDateTime::currentDateTimeUtc();
    if (auto id = m_log.ring(m_line.lineName(), found->number, c.ringAt, true); id)
        c.recordId = *id;
    else
        emit failed(id.error());
    m_calls.insert(c.lineCallId, c);
    m_callbacks.insert(c.lineCallId, callbackId);
    return c.lineCallId;
}

void Hotline::onFinished(const CallFinished& f)
{
    const HotlineCall c = m_calls.take(f.id);
    const QString callbackId = m_callbacks.take(f.id);
    CallRecord record;
    CallClosed closed;
    if (!c.recordId.isEmpty()) {
        CallEnd end;
        end.endedAt = f.at;
        end.outcome = f.outcome;
        end.recordingPath = f.recordingPath;
        end.announced = f.announced;
        auto done = m_log.ended(c.recordId, end, m_calendar);
        if (!done) {
            // Nothing is lost: the recording stays in the line's folder and the message says so.
            qCWarning(lcPhone) << "a call record could not be completed";
            emit failed(tr("The call could not be recorded completely: %1 The recording is kept at %2.")
                            .arg(done.error(), f.recordingPath));
        } else {
            closed = *done;
            if (!f.recordingPath.isEmpty())
                QFile::remove(f.recordingPath); // it is in the attachments store now
        }
        if (auto r = m_log.call(c.recordId); r)
            record = *r;
    }
    if (!callbackId.isEmpty()) {
        Callbacks callbacks(m_session.writer(), m_session.vault());
        // Reached: done. Not reached: the attempt is noted and the callback stays on the list.
        const Status s = f.outcome == CallOutcome::Answered
            ? callbacks.complete(callbackId, QStringLiteral("reached"), {}, f.at)
            : callbacks.attempted(callbackId, f.at);
        if (!s)
            emit failed(s.error());
    }
    emit ended(c, record, closed);
}

} // namespace qf
