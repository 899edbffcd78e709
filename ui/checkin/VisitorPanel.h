#pragma once

#include "models/PersonStore.h"
#include "app/devices/idcard/IdCardData.h"

#include <QGroupBox>

class QComboBox;
class QLabel;
class QLineEdit;

namespace qf {

// 来访人: the identity of the visitor, filled from the ID card or typed in by hand, with the
// ID number checked as it is typed (the reason shown right under the field).
class VisitorPanel : public QGroupBox
{
    Q_OBJECT

public:
    explicit VisitorPanel(QWidget* parent = nullptr);

    void fillFromCard(const IdCardData& card);
    void fillFromIdentity(const PersonIdentity& identity);
    void clear();
    // Puts the cursor on the first field for typing an identity by hand.
    void beginManualEntry();
    void focusName();

    bool fromCard() const { return m_fromCard; }
    // The card read last is past its validity (not "长期"); registration goes on regardless.
    bool cardExpired() const { return m_cardExpired; }
    // The identity as shown; empty name and number = anonymous visitor.
    PersonIdentity identity() const;
    QString name() const;
    // The normalised number when it is valid, else empty.
    QString validIdNumber() const;
    // Why the ID number is refused, empty when it is valid or empty.
    QString idProblem() const;

Q_SIGNALS:
    // A valid ID number was typed or read (normalised).
    void idNumberReady(const QString& idNumber);
    void idNumberCleared();

private:
    void checkIdNumber();

    QLabel* m_source = nullptr;
    QComboBox* m_cardType = nullptr;
    QLineEdit* m_name = nullptr;
    QComboBox* m_sex = nullptr;
    QLineEdit* m_ethnicity = nullptr;
    QLineEdit* m_birthDate = nullptr;
    QLineEdit* m_idNumber = nullptr;
    QLabel* m_idProblem = nullptr;
    QLabel* m_validity = nullptr;
    QLineEdit* m_address = nullptr;
    QLineEdit* m_phone = nullptr;
    bool m_fromCard = false;
    bool m_cardExpired = false;
    QString m_lastReady;
};

} // namespace qf
