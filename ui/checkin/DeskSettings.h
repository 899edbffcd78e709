#pragma once

#include <QString>
#include <QStringList>

namespace qf {

// Settings of this workstation's desk (QSettings, not synced): the ID-card reader's port,
// the reader vendor's photo decoder library, the desk's ticket prefix, where printouts go,
// the rooms of the hall.
struct DeskSettings
{
    enum class PrintTarget { Preview, Printer, PdfFolder };

    QString readerPort;
    QString wltLibrary;   // the vendor's WLT photo decoder (WltDecoder::settingsKey()); empty: none
    QString ticketPrefix; // e.g. "A" (one to three letters or digits); empty: the device tag
    PrintTarget printTarget = PrintTarget::Preview;
    bool ticketOn80mm = true; // queue tickets on an 80 mm receipt printer, else A4
    QString pdfFolder;
    QStringList rooms;

    static DeskSettings load();
    void save() const;
    static QStringList defaultRooms();
};

} // namespace qf
