#include "app/devices/idcard/Ethnicity.h"

#include <array>

namespace qf {

namespace {

struct Group
{
    int code;
    const char16_t* name;
};

// GB 3304-91 (codes of the nationalities of China, romanised in the standard's order).
constexpr std::array<Group, 58> kGroups { {
    { 1, u"汉族" },
    { 2, u"蒙古族" },
    { 3, u"回族" },
    { 4, u"藏族" },
    { 5, u"维吾尔族" },
    { 6, u"苗族" },
    { 7, u"彝族" },
    { 8, u"壮族" },
    { 9, u"布依族" },
    { 10, u"朝鲜族" },
    { 11, u"满族" },
    { 12, u"侗族" },
    { 13, u"瑶族" },
    { 14, u"白族" },
    { 15, u"土家族" },
    { 16, u"哈尼族" },
    { 17, u"哈萨克族" },
    { 18, u"傣族" },
    { 19, u"黎族" },
    { 20, u"傈僳族" },
    { 21, u"佤族" },
    { 22, u"畲族" },
    { 23, u"高山族" },
    { 24, u"拉祜族" },
    { 25, u"水族" },
    { 26, u"东乡族" },
    { 27, u"纳西族" },
    { 28, u"景颇族" },
    { 29, u"柯尔克孜族" },
    { 30, u"土族" },
    { 31, u"达斡尔族" },
    { 32, u"仫佬族" },
    { 33, u"羌族" },
    { 34, u"布朗族" },
    { 35, u"撒拉族" },
    { 36, u"毛南族" },
    { 37, u"仡佬族" },
    { 38, u"锡伯族" },
    { 39, u"阿昌族" },
    { 40, u"普米族" },
    { 41, u"塔吉克族" },
    { 42, u"怒族" },
    { 43, u"乌孜别克族" },
    { 44, u"俄罗斯族" },
    { 45, u"鄂温克族" },
    { 46, u"德昂族" },
    { 47, u"保安族" },
    { 48, u"裕固族" },
    { 49, u"京族" },
    { 50, u"塔塔尔族" },
    { 51, u"独龙族" },
    { 52, u"鄂伦春族" },
    { 53, u"赫哲族" },
    { 54, u"门巴族" },
    { 55, u"珞巴族" },
    { 56, u"基诺族" },
    { 97, u"其他" },
    { 98, u"外国血统中国籍人士" },
} };

} // namespace

QString Ethnicity::name(const QString& code)
{
    bool ok = false;
    const int n = code.trimmed().toInt(&ok);
    if (!ok)
        return {};
    for (const Group& g : kGroups) {
        if (g.code == n)
            return QString::fromUtf16(g.name);
    }
    return {};
}

QString Ethnicity::code(const QString& name)
{
    const QString wanted = name.trimmed();
    if (wanted.isEmpty())
        return {};
    for (const Group& g : kGroups) {
        const QString full = QString::fromUtf16(g.name);
        if (full == wanted || (full.endsWith(QChar(u'族')) && full.chopped(1) == wanted))
            return QStringLiteral("%1").arg(g.code, 2, 10, QLatin1Char('0'));
    }
    return {};
}

} // namespace qf
