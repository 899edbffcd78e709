#pragma once

#include "app/demo/DemoVocabulary.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <random>

namespace qf::demo {

// The demo's only source of chance: seeded, so a seed always gives the same data.
class DemoRandom
{
public:
    explicit DemoRandom(quint64 seed)
        : m_rng(seed)
    {
    }
    quint64 next() { return m_rng(); }
    // 0 <= result < n (n > 0); the tiny modulo bias does not matter here.
    int below(int n) { return static_cast<int>(m_rng() % static_cast<quint64>(n)); }
    int between(int low, int high) { return low + below(high - low + 1); }
    bool chance(double p) { return static_cast<double>(m_rng() >> 11) * 0x1.0p-53 < p; }
    const QString& pick(const QStringList& list) { return list.at(below(static_cast<int>(list.size()))); }

private:
    std::mt19937_64 m_rng;
};

struct DemoSubject
{
    QString name;
    QString unit;
    QString rank;
    QString position;
};

// A report's words: the 八何 fields, the free text and the reported persons.
struct DemoReportText
{
    QString who;
    QString what;
    QString whenText;
    QString whereText;
    QString why;
    QString result;
    QString demand;
    QString content;
    QString region; // the township concerned
    QList<DemoSubject> subjects;
};

// Composes varied report texts from the vocabulary, and near-duplicates of earlier ones.
class DemoText
{
public:
    explicit DemoText(DemoRandom& rng);

    QString personName();
    DemoSubject subject(SubjectTier tier, const QString& township, const QString& village, bool topOfficial);
    DemoReportText report(const DemoKind& kind, const QDate& received, bool anonymous);
    // The same text with a few small edits: characters changed, inserted or deleted,
    // sentences reordered, punctuation changed.
    QString nearDuplicate(const QString& content);

    QString amount();
    QString dateBefore(const QDate& received);

private:
    struct Fill
    {
        const DemoSubject* subject = nullptr;
        QString township;
        QString village;
        QString relative;
        QString other;
        QString enterprise;
        QDate received;
    };
    QString fill(const QString& pattern, const Fill& f);

    DemoRandom& m_rng;
};

} // namespace qf::demo
