#include "models/FollowUpCode.h"

#include <sodium.h>

namespace qf {

namespace {

// Argon2id with its own salt per code. 8 MiB and three passes take some 7 ms here: cheap
// for one registration or one look-up, dear for someone trying a billion codes against a
// copy of the store.
constexpr unsigned long long kOpsLimit = 3;
constexpr size_t kMemLimit = size_t(8) << 20;

bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}

} // namespace

int FollowUpCode::checkDigit(const QString& first15)
{
    // Luhn over the fifteen digits, doubling from the rightmost one (the digit next to
    // where the check digit goes).
    int sum = 0;
    bool twice = true;
    for (qsizetype i = first15.size() - 1; i >= 0; --i) {
        int d = first15.at(i).digitValue();
        if (twice) {
            d *= 2;
            if (d > 9)
                d -= 9;
        }
        sum += d;
        twice = !twice;
    }
    return (10 - sum % 10) % 10;
}

QString FollowUpCode::generate()
{
    sodiumReady();
    QString code;
    code.reserve(Digits);
    // The first digit is never 0, so that no spreadsheet or phone keypad drops it.
    code.append(QChar(u'1' + char16_t(randombytes_uniform(9))));
    while (code.size() < Digits - 1)
        code.append(QChar(u'0' + char16_t(randombytes_uniform(10))));
    code.append(QChar(u'0' + char16_t(checkDigit(code))));
    return code;
}

std::optional<QString> FollowUpCode::normalise(const QString& typed)
{
    QString digits;
    for (QChar c : typed) {
        if (c.isSpace() || c == u'-' || c == u'－' || c == u'·')
            continue;
        const int d = c.digitValue(); // also full-width digits
        if (d < 0 || d > 9)
            return std::nullopt;
        digits.append(QChar(u'0' + char16_t(d)));
        if (digits.size() > Digits)
            return std::nullopt;
    }
    if (digits.size() != Digits || digits.at(0) == u'0')
        return std::nullopt;
    if (checkDigit(digits.left(Digits - 1)) != digits.at(Digits - 1).digitValue())
        return std::nullopt;
    return digits;
}

QString FollowUpCode::grouped(const QString& code)
{
    QString out;
    for (qsizetype i = 0; i < code.size(); ++i) {
        if (i > 0 && i % 4 == 0)
            out.append(QLatin1Char(' '));
        out.append(code.at(i));
    }
    return out;
}

QString FollowUpCode::scanText(const QString& statusPageUrl, const QString& code)
{
    const QString url = statusPageUrl.trimmed();
    if (url.isEmpty())
        return code;
    const qsizetype hash = url.indexOf(QLatin1Char('#'));
    return (hash < 0 ? url : url.left(hash)) + QLatin1Char('#') + code;
}

QString FollowUpCode::hint(const QString& statusPageUrl, const QString& officePhone)
{
    const QString phone = officePhone.trimmed().isEmpty() ? QStringLiteral("12388") : officePhone.trimmed();
    if (statusPageUrl.trimmed().isEmpty())
        return QStringLiteral("凭查询码拨打%1或到接待场所即可查询办理进度。").arg(phone);
    return QStringLiteral("扫描二维码或访问 %1 ，输入查询码即可查看办理进度；也可拨打%2查询。")
        .arg(statusPageUrl.trimmed(), phone);
}

Result<QString> FollowUpCode::hash(const QString& code)
{
    if (!sodiumReady())
        return Error { tr("The cryptography library could not be started.") };
    const QByteArray bytes = code.toLatin1();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str_alg(out, bytes.constData(), quint64(bytes.size()), kOpsLimit, kMemLimit,
                              crypto_pwhash_ALG_ARGON2ID13)
        != 0)
        return Error { tr("Not enough memory to protect the follow-up code."), ErrorCode::Failed };
    return QString::fromLatin1(out);
}

bool FollowUpCode::matches(const QString& storedHash, const QString& code)
{
    if (!sodiumReady())
        return false;
    const QByteArray h = storedHash.toLatin1();
    const QByteArray bytes = code.toLatin1();
    return crypto_pwhash_str_verify(h.constData(), bytes.constData(), quint64(bytes.size())) == 0;
}

QList<FollowUpStage> FollowUpStages::all()
{
    return { FollowUpStage::Received, FollowUpStage::Accepted, FollowUpStage::Referred, FollowUpStage::Handling,
             FollowUpStage::Concluded };
}

// The public texts are Chinese documents, like the feedback letters (FeedbackNotices): the
// status page and the receipt are for the reporter, whatever language the desk works in.
QString FollowUpStages::name(FollowUpStage stage)
{
    switch (stage) {
    case FollowUpStage::Received:
        return QStringLiteral("已收到");
    case FollowUpStage::Accepted:
        return QStringLiteral("已受理");
    case FollowUpStage::Referred:
        return QStringLiteral("已告知反映途径");
    case FollowUpStage::Handling:
        return QStringLiteral("办理中");
    case FollowUpStage::Concluded:
        return QStringLiteral("已办结");
    }
    return {};
}

FollowUpStatus FollowUpStages::forState(CaseState state, const QString& referredTo)
{
    FollowUpStatus s;
    switch (state) {
    case CaseState::AwaitingSignature:
    case CaseState::Registered:
        s.stage = FollowUpStage::Received;
        s.text = QStringLiteral("您反映的问题我们已经收到，正在审查是否属于本机关受理范围，请耐心等待。");
        break;
    case CaseState::OutOfScope:
        s.stage = FollowUpStage::Referred;
        s.text = referredTo.isEmpty()
            ? QStringLiteral("经初步审查，您反映的问题不属于纪检监察机关受理范围，请依法通过法定途径向有权处理的机关反映。")
            : QStringLiteral("经初步审查，您反映的问题不属于纪检监察机关受理范围。根据《信访工作条例》和《纪检监察机关处理检举控告工作规则》的规定，请您向%1反映，依法通过法定途径解决。")
                  .arg(referredTo);
        break;
    case CaseState::Filed:
        s.stage = FollowUpStage::Handling;
        s.text = QStringLiteral("您反映的问题与此前已受理的问题相同，已并入一并办理，请勿重复反映。");
        break;
    case CaseState::Accepted:
    case CaseState::Triaged:
    case CaseState::KeyAttention:
    case CaseState::ReminderSent:
    case CaseState::EvidenceRequested:
    case CaseState::EvidenceReceived:
    case CaseState::AwaitingReview:
    case CaseState::Decided:
        s.stage = FollowUpStage::Accepted;
        s.text = QStringLiteral("您反映的问题属于本机关受理范围，现已正式受理。我们将依规依纪依法认真办理，并为您的个人信息严格保密。");
        break;
    case CaseState::Dispatched:
    case CaseState::Handling:
    case CaseState::SendBackPending:
    case CaseState::RemovalPending:
        s.stage = FollowUpStage::Handling;
        s.text = QStringLiteral("您反映的问题已按照分级负责、归口办理的原则由承办部门办理，办理结果将及时告知您。");
        break;
    case CaseState::Removed:
    case CaseState::Concluded:
    case CaseState::Reviewed:
        s.stage = FollowUpStage::Concluded;
        s.text = QStringLiteral("您反映的问题已经办结。如您对办理结果有不同意见，可以向我们提出，我们将认真听取并作出说明。");
        break;
    }
    s.stageName = name(s.stage);
    return s;
}

} // namespace qf
