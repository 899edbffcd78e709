#include "ui/checkin/DeskSettings.h"

#include "app/devices/idcard/WltDecoder.h"

#include <QCoreApplication>
#include <QSettings>
#include <QStandardPaths>

namespace qf {

QStringList DeskSettings::defaultRooms()
{
    return { QCoreApplication::translate("qf::DeskSettings", "Reception room 1"),
             QCoreApplication::translate("qf::DeskSettings", "Reception room 2"),
             QCoreApplication::translate("qf::DeskSettings", "Interview room") };
}

DeskSettings DeskSettings::load()
{
    QSettings s;
    DeskSettings d;
    d.readerPort = s.value(QStringLiteral("desk/readerPort")).toString();
    d.wltLibrary = s.value(WltDecoder::settingsKey()).toString();
    d.ticketPrefix = s.value(QStringLiteral("desk/ticketPrefix")).toString();
    d.printTarget = PrintTarget(std::clamp(s.value(QStringLiteral("desk/printTarget"), 0).toInt(), 0, 2));
    d.ticketOn80mm = s.value(QStringLiteral("desk/ticketOn80mm"), true).toBool();
    d.pdfFolder = s.value(QStringLiteral("desk/pdfFolder"),
                          QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                      .toString();
    d.rooms = s.value(QStringLiteral("desk/rooms"), defaultRooms()).toStringList();
    if (d.rooms.isEmpty())
        d.rooms = defaultRooms();
    return d;
}

void DeskSettings::save() const
{
    QSettings s;
    s.setValue(QStringLiteral("desk/readerPort"), readerPort);
    s.setValue(WltDecoder::settingsKey(), wltLibrary);
    s.setValue(QStringLiteral("desk/ticketPrefix"), ticketPrefix);
    s.setValue(QStringLiteral("desk/printTarget"), int(printTarget));
    s.setValue(QStringLiteral("desk/pdfFolder"), pdfFolder);
    s.setValue(QStringLiteral("desk/ticketOn80mm"), ticketOn80mm);
    s.setValue(QStringLiteral("desk/rooms"), rooms);
}

} // namespace qf
