#include "ui/checkin/VisitRecordPanel.h"

#include "models/IdNumber.h"

#include <QComboBox>
#include <QHeaderView>
#include <QTableWidget>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace qf {

namespace {

// A text box where Tab moves on instead of inserting a tab: keyboard first.
QPlainTextEdit* textBox(QWidget* parent, const char* name)
{
    auto* e = new QPlainTextEdit(parent);
    e->setObjectName(QString::fromLatin1(name));
    e->setTabChangesFocus(true);
    e->setFixedHeight(64);
    return e;
}

} // namespace

VisitRecordPanel::VisitRecordPanel(QWidget* parent)
    : QGroupBox(tr("The visit (八何)"), parent)
{
    setObjectName(QStringLiteral("visitRecordPanel"));
    auto* outer = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    outer->addLayout(form);
    outer->addStretch(1);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("visitKind"));
    m_kind->addItem(tr("Individual visit"), QStringLiteral("individual"));
    m_kind->addItem(tr("Group visit"), QStringLiteral("group"));
    m_kind->addItem(tr("Over-level visit"), QStringLiteral("over_level"));
    m_headCount = new QSpinBox(this);
    m_headCount->setObjectName(QStringLiteral("headCount"));
    m_headCount->setRange(1, 999);
    auto* kindRow = new QHBoxLayout;
    kindRow->addWidget(m_kind, 1);
    kindRow->addWidget(new QLabel(tr("People"), this));
    kindRow->addWidget(m_headCount);
    auto* kindLabel = new QLabel(tr("&Kind"), this);
    kindLabel->setBuddy(m_kind);
    form->addRow(kindLabel, kindRow);

    // A group chooses at most five representatives: each with name and ID number.
    m_representatives = new QTableWidget(Representatives::kMax, 2, this);
    m_representatives->setObjectName(QStringLiteral("representatives"));
    m_representatives->setHorizontalHeaderLabels({ tr("Representative"), tr("ID number") });
    m_representatives->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_representatives->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    m_representatives->setToolTip(tr("Group visits: at most five representatives, each with the ID number"));
    m_representatives->setFixedHeight(m_representatives->horizontalHeader()->sizeHint().height()
                                      + Representatives::kMax * (fontMetrics().height() + 6) + 4);
    m_representatives->setTabKeyNavigation(false);
    form->addRow(tr("Representatives"), m_representatives);
    m_representativesProblem = new QLabel(this);
    m_representativesProblem->setObjectName(QStringLiteral("representativesProblem"));
    m_representativesProblem->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_representativesProblem->setWordWrap(true);
    m_representativesProblem->hide();
    form->addRow(QString(), m_representativesProblem);
    connect(m_representatives, &QTableWidget::itemChanged, this, &VisitRecordPanel::checkRepresentatives);
    m_companions = new QLineEdit(this);
    m_companions->setObjectName(QStringLiteral("companions"));
    form->addRow(tr("Companions"), m_companions);

    m_what = textBox(this, "matter");
    m_what->setPlaceholderText(tr("What happened (何事)"));
    form->addRow(tr("&Matter"), m_what);
    m_who = new QLineEdit(this);
    m_who->setObjectName(QStringLiteral("who"));
    m_who->setPlaceholderText(tr("The person or unit reported (何人)"));
    form->addRow(tr("Who"), m_who);
    m_when = new QLineEdit(this);
    m_when->setObjectName(QStringLiteral("whenText"));
    m_where = new QLineEdit(this);
    m_where->setObjectName(QStringLiteral("whereText"));
    auto* whenLabel = new QLabel(tr("When"), this);
    whenLabel->setBuddy(m_when);
    auto* whenWhere = new QHBoxLayout;
    whenWhere->addWidget(m_when, 1);
    whenWhere->addWidget(new QLabel(tr("Where"), this));
    whenWhere->addWidget(m_where, 1);
    form->addRow(whenLabel, whenWhere);
    m_why = new QLineEdit(this);
    m_why->setObjectName(QStringLiteral("why"));
    form->addRow(tr("Why"), m_why);
    m_result = new QLineEdit(this);
    m_result->setObjectName(QStringLiteral("resultText"));
    form->addRow(tr("Result so far"), m_result);
    m_demand = textBox(this, "demand");
    m_demand->setPlaceholderText(tr("What the visitor asks for (何诉求)"));
    form->addRow(tr("&Demand"), m_demand);

    m_category = new QComboBox(this);
    m_category->setObjectName(QStringLiteral("scopeCategory"));
    form->addRow(tr("Category"), m_category);
    m_scope = new QLabel(this);
    m_scope->setObjectName(QStringLiteral("scopeVerdict"));
    m_scope->setWordWrap(true);
    form->addRow(tr("Pre-check"), m_scope);

    // Enter moves on like Tab; in the two text boxes it starts a new line.
    for (QLineEdit* e : { m_companions, m_who, m_when, m_where, m_why, m_result })
        connect(e, &QLineEdit::returnPressed, this, [this] { focusNextChild(); });

    connect(m_kind, &QComboBox::currentIndexChanged, this, &VisitRecordPanel::updateKind);
    connect(m_headCount, &QSpinBox::valueChanged, this, &VisitRecordPanel::checkRepresentatives);
    for (QPlainTextEdit* e : { m_what, m_demand })
        connect(e, &QPlainTextEdit::textChanged, this, &VisitRecordPanel::updateScope);
    connect(m_why, &QLineEdit::textChanged, this, &VisitRecordPanel::updateScope);
    connect(m_category, &QComboBox::currentIndexChanged, this, &VisitRecordPanel::updateScope);
    updateKind();
    updateScope();
}

