#include "ui/checkin/VisitorPanel.h"

#include "models/IdNumber.h"

#include <QComboBox>
#include <QFormLayout>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>

namespace qf {

VisitorPanel::VisitorPanel(QWidget* parent)
    : QGroupBox(tr("Visitor"), parent)
{
    setObjectName(QStringLiteral("visitorPanel"));
    auto* form = new QFormLayout(this);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_source = new QLabel(tr("Put the ID card on the reader, or type the identity (F3)."), this);
    m_source->setObjectName(QStringLiteral("visitorSource"));
    m_source->setWordWrap(true);
    form->addRow(m_source);

    auto named = [this](auto* w, const char* name) {
        w->setObjectName(QString::fromLatin1(name));
        return w;
    };
    m_cardType = named(new QComboBox(this), "cardType");
    for (IdCardType t : { IdCardType::Resident, IdCardType::HkMoTwResident, IdCardType::Foreigner,
                          IdCardType::Foreigner2023 })
        m_cardType->addItem(IdCardData::typeName(t), IdCardData::typeKey(t));
    m_name = named(new QLineEdit(this), "visitorName");
    m_sex = named(new QComboBox(this), "visitorSex");
    m_sex->addItems({ QString(), QStringLiteral("男"), QStringLiteral("女") });
    m_ethnicity = named(new QLineEdit(this), "visitorEthnicity");
    m_birthDate = named(new QLineEdit(this), "visitorBirthDate");
    m_birthDate->setPlaceholderText(QStringLiteral("YYYY-MM-DD"));
    m_idNumber = named(new QLineEdit(this), "visitorIdNumber");
    m_idNumber->setMaxLength(24);
    m_idProblem = named(new QLabel(this), "visitorIdProblem");
    m_idProblem->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_idProblem->setWordWrap(true);
    m_idProblem->hide();
    m_validity = named(new QLabel(this), "visitorValidity");
    m_validity->setWordWrap(true);
    m_address = named(new QLineEdit(this), "visitorAddress");
    m_phone = named(new QLineEdit(this), "visitorPhone");

    form->addRow(tr("Card t&ype"), m_cardType);
    form->addRow(tr("&Name"), m_name);
    form->addRow(tr("Se&x"), m_sex);
    form->addRow(tr("Ethnicity"), m_ethnicity);
    form->addRow(tr("Birth date"), m_birthDate);
    form->addRow(tr("&ID number"), m_idNumber);
    form->addRow(QString(), m_idProblem);
    form->addRow(tr("Valid"), m_validity);
    form->addRow(tr("Address"), m_address);
    form->addRow(tr("&Phone"), m_phone);

    // Enter moves on like Tab: name, ID number, phone, address, then the matter.
    for (QLineEdit* e : { m_name, m_idNumber, m_phone, m_address, m_ethnicity, m_birthDate })
        connect(e, &QLineEdit::returnPressed, this, [this] { focusNextChild(); });

    connect(m_idNumber, &QLineEdit::textEdited, this, [this] {
        m_fromCard = false;
        checkIdNumber();
    });
}

void VisitorPanel::checkIdNumber()
{
    const QString problem = idProblem();
    m_idProblem->setText(problem);
    m_idProblem->setVisible(!problem.isEmpty());
    const QString valid = validIdNumber();
    if (!valid.isEmpty()) {
        const IdNumberCheck c = IdNumber::check(valid);
        if (m_birthDate->text().isEmpty() && c.birthDate.isValid())
            m_birthDate->setText(c.birthDate.toString(Qt::ISODate));
        if (m_sex->currentIndex() == 0 && c.sex != Sex::Unknown)
            m_sex->setCurrentIndex(c.sex == Sex::Male ? 1 : 2);
        if (valid != m_lastReady) {
            m_lastReady = valid;
            Q_EMIT idNumberReady(valid);
        }
    } else if (!m_lastReady.isEmpty()) {
        m_lastReady.clear();
        Q_EMIT idNumberCleared();
    }
}

QString VisitorPanel::idProblem() const
{
    const QString text = m_idNumber->text().trimmed();
    if (text.isEmpty())
        return {};
    // Foreigners' permanent-residence numbers follow their own scheme.
    const QString type = m_cardType->currentData().toString();
    if (type.startsWith(QLatin1String("foreigner")))
        return {};
    const IdNumberCheck c = IdNumber::check(text);
    if (c.valid)
        return {};
    // Typing is not finished yet: say so only once the length is reached.
    if (c.problem == IdNumberProblem::WrongLength && IdNumber::normalize(text).size() < 15)
        return {};
    return c.reason;
}

QString VisitorPanel::validIdNumber() const
{
    const QString text = m_idNumber->text().trimmed();
    if (text.isEmpty())
        return {};
    if (m_cardType->currentData().toString().startsWith(QLatin1String("foreigner")))
        return IdNumber::normalize(text);
    const IdNumberCheck c = IdNumber::check(text);
    return c.valid ? c.normalized : QString();
}

void VisitorPanel::fillFromCard(const IdCardData& card)
{
    m_fromCard = true;
    m_source->setText(tr("Read from the ID card."));
    m_cardType->setCurrentIndex(m_cardType->findData(IdCardData::typeKey(card.cardType)));
    m_name->setText(card.name.isEmpty() ? card.englishName : card.name);
    m_sex->setCurrentIndex(card.sexCode == QLatin1String("1") ? 1 : card.sexCode == QLatin1String("2") ? 2 : 0);
    m_ethnicity->setText(card.ethnicityCode.isEmpty() ? card.nationality : card.ethnicity());
    m_birthDate->setText(card.birthDate.toString(Qt::ISODate));
    m_address->setText(card.address);
    m_idNumber->setText(card.idNumber);
    // The card's validity, as printed on its back; an expired card is said in red.
    const QString from = card.validFrom.isValid() ? card.validFrom.toString(Qt::ISODate) : QString();
    const QString until = card.validUntilText();
    const QString span = from.isEmpty() ? until : tr("%1 to %2").arg(from, until);
    m_cardExpired = !card.validIndefinitely && card.validUntil.isValid() && card.validUntil < QDate::currentDate();
    if (m_cardExpired) {
        m_validity->setText(tr("%1 — expired %n day(s) ago", nullptr, int(card.validUntil.daysTo(QDate::currentDate())))
                                .arg(span));
        m_validity->setStyleSheet(QStringLiteral("color: #b00020; font-weight: bold;"));
    } else {
        m_validity->setText(span);
        m_validity->setStyleSheet(QString());
    }
    m_lastReady.clear();
    checkIdNumber();
}

void VisitorPanel::fillFromIdentity(const PersonIdentity& p)
{
    if (m_name->text().isEmpty())
        m_name->setText(p.name);
    if (m_address->text().isEmpty())
        m_address->setText(p.address);
    if (m_phone->text().isEmpty())
        m_phone->setText(p.phone);
    if (m_ethnicity->text().isEmpty())
        m_ethnicity->setText(p.details.value(QStringLiteral("ethnicity")).toString());
}

void VisitorPanel::clear()
{
    m_fromCard = false;
    m_lastReady.clear();
    m_source->setText(tr("Put the ID card on the reader, or type the identity (F3)."));
    m_cardType->setCurrentIndex(0);
    for (QLineEdit* e : { m_name, m_ethnicity, m_birthDate, m_idNumber, m_address, m_phone })
        e->clear();
    m_sex->setCurrentIndex(0);
    m_idProblem->hide();
    m_cardExpired = false;
    m_validity->clear();
    m_validity->setStyleSheet(QString());
}

void VisitorPanel::beginManualEntry()
{
    m_source->setText(tr("Typed in by hand: check the ID number against the document shown."));
    m_name->setFocus();
    m_name->selectAll();
}

void VisitorPanel::focusName()
{
    m_name->setFocus();
}

QString VisitorPanel::name() const
{
    return m_name->text().trimmed();
}

PersonIdentity VisitorPanel::identity() const
{
    PersonIdentity p;
    p.name = m_name->text().trimmed();
    p.idNumber = validIdNumber();
    p.phone = m_phone->text().trimmed();
    p.address = m_address->text().trimmed();
    p.details = QJsonObject { { QStringLiteral("card_type"), m_cardType->currentData().toString() },
                              { QStringLiteral("sex"), m_sex->currentText() },
                              { QStringLiteral("ethnicity"), m_ethnicity->text().trimmed() },
                              { QStringLiteral("birth_date"), m_birthDate->text().trimmed() },
                              { QStringLiteral("source"), m_fromCard ? QStringLiteral("card") : QStringLiteral("manual") } };
    return p;
}

} // namespace qf
