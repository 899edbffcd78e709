#pragma once

#include "models/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <optional>

namespace qf {

class Writer;

// One rule of the scope pre-check (预诊): matters of this category, or mentioning one of the
// keywords, belong to another body, which the lawful referral notice names.
struct ScopeRule
{
    QString id;
    QString category; // 涉法涉诉, 征地拆迁, 劳资纠纷 ...
    QStringList keywords;
    QString body;     // the body that can handle it
    QString note;
    int position = 0;
};

// What the pre-check found for one matter.
struct ScopeMatch
{
    ScopeRule rule;
    QString keyword; // the keyword found, empty when the category itself matched
};

// The rule set (table scope_rules, synced; an administrator edits it) and the check.
class ScopeRuleStore
{
    Q_DECLARE_TR_FUNCTIONS(qf::ScopeRuleStore)

public:
    explicit ScopeRuleStore(Writer& writer);

    Result<QList<ScopeRule>> list() const;
    // Inserts (empty id) or updates a rule; returns its id.
    Result<QString> save(const ScopeRule& rule);
    Status remove(const QString& id);

    // Pure: the first rule whose category equals `category` or one of whose keywords occurs
    // in `text`; nothing when the matter looks in scope.
    static std::optional<ScopeMatch> check(const QList<ScopeRule>& rules, const QString& text,
                                           const QString& category = {});
    // "a, b，c" -> [a, b, c]
    static QStringList splitKeywords(const QString& text);

private:
    Writer& m_writer;
};

} // namespace qf
