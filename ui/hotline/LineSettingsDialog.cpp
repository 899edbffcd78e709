#include "ui/hotline/LineSettingsDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

namespace qf {

LineSettingsDialog::LineSettingsDialog(const LineSettings& settings, bool officeRecords, QWidget* parent)
    : QDialog(parent)
    , m_base(settings)
{
    setWindowTitle(tr("Hotline line"));
    auto* form = new QFormLayout(this);
    m_name = new QLineEdit(settings.name, this);
    m_user = new QLineEdit(settings.username, this);
    m_domain = new QLineEdit(settings.domain, this);
    m_domain->setPlaceholderText(tr("empty: answer direct calls only"));
    m_proxy = new QLineEdit(settings.proxy, this);
    m_proxy->setPlaceholderText(tr("empty: the registrar itself"));
    m_transport = new QComboBox(this);
    m_transport->addItem(QStringLiteral("UDP"), int(SipTransport::Udp));
    m_transport->addItem(QStringLiteral("TCP"), int(SipTransport::Tcp));
    m_transport->addItem(QStringLiteral("TLS"), int(SipTransport::Tls));
    m_transport->setCurrentIndex(m_transport->findData(int(settings.transport)));
    m_port = new QSpinBox(this);
    m_port->setRange(1, 65535);
    m_port->setValue(settings.listenPort);
    m_password = new QLineEdit(this);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(settings.password.isEmpty() ? tr("kept in the system keychain")
                                                               : tr("unchanged (kept in the system keychain)"));
    auto* announceRow = new QHBoxLayout;
    m_announcement = new QLineEdit(settings.announcement, this);
    m_announcement->setPlaceholderText(tr("none"));
    auto* browse = new QPushButton(tr("Choose…"), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString f = QFileDialog::getOpenFileName(this, tr("Announcement"), {}, tr("WAV sound (*.wav)"));
        if (!f.isEmpty())
            m_announcement->setText(f);
    });
    announceRow->addWidget(m_announcement, 1);
    announceRow->addWidget(browse);
    m_ring = new QSpinBox(this);
    m_ring->setRange(5, 300);
    m_ring->setSuffix(tr(" s"));
    m_ring->setValue(settings.ringSeconds);
    m_noSoundCard = new QCheckBox(tr("No headset or sound card on this workstation"), this);
    m_noSoundCard->setChecked(settings.useFiles);
    m_record = new QCheckBox(tr("Record calls"), this);
    m_record->setObjectName(QStringLiteral("lineRecordCalls"));
    m_record->setChecked(settings.record || officeRecords);
    if (officeRecords) {
        m_record->setEnabled(false);
        m_record->setText(tr("Record calls (required by the office; set by the administrator)"));
    }

    form->addRow(tr("Line"), m_name);
    form->addRow(tr("SIP account"), m_user);
    form->addRow(tr("Registrar (domain)"), m_domain);
    form->addRow(tr("Outbound proxy"), m_proxy);
    form->addRow(tr("Transport"), m_transport);
    form->addRow(tr("Local port"), m_port);
    form->addRow(tr("Password"), m_password);
    form->addRow(tr("Recorded announcement"), announceRow);
    form->addRow(tr("Missed after ringing"), m_ring);
    form->addRow(QString(), m_record);
    form->addRow(QString(), m_noSoundCard);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
}

LineSettings LineSettingsDialog::settings() const
{
    LineSettings s = m_base;
    s.name = m_name->text().trimmed();
    s.username = m_user->text().trimmed();
    s.domain = m_domain->text().trimmed();
    s.proxy = m_proxy->text().trimmed();
    s.transport = SipTransport(m_transport->currentData().toInt());
    s.listenPort = m_port->value();
    if (!m_password->text().isEmpty())
        s.password = m_password->text();
    s.announcement = m_announcement->text().trimmed();
    s.ringSeconds = m_ring->value();
    s.useFiles = m_noSoundCard->isChecked();
    s.record = m_record->isChecked();
    return s;
}

} // namespace qf
