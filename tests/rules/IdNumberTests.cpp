#include "models/IdNumber.h"
#include "tests/support/TestSupport.h"

using namespace qf;

namespace {

QString withCheck(const QString& first17)
{
    return first17 + IdNumber::checkCharacter(first17);
}

IdNumberProblem problemOf(const QString& text)
{
    return IdNumber::check(text, QDate(2026, 1, 1)).problem;
}

} // namespace

TEST_CASE("id: check character follows ISO 7064 MOD 11-2", "[rules][id]")
{
    CHECK(IdNumber::checkCharacter(QStringLiteral("11010519491231002")) == QLatin1Char('X'));
    CHECK(IdNumber::checkCharacter(QStringLiteral("44030419850615007")) == QLatin1Char('4'));
    CHECK(IdNumber::checkCharacter(QStringLiteral("81000019900101123")) == QLatin1Char('0'));
    CHECK(IdNumber::checkCharacter(QStringLiteral("1101051949123100")).isNull());
    CHECK(IdNumber::checkCharacter(QStringLiteral("1101051949123100A")).isNull());
}

TEST_CASE("id: a valid resident number gives birth date - sex and region", "[rules][id]")
{
    const IdNumberCheck r = IdNumber::check(QStringLiteral("11010519491231002X"));
    CHECK(r.valid);
    CHECK(r.problem == IdNumberProblem::None);
    CHECK(r.reason.isEmpty());
    CHECK(r.kind == IdNumberKind::Resident18);
    CHECK(r.birthDate == QDate(1949, 12, 31));
    CHECK(r.sex == Sex::Female); // 17th digit 2 is even
    CHECK(r.regionCode == QStringLiteral("110105"));

    const IdNumberCheck m = IdNumber::check(QStringLiteral("440304198506150074"));
    CHECK(m.valid);
    CHECK(m.sex == Sex::Male); // 17th digit 7 is odd
}

TEST_CASE("id: lower-case x - full-width characters and spaces are normalised", "[rules][id]")
{
    const IdNumberCheck lower = IdNumber::check(QStringLiteral("11010519491231002x"));
    CHECK(lower.valid);
    CHECK(lower.normalized == QStringLiteral("11010519491231002X"));

    const IdNumberCheck wide = IdNumber::check(QStringLiteral("１１０１０５ １９４９１２３１ ００２ｘ"));
    CHECK(wide.valid);
    CHECK(wide.normalized == QStringLiteral("11010519491231002X"));

    const IdNumberCheck spaced = IdNumber::check(QStringLiteral(" 110105 19491231 002X\t"));
    CHECK(spaced.valid);
    CHECK(spaced.normalized == QStringLiteral("11010519491231002X"));
}

TEST_CASE("id: every reason for refusing a number", "[rules][id]")
{
    CHECK(problemOf(QString()) == IdNumberProblem::Empty);
    CHECK(problemOf(QStringLiteral("   ")) == IdNumberProblem::Empty);
    CHECK(problemOf(QStringLiteral("1101051949123100")) == IdNumberProblem::WrongLength);
    CHECK(problemOf(QStringLiteral("1101051949123100211")) == IdNumberProblem::WrongLength);
    CHECK(problemOf(QStringLiteral("11010519491231002X1")) == IdNumberProblem::IllegalCharacter);
    CHECK(problemOf(QStringLiteral("11010519491231002A")) == IdNumberProblem::IllegalCharacter);
    CHECK(problemOf(QStringLiteral("1101051949X231002X")) == IdNumberProblem::IllegalCharacter);
    CHECK(problemOf(QStringLiteral("11010549123100X")) == IdNumberProblem::IllegalCharacter);
    CHECK(problemOf(withCheck(QStringLiteral("99010519491231002"))) == IdNumberProblem::UnknownRegion);
    CHECK(problemOf(withCheck(QStringLiteral("20010519491231002"))) == IdNumberProblem::UnknownRegion);
    CHECK(problemOf(withCheck(QStringLiteral("11010519490230002"))) == IdNumberProblem::ImpossibleBirthDate);
    CHECK(problemOf(withCheck(QStringLiteral("11010519491331002"))) == IdNumberProblem::ImpossibleBirthDate);
    CHECK(problemOf(withCheck(QStringLiteral("11010517991231002"))) == IdNumberProblem::ImpossibleBirthDate);
    CHECK(problemOf(withCheck(QStringLiteral("11010520260601002"))) == IdNumberProblem::FutureBirthDate);
    CHECK(problemOf(QStringLiteral("110105194912310021")) == IdNumberProblem::WrongCheckCharacter);

    // Each refusal explains itself, and they are told apart.
    QStringList reasons;
    for (const QString& n : { QString(), QStringLiteral("1101051949123100"), QStringLiteral("11010519491231002A"),
                              withCheck(QStringLiteral("99010519491231002")),
                              withCheck(QStringLiteral("11010519490230002")),
                              withCheck(QStringLiteral("11010520260601002")),
                              QStringLiteral("110105194912310021") }) {
        const IdNumberCheck r = IdNumber::check(n, QDate(2026, 1, 1));
        CHECK_FALSE(r.valid);
        CHECK(r.kind == IdNumberKind::Unknown);
        CHECK_FALSE(r.birthDate.isValid());
        CHECK_FALSE(r.reason.isEmpty());
        reasons << r.reason;
    }
    reasons.removeDuplicates();
    CHECK(reasons.size() == 7);
}

