// person add, person find: persons with sealed identities and blind-index lookup.
#include "programs/qingfeng-cli/CliApp.h"
#include "models/Session.h"

namespace qf {

namespace {

int personAdd(CliContext& ctx)
{
    QCommandLineParser parser;
    const QCommandLineOption name(QStringLiteral("name"), QStringLiteral("Full name."), QStringLiteral("NAME"));
    const QCommandLineOption idNumber(QStringLiteral("id-number"), QStringLiteral("ID card number."),
                                      QStringLiteral("X"));
    const QCommandLineOption phone(QStringLiteral("phone"), QStringLiteral("Phone number."), QStringLiteral("P"));
    const QCommandLineOption address(QStringLiteral("address"), QStringLiteral("Address."), QStringLiteral("A"));
    parser.addOptions({ name, idNumber, phone, address });
    int status = 0;
    if (!ctx.parse(parser, QStringLiteral("person add"), &status))
        return status;
    if (!parser.isSet(name) || parser.value(name).trimmed().isEmpty())
        return ctx.fail(QStringLiteral("person add needs --name."));
    if (!parser.isSet(idNumber) || parser.value(idNumber).trimmed().isEmpty())
        return ctx.fail(QStringLiteral("person add needs --id-number."));

    auto session = ctx.openSession();
    if (!session)
        return 1;
    PersonIdentity p;
    p.name = parser.value(name).trimmed();
    p.idNumber = parser.value(idNumber).trimmed();
    p.phone = parser.value(phone).trimmed();
    p.address = parser.value(address).trimmed();
    auto id = session->persons().add(p, PersonRoles { .reporter = true });
    if (!id)
        return ctx.fail(id.error(), 1);
    ctx.out << *id << Qt::endl;
    return 0;
}

int personFind(CliContext& ctx)
{
    QCommandLineParser parser;
    const QCommandLineOption idNumber(QStringLiteral("id-number"), QStringLiteral("ID card number."),
                                      QStringLiteral("X"));
    const QCommandLineOption phone(QStringLiteral("phone"), QStringLiteral("Phone number."), QStringLiteral("P"));
    parser.addOptions({ idNumber, phone });
    int status = 0;
    if (!ctx.parse(parser, QStringLiteral("person find"), &status))
        return status;
    if (parser.isSet(idNumber) == parser.isSet(phone))
        return ctx.fail(QStringLiteral("person find needs exactly one of --id-number or --phone."));

    auto session = ctx.openSession();
    if (!session)
        return 2;
    auto ids = parser.isSet(idNumber) ? session->persons().findByIdNumber(parser.value(idNumber))
                                      : session->persons().findByPhone(parser.value(phone));
    if (!ids)
        return ctx.fail(ids.error(), 2);
    for (const QString& id : *ids)
        ctx.out << id << '\n';
    return ids->isEmpty() ? 1 : 0;
}

} // namespace

void registerPersonCommands()
{
    CliApp::registerCommand({ QStringLiteral("person add"),
                              QStringLiteral("Add a person (--name, --id-number, [--phone]); prints the id."),
                              personAdd });
    CliApp::registerCommand({ QStringLiteral("person find"),
                              QStringLiteral("Find persons by --id-number or --phone; exit 1 when none."),
                              personFind });
}

} // namespace qf
