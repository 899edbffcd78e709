#include "ui/reference/FormDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

namespace qf {

FormDialog::FormDialog(const QString& title, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("referenceRowEditor"));
    setWindowTitle(title);
    setMinimumWidth(460);
    auto* layout = new QVBoxLayout(this);
    m_form = new QFormLayout;
    layout->addLayout(m_form);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("referenceRowError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();
    layout->addWidget(m_error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &FormDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QLineEdit* FormDialog::addLine(const QString& label, const QString& objectName, const QString& text,
                               const QString& placeholder)
{
    auto* e = new QLineEdit(text, this);
    e->setObjectName(objectName);
    e->setPlaceholderText(placeholder);
    m_form->addRow(label, e);
    return e;
}

QComboBox* FormDialog::addCombo(const QString& label, const QString& objectName, const QList<NamedRef>& items,
                                const QString& current)
{
    auto* c = new QComboBox(this);
    c->setObjectName(objectName);
    for (const NamedRef& r : items)
        c->addItem(r.detail.isEmpty() ? r.name : tr("%1 (%2)").arg(r.name, r.detail), r.id);
    c->setCurrentIndex(std::max(0, c->findData(current)));
    m_form->addRow(label, c);
    return c;
}

QSpinBox* FormDialog::addNumber(const QString& label, const QString& objectName, int value)
{
    auto* s = new QSpinBox(this);
    s->setObjectName(objectName);
    s->setRange(0, 999);
    s->setValue(value);
    m_form->addRow(label, s);
    return s;
}

QCheckBox* FormDialog::addCheck(const QString& text, const QString& objectName, bool checked)
{
    auto* c = new QCheckBox(text, this);
    c->setObjectName(objectName);
    c->setChecked(checked);
    m_form->addRow(QString(), c);
    return c;
}

void FormDialog::addNote(const QString& text)
{
    auto* note = new QLabel(text, this);
    note->setWordWrap(true);
    m_form->addRow(QString(), note);
}

void FormDialog::accept()
{
    if (m_save) {
        if (Status s = m_save(); !s) {
            m_error->setText(s.error());
            m_error->show();
            return;
        }
    }
    QDialog::accept();
}

} // namespace qf
