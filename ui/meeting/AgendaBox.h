#pragma once

#include "app/export/TableExport.h"

#include <QGroupBox>

class QLineEdit;
class QListWidget;

namespace qf {

// The agenda as the chair sees it: the ordered cases, build, move up/down, add by number;
// copied, exported and printed from its context menu.
class AgendaBox : public QGroupBox
{
    Q_OBJECT

public:
    explicit AgendaBox(QWidget* parent = nullptr);

    void setItems(const QStringList& lines, int current);
    void setCurrent(int row);
    // What the exported or printed agenda is headed with (the meeting's date and place).
    void setTitle(const QString& title) { m_title = title; }
    ExportTable table() const;

signals:
    void buildRequested();
    void moveRequested(int delta);
    void addRequested(const QString& regNo);
    void chosen(int row);
    void message(const QString& text);

private:
    QListWidget* m_list = nullptr;
    QLineEdit* m_add = nullptr;
    QString m_title;
};

} // namespace qf
