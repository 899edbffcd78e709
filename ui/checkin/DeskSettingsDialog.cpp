#include "ui/checkin/DeskSettingsDialog.h"

#include "app/devices/idcard/SamIdCardReader.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QSerialPortInfo>

namespace qf {

DeskSettingsDialog::DeskSettingsDialog(const DeskSettings& s, QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Desk devices"));
    setMinimumWidth(560); // device paths and folders are long
    auto* form = new QFormLayout(this);
    m_port = new QComboBox(this);
    m_port->setObjectName(QStringLiteral("readerPort"));
    m_port->setEditable(true);
    for (const QSerialPortInfo& info : QSerialPortInfo::availablePorts())
        m_port->addItem(info.systemLocation());
    m_port->setCurrentText(s.readerPort);
    m_port->setToolTip(tr("Any device path is accepted, e.g. /dev/ttyUSB0 or a link to a pseudo-terminal."));
    auto* test = new QPushButton(tr("&Test"), this);
    auto* portRow = new QHBoxLayout;
    portRow->addWidget(m_port, 1);
    portRow->addWidget(test);
    form->addRow(tr("ID-card &reader port"), portRow);
    m_testResult = new QLabel(this);
    m_testResult->setWordWrap(true);
    form->addRow(QString(), m_testResult);

    m_wltLibrary = new QLineEdit(s.wltLibrary, this);
    m_wltLibrary->setObjectName(QStringLiteral("wltLibrary"));
    m_wltLibrary->setPlaceholderText(tr("e.g. /opt/reader/libwlt.so"));
    m_wltLibrary->setToolTip(tr("The reader vendor's library that decodes the card photo. Without it the photo is "
                                "kept undecoded and the camera can take one instead."));
    form->addRow(tr("Photo &decoder library"), m_wltLibrary);
    m_ticketPrefix = new QLineEdit(s.ticketPrefix, this);
    m_ticketPrefix->setObjectName(QStringLiteral("ticketPrefix"));
    m_ticketPrefix->setMaxLength(3);
    m_ticketPrefix->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[A-Za-z0-9]{0,3}")), m_ticketPrefix));
    m_ticketPrefix->setPlaceholderText(tr("device tag"));
    m_ticketPrefix->setToolTip(tr("Tickets of this desk read e.g. A-007. Give every desk of the hall its own letter; "
                                  "left empty, the device tag is used, which is unique."));
    form->addRow(tr("Tic&ket prefix"), m_ticketPrefix);

    m_target = new QComboBox(this);
    m_target->addItem(tr("Preview, then print"));
    m_target->addItem(tr("Straight to the printer"));
    m_target->addItem(tr("PDF files in a folder"));
    m_target->setCurrentIndex(int(s.printTarget));
    form->addRow(tr("&Printouts"), m_target);
    m_ticketPaper = new QComboBox(this);
    m_ticketPaper->addItem(tr("80 mm receipt printer"));
    m_ticketPaper->addItem(tr("A4"));
    m_ticketPaper->setCurrentIndex(s.ticketOn80mm ? 0 : 1);
    form->addRow(tr("Ticket p&aper"), m_ticketPaper);
    m_pdfFolder = new QLineEdit(s.pdfFolder, this);
    form->addRow(tr("PDF &folder"), m_pdfFolder);
    m_rooms = new QLineEdit(s.rooms.join(QStringLiteral(", ")), this);
    form->addRow(tr("R&ooms"), m_rooms);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(test, &QPushButton::clicked, this, &DeskSettingsDialog::testReader);
}

DeskSettingsDialog::~DeskSettingsDialog() = default;

void DeskSettingsDialog::testReader()
{
    m_probe.reset();
    const QString path = m_port->currentText().trimmed();
    if (path.isEmpty()) {
        m_testResult->setText(tr("Enter the reader's port first."));
        return;
    }
    SamIdCardReader::Options o;
    o.portPath = path;
    m_probe = std::make_unique<SamIdCardReader>(o);
    m_testResult->setText(tr("Testing…"));
    connect(m_probe.get(), &IdCardReader::statusChanged, this, [this](IdCardReader::State state, const QString& message) {
        if (state == IdCardReader::State::WaitingForCard || state == IdCardReader::State::RemoveCard
            || state == IdCardReader::State::Reading)
            m_testResult->setText(tr("The reader answers: %1").arg(message));
        else if (state == IdCardReader::State::NotResponding)
            m_testResult->setText(tr("The reader does not answer: %1").arg(message));
    });
    m_probe->start();
}

DeskSettings DeskSettingsDialog::settings() const
{
    DeskSettings s;
    s.readerPort = m_port->currentText().trimmed();
    s.wltLibrary = m_wltLibrary->text().trimmed();
    s.ticketPrefix = m_ticketPrefix->text().trimmed().toUpper();
    s.printTarget = DeskSettings::PrintTarget(m_target->currentIndex());
    s.pdfFolder = m_pdfFolder->text().trimmed();
    s.ticketOn80mm = m_ticketPaper->currentIndex() == 0;
    for (const QString& r : m_rooms->text().split(QRegularExpression(QStringLiteral("[,，、]")), Qt::SkipEmptyParts))
        s.rooms << r.trimmed();
    return s;
}

} // namespace qf
