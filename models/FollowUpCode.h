#pragma once

#include "models/CaseState.h"
#include "models/Result.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace qf {

// The follow-up code (查询码) a reporter is given when a report is registered: sixteen
// digits, printed on the receipt with a QR code, read out on the hotline. With it, and
// nothing else, anyone can learn the stage of that one report.
//
// Only a hash of the code is kept: the first LookupDigits digits in clear, to find the
// report among few others, and an Argon2id hash (libsodium crypto_pwhash_str, its own salt)
// of the whole code. The last digit is a check digit (Luhn), so that a mistyped code is
// recognised as such before anything is looked up.
class FollowUpCode
{
    Q_DECLARE_TR_FUNCTIONS(qf::FollowUpCode)

public:
    static constexpr int Digits = 16;
    static constexpr int LookupDigits = 5;

    // A new random code (libsodium's generator).
    static QString generate();
    // The code as typed (spaces, dashes, full-width digits allowed) as sixteen digits, or
    // nothing when it has the wrong length or its check digit does not match.
    static std::optional<QString> normalise(const QString& typed);
    // 1234 5678 9012 3456
    static QString grouped(const QString& code);
    static QString lookupKey(const QString& code) { return code.left(LookupDigits); }
    // What the receipt's QR code holds: the status page's address with the code after '#'
    // (the part of an address a browser never sends, so the code is in no server's log), or
    // the code alone when the office has no status page.
    static QString scanText(const QString& statusPageUrl, const QString& code);
    // The sentence under the code on a printed form: where and how to use it.
    static QString hint(const QString& statusPageUrl, const QString& officePhone);

    // The stored hash (an Argon2id string) of a normalised code.
    static Result<QString> hash(const QString& code);
    static bool matches(const QString& storedHash, const QString& code);

private:
    static int checkDigit(const QString& first15);
};

// What a reporter learns from the code: the stage of the report and a plain-language
// sentence - no identity, no registration number, nothing internal to the office.
enum class FollowUpStage { Received, Accepted, Referred, Handling, Concluded };

struct FollowUpStatus
{
    FollowUpStage stage = FollowUpStage::Received;
    QString stageName; // 已收到, 已受理, 已告知向有权处理机关反映, 办理中, 已办结
    QString text;      // the plain-language explanation
};

class FollowUpStages
{
    Q_DECLARE_TR_FUNCTIONS(qf::FollowUpStages)

public:
    // The status shown for a report in the given state (reports.status); referredTo is
    // the competent body of a lawful referral (reports.referred_to).
    static FollowUpStatus forState(CaseState state, const QString& referredTo = {});
    static QList<FollowUpStage> all();
    static QString name(FollowUpStage stage);
};

} // namespace qf
