#include "app/demo/DemoText.h"

namespace qf::demo {

namespace {

struct Post
{
    const char* rank;
    const char* position;
    bool top;
};

const Post kVillagePosts[] = {
    { "村党支部书记", "村党支部书记", true },  { "村党支部书记", "村党支部书记、村委会主任", true },
    { "村委会主任", "村委会主任", true },      { "村委会主任", "村委会副主任", false },
    { "村委会主任", "村会计", false },         { "村委会主任", "村民小组长", false },
};
const Post kTownshipPosts[] = {
    { "正科级", "党委书记", true },   { "正科级", "镇长", true },           { "副科级", "副镇长", false },
    { "副科级", "纪委书记", false },  { "股级", "财政所所长", false },      { "股级", "民政办主任", false },
    { "股级", "自然资源所所长", false }, { "股级", "综治办工作人员", false },
};
const Post kCountyPosts[] = {
    { "正科级", "局长", true },  { "正科级", "党组书记", true }, { "副科级", "副局长", false },
    { "股级", "股长", false },   { "股级", "办公室主任", false }, { "副处级", "副县长", true },
    { "正处级", "县委常委", true },
};

template <size_t N>
const Post& choosePost(DemoRandom& rng, const Post (&posts)[N], bool top)
{
    for (int attempt = 0; attempt < 8; ++attempt) {
        const Post& p = posts[rng.below(static_cast<int>(N))];
        if (!top || p.top)
            return p;
    }
    return posts[0];
}

const QStringList& editChars()
{
    static const QStringList list = QStringLiteral("的|了|也|都|就|还|又|在|是|我|他|这|那|很|多").split(QLatin1Char('|'));
    return list;
}

} // namespace

DemoText::DemoText(DemoRandom& rng)
    : m_rng(rng)
{
}

QString DemoText::personName()
{
    QString name = m_rng.pick(surnames()) + m_rng.pick(givenNameChars());
    if (m_rng.chance(0.7))
        name += m_rng.pick(givenNameChars());
    return name;
}

DemoSubject DemoText::subject(SubjectTier tier, const QString& township, const QString& village, bool topOfficial)
{
    DemoSubject s;
    s.name = personName();
    const Post* post = nullptr;
    switch (tier) {
    case SubjectTier::Village:
        post = &choosePost(m_rng, kVillagePosts, topOfficial);
        s.unit = township + village + QStringLiteral("村");
        break;
    case SubjectTier::Township:
        post = &choosePost(m_rng, kTownshipPosts, topOfficial);
        s.unit = township;
        break;
    case SubjectTier::County:
        post = &choosePost(m_rng, kCountyPosts, topOfficial);
        if (qstrcmp(post->position, "县委常委") == 0)
            s.unit = QStringLiteral("清河县委");
        else if (qstrcmp(post->position, "副县长") == 0)
            s.unit = QStringLiteral("清河县人民政府");
        else
            s.unit = m_rng.pick(countyBodies());
        break;
    }
    s.rank = QString::fromUtf8(post->rank);
    s.position = QString::fromUtf8(post->position);
    return s;
}

QString DemoText::amount()
{
    switch (m_rng.below(4)) {
    case 0:
        return QString::number(m_rng.between(2, 99) * 100) + QStringLiteral("元");
    case 1:
        return QString::number(m_rng.between(1, 9)) + QLatin1Char('.') + QString::number(m_rng.below(10))
            + QStringLiteral("万元");
    case 2:
        return QString::number(m_rng.between(10, 300)) + QStringLiteral("万余元");
    default:
        return QString::number(m_rng.between(1000, 60000)) + QStringLiteral("元");
    }
}

QString DemoText::dateBefore(const QDate& received)
{
    const QDate d = received.addDays(-m_rng.between(10, 700));
    switch (m_rng.below(4)) {
    case 0:
        return QStringLiteral("%1年%2月").arg(d.year()).arg(d.month());
    case 1:
        return QStringLiteral("%1年%2月%3日").arg(d.year()).arg(d.month()).arg(d.day());
    case 2:
        return QStringLiteral("%1年春节前后").arg(d.year());
    default:
        return QStringLiteral("%1年下半年").arg(d.year());
    }
}

QString DemoText::fill(const QString& pattern, const Fill& f)
{
    QString out;
    out.reserve(pattern.size() + 32);
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const QChar c = pattern.at(i);
        if (c != QLatin1Char('{') || i + 2 >= pattern.size() || pattern.at(i + 2) != QLatin1Char('}')) {
            out += c;
            continue;
        }
        switch (pattern.at(i + 1).toLatin1()) {
        case 'S':
            out += f.subject->name;
            break;
        case 'P':
            out += f.subject->position;
            break;
        case 'U':
            out += f.subject->unit;
            break;
        case 'T':
            out += f.township;
            break;
        case 'V':
            out += f.village;
            break;
        case 'A':
            out += amount();
            break;
        case 'D':
            out += dateBefore(f.received);
            break;
        case 'N':
            out += QString::number(m_rng.between(2, 12));
            break;
        case 'R':
            out += f.relative;
            break;
        case 'O':
            out += f.other;
            break;
        case 'E':
            out += f.enterprise;
            break;
        default:
            out += pattern.mid(i, 3);
            break;
        }
        i += 2;
    }
    return out;
}

