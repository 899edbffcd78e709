#include "app/demo/DemoIdentities.h"

#include "models/IdNumber.h"

namespace qf::demo {

DemoIdentities::DemoIdentities(DemoRandom& rng, DemoText& text)
    : m_rng(rng)
    , m_text(text)
{
}

QString DemoIdentities::idNumber(const QDate& birth, bool male)
{
    int sequence = m_rng.between(0, 499) * 2 + (male ? 1 : 0);
    QString first17 = m_rng.pick(regionCodes()) + birth.toString(QStringLiteral("yyyyMMdd"))
        + QStringLiteral("%1").arg(sequence, 3, 10, QLatin1Char('0'));
    return first17 + IdNumber::checkCharacter(first17);
}

QString DemoIdentities::phone()
{
    static const char* const prefixes[] = { "130", "131", "132", "135", "136", "137", "138", "139", "150", "151",
                                            "152", "157", "158", "159", "170", "176", "177", "180", "181", "183",
                                            "186", "187", "188", "189", "191", "199" };
    QString p = QString::fromLatin1(prefixes[m_rng.below(std::size(prefixes))]);
    p += QStringLiteral("%1").arg(m_rng.below(100000000), 8, 10, QLatin1Char('0'));
    return p;
}

QString DemoIdentities::retyped(const QString& phone)
{
    switch (m_rng.below(3)) {
    case 0:
        return phone.left(3) + QLatin1Char(' ') + phone.mid(3, 4) + QLatin1Char(' ') + phone.mid(7);
    case 1:
        return QStringLiteral("+86 ") + phone;
    default:
        return phone;
    }
}

QString DemoIdentities::address()
{
    if (m_rng.chance(0.6))
        return QStringLiteral("清河县%1%2村%3组%4号")
            .arg(m_rng.pick(townships()), m_rng.pick(villages()))
            .arg(m_rng.between(1, 12))
            .arg(m_rng.between(1, 80));
    return QStringLiteral("清河县城关镇%1%2号%3栋%4室")
        .arg(m_rng.pick(streets()))
        .arg(m_rng.between(1, 300))
        .arg(m_rng.between(1, 20))
        .arg(m_rng.between(101, 1802));
}

PersonIdentity DemoIdentities::person(const QDate& today, bool withCardDetails)
{
    PersonIdentity p;
    p.name = m_text.personName();
    const bool male = m_rng.chance(0.62);
    const QDate birth = today.addYears(-m_rng.between(22, 80)).addDays(-m_rng.below(365));
    p.idNumber = idNumber(birth, male);
    if (m_rng.chance(0.92))
        p.phone = phone();
    p.address = address();
    if (withCardDetails) {
        p.details.insert(QStringLiteral("sex"), male ? QStringLiteral("男") : QStringLiteral("女"));
        p.details.insert(QStringLiteral("ethnicity"), m_rng.pick(ethnicities()));
        p.details.insert(QStringLiteral("birth_date"), birth.toString(Qt::ISODate));
        p.details.insert(QStringLiteral("issuer"), QStringLiteral("清河县公安局"));
    }
    return p;
}

} // namespace qf::demo
