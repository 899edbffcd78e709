#pragma once

#include <QString>
#include <QStringList>

namespace qf {

// Settings of this workstation's desk (QSettings, not synced): the ID-card reader's port,
// where printouts go, the rooms of the hall.
struct DeskSettings
{
    enum class PrintTarget { Preview, Printer, PdfFolder };

    QString readerPort;
    PrintTarget printTarget = PrintTarget::Preview;
    QString pdfFolder;
    QStringList rooms;

    static DeskSettings load();
    void save() const;
    static QStringList defaultRooms();
};

} // namespace qf
