#include "ui/sync/ConflictsDialog.h"

#include "models/Session.h"
#include "sync/SyncLocal.h"
#include "sync/SyncProtocol.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace qf {

namespace {

QString fieldLabel(const QString& table, const QString& field)
{
    static const QHash<QString, const char*> labels = {
        { QStringLiteral("content"), QT_TRANSLATE_NOOP("qf::ConflictsDialog", "Content") },
        { QStringLiteral("region"), QT_TRANSLATE_NOOP("qf::ConflictsDialog", "Region") },
        { QStringLiteral("demand"), QT_TRANSLATE_NOOP("qf::ConflictsDialog", "Demand") },
        { QStringLiteral("status"), QT_TRANSLATE_NOOP("qf::ConflictsDialog", "Status") },
        { QStringLiteral("category_id"), QT_TRANSLATE_NOOP("qf::ConflictsDialog", "Category") },
        { QStringLiteral("handler_id"), QT_TRANSLATE_NOOP("qf::ConflictsDialog", "Handler") },
        { QStringLiteral("unit"), QT_TRANSLATE_NOOP("qf::ConflictsDialog", "Unit") },
        { QStringLiteral("deleted"), QT_TRANSLATE_NOOP("qf::ConflictsDialog", "Deleted or kept") },
    };
    if (auto it = labels.constFind(field); it != labels.constEnd())
        return ConflictsDialog::tr(*it);
    return table + QLatin1Char('.') + field;
}

QString shown(const QString& table, const QString& field, const QString& json)
{
    if (sync::isIdentityField(table, field))
        return ConflictsDialog::tr("(sealed identity — open the case to view)");
    const QJsonValue v = QJsonDocument::fromJson("[" + json.toUtf8() + "]").array().at(0);
    if (field == QLatin1String("deleted"))
        return v.toBool() || v.toInt() ? ConflictsDialog::tr("deleted") : ConflictsDialog::tr("kept, with the edit");
    if (v.isNull())
        return ConflictsDialog::tr("(empty)");
    return v.toVariant().toString();
}

QTableWidget* makeTable(const QStringList& headers, QWidget* parent)
{
    auto* t = new QTableWidget(0, int(headers.size()), parent);
    t->setHorizontalHeaderLabels(headers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setWordWrap(true);
    t->verticalHeader()->hide();
    return t;
}

} // namespace

ConflictsDialog::ConflictsDialog(Session& session, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("conflictsDialog"));
    setWindowTitle(tr("Sync conflicts"));
    resize(980, 520);
    auto* layout = new QVBoxLayout(this);
    auto* tabs = new QTabWidget(this);

    auto* page = new QWidget(tabs);
    auto* pl = new QVBoxLayout(page);
    auto* intro = new QLabel(tr("The same field was changed on two workstations before either synced. The later "
                                "change is in force; decide whether it stays or the other value is taken."),
                             page);
    intro->setWordWrap(true);
    pl->addWidget(intro);
    m_conflicts = makeTable({ tr("Case"), tr("Field"), tr("Value in force"), tr("Other value"), tr("When") }, page);
    m_conflicts->setObjectName(QStringLiteral("conflictsTable"));
    pl->addWidget(m_conflicts, 1);
    auto* buttons = new QHBoxLayout;
    m_keep = new QPushButton(tr("&Keep the value in force"), page);
    m_keep->setObjectName(QStringLiteral("keepButton"));
    m_other = new QPushButton(tr("&Take the other value"), page);
    m_other->setObjectName(QStringLiteral("otherButton"));
    buttons->addStretch();
    buttons->addWidget(m_keep);
    buttons->addWidget(m_other);
    pl->addLayout(buttons);
    tabs->addTab(page, tr("Conflicts"));

    m_refused = makeTable({ tr("Refused at"), tr("Record"), tr("Change"), tr("Reason") }, tabs);
    m_refused->setObjectName(QStringLiteral("refusedTable"));
    tabs->addTab(m_refused, tr("Refused by the server"));

    auto* heldPage = new QWidget(tabs);
    auto* hl = new QVBoxLayout(heldPage);
    auto* heldIntro = new QLabel(tr("Changes from the server that this workstation could not apply. The sync goes on "
                                    "without them; they are tried again after an upgrade of Qingfeng, or now with "
                                    "Retry. Tell the administrator of the sync server if they stay."),
                                 heldPage);
    heldIntro->setWordWrap(true);
    hl->addWidget(heldIntro);
    m_held = makeTable({ tr("Kept aside at"), tr("Record"), tr("Attempts"), tr("Reason") }, heldPage);
    m_held->setObjectName(QStringLiteral("heldTable"));
    hl->addWidget(m_held, 1);
    auto* heldButtons = new QHBoxLayout;
    m_retry = new QPushButton(tr("&Retry"), heldPage);
    m_retry->setObjectName(QStringLiteral("retryHeldButton"));
    heldButtons->addStretch();
    heldButtons->addWidget(m_retry);
    hl->addLayout(heldButtons);
    tabs->addTab(heldPage, tr("Not applied here"));
    layout->addWidget(tabs, 1);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("conflictsMessage"));
    m_message->setWordWrap(true);
    layout->addWidget(m_message);
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(close);

    connect(m_keep, &QPushButton::clicked, this, [this] { decide(false); });
    connect(m_other, &QPushButton::clicked, this, [this] { decide(true); });
    connect(m_retry, &QPushButton::clicked, this, &ConflictsDialog::retryHeld);
    reload();
}

