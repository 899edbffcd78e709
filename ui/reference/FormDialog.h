#pragma once

#include "models/DispatchTables.h"
#include "models/Result.h"

#include <QDialog>

#include <functional>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace qf {

// The small editor of one row of a reference table: labelled fields, OK and Cancel. OK
// runs the save function; when it fails the message is shown in the dialog, which stays
// open with what was typed.
class FormDialog : public QDialog
{
    Q_OBJECT

public:
    FormDialog(const QString& title, QWidget* parent = nullptr);

    QLineEdit* addLine(const QString& label, const QString& objectName, const QString& text,
                       const QString& placeholder = {});
    // Items: (id, name); the one with `current` as id is selected.
    QComboBox* addCombo(const QString& label, const QString& objectName, const QList<NamedRef>& items,
                        const QString& current);
    QSpinBox* addNumber(const QString& label, const QString& objectName, int value);
    QCheckBox* addCheck(const QString& text, const QString& objectName, bool checked);
    void addNote(const QString& text);

    void setSave(std::function<Status()> save) { m_save = std::move(save); }
    void accept() override;

private:
    QFormLayout* m_form = nullptr;
    QLabel* m_error = nullptr;
    std::function<Status()> m_save;
};

} // namespace qf
