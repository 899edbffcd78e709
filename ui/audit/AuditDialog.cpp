#include "ui/audit/AuditDialog.h"

#include "app/audit/AuditExport.h"
#include "models/AuditLog.h"
#include "models/Session.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalBlocker>
#include <QStandardPaths>
#include <QTableWidget>
#include <QVBoxLayout>

namespace qf {

namespace {

// A day edit whose lowest value means "no limit".
QDateEdit* dayEdit(QWidget* parent)
{
    auto* edit = new QDateEdit(parent);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    edit->setMinimumDate(QDate(2000, 1, 1));
    edit->setSpecialValueText(AuditDialog::tr("any day"));
    edit->setDate(edit->minimumDate());
    return edit;
}

QDate dayOf(const QDateEdit* edit)
{
    return edit->date() == edit->minimumDate() ? QDate() : edit->date();
}

} // namespace

AuditDialog::AuditDialog(Session& session, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
{
    setWindowTitle(tr("Audit log"));
    setObjectName(QStringLiteral("auditDialog"));
    m_user = new QLineEdit(this);
    m_user->setPlaceholderText(tr("login"));
    m_user->setObjectName(QStringLiteral("auditUser"));
    m_report = new QLineEdit(this);
    m_report->setPlaceholderText(tr("registration number"));
    m_report->setObjectName(QStringLiteral("auditReport"));
    m_action = new QComboBox(this);
    m_action->setObjectName(QStringLiteral("auditAction"));
    reloadActions();
    m_from = dayEdit(this);
    m_to = dayEdit(this);

    auto* filters = new QHBoxLayout;
    const auto add = [&](const QString& label, QWidget* w) {
        auto* l = new QLabel(label, this);
        l->setBuddy(w);
        filters->addWidget(l);
        filters->addWidget(w);
    };
    add(tr("&User"), m_user);
    add(tr("&Report"), m_report);
    add(tr("&Kind"), m_action);
    add(tr("&From"), m_from);
    add(tr("&To"), m_to);
    auto* search = new QPushButton(tr("&Search"), this);
    search->setDefault(true);
    filters->addWidget(search);

    m_chain = new QLabel(this);
    m_chain->setObjectName(QStringLiteral("auditChain"));
    m_count = new QLabel(this);
    m_table = new QTableWidget(0, 6, this);
    m_table->setObjectName(QStringLiteral("auditTable"));
    m_table->setHorizontalHeaderLabels({ tr("No."), tr("Time"), tr("User"), tr("Kind"), tr("Record"), tr("Detail") });
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAlternatingRowColors(true);

    m_pdf = new QPushButton(tr("Export as &PDF…"), this);
    m_xlsx = new QPushButton(tr("Export as &Excel…"), this);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_pdf, QDialogButtonBox::ActionRole);
    buttons->addButton(m_xlsx, QDialogButtonBox::ActionRole);

    auto* status = new QHBoxLayout;
    status->addWidget(m_chain, 1);
    status->addWidget(m_count);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addLayout(status);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);

    connect(search, &QPushButton::clicked, this, &AuditDialog::refresh);
    connect(m_user, &QLineEdit::returnPressed, this, &AuditDialog::refresh);
    connect(m_report, &QLineEdit::returnPressed, this, &AuditDialog::refresh);
    connect(m_pdf, &QPushButton::clicked, this, [this] { chooseAndExport(QStringLiteral("pdf")); });
    connect(m_xlsx, &QPushButton::clicked, this, [this] { chooseAndExport(QStringLiteral("xlsx")); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(1100, 640);
    // Who opened the audit log is in it too (refused roles are told so by refresh()).
    static_cast<void>(AuditQuery(session).recordView({}, {}));
    reloadActions();
    refresh();
}

void AuditDialog::run(Session& session, QWidget* parent)
{
    AuditDialog dialog(session, parent);
    dialog.exec();
}

AuditFilter AuditDialog::filter() const
{
    AuditFilter f;
    f.user = m_user->text().trimmed();
    f.report = m_report->text().trimmed();
    f.action = m_action->currentData().toString();
    f.from = dayOf(m_from);
    f.to = dayOf(m_to);
    return f;
}

void AuditDialog::reloadActions()
{
    // The kinds present in the log (an export adds one), the chosen one kept.
    const QString chosen = m_action->currentData().toString();
    const QSignalBlocker quiet(m_action);
    m_action->clear();
    m_action->addItem(tr("All kinds"), QString());
    if (auto actions = AuditQuery(m_session).actions())
        for (const QString& a : *actions)
            m_action->addItem(AuditQuery::actionName(a), a);
    m_action->setCurrentIndex(std::max(0, m_action->findData(chosen)));
}

void AuditDialog::setFilter(const AuditFilter& f)
{
    m_user->setText(f.user);
    m_report->setText(f.report);
    reloadActions();
    m_action->setCurrentIndex(std::max(0, m_action->findData(f.action)));
    m_from->setDate(f.from.isValid() ? f.from : m_from->minimumDate());
    m_to->setDate(f.to.isValid() ? f.to : m_to->minimumDate());
    refresh();
}

int AuditDialog::rowCount() const
{
    return m_table->rowCount();
}

void AuditDialog::refresh()
{
    m_table->setRowCount(0);
    auto entries = AuditQuery(m_session).list(filter());
    const bool allowed = entries.ok();
    m_pdf->setEnabled(allowed);
    m_xlsx->setEnabled(allowed);
    if (!allowed) {
        m_chain->setText(entries.error());
        m_chain->setStyleSheet(QStringLiteral("color: #b00020;"));
        m_count->clear();
        return;
    }
    auto altered = m_session.audit().firstAltered();
    const bool intact = altered.ok() && *altered == 0;
    m_chain->setText(AuditExport::chainText(m_session));
    m_chain->setStyleSheet(intact ? QStringLiteral("color: #1b5e20; font-weight: bold;")
                                  : QStringLiteral("color: #b00020; font-weight: bold;"));
    m_table->setRowCount(int(entries->size()));
    int row = 0;
    for (const AuditEntry& e : *entries) {
        auto* seq = new QTableWidgetItem;
        seq->setData(Qt::DisplayRole, e.seq);
        seq->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        const QString record = e.targetText();
        m_table->setItem(row, 0, seq);
        m_table->setItem(row, 1, new QTableWidgetItem(e.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))));
        m_table->setItem(row, 2, new QTableWidgetItem(AuditExport::userText(e)));
        m_table->setItem(row, 3, new QTableWidgetItem(AuditQuery::actionName(e.action)));
        m_table->setItem(row, 4, new QTableWidgetItem(record));
        m_table->setItem(row, 5, new QTableWidgetItem(e.detailText()));
        ++row;
    }
    m_table->resizeColumnsToContents();
    m_count->setText(tr("%n entries", nullptr, int(entries->size())));
}

bool AuditDialog::exportTo(const QString& path)
{
    auto written = AuditExport::write(m_session, filter(), path);
    if (!written) {
        QMessageBox::warning(this, tr("Audit log"), written.error());
        return false;
    }
    reloadActions(); // the export is an entry itself
    refresh();
    return true;
}

void AuditDialog::chooseAndExport(const QString& suffix)
{
    const QString start = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + QStringLiteral("/audit-")
        + QDate::currentDate().toString(QStringLiteral("yyyyMMdd")) + QLatin1Char('.') + suffix;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export the audit log"), start,
        suffix == QLatin1String("pdf") ? tr("PDF documents (*.pdf)") : tr("Excel workbooks (*.xlsx)"));
    if (!path.isEmpty())
        exportTo(path);
}

} // namespace qf
