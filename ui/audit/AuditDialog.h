#pragma once

#include "models/AuditQuery.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace qf {

class Session;

// The audit viewer (administrators and supervisors): the audit log filtered by user, report,
// kind and days, whether its chain verifies, and the filtered entries exported as PDF or
// .xlsx (app/audit/AuditExport; each export kept in the log). The core refuses other roles;
// the dialog then says so and shows nothing.
class AuditDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AuditDialog(Session& session, QWidget* parent = nullptr);
    static void run(Session& session, QWidget* parent);

    AuditFilter filter() const;
    void setFilter(const AuditFilter& filter);
    // Reads the entries again with the filter shown.
    void refresh();
    // Writes the shown entries to path (.pdf or .xlsx); false with the message shown on failure.
    bool exportTo(const QString& path);
    int rowCount() const;

private:
    void reloadActions();
    void chooseAndExport(const QString& suffix);

    Session& m_session;
    QLineEdit* m_user;
    QLineEdit* m_report;
    QComboBox* m_action;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QLabel* m_chain;
    QLabel* m_count;
    QTableWidget* m_table;
    QPushButton* m_pdf;
    QPushButton* m_xlsx;
};

} // namespace qf
