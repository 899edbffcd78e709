#pragma once

#include "models/Result.h"

#include <QCoreApplication>
#include <QVariant>

namespace qf {

class Writer;

// Office-wide settings, kept in the synced settings table (so every workstation of the
// office shares them), each key with its default. Per-user preferences of the program
// (window layout, language) stay in QSettings instead.
class Settings
{
    Q_DECLARE_TR_FUNCTIONS(qf::Settings)

public:
    enum class Key {
        OfficeName,
        OfficeAddress,
        OfficePhone,
        DocumentNumberPrefix,      // 发文字号 prefix of the office's letters, e.g. 清纪信告 (empty: no 文号)
        AddressComrade,            // letters to a person open "XXX同志：" (true) or "您好：" (false)
        StatusPageUrl,             // the public follow-up page (qingfeng-statusd); the receipt's QR code opens it
        TriageYellowHours,         // untriaged after this many hours: yellow
        EvidenceOrangeWorkdays,    // no evidence supplement after N working days: orange
        DispatchRedWorkdays,       // not dispatched after N working days: red
        AcceptanceNoticeWorkdays,  // real-name: tell the reporter within N working days of receipt
        ResultFeedbackWorkdays,    // real-name: feed the result back within N working days of conclusion
        ForwardedSignWorkdays,     // forwarded items signed for within N working days
        DispatchHandlingWorkdays,  // a dispatched report is handled and reported back within N working days
                                   // (the deadline printed on the transfer form unless the meeting set one)
        ReviewAfterClosingDays,    // post-closing review within N days
        ReviewSamplePercent,       // share of closed cases drawn for the re-check
        RepeatSimilarityPercent,   // near-duplicate content: Jaccard similarity of 3-gram shingles, in percent
        SignInMaxFailures,         // wrong passwords in a row that lock an account
        SignInLockMinutes,         // how long such an account stays locked
        IdleLockMinutes,           // the window locks after this many minutes without input (0: never)
        ReleaseHours,              // an approved identity release is visible to its requester this long
        WarningMonths,             // early warning: this month against the mean of this many months before
        WarningDeviations,         // ... plus this many standard deviations (a decimal number)
        WarningMinimum,            // ... and at least this many reports this month
        FlagWeightAcceptance,      // quarterly flags: weight of the acceptance share (decimal)
        FlagWeightHandling,        // ... of the handling share
        FlagWeightCooperation,     // ... of the cooperation share
        FlagGreenAt,               // score from which a flag is green (0..1)
        FlagYellowAt,              // score from which it is yellow (below: red)
        ExtractSuppressSmall,      // an extract meant to leave the office shows counts under 3 as "<3"
        HotlineRecordCalls,        // every answered hotline call is recorded (an office setting: a user cannot
                                   // turn it off; only the administrator changes it)
        HotlineCallbackWorkdays,   // a missed call is called back by the end of the working day N working days on
                                   // (0: the same working day, or the next one when the call came after hours)
        HotlineWorkdayEnds,        // when the working day ends (HH:mm), the callbacks' due time
    };

    explicit Settings(Writer& writer);

    QVariant value(Key key) const;
    int intValue(Key key) const { return value(key).toInt(); }
    QString text(Key key) const { return value(key).toString(); }
    // A yes/no setting: off only when it says "false" or "0".
    bool isOn(Key key) const
    {
        const QString v = text(key);
        return v != QLatin1String("false") && v != QLatin1String("0");
    }
    Status setValue(Key key, const QVariant& value);

    static QString name(Key key);
    static QVariant defaultValue(Key key);
    static QList<Key> allKeys();

private:
    Writer& m_writer;
};

} // namespace qf
