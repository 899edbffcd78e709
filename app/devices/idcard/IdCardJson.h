#pragma once

#include "app/devices/idcard/IdCardData.h"
#include "models/Result.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace qf {

// Cards as JSON: what `qingfeng-cli idcard read --json` prints and what the simulator's card
// files hold. Keys: card_type (resident, hkmotw, foreigner, foreigner2023), name,
// english_name, sex, ethnicity, birth_date, address, id_number, issuer, valid_from,
// valid_until (YYYY-MM-DD or 长期), pass_number, issue_count, nationality, card_version,
// photo (base64 of the 1024-byte WLT data).
class IdCardJson
{
    Q_DECLARE_TR_FUNCTIONS(qf::IdCardJson)

public:
    // Sex and ethnicity are written as names (男, 汉族) with their codes in sex_code and
    // ethnicity_code. The photo is included only when includePhoto is set.
    static QJsonObject toJson(const IdCardData& card, bool includePhoto = false);
    // Sex and ethnicity may be given as codes or names.
    static Result<IdCardData> fromJson(const QJsonObject& object);
    static Result<IdCardData> load(const QString& path);
};

} // namespace qf
