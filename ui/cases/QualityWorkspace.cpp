#include "ui/cases/QualityWorkspace.h"

#include "ui/WorkspaceIcons.h"
#include "ui/cases/CaseWork.h"
#include "models/ClosingReview.h"
#include "models/EvidenceRequest.h"
#include "ui/cases/QualityPanels.h"
#include "ui/cases/ReviewDialog.h"
#include "models/Session.h"
#include "models/Settings.h"
#include "models/Role.h"

#include <QComboBox>
#include <QDate>
#include <QHBoxLayout>
#include <QHeaderView>
#include "ui/ListActions.h"
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStyle>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace qf {

namespace {

const QColor kLate(0xb0, 0x00, 0x20);
constexpr int kShownReviews = 1000; // the oldest first: the late ones

QString percent(double share)
{
    return QStringLiteral("%1 %").arg(qRound(share * 1000) / 10.0);
}

} // namespace

QualityWorkspace::QualityWorkspace(Session& session, QWidget* parent)
    : Workspace(parent)
    , m_session(session)
    , m_work(std::make_unique<CaseWork>(session))
{
    setObjectName(QStringLiteral("qualityWorkspace"));
    auto* layout = new QVBoxLayout(this);
    auto* top = new QHBoxLayout;
    auto* quarterLabel = new QLabel(tr("&Quarter:"), this);
    m_quarter = new QComboBox(this);
    m_quarter->setObjectName(QStringLiteral("qualityQuarter"));
    quarterLabel->setBuddy(m_quarter);
    const QDate today = QDate::currentDate();
    int year = today.year(), q = (today.month() - 1) / 3 + 1;
    for (int i = 0; i < 8; ++i) {
        m_quarter->addItem(tr("%1 Q%2").arg(year).arg(q), QStringLiteral("%1Q%2").arg(year).arg(q));
        if (--q == 0) {
            q = 4;
            --year;
        }
    }
    top->addWidget(quarterLabel);
    top->addWidget(m_quarter);
    top->addStretch(1);
    layout->addLayout(top);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("qualityTabs"));
    layout->addWidget(m_tabs, 1);

    // Awaiting review: not tied to the quarter.
    auto* reviewPage = new QWidget(m_tabs);
    auto* reviewLayout = new QVBoxLayout(reviewPage);
    auto* reviewRow = new QHBoxLayout;
    m_reviewState = new QLabel(reviewPage);
    m_reviewState->setObjectName(QStringLiteral("reviewQueueState"));
    auto* review = new QPushButton(tr("&Review…"), reviewPage);
    review->setObjectName(QStringLiteral("reviewQueueReview"));
    auto* open = new QPushButton(tr("&Open the case"), reviewPage);
    reviewRow->addWidget(m_reviewState, 1);
    reviewRow->addWidget(review);
    reviewRow->addWidget(open);
    reviewLayout->addLayout(reviewRow);
    m_reviews = new QTreeWidget(reviewPage);
    m_reviews->setObjectName(QStringLiteral("reviewQueue"));
    m_reviews->setRootIsDecorated(false);
    m_reviews->setUniformRowHeights(true);
    m_reviews->setHeaderLabels({ tr("Number"), tr("Handling office"), tr("Handler"), tr("Concluded"), tr("Review due") });
    m_reviews->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    reviewLayout->addWidget(m_reviews, 1);
    m_tabs->addTab(reviewPage, tr("Awaiting review"));
    connect(review, &QPushButton::clicked, this, &QualityWorkspace::reviewCurrent);
    connect(m_reviews, &QTreeWidget::itemActivated, this, &QualityWorkspace::reviewCurrent);
    connect(open, &QPushButton::clicked, this, [this] {
        if (QTreeWidgetItem* item = m_reviews->currentItem())
            emit caseOpened(item->data(0, Qt::UserRole).toString());
    });

    m_recheck = new RecheckPanel(*m_work, m_tabs);
    m_tabs->addTab(m_recheck, tr("Re-check sample"));
    connect(m_recheck, &RecheckPanel::caseOpened, this, &QualityWorkspace::caseOpened);

    auto* qualityPage = new QWidget(m_tabs);
    auto* qualityLayout = new QVBoxLayout(qualityPage);
    m_qualityState = new QLabel(qualityPage);
    m_qualityState->setObjectName(QStringLiteral("qualityState"));
    m_qualityState->setWordWrap(true);
    m_quality = new QTreeWidget(qualityPage);
    m_quality->setObjectName(QStringLiteral("officeQuality"));
    m_quality->setRootIsDecorated(false);
    m_quality->setHeaderLabels({ tr("Handling office"), tr("Concluded"), tr("Substantiated"), tr("Satisfied"),
                                 tr("Reported again"), tr("Two low, one high") });
    m_quality->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    qualityLayout->addWidget(m_qualityState);
    qualityLayout->addWidget(m_quality, 1);
    m_tabs->addTab(qualityPage, tr("Office quality"));

    m_repeats = new RepeatNoticePanel(*m_work, m_tabs);
    m_tabs->addTab(m_repeats, tr("Repeat notice"));
    connect(m_repeats, &RepeatNoticePanel::caseOpened, this, &QualityWorkspace::caseOpened);

    // Export, print and copy: a context menu on the rows and Ctrl+C.
    ListActions::install(
        m_reviews, tr("review-queue"),
        [this](bool selected) { return ListActions::fromTree(m_reviews, tr("Awaiting review"), {}, selected); },
        [this](const QString& text) { m_reviewState->setText(text); });
    ListActions::install(
        m_quality, tr("office-quality"),
        [this](bool selected) {
            return ListActions::fromTree(m_quality, tr("Office quality"), { tr("Quarter: %1").arg(m_quarter->currentText()) },
                                         selected);
        },
        [this](const QString& text) { m_qualityState->setText(text); });
    connect(m_quarter, &QComboBox::currentIndexChanged, this, &QualityWorkspace::refresh);
    connect(m_tabs, &QTabWidget::currentChanged, this, &QualityWorkspace::loadTab);
}

