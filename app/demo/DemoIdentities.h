#pragma once

#include "app/demo/DemoText.h"
#include "models/PersonStore.h"

namespace qf::demo {

// Invented reporters and visitors: valid-looking ID numbers (the check character is the
// real one), mobile numbers and local addresses.
class DemoIdentities
{
public:
    DemoIdentities(DemoRandom& rng, DemoText& text);

    PersonIdentity person(const QDate& today, bool withCardDetails);
    QString idNumber(const QDate& birth, bool male);
    QString phone();
    // The same number as a clerk might type it another time.
    QString retyped(const QString& phone);
    QString address();

private:
    DemoRandom& m_rng;
    DemoText& m_text;
};

} // namespace qf::demo
