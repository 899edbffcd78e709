#include "ui/hotline/HotlineOfficeSettings.h"

#include "models/Role.h"
#include "models/Session.h"
#include "models/Settings.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTimeEdit>

namespace qf {

HotlineOfficeSettings::HotlineOfficeSettings(Session& session, QWidget* parent)
    : QGroupBox(tr("Hotline (this office)"), parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("hotlineOfficeSettings"));
    auto* form = new QFormLayout(this);
    m_record = new QCheckBox(tr("Record every answered call (operators cannot turn it off)"), this);
    m_record->setObjectName(QStringLiteral("officeRecordCalls"));
    m_workdays = new QSpinBox(this);
    m_workdays->setObjectName(QStringLiteral("officeCallbackWorkdays"));
    m_workdays->setRange(0, 10);
    m_workdays->setSpecialValueText(tr("the same working day"));
    m_workdays->setSuffix(tr(" working days later"));
    m_dayEnds = new QTimeEdit(this);
    m_dayEnds->setObjectName(QStringLiteral("officeWorkdayEnds"));
    m_dayEnds->setDisplayFormat(QStringLiteral("HH:mm"));
    m_save = new QPushButton(tr("Save the hotline r&ules"), this);
    m_save->setObjectName(QStringLiteral("officeHotlineSave"));
    m_save->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_note = new QLabel(this);
    m_note->setWordWrap(true);
    form->addRow(QString(), m_record);
    form->addRow(tr("Missed calls called back by:"), m_workdays);
    form->addRow(tr("The working day ends at:"), m_dayEnds);
    form->addRow(QString(), m_note);
    form->addRow(QString(), m_save);
    connect(m_save, &QPushButton::clicked, this, &HotlineOfficeSettings::save);
    load();
}

void HotlineOfficeSettings::load()
{
    Settings settings(m_session.writer());
    m_record->setChecked(settings.isOn(Settings::Key::HotlineRecordCalls));
    m_workdays->setValue(settings.intValue(Settings::Key::HotlineCallbackWorkdays));
    m_dayEnds->setTime(QTime::fromString(settings.text(Settings::Key::HotlineWorkdayEnds), QStringLiteral("HH:mm")));
    const bool admin = m_session.may(Capability::Administer);
    for (QWidget* w : { static_cast<QWidget*>(m_record), static_cast<QWidget*>(m_workdays),
                        static_cast<QWidget*>(m_dayEnds), static_cast<QWidget*>(m_save) })
        w->setEnabled(admin);
    m_note->setText(admin ? tr("These rules hold for every workstation of the office once synced.")
                          : tr("Only the administrator changes the office's hotline rules."));
}

void HotlineOfficeSettings::save()
{
    Settings settings(m_session.writer());
    const struct {
        Settings::Key key;
        QString value;
    } changes[] = {
        { Settings::Key::HotlineRecordCalls, m_record->isChecked() ? QStringLiteral("true") : QStringLiteral("false") },
        { Settings::Key::HotlineCallbackWorkdays, QString::number(m_workdays->value()) },
        { Settings::Key::HotlineWorkdayEnds, m_dayEnds->time().toString(QStringLiteral("HH:mm")) },
    };
    for (const auto& c : changes) {
        if (settings.text(c.key) == c.value)
            continue;
        if (Status s = settings.setValue(c.key, c.value); !s) {
            QMessageBox::warning(this, title(), s.error());
            load();
            return;
        }
    }
    m_note->setText(tr("Saved. The rules hold for every workstation of the office once synced."));
}

} // namespace qf
