// categories list|add|rename|remove: the problem-category taxonomy (synced; changes go
// through the Writer like the desktop's reference tables).
#include "models/CategoryStore.h"
#include "programs/qingfeng-cli/CliApp.h"
#include "models/Session.h"

namespace qf {

namespace {

// Parses the options and the positional words; checks their count.
bool parseWords(CliContext& ctx, QCommandLineParser& parser, const QString& command, const QString& syntax,
                qsizetype count, QStringList* words, int* status)
{
    parser.addPositionalArgument(QStringLiteral("args"), syntax);
    if (!ctx.parse(parser, command, status))
        return false;
    *words = parser.positionalArguments();
    if (words->size() != count) {
        *status = ctx.fail(QStringLiteral("Usage: qingfeng-cli %1 %2").arg(command, syntax));
        return false;
    }
    return true;
}

// Opens the store for a change, refusing roles that may not change the reference tables.
std::unique_ptr<Session> openForChange(CliContext& ctx, int* status)
{
    auto session = ctx.openSession();
    if (!session) {
        *status = 1;
        return nullptr;
    }
    const QString role = cliRole(*session);
    if (role != QLatin1String("administrator") && role != QLatin1String("supervisor")) {
        *status = ctx.fail(QStringLiteral("Only an administrator or a supervisor can change the categories."), 1);
        return nullptr;
    }
    return session;
}

int categoriesList(CliContext& ctx)
{
    QCommandLineParser parser;
    QStringList words;
    int status = 0;
    if (!parseWords(ctx, parser, QStringLiteral("categories list"), QString(), 0, &words, &status))
        return status;
    auto session = ctx.openSession();
    if (!session)
        return 1;
    auto list = session->categories().list();
    if (!list)
        return ctx.fail(list.error(), 1);
    for (const Category& c : *list)
        ctx.out << QString(c.depth * 2, QLatin1Char(' ')) << c.code << '\t' << c.name
                << (c.mustReview ? "\tmust-review" : "") << '\n';
    ctx.out.flush();
    return 0;
}

int categoriesAdd(CliContext& ctx)
{
    QCommandLineParser parser;
    const QCommandLineOption parent(QStringLiteral("parent"), QStringLiteral("Code of the parent category."),
                                    QStringLiteral("CODE"));
    const QCommandLineOption mustReview(QStringLiteral("must-review"),
                                        QStringLiteral("Reports of this category must go to the collective review."));
    parser.addOptions({ parent, mustReview });
    QStringList words;
    int status = 0;
    if (!parseWords(ctx, parser, QStringLiteral("categories add"), QStringLiteral("CODE NAME"), 2, &words, &status))
        return status;
    auto session = openForChange(ctx, &status);
    if (!session)
        return status;
    CategoryStore& store = session->categories();
    Category c;
    c.code = words.at(0);
    c.name = words.at(1);
    c.mustReview = parser.isSet(mustReview);
    if (parser.isSet(parent)) {
        auto p = store.find(parser.value(parent));
        if (!p)
            return ctx.fail(p.error(), 1);
        c.parentId = p->id;
    }
    auto id = store.save(c);
    if (!id)
        return ctx.fail(id.error(), 1);
    ctx.out << *id << Qt::endl;
    return 0;
}

int categoriesRename(CliContext& ctx)
{
    QCommandLineParser parser;
    QStringList words;
    int status = 0;
    if (!parseWords(ctx, parser, QStringLiteral("categories rename"), QStringLiteral("CODE NAME"), 2, &words, &status))
        return status;
    auto session = openForChange(ctx, &status);
    if (!session)
        return status;
    CategoryStore& store = session->categories();
    auto c = store.find(words.at(0));
    if (!c)
        return ctx.fail(c.error(), 1);
    c->name = words.at(1);
    if (auto saved = store.save(*c); !saved)
        return ctx.fail(saved.error(), 1);
    return 0;
}

int categoriesRemove(CliContext& ctx)
{
    QCommandLineParser parser;
    QStringList words;
    int status = 0;
    if (!parseWords(ctx, parser, QStringLiteral("categories remove"), QStringLiteral("CODE"), 1, &words, &status))
        return status;
    auto session = openForChange(ctx, &status);
    if (!session)
        return status;
    CategoryStore& store = session->categories();
    auto c = store.find(words.at(0));
    if (!c)
        return ctx.fail(c.error(), 1);
    if (Status s = store.remove(c->id); !s)
        return ctx.fail(s.error(), 1);
    return 0;
}

} // namespace

void registerCategoryCommands()
{
    CliApp::registerCommand({ QStringLiteral("categories list"),
                              QStringLiteral("List the problem categories as a tree (code, name)."), categoriesList });
    CliApp::registerCommand({ QStringLiteral("categories add"),
                              QStringLiteral("Add a category: CODE NAME [--parent CODE] [--must-review]; prints the id."),
                              categoriesAdd });
    CliApp::registerCommand({ QStringLiteral("categories rename"), QStringLiteral("Rename a category: CODE NAME."),
                              categoriesRename });
    CliApp::registerCommand({ QStringLiteral("categories remove"),
                              QStringLiteral("Retire a category no open report or subcategory uses: CODE."),
                              categoriesRemove });
}

} // namespace qf
