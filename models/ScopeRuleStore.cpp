#include "models/ScopeRuleStore.h"
#include "models/SqlError.h"

#include "models/Database.h"
#include "models/Uuid7.h"
#include "models/Writer.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace qf {

ScopeRuleStore::ScopeRuleStore(Writer& writer)
    : m_writer(writer)
{
}

QStringList ScopeRuleStore::splitKeywords(const QString& text)
{
    static const QRegularExpression separators(QStringLiteral("[,，、;；\\s]+"));
    QStringList out;
    for (const QString& k : text.split(separators, Qt::SkipEmptyParts))
        if (!out.contains(k))
            out << k;
    return out;
}

Result<QList<ScopeRule>> ScopeRuleStore::list() const
{
    QSqlQuery q(m_writer.database().connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, category, keywords, body, note, position FROM scope_rules "
                               "WHERE deleted = 0 ORDER BY position, category")))
        return Error { tr("The scope rules could not be read: %1").arg(SqlError::text(q.lastError())) };
    QList<ScopeRule> rules;
    while (q.next())
        rules.append({ q.value(0).toString(), q.value(1).toString(), splitKeywords(q.value(2).toString()),
                       q.value(3).toString(), q.value(4).toString(), q.value(5).toInt() });
    return rules;
}

Result<QString> ScopeRuleStore::save(const ScopeRule& rule)
{
    if (Status s = m_writer.require(Capability::EditScopeRules, tr("change the scope rules")); !s)
        return s.failure();
    if (rule.category.trimmed().isEmpty())
        return Error { tr("A scope rule needs a category.") };
    if (rule.body.trimmed().isEmpty())
        return Error { tr("A scope rule needs the body that can handle such matters.") };
    QVariantMap f { { QStringLiteral("category"), rule.category.trimmed() },
                    { QStringLiteral("keywords"), rule.keywords.join(QLatin1Char(',')) },
                    { QStringLiteral("body"), rule.body.trimmed() },
                    { QStringLiteral("note"), rule.note },
                    { QStringLiteral("position"), rule.position } };
    const QString table = QStringLiteral("scope_rules");
    const QString id = rule.id.isEmpty() ? Uuid7::generate() : rule.id;
    const Change c = rule.id.isEmpty() ? Change::insert(table, id, f) : Change::update(table, id, f);
    if (Status s = m_writer.apply(c); !s)
        return Error { s.error() };
    return id;
}

Status ScopeRuleStore::remove(const QString& id)
{
    if (Status s = m_writer.require(Capability::EditScopeRules, tr("change the scope rules")); !s)
        return s;
    return m_writer.apply(Change::remove(QStringLiteral("scope_rules"), id));
}

std::optional<ScopeMatch> ScopeRuleStore::check(const QList<ScopeRule>& rules, const QString& text,
                                                const QString& category)
{
    if (!category.isEmpty()) {
        for (const ScopeRule& r : rules)
            if (r.category == category)
                return ScopeMatch { r, {} };
    }
    for (const ScopeRule& r : rules)
        for (const QString& k : r.keywords)
            if (!k.isEmpty() && text.contains(k, Qt::CaseInsensitive))
                return ScopeMatch { r, k };
    return std::nullopt;
}

} // namespace qf
