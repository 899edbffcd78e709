#include "models/CategoryStore.h"
#include "models/SqlError.h"

#include "models/CaseState.h"
#include "models/Database.h"
#include "models/Uuid7.h"
#include "models/Writer.h"

#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <functional>

namespace qf {

namespace {

const QString kTable = QStringLiteral("categories");

// The states in which a report is still being worked on ('registered', 'accepted', ...).
QString openStatesSql()
{
    QStringList names;
    for (CaseState s : allStates())
        if (!isTerminal(s) && s != CaseState::Concluded)
            names << QLatin1Char('\'') + stateName(s) + QLatin1Char('\'');
    return names.join(QLatin1Char(','));
}

Category categoryFrom(const QSqlQuery& q)
{
    return { q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
             q.value(4).toInt() != 0, 0 };
}

const QString kColumns = QStringLiteral("id, code, name, parent_id, must_review");

} // namespace

CategoryStore::CategoryStore(Writer& writer)
    : m_writer(writer)
{
}

Result<QList<Category>> CategoryStore::list() const
{
    QSqlQuery q(m_writer.database().connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT %1 FROM categories WHERE deleted = 0 ORDER BY code").arg(kColumns)))
        return Error { tr("The categories could not be read: %1").arg(SqlError::text(q.lastError())) };
    QList<Category> all;
    QHash<QString, QList<int>> childrenOf; // parent id -> indexes, in code order
    while (q.next()) {
        all << categoryFrom(q);
    }
    QSet<QString> ids;
    for (const Category& c : all)
        ids.insert(c.id);
    for (int i = 0; i < all.size(); ++i) {
        // A child whose parent is gone (retired elsewhere before the child arrived by sync)
        // is shown at the top level rather than lost.
        const QString parent = ids.contains(all[i].parentId) ? all[i].parentId : QString();
        childrenOf[parent] << i;
    }
    QList<Category> out;
    out.reserve(all.size());
    QSet<QString> placed;
    std::function<void(const QString&, int)> walk = [&](const QString& parent, int depth) {
        for (int i : childrenOf.value(parent)) {
            if (placed.contains(all[i].id))
                continue; // a cycle that arrived by sync: each row once
            placed.insert(all[i].id);
            Category c = all[i];
            c.depth = depth;
            out << c;
            walk(c.id, depth + 1);
        }
    };
    walk(QString(), 0);
    for (const Category& c : all) // rows only reachable through a cycle
        if (!placed.contains(c.id))
            out << c;
    return out;
}

Result<Category> CategoryStore::get(const QString& id) const
{
    QSqlQuery q(m_writer.database().connection());
    q.prepare(QStringLiteral("SELECT %1 FROM categories WHERE id = ? AND deleted = 0").arg(kColumns));
    q.addBindValue(id);
    if (!q.exec())
        return Error { tr("The categories could not be read: %1").arg(SqlError::text(q.lastError())) };
    if (!q.next())
        return Error { tr("The category no longer exists; it may have been removed on another workstation.") };
    return categoryFrom(q);
}

Result<Category> CategoryStore::find(const QString& codeOrId) const
{
    QSqlQuery q(m_writer.database().connection());
    q.prepare(QStringLiteral("SELECT %1 FROM categories WHERE (code = ? OR id = ?) AND deleted = 0").arg(kColumns));
    q.addBindValue(codeOrId.trimmed());
    q.addBindValue(codeOrId.trimmed());
    if (!q.exec())
        return Error { tr("The categories could not be read: %1").arg(SqlError::text(q.lastError())) };
    if (!q.next())
        return Error { tr("There is no category with the code '%1'.").arg(codeOrId.trimmed()) };
    return categoryFrom(q);
}

Status CategoryStore::validate(const Category& c) const
{
    const QString code = c.code.trimmed();
    if (code.isEmpty())
        return Error { tr("A category needs a code.") };
    if (code.contains(QLatin1Char(',')))
        return Error { tr("A category code cannot contain a comma.") };
    if (c.name.trimmed().isEmpty())
        return Error { tr("A category needs a name.") };

    QSqlDatabase db = m_writer.database().connection();
    // The code is unique over every row ever made, retired ones included (the column is
    // UNIQUE and a tombstone keeps its code so that old reports still read right).
    QSqlQuery same(db);
    same.prepare(QStringLiteral("SELECT name, deleted FROM categories WHERE code = ? AND id IS NOT ?"));
    same.addBindValue(code);
    same.addBindValue(c.id);
    if (!same.exec())
        return Error { tr("The categories could not be read: %1").arg(SqlError::text(same.lastError())) };
    if (same.next()) {
        if (same.value(1).toInt() != 0)
            return Error { tr("The code %1 belonged to the retired category \"%2\"; choose another code.")
                               .arg(code, same.value(0).toString()) };
        return Error { tr("The code %1 is already used by the category \"%2\".").arg(code, same.value(0).toString()) };
    }

    if (c.parentId.isEmpty())
        return {};
    if (c.parentId == c.id)
        return Error { tr("A category cannot be its own parent.") };
    // The parent must exist, and walking up from it must never reach this category.
    QSqlQuery up(db);
    up.prepare(QStringLiteral("SELECT parent_id, deleted FROM categories WHERE id = ?"));
    QString at = c.parentId;
    QSet<QString> seen;
    bool first = true;
    while (!at.isEmpty()) {
        if (!c.id.isEmpty() && at == c.id)
            return Error { tr("A category cannot be placed under one of its own subcategories.") };
        if (seen.contains(at))
            break; // an old cycle above: not this change's doing
        seen.insert(at);
        up.bindValue(0, at);
        if (!up.exec())
            return Error { tr("The categories could not be read: %1").arg(SqlError::text(up.lastError())) };
        if (!up.next() || (first && up.value(1).toInt() != 0))
            return Error { tr("The chosen parent category does not exist (any more).") };
        first = false;
        at = up.value(0).toString();
    }
    return {};
}

Result<QString> CategoryStore::save(const Category& c)
{
    if (Status s = m_writer.require(Capability::EditReferenceTables, tr("change the categories")); !s)
        return s.failure();
    if (Status s = validate(c); !s)
        return Error { s.error() };
    const QString code = c.code.trimmed();
    const QVariantMap fields { { QStringLiteral("code"), code },
                               { QStringLiteral("name"), c.name.trimmed() },
                               { QStringLiteral("parent_id"), c.parentId.isEmpty() ? QVariant() : QVariant(c.parentId) },
                               { QStringLiteral("must_review"), c.mustReview ? 1 : 0 } };
    if (c.id.isEmpty()) {
        const QString id = Uuid7::generate();
        if (Status s = m_writer.apply(Change::insert(kTable, id, fields)); !s)
            return Error { s.error() };
        return id;
    }

    auto before = get(c.id);
    if (!before)
        return Error { before.error() };
    QVariantMap changed;
    for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
        const QVariant old = it.key() == QLatin1String("code") ? QVariant(before->code)
            : it.key() == QLatin1String("name")                ? QVariant(before->name)
            : it.key() == QLatin1String("parent_id") ? (before->parentId.isEmpty() ? QVariant() : QVariant(before->parentId))
                                                     : QVariant(before->mustReview ? 1 : 0);
        if (old != it.value())
            changed.insert(it.key(), it.value());
    }
    QList<Change> changes { Change::update(kTable, c.id, changed) };
    if (changed.contains(QStringLiteral("code"))) {
        // Officers' areas name categories by code: they follow the new code.
        QSqlQuery q(m_writer.database().connection());
        q.prepare(QStringLiteral("SELECT id, areas FROM capabilities WHERE deleted = 0 AND areas IS NOT NULL"));
        if (!q.exec())
            return Error { tr("The capability table could not be read: %1").arg(SqlError::text(q.lastError())) };
        while (q.next()) {
            QStringList areas = q.value(1).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
            if (!areas.contains(before->code))
                continue;
            for (QString& a : areas)
                if (a == before->code)
                    a = code;
            changes << Change::update(QStringLiteral("capabilities"), q.value(0).toString(),
                                      { { QStringLiteral("areas"), areas.join(QLatin1Char(',')) } });
        }
    }
    if (Status s = m_writer.apply(changes); !s)
        return Error { s.error() };
    return c.id;
}

Result<CategoryUse> CategoryStore::usage(const QString& id) const
{
    QSqlQuery q(m_writer.database().connection());
    q.prepare(QStringLiteral("SELECT (SELECT COUNT(*) FROM categories WHERE parent_id = ? AND deleted = 0), "
                             "(SELECT COUNT(*) FROM reports WHERE category_id = ? AND deleted = 0 AND status IN (%1)), "
                             "(SELECT COUNT(*) FROM reports WHERE category_id = ? AND deleted = 0 AND status NOT IN (%1))")
                  .arg(openStatesSql()));
    for (int i = 0; i < 3; ++i)
        q.bindValue(i, id);
    if (!q.exec() || !q.next())
        return Error { tr("The use of the category could not be read: %1").arg(SqlError::text(q.lastError())) };
    return CategoryUse { q.value(0).toInt(), q.value(1).toInt(), q.value(2).toInt() };
}

// Removing a category retires it: the synced store keeps a tombstone (deleted = 1), never
// erases the row. What a user expects from that:
// - It disappears from every list a category is chosen from (intake, case editor, import,
//   capability areas), here and, after sync, on every workstation.
// - Concluded and finished reports keep it: the case list, the meeting slides and the
//   statistics still show the category they were counted under, as the counting rules
//   demand. So a category used only by such reports may be retired.
// - Reports still being worked on would be left filed under a category nobody can choose
//   again (the case editor could not even re-save it), so those must be reclassified first.
// - Its subcategories would lose their place in the tree: move or remove them first.
// The code stays taken by the tombstone (validate() says so when it is reused).
Status CategoryStore::remove(const QString& id)
{
    if (Status s = m_writer.require(Capability::EditReferenceTables, tr("change the categories")); !s)
        return s;
    auto category = get(id);
    if (!category)
        return Error { category.error() };
    auto use = usage(id);
    if (!use)
        return Error { use.error() };
    if (use->children > 0)
        return Error { tr("\"%1\" still has %n subcategory(ies); move or remove them first.", nullptr, use->children)
                           .arg(category->name) };
    if (use->openReports > 0)
        return Error { tr("%n report(s) still being worked on are filed under \"%1\"; reclassify them first. "
                          "A category used only by concluded reports can be retired: those reports keep it.",
                          nullptr, use->openReports)
                           .arg(category->name) };
    return m_writer.apply(Change::remove(kTable, id));
}

} // namespace qf
