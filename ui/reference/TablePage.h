#pragma once

#include "models/Result.h"

#include <QWidget>

class QPushButton;
class QTableWidget;

namespace qf {

// One tab of the reference tables: the rows in a table, and Add (Insert), Edit (F2 or
// Enter) and Remove (Delete) for those who may change them. A subclass lists its rows and
// opens its editor.
class TablePage : public QWidget
{
    Q_OBJECT

public:
    TablePage(const QString& objectName, const QStringList& headers, bool editable, QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }
    bool editable() const { return m_editable; }
    // Reads the rows again, keeping the current row when it is still there.
    void reload(const QString& selectId = {});
    QString currentId() const;

    void addRow();
    void editRow();
    void removeRow();

signals:
    void changed();

protected:
    // Appends the rows (appendRow) or returns why they cannot be read.
    virtual Status fill() = 0;
    // Opens the editor for a new row (empty id) or the given one; returns the saved id,
    // empty when cancelled.
    virtual QString edit(const QString& id) = 0;
    virtual Status removeId(const QString& id) = 0;

    void appendRow(const QString& id, const QStringList& cells);

private:
    void updateButtons();

    QTableWidget* m_table = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_edit = nullptr;
    QPushButton* m_remove = nullptr;
    bool m_editable = false;
};

} // namespace qf
