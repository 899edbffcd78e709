#include "ui/checkin/HistoryPanel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace qf {

namespace {

QString kindName(const QString& kind)
{
    static const QHash<QString, const char*> names = {
        { QStringLiteral("visit"), QT_TRANSLATE_NOOP("qf::HistoryPanel", "Visit") },
        { QStringLiteral("phone"), QT_TRANSLATE_NOOP("qf::HistoryPanel", "Call") },
        { QStringLiteral("letter"), QT_TRANSLATE_NOOP("qf::HistoryPanel", "Letter") },
        { QStringLiteral("online"), QT_TRANSLATE_NOOP("qf::HistoryPanel", "Online") },
        { QStringLiteral("forwarded"), QT_TRANSLATE_NOOP("qf::HistoryPanel", "Forwarded") },
        { QStringLiteral("handed_over"), QT_TRANSLATE_NOOP("qf::HistoryPanel", "Handed over") },
    };
    const char* n = names.value(kind);
    return n ? QCoreApplication::translate("qf::HistoryPanel", n) : kind;
}

QString statusName(const QString& status)
{
    static const QHash<QString, const char*> names = {
        { QStringLiteral("accepted"), QT_TRANSLATE_NOOP("qf::HistoryPanel", "Accepted") },
        { QStringLiteral("out_of_scope"), QT_TRANSLATE_NOOP("qf::HistoryPanel", "Referred elsewhere") },
        { QStringLiteral("registered"), QT_TRANSLATE_NOOP("qf::HistoryPanel", "Registered") },
        { QStringLiteral("filed"), QT_TRANSLATE_NOOP("qf::HistoryPanel", "Filed as repeat") },
        { QStringLiteral("concluded"), QT_TRANSLATE_NOOP("qf::HistoryPanel", "Concluded") },
        { QStringLiteral("reviewed"), QT_TRANSLATE_NOOP("qf::HistoryPanel", "Concluded") },
        { QStringLiteral("handling"), QT_TRANSLATE_NOOP("qf::HistoryPanel", "Being handled") },
        { QStringLiteral("dispatched"), QT_TRANSLATE_NOOP("qf::HistoryPanel", "Dispatched") },
    };
    if (status.isEmpty())
        return QCoreApplication::translate("qf::HistoryPanel", "Waiting / in conversation");
    const char* n = names.value(status);
    return n ? QCoreApplication::translate("qf::HistoryPanel", n) : status;
}

} // namespace

HistoryPanel::HistoryPanel(QWidget* parent)
    : QGroupBox(tr("History of this visitor"), parent)
{
    setObjectName(QStringLiteral("historyPanel"));
    auto* layout = new QVBoxLayout(this);
    auto* top = new QHBoxLayout;
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("historySummary"));
    m_summary->setWordWrap(true);
    m_keyBadge = new QLabel(tr("Key petitioner"), this);
    m_keyBadge->setObjectName(QStringLiteral("keyPetitionerBadge"));
    m_keyBadge->setStyleSheet(QStringLiteral("background: #c62828; color: white; padding: 2px 8px; "
                                             "border-radius: 3px; font-weight: bold;"));
    m_openFile = new QPushButton(tr("Open file…"), this);
    m_openFile->setObjectName(QStringLiteral("openKeyFile"));
    m_reveal = new QPushButton(tr("Fill from records…"), this);
    m_reveal->setObjectName(QStringLiteral("revealIdentity"));
    m_reveal->setToolTip(tr("Shows the stored identity of this person; the view is recorded in the audit log."));
    layout->addWidget(m_summary);
    m_keyBadge->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    top->addWidget(m_keyBadge);
    top->addWidget(m_openFile);
    top->addWidget(m_reveal);
    top->addStretch(1);
    layout->addLayout(top);
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("historyList"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({ tr("Date"), tr("Channel"), tr("Number"), tr("Status"), tr("Matter") });
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(true);
    layout->addWidget(m_list, 1);
    auto* below = new QHBoxLayout;
    m_reprint = new QPushButton(tr("Reprint the receipt…"), this);
    m_reprint->setObjectName(QStringLiteral("reprintReceipt"));
    m_reprint->setToolTip(tr("The receipt of the chosen visit, with its registration number; the follow-up code is "
                             "not printed again."));
    m_reprint->setEnabled(false);
    below->addStretch(1);
    below->addWidget(m_reprint);
    layout->addLayout(below);
    connect(m_list, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* item) {
        m_reprint->setEnabled(item && !item->data(0, Qt::UserRole).toString().isEmpty());
    });
    connect(m_reprint, &QPushButton::clicked, this, [this] {
        if (QTreeWidgetItem* item = m_list->currentItem(); item && !item->data(0, Qt::UserRole).toString().isEmpty())
            Q_EMIT reprintReceiptRequested(item->data(0, Qt::UserRole).toString());
    });
    connect(m_openFile, &QPushButton::clicked, this, &HistoryPanel::openKeyFileRequested);
    connect(m_reveal, &QPushButton::clicked, this, &HistoryPanel::revealRequested);
    clear();
}

void HistoryPanel::clear()
{
    m_history = {};
    m_summary->setText(tr("No visitor yet."));
    m_keyBadge->hide();
    m_openFile->hide();
    m_reveal->hide();
    m_list->clear();
    m_reprint->setEnabled(false);
}

void HistoryPanel::showUnknown()
{
    clear();
    m_summary->setText(tr("First contact: this person is not in the records."));
}

void HistoryPanel::showHistory(const VisitorHistory& h)
{
    if (!h.known()) {
        showUnknown();
        return;
    }
    m_history = h;
    m_summary->setText(tr("Known person: %1 visit(s), %2 call(s), %3 other report(s).")
                           .arg(h.visits)
                           .arg(h.calls)
                           .arg(h.reports));
    m_summary->setStyleSheet(h.keyPetitioner ? QStringLiteral("font-weight: bold;") : QString());
    m_keyBadge->setVisible(h.keyPetitioner);
    m_openFile->setVisible(h.hasKeyFile);
    m_reveal->setVisible(true);
    m_list->clear();
    m_reprint->setEnabled(false);
    for (const HistoryEntry& e : h.entries) {
        auto* item = new QTreeWidgetItem(m_list);
        item->setText(0, e.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd")));
        item->setText(1, kindName(e.kind));
        item->setText(2, e.regNo);
        item->setText(3, statusName(e.status));
        item->setText(4, e.restricted ? tr("(restricted)") : e.summary);
        if (e.kind == QLatin1String("visit") && !e.reportId.isEmpty())
            item->setData(0, Qt::UserRole, e.reportId);
    }
}

} // namespace qf