TEST_CASE("id: a wrong check character never reveals the expected one", "[rules][id]")
{
    // Expected 4; every other last character must be refused without naming it.
    const QString first17 = QStringLiteral("44030419850615007");
    for (const QChar wrong : QStringLiteral("012356789X")) {
        const IdNumberCheck r = IdNumber::check(first17 + wrong);
        CHECK(r.problem == IdNumberProblem::WrongCheckCharacter);
        CHECK_FALSE(r.reason.contains(QLatin1Char('4')));
        CHECK_FALSE(r.reason.contains(first17));
    }
    const IdNumberCheck x = IdNumber::check(QStringLiteral("110105194912310025"));
    CHECK(x.problem == IdNumberProblem::WrongCheckCharacter);
    CHECK_FALSE(x.reason.contains(QLatin1Char('X')));
}

TEST_CASE("id: legacy 15-digit numbers and their 18-character form", "[rules][id]")
{
    const IdNumberCheck r = IdNumber::check(QStringLiteral("110105491231002"));
    CHECK(r.valid);
    CHECK(r.kind == IdNumberKind::Legacy15);
    CHECK(r.birthDate == QDate(1949, 12, 31)); // YYMMDD is 19YY
    CHECK(r.sex == Sex::Female);                // 15th digit 2
    CHECK(IdNumber::upgrade15(QStringLiteral("110105491231002")) == QStringLiteral("11010519491231002X"));
    CHECK(IdNumber::check(IdNumber::upgrade15(QStringLiteral("440304850615007"))).valid);
    CHECK(IdNumber::check(QStringLiteral("440304850615007")).sex == Sex::Male);
    CHECK(IdNumber::upgrade15(QStringLiteral("11010549123100")).isEmpty());
    CHECK(IdNumber::upgrade15(QStringLiteral("11010549123100X")).isEmpty());
    CHECK(problemOf(QStringLiteral("110105490230002")) == IdNumberProblem::ImpossibleBirthDate);
}

TEST_CASE("id: residence permits for Hong Kong - Macao and Taiwan residents", "[rules][id]")
{
    for (const QString& prefix : { QStringLiteral("810000"), QStringLiteral("820000"), QStringLiteral("830000") }) {
        const IdNumberCheck r = IdNumber::check(withCheck(prefix + QStringLiteral("19900101123")));
        CHECK(r.valid);
        CHECK(r.kind == IdNumberKind::HkMoTwPermit);
        CHECK(r.regionCode == prefix);
        CHECK(r.birthDate == QDate(1990, 1, 1));
        CHECK(r.sex == Sex::Male);
    }
    // A mainland card number from another region is a resident card.
    CHECK(IdNumber::check(withCheck(QStringLiteral("71000019900101123"))).kind == IdNumberKind::Resident18);
    // The permit prefix still needs the right check character.
    CHECK(problemOf(QStringLiteral("810000199001011231")) == IdNumberProblem::WrongCheckCharacter);
}

TEST_CASE("id: a birth before 1900 is possible - the standard's own example is valid with a warning", "[rules][id]")
{
    // GB 11643's example number: born 1880-01-01. It used to be refused as "not a possible date".
    const IdNumberCheck example = IdNumber::check(QStringLiteral("440524188001010014"), QDate(2026, 1, 1));
    CHECK(example.valid);
    CHECK(example.problem == IdNumberProblem::None);
    CHECK(example.birthDate == QDate(1880, 1, 1));
    CHECK(example.sex == Sex::Male);
    CHECK(example.warning.contains(QStringLiteral("120")));
    // 1899 too; a holder of ordinary age gets no warning.
    CHECK(IdNumber::check(withCheck(QStringLiteral("11010518991231002")), QDate(2026, 1, 1)).valid);
    CHECK(IdNumber::check(QStringLiteral("11010519491231002X"), QDate(2026, 1, 1)).warning.isEmpty());
}
