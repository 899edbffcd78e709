#include "ui/meeting/AgendaBox.h"

#include "ui/ListActions.h"

#include <QHBoxLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace qf {

AgendaBox::AgendaBox(QWidget* parent)
    : QGroupBox(tr("Agenda"), parent)
{
    auto* v = new QVBoxLayout(this);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("agenda"));
    auto* build = new QPushButton(tr("&Build agenda"), this);
    auto* up = new QPushButton(tr("Move &up"), this);
    auto* down = new QPushButton(tr("Move do&wn"), this);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(build);
    buttons->addWidget(up);
    buttons->addWidget(down);
    m_add = new QLineEdit(this);
    m_add->setObjectName(QStringLiteral("addCase"));
    m_add->setPlaceholderText(tr("Registration number to add, Enter"));
    v->addLayout(buttons);
    v->addWidget(m_list, 1);
    v->addWidget(m_add);
    // The agenda goes out as a list too: copy, export, print (the context menu, Ctrl+C).
    ListActions::install(
        m_list, tr("agenda"),
        [this](bool selected) {
            return ListActions::fromList(m_list, m_title.isEmpty() ? tr("Agenda") : m_title, tr("Case"), {}, selected);
        },
        [this](const QString& text) { emit message(text); });
    connect(build, &QPushButton::clicked, this, &AgendaBox::buildRequested);
    connect(up, &QPushButton::clicked, this, [this] { emit moveRequested(-1); });
    connect(down, &QPushButton::clicked, this, [this] { emit moveRequested(1); });
    connect(m_add, &QLineEdit::returnPressed, this, [this] {
        const QString regNo = m_add->text().trimmed();
        m_add->clear();
        emit addRequested(regNo);
    });
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            emit chosen(row);
    });
}

void AgendaBox::setItems(const QStringList& lines, int current)
{
    const QSignalBlocker block(m_list);
    m_list->clear();
    m_list->addItems(lines);
    m_list->setCurrentRow(current);
}

ExportTable AgendaBox::table() const
{
    return ListActions::fromList(m_list, m_title.isEmpty() ? tr("Agenda") : m_title, tr("Case"));
}

void AgendaBox::setCurrent(int row)
{
    const QSignalBlocker block(m_list);
    m_list->setCurrentRow(row);
}

} // namespace qf