void VisitRecordPanel::setRules(const QList<ScopeRule>& rules)
{
    m_rules = rules;
    const QString current = category();
    m_category->clear();
    m_category->addItem(tr("(decided by the pre-check)"), QString());
    for (const ScopeRule& r : rules)
        m_category->addItem(r.category, r.category);
    m_category->setCurrentIndex(std::max(0, m_category->findData(current)));
    updateScope();
}

void VisitRecordPanel::updateKind()
{
    const bool group = kind() == QLatin1String("group");
    m_representatives->setEnabled(group);
    if (group && m_headCount->value() < 2)
        m_headCount->setValue(5);
    if (!group)
        m_headCount->setValue(1);
    m_headCount->setEnabled(group);
    m_representatives->setVisible(group);
    checkRepresentatives();
}

QList<Representative> VisitRecordPanel::representativeList() const
{
    QList<Representative> out;
    for (int row = 0; row < m_representatives->rowCount(); ++row) {
        const auto text = [&](int column) {
            const QTableWidgetItem* item = m_representatives->item(row, column);
            return item ? item->text().trimmed() : QString();
        };
        if (!text(0).isEmpty() || !text(1).isEmpty())
            out << Representative { text(0), IdNumber::normalize(text(1)) };
    }
    return out;
}

void VisitRecordPanel::setRepresentatives(const QList<Representative>& list)
{
    const QSignalBlocker block(m_representatives);
    m_representatives->clearContents();
    for (int row = 0; row < std::min<int>(int(list.size()), m_representatives->rowCount()); ++row) {
        m_representatives->setItem(row, 0, new QTableWidgetItem(list[row].name));
        m_representatives->setItem(row, 1, new QTableWidgetItem(list[row].idNumber));
    }
    checkRepresentatives();
}

void VisitRecordPanel::checkRepresentatives()
{
    // Said as it is typed; the registration refuses the same (VisitRegistrar).
    const bool group = kind() == QLatin1String("group");
    const Status s = group ? Representatives::check(representativeList(), m_headCount->value()) : Status {};
    m_representativesProblem->setText(s ? QString() : s.error());
    m_representativesProblem->setVisible(!s);
}

std::optional<ScopeMatch> VisitRecordPanel::scopeCheck() const
{
    return ScopeRuleStore::check(m_rules, what() + QLatin1Char('\n') + why() + QLatin1Char('\n') + demand(), category());
}

void VisitRecordPanel::updateScope()
{
    if (what().isEmpty() && category().isEmpty()) {
        m_scope->setText(tr("Write down the matter; the pre-check runs as you type."));
        m_scope->setStyleSheet(QStringLiteral("color: palette(mid);"));
        return;
    }
    if (const auto m = scopeCheck()) {
        m_scope->setText(m->keyword.isEmpty()
                             ? tr("Probably out of scope: %1. Competent body: %2.").arg(m->rule.category, m->rule.body)
                             : tr("Probably out of scope: %1 (\"%2\"). Competent body: %3.")
                                   .arg(m->rule.category, m->keyword, m->rule.body));
        m_scope->setStyleSheet(QStringLiteral("color: #b35c00; font-weight: bold;"));
    } else {
        m_scope->setText(tr("No sign that the matter is outside the office's remit."));
        m_scope->setStyleSheet(QStringLiteral("color: #2e7d32;"));
    }
}

void VisitRecordPanel::clear()
{
    m_kind->setCurrentIndex(0);
    m_headCount->setValue(1);
    for (QLineEdit* e : { m_companions, m_who, m_when, m_where, m_why, m_result })
        e->clear();
    setRepresentatives({});
    m_what->clear();
    m_demand->clear();
    m_category->setCurrentIndex(0);
    updateScope();
}

void VisitRecordPanel::focusMatter()
{
    m_what->setFocus();
}

QString VisitRecordPanel::kind() const { return m_kind->currentData().toString(); }
int VisitRecordPanel::headCount() const { return m_headCount->value(); }
QString VisitRecordPanel::representatives() const
{
    return kind() == QLatin1String("group") ? Representatives::encode(representativeList()) : QString();
}
QString VisitRecordPanel::companions() const { return m_companions->text().trimmed(); }
QString VisitRecordPanel::who() const { return m_who->text().trimmed(); }
QString VisitRecordPanel::what() const { return m_what->toPlainText().trimmed(); }
QString VisitRecordPanel::whenText() const { return m_when->text().trimmed(); }
QString VisitRecordPanel::whereText() const { return m_where->text().trimmed(); }
QString VisitRecordPanel::why() const { return m_why->text().trimmed(); }
QString VisitRecordPanel::result() const { return m_result->text().trimmed(); }
QString VisitRecordPanel::demand() const { return m_demand->toPlainText().trimmed(); }
QString VisitRecordPanel::category() const { return m_category->currentData().toString(); }

} // namespace qf
