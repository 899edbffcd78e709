#pragma once

#include <QString>
#include <QStringList>

#include <vector>

namespace qf::demo {

// Who a kind of problem is usually about.
enum class SubjectTier { Village, Township, County };

// One kind of matter people write in about: the category it is filed under and the
// sentences a report of that kind is made of. Sentences carry placeholders that
// DemoText fills: {S} subject, {P} position, {U} unit, {T} township, {V} village,
// {A} amount, {D} date, {N} a small number, {R} a relative, {O} another person,
// {E} an enterprise.
struct DemoKind
{
    QString category; // categories.code
    QString title;    // the "what" of the 八何 record
    int weight;       // relative frequency
    bool outOfScope;  // not a discipline-inspection matter (lawful referral)
    SubjectTier tier;
    QStringList acts;
    QStringList whys;
    QStringList results;
};

struct DemoCategory
{
    QString code;
    QString name;
    QString parentCode; // empty for a top-level category
    bool mustReview;
};

const std::vector<DemoKind>& demoKinds();
const std::vector<DemoCategory>& demoCategories();

const QStringList& surnames();
const QStringList& givenNameChars();
const QStringList& townships();    // 镇 (the last two are 街道)
const QStringList& villages();     // village names without 村
const QStringList& countyBodies(); // county departments and bureaus
const QStringList& streets();
const QStringList& enterprises();
const QStringList& relatives();
const QStringList& openings();     // how a real-name report begins ({T}{V} for the reporter)
const QStringList& anonymousOpenings();
const QStringList& evidence();
const QStringList& demands();
const QStringList& regionCodes();  // six-digit administrative codes for ID numbers
const QStringList& ethnicities();

} // namespace qf::demo