void ConflictsDialog::reload()
{
    sync::SyncLocal local(m_session.database(), m_session.writer());
    m_conflicts->setRowCount(0);
    if (auto list = local.openConflicts()) {
        for (const auto& c : *list) {
            const int row = m_conflicts->rowCount();
            m_conflicts->insertRow(row);
            auto* first = new QTableWidgetItem(c.label.isEmpty() ? c.table : c.label);
            first->setData(Qt::UserRole, c.id);
            m_conflicts->setItem(row, 0, first);
            m_conflicts->setItem(row, 1, new QTableWidgetItem(fieldLabel(c.table, c.field)));
            m_conflicts->setItem(row, 2, new QTableWidgetItem(shown(c.table, c.field, c.keptValue)));
            m_conflicts->setItem(row, 3, new QTableWidgetItem(shown(c.table, c.field, c.otherValue)));
            m_conflicts->setItem(row, 4, new QTableWidgetItem(QLocale().toString(
                                             QDateTime::fromString(c.createdAt, Qt::ISODateWithMs).toLocalTime(),
                                             QLocale::ShortFormat)));
        }
    } else {
        m_message->setText(list.error());
    }
    QHeaderView* header = m_conflicts->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(2, QHeaderView::Stretch);
    header->setSectionResizeMode(3, QHeaderView::Stretch);
    m_conflicts->resizeRowsToContents();
    if (m_conflicts->rowCount() > 0)
        m_conflicts->selectRow(0);
    m_keep->setEnabled(m_conflicts->rowCount() > 0);
    m_other->setEnabled(m_conflicts->rowCount() > 0);

    m_refused->setRowCount(0);
    if (auto list = local.refusedChanges()) {
        for (const auto& f : *list) {
            const int row = m_refused->rowCount();
            m_refused->insertRow(row);
            m_refused->setItem(row, 0, new QTableWidgetItem(QLocale().toString(
                                           QDateTime::fromString(f.refusedAt, Qt::ISODateWithMs).toLocalTime(),
                                           QLocale::ShortFormat)));
            m_refused->setItem(row, 1, new QTableWidgetItem(f.table));
            m_refused->setItem(row, 2, new QTableWidgetItem(f.op));
            m_refused->setItem(row, 3, new QTableWidgetItem(f.reason));
        }
    }
    m_refused->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_refused->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);

    m_held->setRowCount(0);
    if (auto list = local.heldRows()) {
        for (const auto& h : *list) {
            const int row = m_held->rowCount();
            m_held->insertRow(row);
            m_held->setItem(row, 0, new QTableWidgetItem(QLocale().toString(
                                        QDateTime::fromString(h.heldAt, Qt::ISODateWithMs).toLocalTime(),
                                        QLocale::ShortFormat)));
            m_held->setItem(row, 1, new QTableWidgetItem(h.label.isEmpty() ? h.table + QLatin1Char('/') + h.rowId : h.label));
            m_held->setItem(row, 2, new QTableWidgetItem(QLocale().toString(h.attempts)));
            m_held->setItem(row, 3, new QTableWidgetItem(h.reason));
        }
    }
    m_held->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_held->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_held->resizeRowsToContents();
    m_retry->setEnabled(m_held->rowCount() > 0);
}

void ConflictsDialog::retryHeld()
{
    sync::SyncLocal local(m_session.database(), m_session.writer());
    auto applied = local.retryHeld(true);
    if (!applied) {
        m_message->setText(applied.error());
        return;
    }
    reload();
    m_message->setText(m_held->rowCount() == 0 ? tr("Every change kept aside is applied now.")
                                               : tr("%n change(s) applied now; the others are still kept aside.", "",
                                                    *applied));
    emit decided();
}

void ConflictsDialog::decide(bool useOther)
{
    const auto rows = m_conflicts->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const QString id = m_conflicts->item(rows.first().row(), 0)->data(Qt::UserRole).toString();
    sync::SyncLocal local(m_session.database(), m_session.writer());
    if (Status s = local.resolveConflict(id, useOther, m_session.userId()); !s) {
        m_message->setText(s.error());
        return;
    }
    m_message->setText(useOther ? tr("The other value is taken; it reaches the other workstations with the next sync.")
                                : tr("The value in force stays; the decision reaches the other workstations with the "
                                     "next sync."));
    reload();
    emit decided();
}

} // namespace qf