QualityWorkspace::~QualityWorkspace() = default;

QIcon QualityWorkspace::icon() const
{
    return workspaceIcon(QChar(0x8D28), QColor(0x00, 0x89, 0x7b)); // 质
}

void QualityWorkspace::setQuarter(const QString& quarter)
{
    const int i = m_quarter->findData(quarter);
    if (i < 0) {
        m_quarter->addItem(quarter, quarter);
        m_quarter->setCurrentIndex(m_quarter->count() - 1);
    } else {
        m_quarter->setCurrentIndex(i);
    }
}

QString QualityWorkspace::quarter() const
{
    return m_quarter->currentData().toString();
}

void QualityWorkspace::refresh()
{
    // Only the tab in view is read now; the others when they are opened (each is a query over
    // the quarter's reports, noticeable on a large database).
    m_stale = { 0, 1, 2, 3 };
    loadTab(m_tabs->currentIndex());
}

void QualityWorkspace::loadTab(int index)
{
    if (!m_stale.remove(index))
        return;
    const auto [from, to] = ClosingReview::quarterDates(quarter());
    switch (index) {
    case 0: loadReviews(); break;
    case 1: m_recheck->setPeriod(from, to); break;
    case 2: loadQuality(); break;
    case 3: m_repeats->setQuarter(quarter(), m_quarter->currentText()); break;
    default: break;
    }
}

void QualityWorkspace::loadReviews()
{
    m_reviews->clear();
    ClosingReview review(m_work->reports(), m_work->machine());
    const int days = Settings(m_session.writer()).intValue(Settings::Key::ReviewAfterClosingDays);
    auto queue = review.awaitingReview(QDateTime::currentDateTimeUtc(), days,
                                       Role::may(m_work->role(), Capability::SeeRestricted), kShownReviews);
    if (!queue) {
        m_reviewState->setText(queue.error());
        return;
    }
    for (const ReviewItem& r : std::as_const(queue->items)) {
        auto* item = new QTreeWidgetItem(m_reviews);
        item->setText(0, r.regNo);
        item->setData(0, Qt::UserRole, r.reportId);
        item->setText(1, r.office);
        item->setText(2, r.handler);
        item->setText(3, CaseWork::timeLabel(r.concludedAt));
        item->setText(4, r.late ? tr("%1 (late)").arg(CaseWork::timeLabel(r.dueAt)) : CaseWork::timeLabel(r.dueAt));
        if (r.late)
            item->setForeground(4, kLate);
    }
    QString text = tr("%n concluded report(s) waiting for the closing review, %1 late (due within %2 days).", nullptr,
                      queue->total)
                       .arg(queue->late)
                       .arg(days);
    if (queue->total > queue->items.size())
        text += QLatin1Char(' ') + tr("The oldest %1 are listed.").arg(queue->items.size());
    m_reviewState->setText(text);
    if (m_reviews->topLevelItemCount() > 0)
        m_reviews->setCurrentItem(m_reviews->topLevelItem(0));
}

void QualityWorkspace::loadQuality()
{
    m_quality->clear();
    const auto [from, to] = ClosingReview::quarterDates(quarter());
    ClosingReview review(m_work->reports(), m_work->machine());
    auto offices = review.officeQuality(from, to);
    if (!offices) {
        m_qualityState->setText(offices.error());
        return;
    }
    const auto allNames = m_session.directory().organisationNames();
    const QHash<QString, QString> names = allNames ? *allNames : QHash<QString, QString>();
    int flagged = 0;
    for (const OfficeQuality& o : std::as_const(*offices)) {
        auto* item = new QTreeWidgetItem(m_quality);
        item->setText(0, names.value(o.orgId, o.orgId));
        item->setText(1, QString::number(o.concluded));
        item->setText(2, percent(o.substantiationRate));
        item->setText(3, percent(o.satisfactionRate));
        item->setText(4, percent(o.repeatRate));
        if (o.twoLowOneHigh) {
            item->setText(5, tr("yes"));
            for (int c = 0; c < 6; ++c)
                item->setForeground(c, kLate);
            ++flagged;
        }
    }
    EvidenceRequest evidence(m_work->reports(), m_work->machine());
    auto rate = evidence.secondRequestRate(from, to);
    QString text = tr("%n office(s) with reports concluded in %1, %2 flagged \"two low, one high\" "
                      "(low substantiation, low satisfaction, many reported again).",
                      nullptr, int(offices->size()))
                       .arg(m_quarter->currentText())
                       .arg(flagged);
    if (rate)
        text += QLatin1Char(' ')
            + tr("Evidence requests: %1 report(s) asked, %2 needed a second request (%3).")
                  .arg(rate->requested)
                  .arg(rate->second)
                  .arg(percent(rate->rate()));
    m_qualityState->setText(text);
}

void QualityWorkspace::reviewCurrent()
{
    QTreeWidgetItem* item = m_reviews->currentItem();
    if (!item)
        return;
    auto report = m_work->reports().get(item->data(0, Qt::UserRole).toString());
    if (!report) {
        QMessageBox::warning(this, tr("Closing review"), report.error());
        return;
    }
    ReviewDialog dialog(*m_work, *report, this);
    if (dialog.exec() == QDialog::Accepted)
        loadReviews();
}

} // namespace qf
