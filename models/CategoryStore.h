#pragma once

#include "models/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace qf {

class Writer;
struct Change;

// One problem category of the office's taxonomy (问题分类).
struct Category
{
    QString id;
    QString code;     // unique, what imports, capabilities (areas) and the CLI refer to
    QString name;
    QString parentId; // empty: a top-level category
    bool mustReview = false; // one of the "ten must-review" categories (十必研)
    int depth = 0;           // filled by list(): 0 for top level
};

// How much a category is still in use, for the remove check and its messages.
struct CategoryUse
{
    int children = 0;      // live subcategories
    int openReports = 0;   // reports still being worked on that are filed under it
    int closedReports = 0; // concluded or finished reports that keep it in their history
};

// The editable taxonomy (table categories, synced): every change goes through the Writer.
class CategoryStore
{
    Q_DECLARE_TR_FUNCTIONS(qf::CategoryStore)

public:
    explicit CategoryStore(Writer& writer);

    // The live categories depth first: each parent before its children, siblings by code.
    Result<QList<Category>> list() const;
    Result<Category> get(const QString& id) const;
    // The live category with this code or id, or an error naming it.
    Result<Category> find(const QString& codeOrId) const;

    // Inserts (empty id) or updates a category; returns its id. A changed code is carried
    // into the capability rows that name it as an area, in the same transaction.
    Result<QString> save(const Category& category);
    Result<CategoryUse> usage(const QString& id) const;
    // Retires the category (a tombstone, synced): see the rule in the .cpp.
    Status remove(const QString& id);

    // The standard taxonomy a new office starts with (models/StandardCategories.cpp): the
    // rows to stage, parents before children, with ids stable per code.
    static QList<Change> standardTaxonomy();

private:
    Status validate(const Category& category) const;

    Writer& m_writer;
};

} // namespace qf
