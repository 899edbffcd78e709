#pragma once

#include <QString>

namespace qf {

// The ethnic groups of China with their GB 3304 codes: 01..56, 97 (其他) and
// 98 (外国血统中国籍人士).
class Ethnicity
{
public:
    // "汉族" for "01" (a one-digit code is accepted too); empty when the code is unknown.
    static QString name(const QString& code);
    // "01" for "汉族" or "汉"; empty when the name is unknown.
    static QString code(const QString& name);
};

} // namespace qf