DemoReportText DemoText::report(const DemoKind& kind, const QDate& received, bool anonymous)
{
    DemoReportText r;
    Fill f;
    f.township = m_rng.pick(townships());
    f.village = m_rng.pick(villages());
    f.relative = m_rng.pick(relatives());
    f.other = personName();
    f.enterprise = m_rng.pick(enterprises());
    f.received = received;
    const bool top = kind.category.startsWith(QStringLiteral("11"));
    r.subjects << subject(kind.tier, f.township, f.village, top);
    if (!kind.outOfScope && m_rng.chance(0.2))
        r.subjects << subject(kind.tier, f.township, f.village, false);
    f.subject = &r.subjects.first();

    QString text = fill(anonymous ? m_rng.pick(anonymousOpenings()) : m_rng.pick(openings()), f);
    if (!kind.outOfScope)
        text += QStringLiteral("反映%1%2%3的问题。").arg(f.subject->unit, f.subject->position, f.subject->name);
    // Two to four of the kind's acts, each at most once, in random order.
    QList<int> order;
    for (int i = 0; i < kind.acts.size(); ++i)
        order << i;
    const int acts = std::min<int>(static_cast<int>(order.size()), m_rng.between(2, 4));
    for (int i = 0; i < acts; ++i) {
        const int j = i + m_rng.below(static_cast<int>(order.size()) - i);
        std::swap(order[i], order[j]);
        text += fill(kind.acts.at(order[i]), f) + (m_rng.chance(0.15) ? QStringLiteral("！") : QStringLiteral("。"));
    }
    r.why = m_rng.pick(kind.whys);
    r.result = fill(m_rng.pick(kind.results), f);
    text += r.result + QStringLiteral("。");
    text += fill(m_rng.pick(evidence()), f);
    r.demand = m_rng.pick(demands());
    text += r.demand;

    r.content = text;
    r.who = kind.outOfScope ? QString() : f.subject->name + QStringLiteral("，") + f.subject->unit + f.subject->position;
    r.what = kind.title;
    r.whenText = dateBefore(received) + (m_rng.chance(0.5) ? QStringLiteral("至今") : QString());
    r.whereText = kind.tier == SubjectTier::Village ? f.township + f.village + QStringLiteral("村") : f.subject->unit;
    r.region = f.township;
    return r;
}

QString DemoText::nearDuplicate(const QString& content)
{
    // Sentences keep their end marks so that reordering does not lose them.
    QStringList sentences;
    qsizetype start = 0;
    for (qsizetype i = 0; i < content.size(); ++i) {
        const QChar c = content.at(i);
        if (c == QChar(0x3002) || c == QChar(0xFF01)) {
            sentences << content.mid(start, i - start + 1);
            start = i + 1;
        }
    }
    if (start < content.size())
        sentences << content.mid(start);
    if (sentences.size() >= 3 && m_rng.chance(0.4)) {
        const int i = 1 + m_rng.below(static_cast<int>(sentences.size()) - 2);
        sentences.swapItemsAt(i, i + 1);
    }
    QString text = sentences.join(QString());

    const int edits = m_rng.between(1, 4);
    for (int e = 0; e < edits && text.size() > 10; ++e) {
        const qsizetype at = m_rng.below(static_cast<int>(text.size()));
        switch (m_rng.below(3)) {
        case 0:
            text.replace(at, 1, m_rng.pick(editChars()));
            break;
        case 1:
            text.insert(at, m_rng.pick(editChars()));
            break;
        default:
            text.remove(at, 1);
            break;
        }
    }
    if (m_rng.chance(0.5)) {
        const QChar from = m_rng.chance(0.5) ? QChar(0xFF0C) : QChar(0x3002); // ， or 。
        const qsizetype at = text.indexOf(from, m_rng.below(static_cast<int>(text.size())));
        if (at >= 0)
            text.replace(at, 1, from == QChar(0xFF0C) ? QStringLiteral(",") : QStringLiteral("；"));
    }
    return text;
}

} // namespace qf::demo
