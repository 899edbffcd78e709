#include "ui/analysis/AnalysisTopicDialog.h"

#include "models/CategoryStore.h"
#include "models/Session.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QRegularExpression>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace qf {

namespace {

constexpr int kIdRole = Qt::UserRole + 1;

} // namespace

AnalysisTopicDialog::AnalysisTopicDialog(Session& session, const AnalysisTopic& topic, const QStringList& regions,
                                         QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_topic(topic)
{
    setObjectName(QStringLiteral("analysisTopicDialog"));
    setWindowTitle(topic.id.isEmpty() ? tr("New topic analysis") : tr("Change the topic analysis"));
    auto* form = new QFormLayout;
    m_name = new QLineEdit(topic.name, this);
    m_name->setObjectName(QStringLiteral("topicName"));
    m_name->setMaxLength(80);
    m_name->setPlaceholderText(tr("e.g. Village collective funds, assets and resources"));
    form->addRow(tr("&Name:"), m_name);

    m_categories = new QTreeWidget(this);
    m_categories->setObjectName(QStringLiteral("topicCategories"));
    m_categories->setHeaderHidden(true);
    m_categories->setMinimumHeight(200);
    QHash<QString, QTreeWidgetItem*> items;
    if (auto all = session.categories().list()) {
        // Parents before children: a few passes over the list, as deep as the tree.
        QList<Category> left = *all;
        for (int pass = 0; pass < 8 && !left.isEmpty(); ++pass) {
            QList<Category> later;
            for (const Category& c : std::as_const(left)) {
                QTreeWidgetItem* parentItem = c.parentId.isEmpty() ? nullptr : items.value(c.parentId);
                if (!c.parentId.isEmpty() && !parentItem) {
                    later << c;
                    continue;
                }
                auto* item = parentItem ? new QTreeWidgetItem(parentItem) : new QTreeWidgetItem(m_categories);
                item->setText(0, c.name);
                item->setData(0, kIdRole, c.id);
                item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
                item->setCheckState(0, topic.categoryIds.contains(c.id) ? Qt::Checked : Qt::Unchecked);
                items.insert(c.id, item);
            }
            left = later;
        }
    }
    for (const QString& id : topic.categoryIds)
        if (QTreeWidgetItem* item = items.value(id))
            for (QTreeWidgetItem* p = item->parent(); p; p = p->parent())
                p->setExpanded(true);
    form->addRow(tr("&Categories (each with those below it):"), m_categories);

    m_keywords = new QLineEdit(topic.keywords, this);
    m_keywords->setObjectName(QStringLiteral("topicKeywords"));
    m_keywords->setPlaceholderText(tr("words the reports contain, as in the case list's search"));
    form->addRow(tr("The text &contains:"), m_keywords);

    m_regions = new QListWidget(this);
    m_regions->setObjectName(QStringLiteral("topicRegions"));
    m_regions->setMaximumHeight(120);
    QStringList regionList = regions;
    for (const QString& r : topic.regions)
        if (!regionList.contains(r))
            regionList << r;
    for (const QString& r : std::as_const(regionList)) {
        auto* item = new QListWidgetItem(r, m_regions);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(topic.regions.contains(r) ? Qt::Checked : Qt::Unchecked);
    }
    form->addRow(tr("&Regions:"), m_regions);

    m_units = new QLineEdit(topic.units.join(QStringLiteral("、")), this);
    m_units->setObjectName(QStringLiteral("topicUnits"));
    m_units->setPlaceholderText(tr("reported units, separated by 、 or commas"));
    form->addRow(tr("Reported &units:"), m_units);

    auto* periodRow = new QHBoxLayout;
    m_ownPeriod = new QCheckBox(tr("Read for its own &period:"), this);
    m_ownPeriod->setObjectName(QStringLiteral("topicOwnPeriod"));
    m_from = new QDateEdit(topic.from.isValid() ? topic.from : QDate(QDate::currentDate().year(), 1, 1), this);
    m_to = new QDateEdit(topic.to.isValid() ? topic.to : QDate::currentDate(), this);
    for (QDateEdit* d : { m_from, m_to }) {
        d->setCalendarPopup(true);
        d->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        d->setEnabled(topic.from.isValid());
        connect(m_ownPeriod, &QCheckBox::toggled, d, &QWidget::setEnabled);
    }
    m_ownPeriod->setChecked(topic.from.isValid());
    periodRow->addWidget(m_ownPeriod);
    periodRow->addWidget(m_from);
    periodRow->addWidget(new QLabel(QStringLiteral("—"), this));
    periodRow->addWidget(m_to);
    periodRow->addStretch(1);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("topicError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    m_error->hide();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &AnalysisTopicDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* outer = new QVBoxLayout(this);
    outer->addLayout(form);
    outer->addLayout(periodRow);
    outer->addWidget(m_error);
    outer->addWidget(buttons);
    resize(560, 640);
}

AnalysisTopic AnalysisTopicDialog::topic() const
{
    AnalysisTopic t = m_topic;
    t.name = m_name->text();
    t.categoryIds.clear();
    for (QTreeWidgetItemIterator it(m_categories); *it; ++it)
        if ((*it)->checkState(0) == Qt::Checked)
            t.categoryIds << (*it)->data(0, kIdRole).toString();
    t.keywords = m_keywords->text();
    t.regions.clear();
    for (int i = 0; i < m_regions->count(); ++i)
        if (m_regions->item(i)->checkState() == Qt::Checked)
            t.regions << m_regions->item(i)->text();
    static const QRegularExpression separators(QStringLiteral("[、,，;；\\n]+"));
    t.units = m_units->text().split(separators, Qt::SkipEmptyParts);
    t.from = m_ownPeriod->isChecked() ? m_from->date() : QDate();
    t.to = m_ownPeriod->isChecked() ? m_to->date() : QDate();
    return t;
}

void AnalysisTopicDialog::accept()
{
    auto saved = AnalysisTopics(m_session.writer()).save(topic());
    if (!saved) {
        m_error->setText(saved.error());
        m_error->show();
        return;
    }
    m_savedId = *saved;
    QDialog::accept();
}

} // namespace qf
